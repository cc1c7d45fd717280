#pragma once

#include "core/domain/Error.h"
#include "core/policy/PolicySet.h"
#include "core/policy/WorkingCalendar.h"

namespace jiuzhu {

class AuditLog;
class Clock;
class SqliteDatabase;

// The policy in force at this office (standards, multiples, caps, deadlines)
// and its working-day calendar, as delivered by the district. A delivery
// replaces the whole set in one transaction: the township never edits a
// standard of its own (不得自定政策、自定标准).
class PolicyRepository
{
public:
    PolicyRepository(SqliteDatabase& database, AuditLog& audit, const Clock& clock);

    Result<PolicySet> policy();
    Status replacePolicy(const PolicySet& policy, const QString& actor);
    Result<WorkingCalendar> calendar();
    Status replaceCalendar(const WorkingCalendar& calendar, const QString& actor);
    // The policy and 2026 calendar shipped with the program, for a new or
    // demo office until the district's bundle arrives.
    Status installShippedDefaults(const QString& actor);

private:
    SqliteDatabase& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace jiuzhu
