#include "core/store/HouseholdSearchIndex.h"

#include "core/search/PinyinConverter.h"

#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>

namespace jiuzhu {

namespace {

bool isIdLike(const QString& part)
{
    return !part.isEmpty() && std::all_of(part.cbegin(), part.cend(), [](QChar character) {
        return (character >= QLatin1Char('0') && character <= QLatin1Char('9'))
            || character == QLatin1Char('x');
    });
}

constexpr qsizetype kRegionCodeLength = 6;

// "h0000052" (as printed, H0000052) and what is indexed for it, "h52": the
// zeros every number shares would make each keystroke match the whole store.
bool isHouseholdNumber(const QString& part)
{
    return part.size() >= 2 && part.at(0) == QLatin1Char('h')
        && std::all_of(part.cbegin() + 1, part.cend(), [](QChar c) { return c.isDigit(); });
}

QString householdNumberToken(const QString& normalizedNumber)
{
    if (!isHouseholdNumber(normalizedNumber))
        return normalizedNumber;
    qsizetype firstSignificant = 1;
    while (firstSignificant < normalizedNumber.size()
        && normalizedNumber.at(firstSignificant) == QLatin1Char('0'))
        ++firstSignificant;
    return QLatin1Char('h') + normalizedNumber.mid(firstSignificant);
}

bool isAsciiLetters(const QString& part)
{
    return std::all_of(part.cbegin(), part.cend(),
        [](QChar character) { return character >= QLatin1Char('a') && character <= QLatin1Char('z'); });
}

QString reversed(const QString& text)
{
    QString result = text;
    std::reverse(result.begin(), result.end());
    return result;
}

// Every suffix of a sequence of units, joined: "zhang san" → zhangsan, san.
// Appends every suffix of `text` that starts at one of `starts` (UTF-16
// offsets): "zhangsan" with starts {0, 5} gives "zhangsan san". Writing
// straight into one string keeps a bulk load from allocating per token.
void appendSuffixes(QString& tokens, QStringView text, const QVarLengthArray<qsizetype, 16>& starts)
{
    for (qsizetype start : starts) {
        if (start >= text.size())
            continue;
        if (!tokens.isEmpty())
            tokens.append(QLatin1Char(' '));
        tokens.append(text.mid(start));
    }
}

// Every suffix of a text, one code point at a time (surrogate pairs kept whole).
void appendCharacterSuffixes(QString& tokens, QStringView text)
{
    QVarLengthArray<qsizetype, 16> starts;
    for (qsizetype index = 0; index < text.size(); ++index) {
        if (!text.at(index).isLowSurrogate())
            starts.append(index);
    }
    appendSuffixes(tokens, text, starts);
}

// Suffixes of a run of syllables joined, starting at each syllable.
void appendSyllableSuffixes(QString& tokens, const QStringList& syllables, bool initialsOnly)
{
    QString joined;
    QVarLengthArray<qsizetype, 16> starts;
    for (const QString& syllable : syllables) {
        if (syllable.isEmpty())
            continue;
        starts.append(joined.size());
        if (initialsOnly)
            joined.append(syllable.at(0));
        else
            joined.append(syllable);
    }
    appendSuffixes(tokens, joined, starts);
}

void appendToken(QString& tokens, QStringView token)
{
    if (token.isEmpty())
        return;
    if (!tokens.isEmpty())
        tokens.append(QLatin1Char(' '));
    tokens.append(token);
}

} // namespace

QString HouseholdSearchIndex::normalizePart(const QString& text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toLower();
    QString result;
    result.reserve(folded.size());
    for (qsizetype index = 0; index < folded.size(); ++index) {
        const QChar character = folded.at(index);
        if (character.isHighSurrogate() && index + 1 < folded.size()
            && folded.at(index + 1).isLowSurrogate()) {
            const char32_t codePoint = QChar::surrogateToUcs4(character, folded.at(index + 1));
            if (QChar::isLetterOrNumber(codePoint)) {
                result.append(character);
                result.append(folded.at(index + 1));
            }
            ++index;
            continue;
        }
        if (character.isLetterOrNumber())
            result.append(character);
    }
    return result;
}

QString HouseholdSearchIndex::tokensFor(
    const QString& householdNo, const QList<NewMember>& members, const QString& communityName)
{
    const PinyinConverter& pinyin = PinyinConverter::instance();
    // FTS5 keeps a term once per row whatever its count, so repeated tokens
    // (two members named 张…) need no removing here.
    QString tokens;
    tokens.reserve(512);
    appendToken(tokens, householdNumberToken(normalizePart(householdNo)));
    for (const NewMember& member : members) {
        appendCharacterSuffixes(tokens, normalizePart(member.name));
        const QStringList syllables = pinyin.syllables(member.name);
        appendSyllableSuffixes(tokens, syllables, false);
        appendSyllableSuffixes(tokens, syllables, true);
        const QString idNumber = normalizePart(member.idNumber);
        // The region code is shared by most of the office's people, so the
        // ID is indexed backwards (last digits) and from the birth date on.
        if (!idNumber.isEmpty()) {
            appendToken(tokens, reversed(idNumber));
            appendToken(tokens, QStringView(idNumber).mid(kRegionCodeLength));
        }
    }
    appendCharacterSuffixes(tokens, normalizePart(communityName));
    return tokens;
}

QString HouseholdSearchIndex::matchExpression(const QString& userText)
{
    const QStringList parts = userText.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString& rawPart : parts) {
        const QString part = normalizePart(rawPart);
        if (part.isEmpty())
            continue;
        // normalizePart leaves only letters and digits, so quoting is safe.
        if (isHouseholdNumber(part)) {
            const QString token = householdNumberToken(part);
            if (token.size() > 1)
                terms.append(QStringLiteral("\"%1\"*").arg(token));
        } else if (isIdLike(part) && part.size() > kRegionCodeLength) {
            terms.append(
                QStringLiteral("(\"%1\"* OR \"%2\"*)").arg(reversed(part), part.mid(kRegionCodeLength)));
        } else if (isIdLike(part) && part.size() >= 2) {
            terms.append(QStringLiteral("\"%1\"*").arg(reversed(part)));
        } else if (isAsciiLetters(part) && part.contains(QLatin1Char('v'))) {
            // Pinyin keyboards type ü as v (lv for 吕); the index spells it u.
            QString spelledWithU = part;
            spelledWithU.replace(QLatin1Char('v'), QLatin1Char('u'));
            terms.append(QStringLiteral("(\"%1\"* OR \"%2\"*)").arg(part, spelledWithU));
        } else {
            terms.append(QStringLiteral("\"%1\"*").arg(part));
        }
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace jiuzhu
