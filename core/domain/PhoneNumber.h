#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QString>

namespace jiuzhu {

// A mainland China telephone number, mobile or landline.
//
// Rules enforced by parse():
// - Spaces, hyphens and parentheses are ignored, full-width digits accepted,
//   and a leading +86 or 0086 country code removed (a landline written
//   internationally without its trunk 0, "+86 571 8877 6655", gets it back).
// - Mobile: 11 digits starting 13-19.
// - Landline: an area code (010, 020-029, or four digits 03xx-09xx) and a 7- or
//   8-digit subscriber number not starting with 0 or 1, optionally followed by
//   "转" and an extension of 1-6 digits. A number without an area code is
//   rejected because the office cannot know which city it belongs to.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    [[nodiscard]] static Result<PhoneNumber> parse(const QString& text);

    // Mobile "13812345678"; landline "0571-88776655" or "0571-88776655转123".
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool isMobile() const { return m_areaCode.isEmpty(); }
    // Empty for mobiles.
    [[nodiscard]] QString areaCode() const { return m_areaCode; }
    // Empty when there is none.
    [[nodiscard]] QString extension() const { return m_extension; }

    // For lists and printouts: mobile "138****5678"; landline "0571-****6655"
    // (the extension is dropped).
    [[nodiscard]] QString masked() const;

    friend bool operator==(const PhoneNumber&, const PhoneNumber&) = default;
    friend size_t qHash(const PhoneNumber& phone, size_t seed = 0) noexcept
    {
        return qHash(phone.text(), seed);
    }

private:
    PhoneNumber(QString areaCode, QString subscriber, QString extension);

    QString m_areaCode;
    QString m_subscriber;
    QString m_extension;
};

} // namespace jiuzhu
