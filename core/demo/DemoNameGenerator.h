#pragma once

#include "core/domain/IdNumber.h"

#include <QString>

namespace jiuzhu {

class DemoRandom;
class DemoWordLists;

// Draws names as they appear on household registers: weighted surnames
// (including the two-character ones and those with special readings), given
// names of one or two characters by sex, the whole names typical of older
// generations, a small share of rare characters (䶮, 𠮷 …), and Uyghur or
// Kazakh style names joined by the middle dot.
class DemoNameGenerator
{
public:
    explicit DemoNameGenerator(const DemoWordLists& words);

    [[nodiscard]] QString surname(DemoRandom& random) const;
    [[nodiscard]] QString givenName(Sex sex, int birthYear, DemoRandom& random) const;
    [[nodiscard]] QString minorityGivenName(Sex sex, DemoRandom& random) const;
    // "阿依古丽·买买提": the person's own name, then the father's.
    [[nodiscard]] static QString minorityName(const QString& given, const QString& fatherGiven);

private:
    const DemoWordLists& m_words;
};

} // namespace jiuzhu
