#pragma once

#include "core/domain/Error.h"
#include "core/domain/Household.h"
#include "core/domain/YearMonth.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace jiuzhu {

// A stretch of months over which a case is paid the same monthly amount for
// the same number of persons. A raise, a cut or a change of persons starts a
// new period; stopping the benefit closes the last one.
struct BenefitPeriod
{
    YearMonth from = YearMonth::containing(QDate());
    std::optional<YearMonth> until; // inclusive; none while the benefit runs on
    qint64 monthlyFen = 0;
    int persons = 1;

    [[nodiscard]] bool covers(YearMonth month) const { return from <= month && (!until || month <= *until); }
    friend bool operator==(const BenefitPeriod&, const BenefitPeriod&) = default;
};

// Money granted once (临时救助), paid in the roster of `month`.
struct OneOffPayment
{
    YearMonth month = YearMonth::containing(QDate());
    qint64 fen = 0;
    int persons = 1;

    friend bool operator==(const OneOffPayment&, const OneOffPayment&) = default;
};

// What a confirmed case is entitled to, month by month: the input from which
// every roster is built. The store keeps the periods and one-offs; this type
// holds no procedure state, only what is payable.
struct PayableCase
{
    Q_DECLARE_TR_FUNCTIONS(PayableCase)

public:
    qint64 caseId = 0;
    qint64 householdId = 0;
    AssistanceType type = AssistanceType::Dibao;
    QList<BenefitPeriod> periods; // ordered by `from`, never overlapping
    QList<OneOffPayment> oneOffs; // at most one per month

    // Every rule a case must meet before money is paid on it; the error names
    // the case ("Case 42: period 2") and the rule broken.
    [[nodiscard]] Status validate() const;

    // The period paying `month`, if any (the case must be valid).
    [[nodiscard]] std::optional<BenefitPeriod> periodIn(YearMonth month) const;
    [[nodiscard]] std::optional<OneOffPayment> oneOffIn(YearMonth month) const;
    // The first month anything is paid, and the last one (none: open-ended).
    [[nodiscard]] std::optional<YearMonth> firstMonth() const;

    // "Case 42": how errors and hints name a case.
    [[nodiscard]] static QString caseLabel(qint64 caseId);

    friend bool operator==(const PayableCase&, const PayableCase&) = default;
};

} // namespace jiuzhu
