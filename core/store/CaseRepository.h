#pragma once

#include "core/domain/Error.h"
#include "core/domain/Household.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

namespace jiuzhu {

class SqliteDatabase;
class AuditLog;
class Clock;

struct CaseEventRecord
{
    QDateTime at;
    QString action;  // e.g. "apply", "accept", "confirm"
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
    QString startMonth;  // YYYY-MM
    QString endMonth;
    bool closeRelative = false;
    QList<CaseEventRecord> events;
};

class CaseRepository
{
public:
    CaseRepository(SqliteDatabase& database, AuditLog& audit, const Clock& clock);
    ~CaseRepository();

    Result<QList<qint64>> addMany(const QList<CaseRecordInput>& cases, const QString& actor);
    Result<QMap<CaseState, qint64>> countByState();
    Result<qint64> count();

private:
    struct Statements;
    SqliteDatabase& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
    std::unique_ptr<Statements> m_statements;
};

} // namespace jiuzhu
