#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QHashFunctions>
#include <QString>

#include <compare>

namespace jiuzhu {

// A calendar month, the unit in which assistance is granted and paid.
// Years 1900-2999 only: earlier months cannot hold a living claimant and
// later ones are typing mistakes.
class YearMonth
{
    Q_DECLARE_TR_FUNCTIONS(YearMonth)

public:
    static constexpr int kMinYear = 1900;
    static constexpr int kMaxYear = 2999;

    [[nodiscard]] static Result<YearMonth> of(int year, int month);
    // "2026-07", "2026-7", "2026年7月" or "2026年07月", surrounding spaces
    // ignored; full-width digits accepted.
    [[nodiscard]] static Result<YearMonth> parse(const QString& text);
    // The month of `date`, clamped to 1900-01 .. 2999-12; an invalid date
    // gives 1900-01.
    [[nodiscard]] static YearMonth containing(QDate date);

    [[nodiscard]] constexpr int year() const noexcept { return m_year; }
    [[nodiscard]] constexpr int month() const noexcept { return m_month; }
    [[nodiscard]] QDate firstDay() const { return QDate(m_year, m_month, 1); }
    [[nodiscard]] QDate lastDay() const;

    // Clamped to 1900-01 .. 2999-12 rather than failing: callers step through
    // months near today, far from either end.
    [[nodiscard]] YearMonth addMonths(int months) const;
    // Months from this one to `other`: positive when `other` is later.
    [[nodiscard]] int monthsUntil(YearMonth other) const noexcept;

    // "2026-07": for storage, sorting and exports.
    [[nodiscard]] QString toString() const;
    // "2026年7月": for documents printed in Chinese.
    [[nodiscard]] QString toChineseString() const;

    friend constexpr auto operator<=>(const YearMonth&, const YearMonth&) noexcept = default;
    friend constexpr bool operator==(const YearMonth&, const YearMonth&) noexcept = default;
    friend size_t qHash(YearMonth ym, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, ym.m_year, ym.m_month);
    }

private:
    constexpr YearMonth(int year, int month) noexcept
        : m_year(year)
        , m_month(month)
    {
    }

    // Declaration order matters: the defaulted <=> compares year first.
    int m_year;
    int m_month;
};

// An inclusive range of days [first, last], such as an assistance period.
class DateRange
{
    Q_DECLARE_TR_FUNCTIONS(DateRange)

public:
    [[nodiscard]] static Result<DateRange> of(QDate first, QDate last);
    [[nodiscard]] static DateRange ofMonth(YearMonth month);

    [[nodiscard]] QDate first() const { return m_first; }
    [[nodiscard]] QDate last() const { return m_last; }
    [[nodiscard]] bool contains(QDate date) const;
    // At least 1: both ends are included.
    [[nodiscard]] qint64 dayCount() const { return m_first.daysTo(m_last) + 1; }
    [[nodiscard]] bool overlaps(const DateRange& other) const;

    friend bool operator==(const DateRange&, const DateRange&) = default;

private:
    DateRange(QDate first, QDate last)
        : m_first(first)
        , m_last(last)
    {
    }

    QDate m_first;
    QDate m_last;
};

} // namespace jiuzhu
