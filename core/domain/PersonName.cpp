#include "core/domain/PersonName.h"

#include <QList>

namespace jiuzhu {

namespace {

constexpr char32_t kIdeographicZero = U'\u3007';

bool isDotVariant(char32_t c)
{
    switch (c) {
    case U'\u00B7': // MIDDLE DOT
    case U'\u0387': // GREEK ANO TELEIA (NFC already maps it to U+00B7)
    case U'\u2022': // BULLET
    case U'\u2027': // HYPHENATION POINT
    case U'\u2219': // BULLET OPERATOR
    case U'\u22C5': // DOT OPERATOR
    case U'\u30FB': // KATAKANA MIDDLE DOT
    case U'\uFF65': // HALFWIDTH KATAKANA MIDDLE DOT
        return true;
    default:
        return false;
    }
}

// Decodes by hand rather than with toUcs4() so that an unpaired surrogate
// stays visible as itself instead of becoming U+FFFD.
QList<char32_t> decode(QStringView s)
{
    QList<char32_t> out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out.append(QChar::surrogateToUcs4(c, s.at(i + 1)));
            ++i;
        } else {
            out.append(c.unicode());
        }
    }
    return out;
}

QString encode(const QList<char32_t>& codePoints)
{
    return QString::fromUcs4(codePoints.constData(), codePoints.size());
}

QString codeLabel(char32_t c)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(4, QChar(u'0'));
}

bool isControlLike(QChar::Category category)
{
    return category == QChar::Other_Control || category == QChar::Other_Format
        || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}

bool isNumber(QChar::Category category)
{
    return category == QChar::Number_DecimalDigit || category == QChar::Number_Letter
        || category == QChar::Number_Other;
}

bool isPunctuationOrSymbol(QChar::Category category)
{
    return (category >= QChar::Punctuation_Connector && category <= QChar::Punctuation_Other)
        || (category >= QChar::Symbol_Math && category <= QChar::Symbol_Other);
}

bool isHan(char32_t c)
{
    return c == kIdeographicZero
        || (QChar::script(c) == QChar::Script_Han && QChar::category(c) == QChar::Letter_Other);
}

bool isLatinLetter(char32_t c)
{
    return QChar::script(c) == QChar::Script_Latin && QChar::isLetter(c);
}

} // namespace

Result<PersonName> PersonName::parse(const QString& text)
{
    const QString field = tr("Name");
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput, field, tr("A name is required."));

    // One spelling per name: composed form, one kind of dot, single spaces.
    QList<char32_t> cps;
    for (char32_t c : decode(trimmed.normalized(QString::NormalizationForm_C))) {
        if (isDotVariant(c))
            c = kMiddleDot;
        else if (QChar::category(c) == QChar::Separator_Space)
            c = U' ';
        if (c == U' ' && !cps.isEmpty() && cps.constLast() == U' ')
            continue;
        cps.append(c);
    }

    if (cps.size() > kMaxCodePoints)
        return fail(ErrorCode::InvalidInput, field,
            tr("A name can have at most %1 characters, but this one has %2.")
                .arg(kMaxCodePoints)
                .arg(cps.size()));

    bool hasHan = false;
    bool hasLatin = false;
    bool hasSpace = false;
    bool previousIsLatin = false;
    for (qsizetype i = 0; i < cps.size(); ++i) {
        const char32_t c = cps.at(i);
        const qsizetype position = i + 1;
        const QChar::Category category = QChar::category(c);
        const bool afterLatin = previousIsLatin;
        previousIsLatin = false;

        if (c == U' ') {
            hasSpace = true;
            continue;
        }
        if (c == kMiddleDot)
            continue;
        if (isControlLike(category))
            return fail(ErrorCode::InvalidInput, field,
                tr("The name contains an invisible control character (U+%1) at position %2.")
                    .arg(codeLabel(c))
                    .arg(position));
        if (category == QChar::Other_Surrogate || category == QChar::Other_PrivateUse
            || category == QChar::Other_NotAssigned)
            return fail(ErrorCode::InvalidInput, field,
                tr("Character %1 (U+%2) is not a recognised Unicode letter, so it cannot be "
                   "stored reliably.")
                    .arg(position)
                    .arg(codeLabel(c)));
        if (isHan(c)) {
            hasHan = true;
            continue;
        }
        if (isNumber(category))
            return fail(ErrorCode::InvalidInput, field,
                tr("A name cannot contain digits, but character %1 is “%2”.").arg(position).arg(encode({c})));
        if (isLatinLetter(c) || (category == QChar::Mark_NonSpacing && afterLatin)) {
            hasLatin = true;
            previousIsLatin = true;
            continue;
        }
        if (isPunctuationOrSymbol(category))
            return fail(ErrorCode::InvalidInput, field,
                tr("A name cannot contain “%1” (character %2); only the middle dot · may "
                   "separate its parts.")
                    .arg(encode({c}))
                    .arg(position));
        return fail(ErrorCode::InvalidInput, field,
            tr("Character %1 “%2” is neither a Han character nor a Latin letter.")
                .arg(position)
                .arg(encode({c})));
    }

    if (hasHan && hasLatin)
        return fail(ErrorCode::InvalidInput, field,
            tr("A name must be written entirely in Han characters or entirely in Latin "
               "letters, not a mix of both."));
    if (hasSpace && !hasLatin)
        return fail(
            ErrorCode::InvalidInput, field, tr("Only names written in Latin letters can contain spaces."));
    if (cps.constFirst() == kMiddleDot || cps.constLast() == kMiddleDot)
        return fail(ErrorCode::InvalidInput, field,
            tr("The middle dot · separates the parts of a name, so it cannot come first or "
               "last."));
    for (qsizetype i = 1; i < cps.size(); ++i) {
        if (cps.at(i) == kMiddleDot && cps.at(i - 1) == kMiddleDot)
            return fail(ErrorCode::InvalidInput, field, tr("The middle dot · cannot appear twice in a row."));
    }

    return PersonName(encode(cps));
}

int PersonName::codePointCount() const
{
    return int(decode(m_text).size());
}

} // namespace jiuzhu
