#pragma once

#include "core/domain/Error.h"
#include "core/domain/YearMonth.h"
#include "core/payments/PayableCase.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace jiuzhu {

enum class ChangeEventKind { Death, Birth, Marriage, MoveOut, IncomeChange };

// A change in a beneficiary household reported to the office.
struct ChangeEvent
{
    ChangeEventKind kind = ChangeEventKind::Death;
    QDate date; // when it happened, not when it was reported
    qint64 newMonthlyIncomeFen = 0; // IncomeChange only: the household's new monthly income
};

// The outcome of a review, from the policy calculators: whether the household
// still qualifies, for how many persons and how much, and when it was decided.
struct Recalculation
{
    bool eligible = true;
    int persons = 1;
    qint64 monthlyFen = 0;
    QDate decidedOn;
};

enum class BenefitDirection {
    Raise,
    Lower, // less money or fewer persons
    Stop,
    Unchanged, // reviewed, nothing changes
    AwaitingReview,
};

// What the office should do about an event, for the 救助金调整（停发）告知书:
// direction, from which month, the new period when its amount is known, and
// the reason in words.
struct ProposedChange
{
    qint64 caseId = 0;
    ChangeEventKind event = ChangeEventKind::Death;
    BenefitDirection direction = BenefitDirection::AwaitingReview;
    bool reviewRequired = false;
    // First month paid under the change; none while the review is pending.
    std::optional<YearMonth> effectiveFrom;
    int persons = 0; // after the change; 0 when stopping
    // Set when the amount is known; none when stopping or awaiting an amount.
    std::optional<BenefitPeriod> newPeriod;
    QString reason; // translated
};

// Turns change events into proposed benefit changes:
// - a death takes effect at once, from the month after the death, with no
//   review to wait for (no "死亡保"): a one-person case is stopped, its death
//   month being the last one paid; otherwise the deceased's share stops, for
//   one person fewer at the amount the calculators give (`recalculation`,
//   awaited when absent).
// - birth, marriage, moving out and a change of income trigger a review;
//   with the review's recalculation the change applies from the month after
//   the decision: raise, lower, stop or unchanged.
class ChangeEffects
{
    Q_DECLARE_TR_FUNCTIONS(ChangeEffects)

public:
    // The case must be valid and paid monthly in the month of the event; the
    // recalculation must agree with the event (one person fewer after a death
    // or a move, more after a birth, as many after a change of income).
    [[nodiscard]] static Result<ProposedChange> propose(const PayableCase& payable, const ChangeEvent& event,
        const std::optional<Recalculation>& recalculation = std::nullopt);

    // The outcome of a periodic review (年度复核): stop when no longer
    // eligible, otherwise the recalculated amount and persons, from the month
    // after the decision; unchanged when both stay the same. The case must be
    // paid monthly in the month of the decision.
    [[nodiscard]] static Result<ProposedChange> afterReview(
        const PayableCase& payable, const Recalculation& recalculation);

    // The case with the change applied: periods from `effectiveFrom` on are
    // replaced by the new period (ending when the case was due to end) or
    // by nothing when stopping. One-offs already granted are kept. Refuses a
    // proposal without an effective month or, unless stopping, without an
    // amount.
    [[nodiscard]] static Result<PayableCase> apply(const PayableCase& payable, const ProposedChange& change);
};

} // namespace jiuzhu
