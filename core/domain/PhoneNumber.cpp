#include "core/domain/PhoneNumber.h"

namespace jiuzhu {

namespace {

constexpr QChar kExtensionMark = QChar(u'\u8F6C'); // 转
constexpr qsizetype kMobileLength = 11;
constexpr qsizetype kMaxExtensionLength = 6;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// Drops the separators people write for readability and folds full-width
// forms from Chinese input methods to ASCII.
QString normalize(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == u'-' || u == u'(' || u == u')' || u == u'\uFF0D' || u == u'\uFF08'
            || u == u'\uFF09')
            continue;
        if (u >= u'\uFF10' && u <= u'\uFF19')
            out.append(QChar(char16_t(u'0' + (u - u'\uFF10'))));
        else if (u == u'\uFF0B')
            out.append(QChar(u'+'));
        else
            out.append(c);
    }
    return out;
}

// Mainland area codes are 010, 020-029, or four digits starting 03-09; the
// second digit alone decides the length. 0 when `digits` has no valid code.
qsizetype areaCodeLength(QStringView digits)
{
    if (digits.size() < 2 || digits.at(0) != u'0')
        return 0;
    const QChar second = digits.at(1);
    if (second == u'1')
        return digits.size() >= 3 && digits.at(2) == u'0' ? 3 : 0;
    if (second == u'2')
        return 3;
    if (second >= u'3' && second <= u'9')
        return 4;
    return 0;
}

} // namespace

PhoneNumber::PhoneNumber(QString areaCode, QString subscriber, QString extension)
    : m_areaCode(std::move(areaCode))
    , m_subscriber(std::move(subscriber))
    , m_extension(std::move(extension))
{
}

Result<PhoneNumber> PhoneNumber::parse(const QString& text)
{
    const QString field = tr("Phone number");
    if (text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, field, tr("A phone number is required."));
    QString s = normalize(text);

    QString extension;
    const qsizetype mark = s.indexOf(kExtensionMark);
    if (mark >= 0) {
        extension = s.mid(mark + 1);
        s.truncate(mark);
        if (extension.isEmpty() || extension.size() > kMaxExtensionLength || !allDigits(extension))
            return fail(ErrorCode::InvalidInput, field,
                tr("An extension after “转” must be 1 to %1 digits.").arg(kMaxExtensionLength));
    }

    bool hadCountryCode = false;
    if (s.startsWith(QStringLiteral("+86"))) {
        s.remove(0, 3);
        hadCountryCode = true;
    } else if (s.startsWith(QStringLiteral("0086"))) {
        s.remove(0, 4);
        hadCountryCode = true;
    }
    if (s.startsWith(u'+') || s.startsWith(QStringLiteral("00")))
        return fail(ErrorCode::InvalidInput, field,
            tr("Only mainland China numbers (country code +86) are accepted."));
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!isAsciiDigit(s.at(i)))
            return fail(ErrorCode::InvalidInput, field,
                tr("“%1” cannot appear in a phone number; use digits, spaces and hyphens.").arg(s.at(i)));
    }
    if (s.isEmpty())
        return fail(ErrorCode::InvalidInput, field, tr("A phone number needs digits."));
    // International notation drops the trunk 0 of a landline area code; of
    // the numbers starting with 1 only Beijing's 10 is such a landline.
    if (hadCountryCode && s.front() != u'0' && (s.front() != u'1' || s.startsWith(QStringLiteral("10"))))
        s.prepend(QChar(u'0'));

    if (s.front() == u'1') {
        if (s.size() != kMobileLength)
            return fail(
                ErrorCode::InvalidInput, field, tr("A mobile number has 11 digits, not %1.").arg(s.size()));
        if (s.at(1) < u'3')
            return fail(ErrorCode::InvalidInput, field,
                tr("A mobile number starts with 13 to 19, not %1.").arg(s.left(2)));
        if (!extension.isEmpty())
            return fail(ErrorCode::InvalidInput, field, tr("Only a landline number can have an extension."));
        return PhoneNumber(QString(), s, QString());
    }

    if (s.front() != u'0')
        return fail(ErrorCode::InvalidInput, field,
            tr("A landline number needs its area code in front, such as 010 or 0571."));
    const qsizetype areaLength = areaCodeLength(s);
    if (areaLength == 0)
        return fail(ErrorCode::InvalidInput, field,
            tr("%1 is not an area code; area codes are 010, 020 to 029, or four digits "
               "starting 03 to 09.")
                .arg(s.left(4)));
    const QString subscriber = s.mid(areaLength);
    if (subscriber.size() != 7 && subscriber.size() != 8)
        return fail(ErrorCode::InvalidInput, field,
            tr("A landline number has 7 or 8 digits after the area code %1, not %2.")
                .arg(s.left(areaLength))
                .arg(subscriber.size()));
    if (subscriber.front() == u'0' || subscriber.front() == u'1')
        return fail(ErrorCode::InvalidInput, field,
            tr("A landline number cannot start with 0 or 1 after the area code."));
    return PhoneNumber(s.left(areaLength), subscriber, extension);
}

QString PhoneNumber::text() const
{
    if (isMobile())
        return m_subscriber;
    QString out = m_areaCode + QChar(u'-') + m_subscriber;
    if (!m_extension.isEmpty())
        out += kExtensionMark + m_extension;
    return out;
}

QString PhoneNumber::masked() const
{
    if (isMobile())
        return m_subscriber.left(3) + QStringLiteral("****") + m_subscriber.right(4);
    return m_areaCode + QChar(u'-') + QString(m_subscriber.size() - 4, QChar(u'*')) + m_subscriber.right(4);
}

} // namespace jiuzhu
