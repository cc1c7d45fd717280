#pragma once

#include "core/payments/PayableCase.h"

#include <QList>

#include <random>

namespace jiuzhu::testing {

// Random but plausible case histories for the property tests: households
// that start, stop and come back, raises and cuts, members added and lost,
// deaths applied through ChangeEffects, and one-off grants. Deterministic
// for a seed, so a failure names the seed that reproduces it.
class RandomCaseHistory
{
public:
    explicit RandomCaseHistory(quint64 seed)
        : m_random(seed)
    {
    }

    // Cases of `households` households over the months from `first`, some
    // started before it and some running past its end.
    [[nodiscard]] QList<PayableCase> generate(YearMonth first, int months, int households);

    // Cases paid in `month` and the month after, with amounts near the
    // qint64 limit, for the overflow checks.
    [[nodiscard]] QList<PayableCase> generateHuge(YearMonth month, int cases);

    // Deaths applied so far, so a test can tell that it saw some.
    [[nodiscard]] int deaths() const { return m_deaths; }

    [[nodiscard]] int uniform(int low, int high); // inclusive
    [[nodiscard]] qint64 uniform64(qint64 low, qint64 high);
    [[nodiscard]] bool chance(double probability);

private:
    [[nodiscard]] PayableCase monthlyCase(
        qint64 householdId, AssistanceType type, YearMonth start, YearMonth end);
    void applyDeath(PayableCase& payable, YearMonth last);
    [[nodiscard]] qint64 amount();

    std::mt19937_64 m_random;
    qint64 m_nextCaseId = 1;
    int m_deaths = 0;
};

} // namespace jiuzhu::testing
