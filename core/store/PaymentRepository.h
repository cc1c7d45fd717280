#pragma once

#include "core/domain/Error.h"
#include "core/domain/YearMonth.h"
#include "core/payments/ChangeEffects.h"
#include "core/payments/OverpaymentFinder.h"
#include "core/payments/PayableCase.h"
#include "core/payments/PaymentRoster.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace jiuzhu {

class SqliteDatabase;
class AuditLog;
class Clock;

// Who does something to the money, as the audit chain names them.
struct PaymentActor
{
    qint64 userId = 0;
    QString login;
};

struct ChangeRecord
{
    qint64 id = 0;
    qint64 caseId = 0;
    ChangeEvent event;
    QDate reportedOn;
    BenefitDirection direction = BenefitDirection::AwaitingReview;
    std::optional<YearMonth> effectiveFrom;
    QString reason;
};

struct ReviewRecord
{
    qint64 caseId = 0;
    YearMonth reviewMonth = YearMonth::containing(QDate());
    QDate reviewedOn;
    BenefitDirection outcome = BenefitDirection::Unchanged; // Raise, Lower, Stop or Unchanged
    std::optional<YearMonth> effectiveFrom;
    QString notes;
};

enum class OverpaymentStatus { Open, Recovered, Paid, Waived };

struct StoredOverpayment
{
    qint64 id = 0;
    Overpayment overpayment;
    QDate foundOn;
    OverpaymentStatus status = OverpaymentStatus::Open;
};

// What each decided case is entitled to (benefit periods and one-offs), the
// closed monthly rosters, change events, reviews and overpayments. Closed
// rosters are what was paid and are never rewritten: a correction changes the
// entitlement, and the difference to what was paid is recorded to recover.
class PaymentRepository
{
public:
    PaymentRepository(SqliteDatabase& database, AuditLog& audit, const Clock& clock);

    // Gives every decided case that has no entitlement yet the one its
    // decision says, and closes the open period of a case that has ended.
    // Runs inside the caller's transaction; `caseId` limits it to one case.
    Status syncFromDecisions(std::optional<qint64> caseId = std::nullopt);

    // Every case with an entitlement, by case id.
    Result<QList<PayableCase>> payableCases();
    Result<PayableCase> payableCase(qint64 caseId);
    // Replaces the case's periods and one-offs, audited, in one transaction.
    Status replaceEntitlement(const PayableCase& corrected, const PaymentActor& actor, const QString& why);

    Result<std::optional<PaymentRoster>> closedRoster(YearMonth month);
    // The closed rosters that paid any of `caseIds`, each cut down to those
    // cases' lines (the overpayment check looks at nothing else).
    Result<QList<PaymentRoster>> closedRostersOf(const QList<qint64>& caseIds);
    Result<std::optional<YearMonth>> lastClosedMonth();
    // Stores the roster as paid; a month is closed once.
    Status closeRoster(const PaymentRoster& roster, const PaymentActor& actor);

    Result<qint64> recordChange(const ChangeRecord& change, const PaymentActor& actor);
    Result<QList<ChangeRecord>> changesOf(qint64 caseId);
    Status recordReview(const ReviewRecord& review, const PaymentActor& actor);
    // Reviews brought in whole (demo office, existing records): one
    // transaction and one audit entry for all.
    Status addReviews(const QList<ReviewRecord>& reviews, const QString& actor);
    // The month of each case's latest review.
    Result<QMap<qint64, YearMonth>> lastReviewMonths();

    // Keeps each (case, month, kind) once: a later finding replaces an open
    // one and leaves a settled one alone.
    Status recordOverpayments(const QList<Overpayment>& found, const PaymentActor& actor);
    Result<QList<StoredOverpayment>> overpayments(std::optional<OverpaymentStatus> status = std::nullopt);

private:
    Status writeEntitlement(const PayableCase& payable);

    SqliteDatabase& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
};

[[nodiscard]] QString domainKey(BenefitDirection direction);
[[nodiscard]] std::optional<BenefitDirection> benefitDirectionFromKey(const QString& key);
[[nodiscard]] QString domainKey(ChangeEventKind kind);
[[nodiscard]] std::optional<ChangeEventKind> changeEventKindFromKey(const QString& key);
[[nodiscard]] QString domainKey(OverpaymentStatus status);
[[nodiscard]] std::optional<OverpaymentStatus> overpaymentStatusFromKey(const QString& key);

} // namespace jiuzhu
