#include "core/store/HouseholdSearchIndex.h"

#include "core/search/PinyinConverter.h"

#include <QStringList>

#include <algorithm>

namespace jiuzhu {

namespace {

bool isIdLike(const QString& part)
{
    return !part.isEmpty() && std::all_of(part.cbegin(), part.cend(), [](QChar character) {
        return (character >= QLatin1Char('0') && character <= QLatin1Char('9')) || character == QLatin1Char('x');
    });
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
void appendSuffixes(QStringList& tokens, const QStringList& units)
{
    for (qsizetype start = 0; start < units.size(); ++start) {
        QString token;
        for (qsizetype index = start; index < units.size(); ++index)
            token += units.at(index);
        if (!token.isEmpty())
            tokens.append(token);
    }
}

QStringList codePointUnits(const QString& text)
{
    QStringList units;
    const QList<uint> codePoints = text.toUcs4();
    for (uint codePoint : codePoints) {
        const char32_t value = codePoint;
        units.append(QString::fromUcs4(&value, 1));
    }
    return units;
}

} // namespace

QString HouseholdSearchIndex::normalizePart(const QString& text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toLower();
    QString result;
    result.reserve(folded.size());
    for (qsizetype index = 0; index < folded.size(); ++index) {
        const QChar character = folded.at(index);
        if (character.isHighSurrogate() && index + 1 < folded.size() && folded.at(index + 1).isLowSurrogate()) {
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

QString HouseholdSearchIndex::tokensFor(const QString& householdNo, const QList<NewMember>& members,
                                        const QString& communityName)
{
    const PinyinConverter& pinyin = PinyinConverter::instance();
    QStringList tokens;
    tokens.append(normalizePart(householdNo));
    for (const NewMember& member : members) {
        const QString name = normalizePart(member.name);
        appendSuffixes(tokens, codePointUnits(name));
        const QStringList syllables = pinyin.syllables(member.name);
        appendSuffixes(tokens, syllables);
        QStringList initials;
        for (const QString& syllable : syllables)
            initials.append(syllable.left(1));
        appendSuffixes(tokens, initials);
        const QString idNumber = normalizePart(member.idNumber);
        if (!idNumber.isEmpty()) {
            tokens.append(idNumber);
            tokens.append(reversed(idNumber));
        }
    }
    const QString community = normalizePart(communityName);
    appendSuffixes(tokens, codePointUnits(community));
    tokens.removeDuplicates();
    return tokens.join(QLatin1Char(' '));
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
        if (isIdLike(part) && part.size() >= 2) {
            terms.append(QStringLiteral("(\"%1\"* OR \"%2\"*)").arg(part, reversed(part)));
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
