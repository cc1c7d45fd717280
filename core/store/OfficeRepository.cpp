#include "core/store/OfficeRepository.h"

#include "core/domain/Clock.h"
#include "core/domain/DomainKeys.h"
#include "core/store/AuditLog.h"
#include "core/store/FieldRules.h"
#include "core/store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace jiuzhu {

namespace {

class OfficeText
{
    Q_DECLARE_TR_FUNCTIONS(OfficeRepository)
};

bool isDigits(const QString& text)
{
    return !text.isEmpty()
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
}

} // namespace

OfficeRepository::OfficeRepository(SqliteDatabase& database, AuditLog& audit, const Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{
}

Result<std::optional<OfficeInfo>> OfficeRepository::office()
{
    auto statement
        = m_database.prepare(QStringLiteral("SELECT profile, code, name, district_code, district_name, "
                                            "phone, address, is_demo FROM office WHERE id = 1"));
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<OfficeInfo>();
    OfficeInfo info;
    info.profile = statement->columnText(0) == QLatin1String("district") ? OfficeProfile::District
                                                                         : OfficeProfile::Township;
    info.code = statement->columnText(1);
    info.name = statement->columnText(2);
    info.districtCode = statement->columnText(3);
    info.districtName = statement->columnText(4);
    info.phone = statement->columnText(5);
    info.address = statement->columnText(6);
    info.isDemo = statement->columnInt64(7) != 0;
    return std::optional<OfficeInfo>(info);
}

Status OfficeRepository::setUp(const OfficeInfo& office, const QString& actor)
{
    auto name = FieldRules::requiredText(OfficeText::tr("Office name"), office.name, 60);
    if (!name)
        return std::unexpected(name.error());
    auto districtName = FieldRules::requiredText(OfficeText::tr("District name"), office.districtName, 60);
    if (!districtName)
        return std::unexpected(districtName.error());
    if (!isDigits(office.code)
        || (office.code.size() != 6 && office.code.size() != 9 && office.code.size() != 12))
        return fail(ErrorCode::InvalidInput, OfficeText::tr("Office code"),
            OfficeText::tr("The office code is the 6-, 9- or 12-digit administrative division code."));
    if (!isDigits(office.districtCode) || office.districtCode.size() != 6)
        return fail(ErrorCode::InvalidInput, OfficeText::tr("District code"),
            OfficeText::tr("The district code is the 6-digit administrative division code."));
    if (!office.code.startsWith(office.districtCode))
        return fail(ErrorCode::InvalidInput, OfficeText::tr("Office code"),
            OfficeText::tr("The office code must begin with the district code %1.").arg(office.districtCode));
    auto phone = FieldRules::optionalText(OfficeText::tr("Office phone"), office.phone, 30);
    if (!phone)
        return std::unexpected(phone.error());
    auto address = FieldRules::optionalText(OfficeText::tr("Office address"), office.address, 200);
    if (!address)
        return std::unexpected(address.error());

    auto existing = this->office();
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->has_value())
        return fail(ErrorCode::Conflict, OfficeText::tr("Office"),
            OfficeText::tr("This data folder already belongs to %1.").arg((*existing)->name));

    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto insert
        = m_database.prepare(QStringLiteral("INSERT INTO office (id, profile, code, name, district_code, "
                                            "district_name, phone, address, is_demo, created_at)"
                                            " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1,
        office.profile == OfficeProfile::District ? QStringLiteral("district") : QStringLiteral("township"));
    insert->bind(2, office.code).bind(3, *name).bind(4, office.districtCode).bind(5, *districtName);
    insert->bind(6, *phone).bind(7, *address).bind(8, office.isDemo);
    insert->bind(9, m_clock.now().toUTC().toString(Qt::ISODate));
    if (auto inserted = insert->execute(); !inserted)
        return inserted;
    AuditEntry entry {actor, QStringLiteral("office.setup"), QStringLiteral("office"), office.code,
        QJsonObject {{QStringLiteral("demo"), office.isDemo}}};
    if (auto audited = m_audit.append(entry); !audited)
        return audited;
    return transaction->commit();
}

Result<std::optional<EntrustmentRecord>> OfficeRepository::entrustment()
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT types, valid_from, valid_until, source FROM entrustment WHERE id = 1"));
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<EntrustmentRecord>();
    EntrustmentRecord record;
    const QStringList keys = statement->columnText(0).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& key : keys) {
        if (auto type = assistanceTypeFromKey(key))
            record.types.append(*type);
    }
    record.validFrom = QDate::fromString(statement->columnText(1), Qt::ISODate);
    record.validUntil = QDate::fromString(statement->columnText(2), Qt::ISODate);
    record.source = statement->columnText(3);
    return std::optional<EntrustmentRecord>(record);
}

Status OfficeRepository::setEntrustment(const EntrustmentRecord& entrustment, const QString& actor)
{
    if (!entrustment.validFrom.isValid() || !entrustment.validUntil.isValid()
        || entrustment.validUntil < entrustment.validFrom)
        return fail(ErrorCode::InvalidInput, OfficeText::tr("Entrustment period"),
            OfficeText::tr("The entrustment needs a first and a last day, the last not before the first."));
    QStringList keys;
    for (AssistanceType type : entrustment.types)
        keys.append(domainKey(type));
    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto upsert
        = m_database.prepare(QStringLiteral("INSERT OR REPLACE INTO entrustment (id, types, valid_from, "
                                            "valid_until, source) VALUES (1, ?, ?, ?, ?)"));
    if (!upsert)
        return std::unexpected(upsert.error());
    upsert->bind(1, keys.join(QLatin1Char(','))).bind(2, entrustment.validFrom.toString(Qt::ISODate));
    upsert->bind(3, entrustment.validUntil.toString(Qt::ISODate)).bind(4, entrustment.source);
    if (auto written = upsert->execute(); !written)
        return written;
    AuditEntry entry {actor, QStringLiteral("entrustment.set"), QStringLiteral("office"), QStringLiteral("1"),
        QJsonObject {{QStringLiteral("types"), keys.join(QLatin1Char(','))},
            {QStringLiteral("from"), entrustment.validFrom.toString(Qt::ISODate)},
            {QStringLiteral("until"), entrustment.validUntil.toString(Qt::ISODate)}}};
    if (auto audited = m_audit.append(entry); !audited)
        return audited;
    return transaction->commit();
}

} // namespace jiuzhu
