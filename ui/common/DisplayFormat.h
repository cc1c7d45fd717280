#pragma once

#include <QDate>
#include <QString>

namespace jiuzhu {

// How figures and confidential numbers look on screen. Locale independent on
// purpose, like Money: "1,234" reads the same on every office computer, and
// the C locale of a bare Linux desktop would otherwise drop the separators.
class DisplayFormat
{
public:
    // "1,234"
    static QString count(qint64 value);
    // "1,234.56" from fen.
    static QString yuan(qint64 fen);
    // "2024-03-05": the unambiguous form used on Chinese forms; empty for a null date.
    static QString date(QDate date);
    // "1101**********1234": lists show enough to tell people apart, not to copy
    // the number. Short or odd input is masked in the same spirit.
    static QString maskedIdNumber(const QString& idNumber);
    // Everything but the last four characters starred, length kept so the
    // clerk can still compare it with the passbook.
    static QString maskedBankAccount(const QString& account);
};

} // namespace jiuzhu
