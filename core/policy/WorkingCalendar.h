#pragma once

#include "core/domain/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace jiuzhu {

// Which days an office works, for deadlines counted in working days (20
// working days to confirm, 3 to pay temporary assistance). Monday to Friday
// are working days and weekends are not, except the days the State Council's
// yearly holiday notice moves: weekdays off (法定节假日) and weekend days
// worked in exchange (调休上班). The district ships the table each year.
//
// JSON form:
//   { "version": 1,                                  optional
//     "source": "国务院办公厅关于2026年部分节假日安排的通知",  optional
//     "days": [ { "date": "2026-01-01", "kind": "holiday", "name": "元旦" },
//               { "date": "2026-01-04", "kind": "make-up-workday", "name": "元旦调休上班" } ] }
class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)

public:
    enum class DayKind { Holiday, MakeUpWorkday }; // a weekday off (法定节假日) / a weekend day worked (调休)

    struct Exception
    {
        QDate day;
        DayKind kind = DayKind::Holiday;
        QString name;

        friend bool operator==(const Exception&, const Exception&) = default;
    };

    [[nodiscard]] static Result<WorkingCalendar> fromJson(const QByteArray& json);
    [[nodiscard]] QByteArray toJson() const;

    // A holiday may fall on a weekend (the notice lists whole holiday spans);
    // a make-up workday must be a Saturday or Sunday. One exception per day.
    Status addException(QDate day, DayKind kind, const QString& name);

    [[nodiscard]] bool isWorkingDay(
        QDate day) const; // Mon–Fri unless a holiday; Sat/Sun only if make-up workday
    [[nodiscard]] QDate addWorkingDays(QDate start,
        int days) const; // the date `days` working days after start (start not counted); days >= 0
    [[nodiscard]] int workingDaysBetween(
        QDate from, QDate to) const; // working days in (from, to]; negative if to < from

    // Sorted by date.
    [[nodiscard]] QList<Exception> exceptions() const;
    // The name of the holiday or make-up day, empty for an ordinary day.
    [[nodiscard]] QString nameOf(QDate day) const;

    [[nodiscard]] QString source() const { return m_source; }
    void setSource(const QString& source) { m_source = source; }

private:
    QHash<QDate, Exception> m_exceptions;
    QString m_source;
};

} // namespace jiuzhu
