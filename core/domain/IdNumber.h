#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

namespace jiuzhu {

enum class Sex { Male, Female };

// A mainland resident identity number (GB 11643-1999), always held in its
// 18-character form so that two spellings of the same person compare equal.
//
// Rules enforced by parse():
// - Surrounding whitespace is ignored; full-width digits and X and a lowercase
//   x are accepted and normalised, because they arrive that way from Chinese
//   input methods and spreadsheets.
// - Only the province-level part of the region code (digits 1-2) is checked
//   against GB/T 2260: 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, and 81, 82,
//   83 (the residence-permit codes for Hong Kong, Macao and Taiwan residents).
//   The full county list is deliberately not enforced: counties are merged,
//   retired and re-numbered, and people keep the number they were issued, so
//   an up-to-date list would reject genuine old IDs.
// - The birth date (digits 7-14) must be a real calendar date, not before
//   1900-01-01 and not after the injected "today".
// - The check digit is ISO 7064 MOD 11-2.
// - A 15-digit legacy number is accepted and upgraded: those numbers were
//   issued only to people born 1900-1999, so "19" is inserted before the
//   two-digit year and the check digit is computed; the result is then checked
//   like any 18-character number.
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdNumber)

public:
    // `today` is injected so that validation never depends on the clock.
    [[nodiscard]] static Result<IdNumber> parse(const QString& text, QDate today);

    // The MOD 11-2 check character for the first 17 digits; a null QChar when
    // `first17` is not exactly 17 ASCII digits.
    [[nodiscard]] static QChar checkDigitFor(QStringView first17);

    // True when the two leading digits are a province-level code accepted above.
    [[nodiscard]] static bool isKnownProvinceCode(int code);

    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] QDate birthDate() const { return m_birthDate; }
    [[nodiscard]] Sex sex() const;
    [[nodiscard]] QString regionCode() const { return m_text.left(6); }

    // Completed years of age on `date`; someone born on 29 February turns a
    // year older on 1 March in common years. -1 when `date` is invalid or
    // before the birth date.
    [[nodiscard]] int ageOn(QDate date) const;

    // For lists and logs: "1101**********1234".
    [[nodiscard]] QString masked() const;

    [[nodiscard]] bool wasUpgradedFromLegacy() const { return m_upgradedFromLegacy; }

    // Identity is the 18-character number; how it was typed does not matter.
    friend bool operator==(const IdNumber& a, const IdNumber& b) noexcept { return a.m_text == b.m_text; }
    friend size_t qHash(const IdNumber& id, size_t seed = 0) noexcept { return qHash(id.m_text, seed); }

private:
    IdNumber(QString text, QDate birthDate, bool upgradedFromLegacy);

    QString m_text;
    QDate m_birthDate;
    bool m_upgradedFromLegacy = false;
};

} // namespace jiuzhu
