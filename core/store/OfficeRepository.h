#pragma once

#include "core/domain/Error.h"
#include "core/domain/Household.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace jiuzhu {

class SqliteDatabase;
class AuditLog;
class Clock;

enum class OfficeProfile { Township, District };

struct OfficeInfo
{
    OfficeProfile profile = OfficeProfile::Township;
    QString code; // 9-digit township code (GB/T 10114 style) or 6-digit district code
    QString name; // e.g. 城关镇人民政府
    QString districtCode;
    QString districtName; // e.g. 某某县民政局
    QString phone;
    QString address;
    bool isDemo = false;
};

// The district's yearly entrustment letter (委托书): which assistance types
// the township may confirm itself, and for which period.
struct EntrustmentRecord
{
    QList<AssistanceType> types;
    QDate validFrom;
    QDate validUntil;
    QString source; // the letter's reference
};

class OfficeRepository
{
public:
    OfficeRepository(SqliteDatabase& database, AuditLog& audit, const Clock& clock);

    // Empty until first-run setup has been done.
    Result<std::optional<OfficeInfo>> office();
    Status setUp(const OfficeInfo& office, const QString& actor);
    // Empty until the district's letter has been recorded: then the township
    // may confirm nothing and refers every case.
    Result<std::optional<EntrustmentRecord>> entrustment();
    Status setEntrustment(const EntrustmentRecord& entrustment, const QString& actor);

private:
    SqliteDatabase& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace jiuzhu
