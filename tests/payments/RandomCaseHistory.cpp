#include "tests/payments/RandomCaseHistory.h"

#include "core/payments/ChangeEffects.h"

#include <QSet>

#include <limits>

namespace jiuzhu::testing {

namespace {

constexpr std::array kMonthlyTypes {AssistanceType::Dibao, AssistanceType::Tekun, AssistanceType::NearDibao,
    AssistanceType::RigidExpense, AssistanceType::SeriousIllness, AssistanceType::CaseByCase};

} // namespace

int RandomCaseHistory::uniform(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_random);
}

qint64 RandomCaseHistory::uniform64(qint64 low, qint64 high)
{
    return std::uniform_int_distribution<qint64>(low, high)(m_random);
}

bool RandomCaseHistory::chance(double probability)
{
    return std::bernoulli_distribution(probability)(m_random);
}

qint64 RandomCaseHistory::amount()
{
    // Some households are recognised but paid nothing (低保边缘, 刚性支出).
    return chance(0.05) ? 0 : uniform64(1, 300000);
}

PayableCase RandomCaseHistory::monthlyCase(
    qint64 householdId, AssistanceType type, YearMonth start, YearMonth end)
{
    PayableCase payable;
    payable.caseId = m_nextCaseId++;
    payable.householdId = householdId;
    payable.type = type;
    BenefitPeriod current {start, std::nullopt, amount(), type == AssistanceType::Tekun ? 1 : uniform(1, 6)};
    for (YearMonth month = start.addMonths(1); month <= end; month = month.addMonths(1)) {
        const bool stop = chance(0.03);
        const bool amountChanges = chance(0.08);
        const bool personsChange = type != AssistanceType::Tekun && chance(0.05);
        if (!stop && !amountChanges && !personsChange)
            continue;
        current.until = month.addMonths(-1);
        payable.periods.append(current);
        if (stop)
            return payable;
        current = BenefitPeriod {month, std::nullopt, amountChanges ? amount() : current.monthlyFen,
            personsChange ? std::max(1, current.persons + (chance(0.5) ? 1 : -1)) : current.persons};
    }
    // Some cases run on past the window, others end with it.
    if (chance(0.5))
        current.until = end;
    payable.periods.append(current);
    return payable;
}

void RandomCaseHistory::applyDeath(PayableCase& payable, YearMonth last)
{
    const BenefitPeriod& first = payable.periods.first();
    const YearMonth until = payable.periods.last().until.value_or(last);
    const int span = first.from.monthsUntil(until);
    const YearMonth month = first.from.addMonths(uniform(0, std::max(0, span)));
    const std::optional<BenefitPeriod> paid = payable.periodIn(month);
    if (!paid)
        return;
    const ChangeEvent death {ChangeEventKind::Death, QDate(month.year(), month.month(), uniform(1, 28))};
    std::optional<Recalculation> recalculation;
    if (paid->persons > 1 && chance(0.8))
        recalculation = Recalculation {true, paid->persons - 1, amount(), death.date};
    const Result<ProposedChange> proposal = ChangeEffects::propose(payable, death, recalculation);
    if (!proposal)
        qFatal("death not proposed: %s", qPrintable(proposal.error().toString()));
    // Without an amount the death awaits recalculation and cannot be applied yet.
    if (proposal->direction == BenefitDirection::Lower && !proposal->newPeriod)
        return;
    const Result<PayableCase> applied = ChangeEffects::apply(payable, *proposal);
    if (!applied)
        qFatal("death not applied: %s", qPrintable(applied.error().toString()));
    if (*applied != payable)
        ++m_deaths;
    payable = *applied;
}

QList<PayableCase> RandomCaseHistory::generate(YearMonth first, int months, int households)
{
    QList<PayableCase> cases;
    const YearMonth last = first.addMonths(months - 1);
    for (qint64 householdId = 1; householdId <= households; ++householdId) {
        if (chance(0.8)) {
            const AssistanceType type = kMonthlyTypes[std::size_t(uniform(0, int(kMonthlyTypes.size()) - 1))];
            YearMonth start = first.addMonths(uniform(-6, months));
            // A household may come back under the same type once its case has ended.
            while (start <= last) {
                PayableCase payable = monthlyCase(householdId, type, start, last.addMonths(3));
                if (chance(0.15))
                    applyDeath(payable, last);
                if (chance(0.05))
                    payable.oneOffs.append(
                        OneOffPayment {first.addMonths(uniform(0, months - 1)), amount(), 1});
                const std::optional<YearMonth> ended = payable.periods.last().until;
                cases.append(payable);
                if (!ended || !chance(0.4))
                    break;
                start = ended->addMonths(uniform(1, 6));
            }
        }
        if (chance(0.3)) {
            PayableCase grant;
            grant.caseId = m_nextCaseId++;
            grant.householdId = householdId;
            grant.type
                = chance(0.5) ? AssistanceType::TemporaryEmergency : AssistanceType::TemporaryExpenditure;
            QSet<YearMonth> used;
            for (int i = uniform(1, 3); i > 0; --i) {
                const YearMonth month = first.addMonths(uniform(-1, months));
                if (used.contains(month))
                    continue;
                used.insert(month);
                grant.oneOffs.append(OneOffPayment {month, uniform64(1, 800000), uniform(1, 6)});
            }
            cases.append(grant);
        }
    }
    return cases;
}

QList<PayableCase> RandomCaseHistory::generateHuge(YearMonth month, int count)
{
    QList<PayableCase> cases;
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    const YearMonth next = month.addMonths(1);
    for (int i = 0; i < count; ++i) {
        PayableCase payable;
        payable.caseId = m_nextCaseId++;
        payable.householdId = payable.caseId;
        payable.type = kMonthlyTypes[std::size_t(uniform(0, int(kMonthlyTypes.size()) - 1))];
        // Mostly amounts whose sums straddle the limit, a few small ones.
        const auto huge = [&] {
            if (chance(0.2))
                return uniform64(0, 1000);
            // Two of these add up past the limit about half the time.
            return chance(0.5) ? uniform64(max / 4, max / 4 * 3) : uniform64(0, max / qint64(count));
        };
        switch (uniform(0, 4)) {
        case 0: // paid both months, perhaps a different amount
            payable.periods
                = {BenefitPeriod {month, month, huge(), 1}, BenefitPeriod {next, next, huge(), 2}};
            break;
        case 1: // exits after the first month
            payable.periods = {BenefitPeriod {month, month, huge(), 1}};
            break;
        case 2: // new in the second month
            payable.periods = {BenefitPeriod {next, next, huge(), 1}};
            break;
        default: // a one-off in either month
            payable.oneOffs = {OneOffPayment {chance(0.5) ? month : next, huge(), 1}};
            break;
        }
        cases.append(payable);
    }
    return cases;
}

} // namespace jiuzhu::testing
