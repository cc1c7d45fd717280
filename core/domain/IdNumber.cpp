#include "core/domain/IdNumber.h"

#include <array>

namespace jiuzhu {

namespace {

constexpr qsizetype kLength = 18;
constexpr qsizetype kLegacyLength = 15;
constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::array<char16_t, 11> kCheckChars
    = {u'1', u'0', u'X', u'9', u'8', u'7', u'6', u'5', u'4', u'3', u'2'};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitAt(const QString& s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

int numberAt(const QString& s, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + digitAt(s, i);
    return value;
}

// Input methods and spreadsheets often produce full-width forms; they mean
// the same characters.
QString normalizeCharacters(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'\uFF10' && u <= u'\uFF19')
            out.append(QChar(char16_t(u'0' + (u - u'\uFF10'))));
        else if (u == u'x' || u == u'\uFF38' || u == u'\uFF58')
            out.append(QChar(u'X'));
        else
            out.append(c);
    }
    return out;
}

QString isoDate(int year, int month, int day)
{
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, QChar(u'0'))
        .arg(month, 2, 10, QChar(u'0'))
        .arg(day, 2, 10, QChar(u'0'));
}

} // namespace

IdNumber::IdNumber(QString text, QDate birthDate, bool upgradedFromLegacy)
    : m_text(std::move(text))
    , m_birthDate(birthDate)
    , m_upgradedFromLegacy(upgradedFromLegacy)
{
}

QChar IdNumber::checkDigitFor(QStringView first17)
{
    if (first17.size() != qsizetype(kWeights.size()))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < first17.size(); ++i) {
        const QChar c = first17.at(i);
        if (!isAsciiDigit(c))
            return {};
        sum += (c.unicode() - u'0') * kWeights[size_t(i)];
    }
    return QChar(kCheckChars[size_t(sum % 11)]);
}

bool IdNumber::isKnownProvinceCode(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37)
        || (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65)
        || code == 71 || code == 81 || code == 82 || code == 83;
}

Result<IdNumber> IdNumber::parse(const QString& text, QDate today)
{
    const QString field = tr("ID number");
    QString s = normalizeCharacters(text.trimmed());

    if (s.isEmpty())
        return fail(ErrorCode::InvalidInput, field, tr("An ID number is required."));
    if (s.size() != kLength && s.size() != kLegacyLength)
        return fail(ErrorCode::InvalidInput, field,
            tr("An ID number has 18 characters (or 15 digits for an old-style number), not %1.")
                .arg(s.size()));

    const bool legacy = s.size() == kLegacyLength;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (isAsciiDigit(c) || (!legacy && i == kLength - 1 && c == u'X'))
            continue;
        if (c == u'X')
            return fail(ErrorCode::InvalidInput, field,
                tr("Character %1 is X, but X is allowed only as the last character of an "
                   "18-character ID number.")
                    .arg(i + 1));
        return fail(ErrorCode::InvalidInput, field,
            tr("Character %1 should be a digit, not “%2”.").arg(i + 1).arg(c));
    }

    if (legacy) {
        s = s.left(6) + QStringLiteral("19") + s.mid(6);
        s.append(checkDigitFor(s));
    }

    const int province = numberAt(s, 0, 2);
    if (!isKnownProvinceCode(province))
        return fail(ErrorCode::InvalidInput, field,
            tr("The region code starts with %1, which is not a province-level code.").arg(s.left(2)));

    const int year = numberAt(s, 6, 4);
    const int month = numberAt(s, 10, 2);
    const int day = numberAt(s, 12, 2);
    if (!QDate::isValid(year, month, day))
        return fail(ErrorCode::InvalidInput, field,
            tr("The birth date %1 is not a real calendar date.").arg(isoDate(year, month, day)));
    const QDate birth(year, month, day);
    if (birth < QDate(1900, 1, 1))
        return fail(ErrorCode::InvalidInput, field,
            tr("The birth date %1 is before 1900-01-01.").arg(isoDate(year, month, day)));
    if (!today.isValid())
        return fail(
            ErrorCode::Internal, field, tr("Today's date is unknown, so the birth date cannot be checked."));
    if (birth > today)
        return fail(ErrorCode::InvalidInput, field,
            tr("The birth date %1 is after today (%2).")
                .arg(isoDate(year, month, day), today.toString(Qt::ISODate)));

    const QChar expected = checkDigitFor(QStringView(s).left(17));
    if (s.at(17) != expected)
        return fail(ErrorCode::InvalidInput, field,
            tr("The check digit should be %1, not %2.").arg(expected).arg(s.at(17)));

    return IdNumber(std::move(s), birth, legacy);
}

Sex IdNumber::sex() const
{
    return digitAt(m_text, 16) % 2 == 1 ? Sex::Male : Sex::Female;
}

int IdNumber::ageOn(QDate date) const
{
    if (!date.isValid() || date < m_birthDate)
        return -1;
    int age = date.year() - m_birthDate.year();
    // Comparing (month, day) pairs makes a 29 February birthday fall after
    // 28 February in a common year, so the birthday is reached on 1 March.
    if (date.month() < m_birthDate.month()
        || (date.month() == m_birthDate.month() && date.day() < m_birthDate.day()))
        --age;
    return age;
}

QString IdNumber::masked() const
{
    return m_text.left(4) + QString(10, QChar(u'*')) + m_text.right(4);
}

} // namespace jiuzhu
