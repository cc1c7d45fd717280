#pragma once

#include "core/domain/IdNumber.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace jiuzhu {

class DemoRandom;

// Hands out resident ID numbers that are valid (GB 11643 check digit, sex
// parity of the sequence digits) and unique across the whole demo. A number
// already given out is not drawn again: the sequence steps to the next free
// one of the right parity, then the birth date moves back a day, so the
// outcome depends only on the order of the requests, never on hashing.
class DemoIdNumberAllocator
{
public:
    // `regionCode`: six digits (the district part of the township code).
    explicit DemoIdNumberAllocator(const QString& regionCode);

    [[nodiscard]] QString allocate(QDate birthDate, Sex sex, DemoRandom& random);
    [[nodiscard]] qsizetype allocatedCount() const { return m_used.size(); }

private:
    quint64 m_region = 0;
    QSet<quint64> m_used; // the first 17 digits as a number
};

} // namespace jiuzhu
