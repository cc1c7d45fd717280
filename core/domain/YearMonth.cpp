#include "core/domain/YearMonth.h"

#include <algorithm>

namespace jiuzhu {

namespace {

constexpr qint64 kMinIndex = qint64(YearMonth::kMinYear) * 12;
constexpr qint64 kMaxIndex = qint64(YearMonth::kMaxYear) * 12 + 11;

// Parses 1 to `maxDigits` ASCII or full-width digits; -1 otherwise.
int parseNumber(QStringView s, qsizetype minDigits, qsizetype maxDigits)
{
    if (s.size() < minDigits || s.size() > maxDigits)
        return -1;
    int value = 0;
    for (QChar c : s) {
        char16_t u = c.unicode();
        if (u >= u'\uFF10' && u <= u'\uFF19')
            u = char16_t(u'0' + (u - u'\uFF10'));
        if (u < u'0' || u > u'9')
            return -1;
        value = value * 10 + (u - u'0');
    }
    return value;
}

} // namespace

Result<YearMonth> YearMonth::of(int year, int month)
{
    if (year < kMinYear || year > kMaxYear)
        return fail(ErrorCode::InvalidInput, tr("Month"),
            tr("The year must be between %1 and %2, not %3.").arg(kMinYear).arg(kMaxYear).arg(year));
    if (month < 1 || month > 12)
        return fail(ErrorCode::InvalidInput, tr("Month"),
            tr("The month must be between 1 and 12, not %1.").arg(month));
    return YearMonth(year, month);
}

Result<YearMonth> YearMonth::parse(const QString& text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Month"), tr("A month is required."));

    const QStringView view(s);
    int year = -1;
    int month = -1;
    const qsizetype dash = view.indexOf(u'-');
    const qsizetype nian = view.indexOf(u'\u5E74'); // 年
    if (dash >= 0) {
        year = parseNumber(view.left(dash), 4, 4);
        month = parseNumber(view.mid(dash + 1), 1, 2);
    } else if (nian >= 0 && view.endsWith(u'\u6708')) { // 月
        year = parseNumber(view.left(nian), 4, 4);
        month = parseNumber(view.mid(nian + 1).chopped(1), 1, 2);
    }
    if (year < 0 || month < 0)
        return fail(ErrorCode::InvalidInput, tr("Month"),
            tr("Write a month as YYYY-MM or YYYY年M月, for example 2026-07."));
    return of(year, month);
}

YearMonth YearMonth::containing(QDate date)
{
    if (!date.isValid() || date.year() < kMinYear)
        return YearMonth(kMinYear, 1);
    if (date.year() > kMaxYear)
        return YearMonth(kMaxYear, 12);
    return YearMonth(date.year(), date.month());
}

QDate YearMonth::lastDay() const
{
    const QDate first = firstDay();
    return QDate(m_year, m_month, first.daysInMonth());
}

YearMonth YearMonth::addMonths(int months) const
{
    const qint64 index = std::clamp(qint64(m_year) * 12 + (m_month - 1) + months, kMinIndex, kMaxIndex);
    return YearMonth(int(index / 12), int(index % 12) + 1);
}

int YearMonth::monthsUntil(YearMonth other) const noexcept
{
    return (other.m_year - m_year) * 12 + (other.m_month - m_month);
}

QString YearMonth::toString() const
{
    return QStringLiteral("%1-%2").arg(m_year, 4, 10, QChar(u'0')).arg(m_month, 2, 10, QChar(u'0'));
}

QString YearMonth::toChineseString() const
{
    return QStringLiteral("%1\u5E74%2\u6708").arg(m_year).arg(m_month);
}

Result<DateRange> DateRange::of(QDate first, QDate last)
{
    if (!first.isValid())
        return fail(ErrorCode::InvalidInput, tr("Start date"), tr("The start date is not a valid date."));
    if (!last.isValid())
        return fail(ErrorCode::InvalidInput, tr("End date"), tr("The end date is not a valid date."));
    if (last < first)
        return fail(ErrorCode::InvalidInput, tr("End date"),
            tr("The end date %1 is before the start date %2.")
                .arg(last.toString(Qt::ISODate), first.toString(Qt::ISODate)));
    return DateRange(first, last);
}

DateRange DateRange::ofMonth(YearMonth month)
{
    return DateRange(month.firstDay(), month.lastDay());
}

bool DateRange::contains(QDate date) const
{
    return date.isValid() && m_first <= date && date <= m_last;
}

bool DateRange::overlaps(const DateRange& other) const
{
    return m_first <= other.m_last && other.m_first <= m_last;
}

} // namespace jiuzhu
