#pragma once

#include "core/domain/Error.h"
#include "core/domain/YearMonth.h"
#include "core/payments/ChangeEffects.h"
#include "core/payments/Discrepancy.h"
#include "core/payments/OverpaymentFinder.h"
#include "core/payments/PaymentRoster.h"
#include "core/payments/ReviewSchedule.h"
#include "core/payments/RosterChanges.h"
#include "core/policy/PolicySet.h"
#include "core/workflow/WorkflowContext.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace jiuzhu {

class CaseStore;
class Clock;

// A month's money as the office files it: the roster, last month's, what
// changed between them, and every reason the month does not reconcile.
struct MonthPayments
{
    PaymentRoster previous; // as paid when that month is closed, else as due
    bool previousClosed = false;
    PaymentRoster roster; // as paid when closed, else as due from the entitlements
    bool closed = false;
    std::optional<YearMonth> lastClosed;
    RosterChanges changes;
    QList<Discrepancy> discrepancies;
};

// What a change or a review did to a case's money.
struct PaymentChangeOutcome
{
    ProposedChange proposal;
    qint64 changeId = 0; // the change event's row; 0 for a review
    // Months already paid that the corrected case was not (or was more)
    // entitled to, recorded for recovery (or back payment).
    OverpaymentReport overpayments;
};

// Where the payment rules meet the store: monthly rosters from the stored
// entitlements, closing a month in order and only when it reconciles, change
// events and reviews that correct the entitlement, and the overpayments a
// correction reveals in months already paid. Users are checked against
// their stored roles; each write is one transaction with its audit entry.
class PaymentDesk
{
    Q_DECLARE_TR_FUNCTIONS(PaymentDesk)

public:
    static Result<std::unique_ptr<PaymentDesk>> open(CaseStore& store, const Clock& clock);

    Result<MonthPayments> month(YearMonth month);
    // Stores the month's roster as paid (clerk or confirmer). Refused for a
    // future month, a month already closed, a month whose previous month is
    // still open (once any month has been closed), or any discrepancy.
    Result<MonthPayments> close(YearMonth month, qint64 userId);

    // Records a change in a beneficiary household (clerk or confirmer).
    // A death stops or cuts the benefit from the next month at once; other
    // events, without `recalculation`, wait for a review.
    Result<PaymentChangeOutcome> reportChange(qint64 caseId, const ChangeEvent& event,
        const std::optional<Recalculation>& recalculation, qint64 userId);

    Result<QList<ReviewDue>> reviewsDue(YearMonth month);
    // Records a review's outcome (confirmer): unchanged, raise, lower or
    // stop, from the month after `recalculation.decidedOn`.
    Result<PaymentChangeOutcome> recordReview(qint64 caseId, const Recalculation& recalculation, qint64 userId);

private:
    PaymentDesk(CaseStore& store, const Clock& clock, PolicySet policy);
    Result<PaymentRoster> dueRoster(YearMonth month);
    // Applies a stop or a new amount to the stored entitlement and records
    // what the closed months paid in error; empty when nothing is applied.
    Result<OverpaymentReport> applyChange(
        const PayableCase& payable, const ProposedChange& proposal, const Actor& actor);

    CaseStore& m_store;
    const Clock& m_clock;
    PolicySet m_policy;
};

} // namespace jiuzhu
