#include "core/demo/DemoIdNumberAllocator.h"

#include "core/demo/DemoRandom.h"

namespace jiuzhu {

namespace {

// Sequence numbers 001-999: odd for men, even for women (GB 11643).
constexpr int kSequencesPerSex = 499;

int sequenceFor(int slot, Sex sex)
{
    return sex == Sex::Male ? 2 * slot + 1 : 2 * slot + 2;
}

} // namespace

DemoIdNumberAllocator::DemoIdNumberAllocator(const QString& regionCode)
    : m_region(regionCode.toULongLong())
{
}

QString DemoIdNumberAllocator::allocate(QDate birthDate, Sex sex, DemoRandom& random)
{
    int slot = static_cast<int>(random.below(kSequencesPerSex));
    int tried = 0;
    while (true) {
        const quint64 date = static_cast<quint64>(birthDate.year()) * 10000
            + static_cast<quint64>(birthDate.month()) * 100 + static_cast<quint64>(birthDate.day());
        const quint64 first17
            = (m_region * 100000000ULL + date) * 1000 + static_cast<quint64>(sequenceFor(slot, sex));
        if (!m_used.contains(first17)) {
            m_used.insert(first17);
            const QString digits = QStringLiteral("%1").arg(first17, 17, 10, QLatin1Char('0'));
            return digits + IdNumber::checkDigitFor(digits);
        }
        slot = (slot + 1) % kSequencesPerSex;
        if (++tried == kSequencesPerSex) {
            // Every number of that day and sex is taken (only in huge demos).
            birthDate = birthDate.addDays(-1);
            tried = 0;
        }
    }
}

} // namespace jiuzhu
