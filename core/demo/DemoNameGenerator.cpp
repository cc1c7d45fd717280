#include "core/demo/DemoNameGenerator.h"

#include "core/demo/DemoRandom.h"
#include "core/demo/DemoWordLists.h"
#include "core/domain/PersonName.h"

namespace jiuzhu {

namespace {

// Shares of the drawn names, per mille. Not policy: they only shape the demo.
constexpr int kElderNamePerMille = 550; // whole "generation" names for people born before 1970
constexpr int kSingleCharacterPerMille = 220; // one-character given names
constexpr int kRareCharacterPerMille = 25; // one character replaced by a rare one
constexpr int kElderNameBeforeYear = 1970;

} // namespace

DemoNameGenerator::DemoNameGenerator(const DemoWordLists& words)
    : m_words(words)
{
}

QString DemoNameGenerator::surname(DemoRandom& random) const
{
    return m_words.surnames.pick(random);
}

QString DemoNameGenerator::givenName(Sex sex, int birthYear, DemoRandom& random) const
{
    const bool female = sex == Sex::Female;
    if (birthYear < kElderNameBeforeYear && random.chance(kElderNamePerMille))
        return (female ? m_words.elderFemale : m_words.elderMale).pick(random);

    const DemoWeightedList& characters = female ? m_words.givenFemale : m_words.givenMale;
    QString given = characters.pick(random);
    if (!random.chance(kSingleCharacterPerMille)) {
        QString second = characters.pick(random);
        // "伟伟" style doubled names exist but are rare; redraw once.
        if (second == given)
            second = characters.pick(random);
        given += second;
    }
    if (random.chance(kRareCharacterPerMille)) {
        // The rare character takes the place of the last one; the lists above
        // hold BMP characters only, so one UTF-16 unit is one character here.
        const QString rare = m_words.rareCharacters.pick(random);
        given = given.size() > 1 ? given.left(given.size() - 1) + rare : rare;
    }
    return given;
}

QString DemoNameGenerator::minorityGivenName(Sex sex, DemoRandom& random) const
{
    return (sex == Sex::Female ? m_words.minorityFemale : m_words.minorityMale).pick(random);
}

QString DemoNameGenerator::minorityName(const QString& given, const QString& fatherGiven)
{
    return given + QChar(PersonName::kMiddleDot) + fatherGiven;
}

} // namespace jiuzhu
