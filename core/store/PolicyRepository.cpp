#include "core/store/PolicyRepository.h"

#include "core/domain/DomainKeys.h"
#include "core/store/AuditLog.h"
#include "core/store/ContentStore.h"
#include "core/store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

namespace jiuzhu {

namespace {

class PolicyStoreText
{
    Q_DECLARE_TR_FUNCTIONS(PolicyRepository)
};

const QString kShippedPolicy = QStringLiteral(":/jiuzhu/policy/example_policy.json");
const QString kShippedCalendar = QStringLiteral(":/jiuzhu/policy/calendar_2026.json");

Result<QByteArray> readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, QStringLiteral("missing resource %1").arg(path));
    return file.readAll();
}

} // namespace

PolicyRepository::PolicyRepository(SqliteDatabase& database, AuditLog& audit, const Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{
}

Result<PolicySet> PolicyRepository::policy()
{
    auto rows = m_database.prepare(QStringLiteral(
        "SELECT key, area, effective_from, value_int, value_text, source FROM policy_parameters"
        " ORDER BY key, area, effective_from"));
    if (!rows)
        return std::unexpected(rows.error());
    PolicySet policy;
    Status added;
    if (auto visited = rows->forEachRow([&] {
            if (!added)
                return;
            PolicyEntry entry;
            entry.key = rows->columnText(0);
            if (!rows->columnText(1).isEmpty())
                entry.area = areaKindFromKey(rows->columnText(1));
            entry.effectiveFrom = QDate::fromString(rows->columnText(2), Qt::ISODate);
            if (rows->columnIsNull(3))
                entry.value = rows->columnText(4);
            else
                entry.value = rows->columnInt64(3);
            entry.source = rows->columnText(5);
            added = policy.add(entry);
        });
        !visited)
        return std::unexpected(visited.error());
    if (!added)
        return std::unexpected(added.error());
    return policy;
}

Status PolicyRepository::replacePolicy(const PolicySet& policy, const QString& actor)
{
    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto cleared = m_database.exec(QStringLiteral("DELETE FROM policy_parameters")); !cleared)
        return cleared;
    auto insert = m_database.prepare(QStringLiteral(
        "INSERT INTO policy_parameters (key, area, effective_from, value_int, value_text, source)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    const QList<PolicyEntry> entries = policy.entries();
    for (const PolicyEntry& entry : entries) {
        insert->bind(1, entry.key).bind(2, entry.area ? domainKey(*entry.area) : QString());
        insert->bind(3, entry.effectiveFrom.toString(Qt::ISODate));
        if (const auto* number = std::get_if<qint64>(&entry.value)) {
            insert->bind(4, *number).bindNull(5);
        } else {
            insert->bindNull(4).bind(5, std::get<QString>(entry.value));
        }
        insert->bind(6, entry.source);
        if (auto inserted = insert->execute(); !inserted)
            return inserted;
    }
    AuditEntry audit {actor, QStringLiteral("policy.replace"), QStringLiteral("policy"), policy.title(),
        QJsonObject {{QStringLiteral("entries"), static_cast<qint64>(entries.size())},
            {QStringLiteral("sha256"), ContentStore::sha256Hex(policy.toJson())}}};
    if (auto audited = m_audit.append(audit); !audited)
        return audited;
    return transaction->commit();
}

Result<WorkingCalendar> PolicyRepository::calendar()
{
    auto rows = m_database.prepare(QStringLiteral("SELECT day, kind, name FROM calendar_days ORDER BY day"));
    if (!rows)
        return std::unexpected(rows.error());
    WorkingCalendar calendar;
    Status added;
    if (auto visited = rows->forEachRow([&] {
            if (!added)
                return;
            const auto kind = rows->columnText(1) == QLatin1String("workday")
                ? WorkingCalendar::DayKind::MakeUpWorkday
                : WorkingCalendar::DayKind::Holiday;
            added = calendar.addException(
                QDate::fromString(rows->columnText(0), Qt::ISODate), kind, rows->columnText(2));
        });
        !visited)
        return std::unexpected(visited.error());
    if (!added)
        return std::unexpected(added.error());
    return calendar;
}

Status PolicyRepository::replaceCalendar(const WorkingCalendar& calendar, const QString& actor)
{
    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto cleared = m_database.exec(QStringLiteral("DELETE FROM calendar_days")); !cleared)
        return cleared;
    auto insert
        = m_database.prepare(QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES (?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    const QList<WorkingCalendar::Exception> days = calendar.exceptions();
    for (const WorkingCalendar::Exception& day : days) {
        insert->bind(1, day.day.toString(Qt::ISODate));
        insert->bind(2,
            day.kind == WorkingCalendar::DayKind::MakeUpWorkday ? QStringLiteral("workday")
                                                                : QStringLiteral("holiday"));
        insert->bind(3, day.name);
        if (auto inserted = insert->execute(); !inserted)
            return inserted;
    }
    AuditEntry audit {actor, QStringLiteral("calendar.replace"), QStringLiteral("calendar"),
        calendar.source(),
        QJsonObject {{QStringLiteral("days"), static_cast<qint64>(days.size())},
            {QStringLiteral("sha256"), ContentStore::sha256Hex(calendar.toJson())}}};
    if (auto audited = m_audit.append(audit); !audited)
        return audited;
    return transaction->commit();
}

Status PolicyRepository::installShippedDefaults(const QString& actor)
{
    auto policyJson = readResource(kShippedPolicy);
    if (!policyJson)
        return std::unexpected(policyJson.error());
    auto shippedPolicy = PolicySet::fromJson(*policyJson);
    if (!shippedPolicy)
        return std::unexpected(shippedPolicy.error());
    auto calendarJson = readResource(kShippedCalendar);
    if (!calendarJson)
        return std::unexpected(calendarJson.error());
    auto shippedCalendar = WorkingCalendar::fromJson(*calendarJson);
    if (!shippedCalendar)
        return std::unexpected(shippedCalendar.error());
    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto replaced = replacePolicy(*shippedPolicy, actor); !replaced)
        return replaced;
    if (auto replaced = replaceCalendar(*shippedCalendar, actor); !replaced)
        return replaced;
    return transaction->commit();
}

} // namespace jiuzhu
