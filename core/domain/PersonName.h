#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QString>

namespace jiuzhu {

// A person's name as written on the household register.
//
// Rules enforced by parse():
// - Surrounding whitespace is dropped and the text is put in Unicode NFC, so
//   that one name has one spelling for search and duplicate checks.
// - The dot-like characters people type between the parts of a transliterated
//   name (• ・ ･ ‧ · ⋅ ∙) all become U+00B7 MIDDLE DOT; it may not start or end
//   the name or appear twice in a row.
// - A name is either Han characters (any plane, so CJK Extension B and later
//   such as 𠮷 count, plus 〇) or Latin letters with single spaces between the
//   words; the two are not mixed. Digits, other punctuation and symbols,
//   other scripts, and invisible control or formatting characters (bidi
//   overrides, zero-width joiners) are rejected.
// - At most 30 characters, counted in Unicode code points rather than UTF-16
//   units, so a rare character outside the BMP counts once.
class PersonName
{
    Q_DECLARE_TR_FUNCTIONS(PersonName)

public:
    static constexpr int kMaxCodePoints = 30;
    static constexpr char16_t kMiddleDot = u'\u00B7';

    [[nodiscard]] static Result<PersonName> parse(const QString& text);

    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] int codePointCount() const;
    // True for names joined with the middle dot, as many Uyghur and other
    // minority names transliterated into Han are ("阿依古丽·买买提").
    [[nodiscard]] bool isMinorityStyle() const { return m_text.contains(QChar(kMiddleDot)); }

    friend bool operator==(const PersonName& a, const PersonName& b) noexcept { return a.m_text == b.m_text; }
    friend size_t qHash(const PersonName& name, size_t seed = 0) noexcept { return qHash(name.m_text, seed); }

private:
    explicit PersonName(QString text)
        : m_text(std::move(text))
    {
    }

    QString m_text;
};

} // namespace jiuzhu
