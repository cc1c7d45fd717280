#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace jiuzhu {

// Toneless pinyin of Chinese person names (and of other text such as village
// names), so clerks can find a household by typing "zhangsan" or "zs".
//
// Rules:
// - One syllable per Han character, read without context by ICU's
//   "Han-Latin; Latin-ASCII; Lower" transliterator, so a polyphone always gets
//   one reading (重 is always zhong, 朝 always chao) outside the fixes below.
// - ü is folded to u (吕 → lu, 女 → nu), as Latin-ASCII does; a search box
//   should fold the "v" that Chinese input methods use for ü into "u" too.
// - A person's surname is read with its surname reading (单 → shan, 曾 → zeng,
//   尉迟 → yu chi) from the embedded table surname_readings.tsv; compound
//   surnames are matched first, and only at the start of the name (李单 → li dan).
// - A few characters that ICU misreads in names and place names alike get a
//   fixed reading everywhere: 长 → chang (长春, 长林; ICU says zhang),
//   晟 → sheng (ICU says cheng), 𠮷 → ji (ICU 72 has no reading for it).
// - A Han character ICU cannot read (many CJK extension B-H characters,
//   the iteration mark 々) produces no syllable rather than a stray symbol, so
//   a name containing one is still found by its other syllables.
// - Runs of non-Han letters and digits become lower-case ASCII words
//   ("John Smith" → john smith, "José" → jose); letters of scripts that do not
//   fold to Latin (Cyrillic, Arabic) are dropped. Everything else — spaces,
//   the middle dot of minority names (阿依古丽·买买提), punctuation — only
//   separates words.
// - Input is NFKC-normalised first, so full-width letters, compatibility
//   ideographs and Kangxi radicals pasted from PDFs read like ordinary text.
//
// All functions are thread-safe.
class PinyinConverter
{
    Q_DECLARE_TR_FUNCTIONS(PinyinConverter)

public:
    // Surname (one or more Han characters) → one syllable per character.
    using SurnameTable = QHash<QString, QStringList>;

    // The process-wide converter; creating the ICU transliterator costs
    // ~100 ms, so it is created once, lazily, on first use.
    [[nodiscard]] static const PinyinConverter& instance();

    // Lower-case toneless ASCII syllables of a person's name, one per Han
    // character, non-Han words kept as lower-case ASCII words.
    [[nodiscard]] QStringList syllables(const QString& personName) const;

    // "zhangsan" for 张三: the syllables joined.
    [[nodiscard]] QString fullPinyin(const QString& personName) const;

    // "zs" for 张三: the first letter of each syllable, so zh/ch/sh give
    // z/c/s as every Chinese search box does.
    [[nodiscard]] QString initials(const QString& personName) const;

    // Pinyin of arbitrary text such as a village name, without surname handling.
    [[nodiscard]] QStringList syllablesOfText(const QString& text) const;

    // Parses the surname_readings.tsv format: UTF-8 lines
    // "surname<TAB>syllable syllable", one [a-z]+ syllable per Han character,
    // '#' comment lines and blank lines ignored, no surname twice. The error
    // names the first bad line.
    [[nodiscard]] static Result<SurnameTable> parseSurnameTable(QStringView tsv);

    // The Qt resource path of the embedded surname table.
    [[nodiscard]] static QString surnameTablePath();

    PinyinConverter(const PinyinConverter&) = delete;
    PinyinConverter& operator=(const PinyinConverter&) = delete;
    ~PinyinConverter();

private:
    PinyinConverter();

    [[nodiscard]] QStringList convert(const QString& text, bool isPersonName) const;

    // Owns the ICU transliterator, which must stay out of this header because
    // ICU is a private dependency of the library.
    class Engine;
    std::unique_ptr<Engine> m_engine;
    SurnameTable m_surnames;
    // Longest surname in code points, to bound the longest-match search.
    qsizetype m_longestSurname = 0;
};

} // namespace jiuzhu
