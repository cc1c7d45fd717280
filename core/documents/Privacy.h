#pragma once

#include <QString>

namespace jiuzhu {

// "110101199003071234" → "1101**********1234": the first four and last four
// characters stay so a clerk can still tell two people apart; text of eight
// characters or fewer is masked entirely.
QString maskIdNumber(const QString& idNumber);

// "6217000012345678901" → "***************8901".
QString maskBankAccount(const QString& account);

// Masks every run of twelve or more digits in free text (spaces and hyphens
// between digit groups included): identity numbers keep their ends as in
// maskIdNumber(), anything else is treated as an account number. Mobile and
// landline numbers (at most eleven digits) and amounts are left alone.
QString redactSensitiveNumbers(const QString& text);

} // namespace jiuzhu
