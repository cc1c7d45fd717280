#pragma once

#include "core/domain/Error.h"
#include "core/domain/Household.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <memory>

namespace jiuzhu {

class SqliteDatabase;
class AuditLog;
class Clock;
class PaymentRepository;

struct CaseEventRecord
{
    QDateTime at;
    QString action; // e.g. "apply", "accept", "confirm"
    std::optional<CaseState> fromState;
    CaseState toState = CaseState::Applied;
    QString reason;
};

// A case as it stands, with the events that brought it there. Used when
// cases are loaded whole (demo office, migration of existing records); the
// step-by-step procedure writes through the workflow layer.
struct CaseRecordInput
{
    qint64 householdId = 0;
    AssistanceType type = AssistanceType::Dibao;
    CaseState state = CaseState::Applied;
    ApplicationChannel channel = ApplicationChannel::HouseholdHead;
    QDate appliedOn;
    QDate acceptedOn;
    QDate decidedOn;
    qint64 monthlyAmountFen = 0;
    qint64 oneOffAmountFen = 0;
    QString startMonth; // YYYY-MM
    QString endMonth;
    bool closeRelative = false;
    QList<CaseEventRecord> events;
};

// The columns of a case row that lists, rosters and packets query, written
// together with the procedure engine's whole case file (JSON).
struct CaseRowWrite
{
    qint64 caseId = 0; // 0: a new case
    qint64 householdId = 0;
    AssistanceType type = AssistanceType::Dibao;
    CaseState state = CaseState::Applied;
    ApplicationChannel channel = ApplicationChannel::HouseholdHead;
    QDate appliedOn;
    QDate acceptedOn;
    QDate decidedOn;
    qint64 monthlyAmountFen = 0;
    qint64 oneOffAmountFen = 0;
    QString startMonth;
    QString endMonth;
    bool closeRelative = false;
    QString workflowJson;
};

// One step as the engine recorded it, with the signed-in user's id.
struct CaseStepWrite
{
    QString action;
    qint64 actorUserId = 0;
    QDateTime at;
    std::optional<CaseState> fromState;
    CaseState toState = CaseState::Applied;
    QString reason;
    QJsonObject data;
    QString actorLogin;
    QJsonObject auditDetails; // what the audit chain may keep of the step
};

class CaseRepository
{
public:
    // Decisions written here give their cases an entitlement through
    // `payments`, in the same transaction.
    CaseRepository(SqliteDatabase& database, AuditLog& audit, const Clock& clock, PaymentRepository& payments);
    ~CaseRepository();

    Result<QList<qint64>> addMany(const QList<CaseRecordInput>& cases, const QString& actor);
    // Writes the case row (new or updated), the step's event and its audit
    // entry in one transaction; returns the case id.
    Result<qint64> saveStep(const CaseRowWrite& row, const CaseStepWrite& step);
    // The engine's case files of every case that has one, by case id.
    Result<QList<QPair<qint64, QString>>> workflowFiles();
    Result<QString> workflowFile(qint64 caseId);

    Result<QMap<CaseState, qint64>> countByState();
    Result<qint64> count();

private:
    struct Statements;
    SqliteDatabase& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
    PaymentRepository& m_payments;
    std::unique_ptr<Statements> m_statements;
};

} // namespace jiuzhu
