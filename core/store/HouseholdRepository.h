#pragma once

#include "core/domain/Error.h"
#include "core/domain/Household.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace jiuzhu {

class SqliteDatabase;
class AuditLog;
class Clock;
struct ValidatedHousehold;

struct HouseholdQuery
{
    QString text; // what the clerk typed: name, pinyin, initials, ID digits, community
    qint64 communityId = 0; // 0: every community
    qint64 afterId = 0; // keyset paging: only households with a larger id
    int limit = 100;
};

// Typed access to households and their members; the only place that knows
// their SQL. Every write validates first and changes nothing on error.
class HouseholdRepository
{
public:
    HouseholdRepository(SqliteDatabase& database, AuditLog& audit, const Clock& clock);
    ~HouseholdRepository();

    Result<qint64> add(const NewHousehold& household, const QString& actor);
    // All or nothing, in one transaction; `progress` gets the number done so far.
    Result<QList<qint64>> addMany(const QList<NewHousehold>& households, const QString& actor,
        const std::function<void(qsizetype)>& progress = {});

    Result<QList<HouseholdSummary>> find(const HouseholdQuery& query);
    Result<HouseholdDetail> detail(qint64 householdId);
    Result<qint64> count();
    Result<QList<Community>> communities();
    Result<qint64> addCommunity(const Community& community, const QString& actor);

    // Checks every field of a household as the store would, without writing.
    Status validate(const NewHousehold& household) const;
    // Merges the search index into one segment after a bulk load, so that
    // one-letter searches read one list instead of hundreds.
    Status optimizeSearchIndex();

private:
    struct Statements;
    Result<qint64> insertValidated(
        const ValidatedHousehold& household, qint64 householdId, const QString& communityName);
    std::unexpected<Error> alreadyRegistered(const QString& idNumber, qsizetype index);
    Result<Statements*> statements();

    SqliteDatabase& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
    std::unique_ptr<Statements> m_statements;
};

} // namespace jiuzhu
