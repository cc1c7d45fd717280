#pragma once

#include "core/domain/YearMonth.h"
#include "core/payments/PayableCase.h"
#include "core/payments/PaymentRoster.h"
#include "core/payments/RosterStatistics.h"
#include "core/policy/PolicyKeys.h"
#include "core/policy/PolicySet.h"

#include <QTest>

#include <optional>

namespace jiuzhu::testing {

inline YearMonth ym(int year, int month)
{
    const Result<YearMonth> parsed = YearMonth::of(year, month);
    Q_ASSERT(parsed.has_value());
    return *parsed;
}

// The value of a step the test relies on; stops the test run when the
// fixture itself is wrong, since nothing after it would mean anything.
template <typename T> T expectOk(Result<T> result)
{
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    return std::move(*result);
}

inline PaymentRoster buildRoster(const QList<PayableCase>& cases, YearMonth month)
{
    return expectOk(PaymentRoster::build(cases, month));
}

inline BenefitPeriod period(YearMonth from, std::optional<YearMonth> until, qint64 fen, int persons)
{
    return BenefitPeriod {from, until, fen, persons};
}

inline PayableCase monthlyCase(
    qint64 caseId, qint64 householdId, AssistanceType type, QList<BenefitPeriod> periods)
{
    PayableCase payable;
    payable.caseId = caseId;
    payable.householdId = householdId;
    payable.type = type;
    payable.periods = std::move(periods);
    return payable;
}

inline PayableCase oneOffCase(
    qint64 caseId, qint64 householdId, AssistanceType type, QList<OneOffPayment> oneOffs)
{
    PayableCase payable;
    payable.caseId = caseId;
    payable.householdId = householdId;
    payable.type = type;
    payable.oneOffs = std::move(oneOffs);
    return payable;
}

inline void addEntry(PolicySet& policy, const QString& key, QDate from, qint64 value)
{
    const Status added
        = policy.add(PolicyEntry {key, std::nullopt, from, value, QStringLiteral("illustrative")});
    QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error().toString()));
}

// The figures DOMAIN.md describes, in force from 2020: yearly reviews of 低保
// and 特困, twice-yearly of 一事一议; payment by the 10th, adjustments by the
// 15th, reconciliation by the 20th.
inline PolicySet standardPolicy()
{
    PolicySet policy;
    const QDate from(2020, 1, 1);
    addEntry(policy, policykey::kReviewIntervalMonthsDibao, from, 12);
    addEntry(policy, policykey::kReviewIntervalMonthsTekun, from, 12);
    addEntry(policy, policykey::kReviewIntervalMonthsCaseByCase, from, 6);
    addEntry(policy, policykey::kPaymentMonthlyDay, from, 10);
    addEntry(policy, policykey::kFilingAdjustmentsDay, from, 15);
    addEntry(policy, policykey::kFilingReconciliationDay, from, 20);
    return policy;
}

} // namespace jiuzhu::testing

namespace jiuzhu {

// Found by QCOMPARE through argument-dependent lookup.
inline char* toString(const RosterFigures& figures)
{
    return QTest::toString(QStringLiteral("{households %1, persons %2, fen %3}")
                               .arg(figures.households)
                               .arg(figures.persons)
                               .arg(figures.fen));
}

inline char* toString(const YearMonth& month)
{
    return QTest::toString(month.toString());
}

} // namespace jiuzhu

// Fails the test with the error's text when `result` holds an error.
#define VERIFY_OK(result)                                                                                    \
    QVERIFY2((result).has_value(), qPrintable((result).has_value() ? QString() : (result).error().toString()))
