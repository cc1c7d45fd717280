#include "core/policy/WorkingCalendar.h"

#include "core/policy/PolicyJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace jiuzhu {

namespace {

constexpr qint64 kFormatVersion = 1;

bool isWeekend(QDate day)
{
    return day.dayOfWeek() >= Qt::Saturday;
}

QString kindKey(WorkingCalendar::DayKind kind)
{
    return kind == WorkingCalendar::DayKind::Holiday ? QStringLiteral("holiday")
                                                     : QStringLiteral("make-up-workday");
}

} // namespace

Status WorkingCalendar::addException(QDate day, DayKind kind, const QString& name)
{
    const QString field = day.isValid() ? policyjson::isoDateText(day) : tr("Calendar day");
    if (!day.isValid())
        return fail(ErrorCode::InvalidInput, field, tr("The day is not a real date."));
    if (kind == DayKind::MakeUpWorkday && !isWeekend(day))
        return fail(ErrorCode::InvalidInput, field,
            tr("A make-up workday must be a Saturday or Sunday; %1 is already a working day.")
                .arg(policyjson::isoDateText(day)));
    if (const auto it = m_exceptions.constFind(day); it != m_exceptions.constEnd())
        return fail(ErrorCode::Conflict, field,
            tr("%1 is already listed as “%2”.").arg(policyjson::isoDateText(day), it->name));
    m_exceptions.insert(day, Exception {day, kind, name});
    return {};
}

bool WorkingCalendar::isWorkingDay(QDate day) const
{
    const auto it = m_exceptions.constFind(day);
    if (it != m_exceptions.constEnd())
        return it->kind == DayKind::MakeUpWorkday;
    return !isWeekend(day);
}

QDate WorkingCalendar::addWorkingDays(QDate start, int days) const
{
    if (!start.isValid())
        return {};
    QDate day = start;
    for (int counted = 0; counted < days;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingDaysBetween(to, from);
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return count;
}

QList<WorkingCalendar::Exception> WorkingCalendar::exceptions() const
{
    QList<Exception> out = m_exceptions.values();
    std::sort(out.begin(), out.end(), [](const Exception& a, const Exception& b) { return a.day < b.day; });
    return out;
}

QString WorkingCalendar::nameOf(QDate day) const
{
    const auto it = m_exceptions.constFind(day);
    return it == m_exceptions.constEnd() ? QString() : it->name;
}

Result<WorkingCalendar> WorkingCalendar::fromJson(const QByteArray& json)
{
    const QString documentField = tr("Working calendar");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput, documentField,
            tr("The calendar is not valid JSON: %1 at byte %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return fail(ErrorCode::InvalidInput, documentField,
            tr("The calendar must be a JSON object with a “days” list."));
    const QJsonObject root = document.object();
    const QStringList unknownRoot = policyjson::unknownMembers(
        root, {QStringLiteral("version"), QStringLiteral("source"), QStringLiteral("days")});
    if (!unknownRoot.isEmpty())
        return fail(ErrorCode::InvalidInput, documentField,
            tr("Unknown member “%1”; a calendar has only version, source and days.")
                .arg(unknownRoot.first()));
    if (root.contains(QStringLiteral("version"))
        && policyjson::wholeNumber(root.value(QStringLiteral("version"))) != kFormatVersion)
        return fail(ErrorCode::InvalidInput, documentField,
            tr("Only version 1 of the calendar format is understood."));
    if (!root.value(QStringLiteral("days")).isArray())
        return fail(ErrorCode::InvalidInput, documentField, tr("The calendar has no “days” list."));

    WorkingCalendar calendar;
    calendar.m_source = root.value(QStringLiteral("source")).toString();
    const QJsonArray days = root.value(QStringLiteral("days")).toArray();
    for (qsizetype index = 0; index < days.size(); ++index) {
        const QJsonObject object = days.at(index).toObject();
        const QString field = tr("Calendar day %1").arg(index);
        const auto reject = [&](const QString& rule) { return fail(ErrorCode::InvalidInput, field, rule); };
        if (!days.at(index).isObject())
            return reject(tr("A day must be a JSON object."));
        const QStringList unknown = policyjson::unknownMembers(
            object, {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("name")});
        if (!unknown.isEmpty())
            return reject(
                tr("Unknown member “%1”; a day has only date, kind and name.").arg(unknown.first()));
        const QDate date = policyjson::isoDate(object.value(QStringLiteral("date")));
        if (!date.isValid())
            return reject(tr("“date” must be a real date written YYYY-MM-DD."));
        const QString kindText = object.value(QStringLiteral("kind")).toString();
        DayKind kind = DayKind::Holiday;
        if (kindText == QLatin1String("holiday"))
            kind = DayKind::Holiday;
        else if (kindText == QLatin1String("make-up-workday"))
            kind = DayKind::MakeUpWorkday;
        else
            return reject(tr("“kind” must be “holiday” or “make-up-workday”."));
        if (const Status added
            = calendar.addException(date, kind, object.value(QStringLiteral("name")).toString());
            !added)
            return reject(added.error().message);
    }
    return calendar;
}

QByteArray WorkingCalendar::toJson() const
{
    QJsonArray days;
    for (const Exception& exception : exceptions()) {
        QJsonObject object;
        object.insert(QStringLiteral("date"), policyjson::isoDateText(exception.day));
        object.insert(QStringLiteral("kind"), kindKey(exception.kind));
        object.insert(QStringLiteral("name"), exception.name);
        days.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), kFormatVersion);
    if (!m_source.isEmpty())
        root.insert(QStringLiteral("source"), m_source);
    root.insert(QStringLiteral("days"), days);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace jiuzhu
