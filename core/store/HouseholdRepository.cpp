#include "core/store/HouseholdRepository.h"

#include "core/domain/Clock.h"
#include "core/domain/DomainKeys.h"
#include "core/store/AuditLog.h"
#include "core/store/FieldRules.h"
#include "core/store/HouseholdSearchIndex.h"
#include "core/store/HouseholdValidator.h"
#include "core/store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>

namespace jiuzhu {

namespace {

class HouseholdText
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdRepository)
};

constexpr int kMaxShortTextLength = 100;

const QString kSummarySelect = QStringLiteral(
    "SELECT h.id, h.household_no, COALESCE(m.name, ''), COALESCE(m.id_number, ''), c.name, c.area,"
    " (SELECT count(*) FROM members x WHERE x.household_id = h.id), h.address"
    " FROM households h JOIN communities c ON c.id = h.community_id"
    " LEFT JOIN members m ON m.household_id = h.id AND m.is_head = 1");

HouseholdSummary readSummary(const SqliteStatement& row)
{
    HouseholdSummary summary;
    summary.id = row.columnInt64(0);
    summary.householdNo = row.columnText(1);
    summary.headName = row.columnText(2);
    summary.headIdNumber = row.columnText(3);
    summary.communityName = row.columnText(4);
    summary.area = areaKindFromKey(row.columnText(5)).value_or(AreaKind::Rural);
    summary.memberCount = row.columnInt(6);
    summary.address = row.columnText(7);
    return summary;
}

} // namespace

struct HouseholdRepository::Statements
{
    SqliteStatement insertHousehold;
    SqliteStatement insertMember;
    SqliteStatement insertSearch;
    SqliteStatement idNumberExists;
    SqliteStatement communityName;
};

HouseholdRepository::HouseholdRepository(SqliteDatabase& database, AuditLog& audit, const Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{
}

HouseholdRepository::~HouseholdRepository() = default;

Result<HouseholdRepository::Statements*> HouseholdRepository::statements()
{
    if (m_statements)
        return m_statements.get();
    auto prepared = std::make_unique<Statements>();
    const std::pair<SqliteStatement*, QString> sources[] = {
        {&prepared->insertHousehold,
            QStringLiteral(
                "INSERT INTO households (id, household_no, community_id, address, phone, bank_account,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")},
        {&prepared->insertMember,
            QStringLiteral(
                "INSERT INTO members (household_id, name, id_number, sex, birth_date, relation, is_head,"
                " disability_grade, disability_kind, illness, employment, monthly_income_fen, co_resident)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&prepared->insertSearch,
            QStringLiteral("INSERT INTO household_search (rowid, tokens) VALUES (?, ?)")},
        {&prepared->idNumberExists, QStringLiteral("SELECT household_id FROM members WHERE id_number = ?")},
        {&prepared->communityName, QStringLiteral("SELECT name FROM communities WHERE id = ?")},
    };
    for (const auto& [statement, sql] : sources) {
        auto result = m_database.prepare(sql);
        if (!result)
            return std::unexpected(result.error());
        *statement = std::move(*result);
    }
    m_statements = std::move(prepared);
    return m_statements.get();
}

Status HouseholdRepository::validate(const NewHousehold& household) const
{
    auto validated = HouseholdValidator(m_clock.today()).validate(household);
    if (!validated)
        return std::unexpected(validated.error());
    return {};
}

Result<qint64> HouseholdRepository::insertValidated(
    const ValidatedHousehold& household, qint64 householdId, const QString& communityName)
{
    Statements& sql = *m_statements;
    const QString now = m_clock.now().toUTC().toString(Qt::ISODate);
    const QString householdNo = QStringLiteral("H%1").arg(householdId, 7, 10, QLatin1Char('0'));

    sql.insertHousehold.bind(1, householdId).bind(2, householdNo).bind(3, household.communityId);
    sql.insertHousehold.bind(4, household.address).bind(5, household.phone).bind(6, household.bankAccount);
    sql.insertHousehold.bind(7, now).bind(8, now);
    if (auto inserted = sql.insertHousehold.execute(); !inserted)
        return std::unexpected(inserted.error());

    QList<NewMember> members;
    members.reserve(household.members.size());
    for (qsizetype index = 0; index < household.members.size(); ++index) {
        const ValidatedMember& validated = household.members.at(index);
        const NewMember& member = validated.fields;
        members.append(member);
        sql.insertMember.bind(1, householdId).bind(2, member.name).bind(3, member.idNumber);
        sql.insertMember.bind(4, domainKey(validated.sex)).bind(5, validated.birthDate.toString(Qt::ISODate));
        sql.insertMember.bind(6, domainKey(member.relation)).bind(7, member.relation == Relation::Head);
        sql.insertMember.bind(8, member.disabilityGrade).bind(9, member.disabilityKind);
        sql.insertMember.bind(10, member.illness).bind(11, member.employment);
        sql.insertMember.bind(12, member.monthlyIncomeFen).bind(13, member.coResident);
        auto inserted = sql.insertMember.execute();
        if (!inserted && inserted.error().code == ErrorCode::Conflict)
            return alreadyRegistered(member.idNumber, index);
        if (!inserted)
            return std::unexpected(inserted.error());
    }

    sql.insertSearch.bind(1, householdId)
        .bind(2, HouseholdSearchIndex::tokensFor(householdNo, members, communityName));
    if (auto inserted = sql.insertSearch.execute(); !inserted)
        return std::unexpected(inserted.error());
    return householdId;
}

// The unique index on ID numbers caught a person who is already in the
// store; say in which household, as the clerk will want to look there.
std::unexpected<Error> HouseholdRepository::alreadyRegistered(const QString& idNumber, qsizetype index)
{
    Statements& sql = *m_statements;
    sql.idNumberExists.bind(1, idNumber);
    auto exists = sql.idNumberExists.step();
    const qint64 otherHousehold = (exists && *exists) ? sql.idNumberExists.columnInt64(0) : 0;
    sql.idNumberExists.reset();
    return fail(ErrorCode::Conflict, HouseholdValidator::memberField(index, HouseholdText::tr("ID number")),
        HouseholdText::tr("This person is already registered in household %1.").arg(otherHousehold));
}

Result<qint64> HouseholdRepository::add(const NewHousehold& household, const QString& actor)
{
    auto added = addMany({household}, actor);
    if (!added)
        return std::unexpected(added.error());
    return added->constFirst();
}

Result<QList<qint64>> HouseholdRepository::addMany(const QList<NewHousehold>& households,
    const QString& actor, const std::function<void(qsizetype)>& progress)
{
    const HouseholdValidator validator(m_clock.today());
    QList<ValidatedHousehold> validated;
    validated.reserve(households.size());
    for (const NewHousehold& household : households) {
        auto checked = validator.validate(household);
        if (!checked)
            return std::unexpected(checked.error());
        validated.append(std::move(*checked));
    }
    auto prepared = statements();
    if (!prepared)
        return std::unexpected(prepared.error());
    Statements& sql = **prepared;

    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto firstId = m_database.queryInt64(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM households"));
    if (!firstId)
        return std::unexpected(firstId.error());

    QHash<qint64, QString> communityNames;
    QList<qint64> ids;
    ids.reserve(validated.size());
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const ValidatedHousehold& household : std::as_const(validated)) {
        auto name = communityNames.constFind(household.communityId);
        if (name == communityNames.constEnd()) {
            sql.communityName.bind(1, household.communityId);
            auto found = sql.communityName.step();
            const QString communityName = (found && *found) ? sql.communityName.columnText(0) : QString();
            sql.communityName.reset();
            if (communityName.isEmpty())
                return fail(ErrorCode::NotFound, HouseholdText::tr("Village or community"),
                    HouseholdText::tr("The chosen village or community does not exist."));
            name = communityNames.insert(household.communityId, communityName);
        }
        auto id = insertValidated(household, *firstId + ids.size(), *name);
        if (!id)
            return std::unexpected(id.error());
        ids.append(*id);
        digest.addData(QByteArray::number(*id));
        if (progress && ids.size() % 1000 == 0)
            progress(ids.size());
    }

    // One audit row per batch keeps bulk loads fast while still chaining them.
    AuditEntry entry;
    entry.actor = actor;
    entry.action
        = households.size() == 1 ? QStringLiteral("household.create") : QStringLiteral("household.import");
    entry.entity = QStringLiteral("household");
    entry.entityId = ids.isEmpty() ? QString() : QString::number(ids.constFirst());
    entry.details = QJsonObject {{QStringLiteral("count"), static_cast<qint64>(ids.size())},
        {QStringLiteral("last_id"), ids.isEmpty() ? 0 : ids.constLast()},
        {QStringLiteral("ids_sha256"), QString::fromLatin1(digest.result().toHex())}};
    if (auto audited = m_audit.append(entry); !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    if (progress)
        progress(ids.size());
    return ids;
}

Status HouseholdRepository::optimizeSearchIndex()
{
    return m_database.exec(
        QStringLiteral("INSERT INTO household_search (household_search) VALUES ('optimize')"));
}

Result<QList<HouseholdSummary>> HouseholdRepository::find(const HouseholdQuery& query)
{
    const int limit = std::clamp(query.limit, 1, 1000);
    if (query.text.trimmed().isEmpty()) {
        auto statement = m_database.prepare(kSummarySelect
            + QStringLiteral(" WHERE h.id > ?1 AND (?2 = 0 OR h.community_id = ?2) ORDER BY h.id LIMIT ?3"));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, query.afterId).bind(2, query.communityId).bind(3, limit);
        QList<HouseholdSummary> summaries;
        if (auto visited = statement->forEachRow([&] { summaries.append(readSummary(*statement)); });
            !visited)
            return std::unexpected(visited.error());
        return summaries;
    }

    const QString match = HouseholdSearchIndex::matchExpression(query.text);
    if (match.isEmpty())
        return QList<HouseholdSummary>();
    // First the page of matching ids straight from the full-text index (it
    // yields rowids in order, so LIMIT stops it early even when a single
    // letter matches most of the district), then their summaries.
    auto hits = m_database.prepare(query.communityId == 0
            ? QStringLiteral(
                "SELECT rowid FROM household_search WHERE household_search MATCH ?1 AND rowid > ?2"
                " ORDER BY rowid LIMIT ?3")
            : QStringLiteral("SELECT s.rowid FROM household_search s JOIN households h ON h.id = s.rowid"
                             " WHERE household_search MATCH ?1 AND s.rowid > ?2 AND h.community_id = ?4"
                             " ORDER BY s.rowid LIMIT ?3"));
    if (!hits)
        return std::unexpected(hits.error());
    hits->bind(1, match).bind(2, query.afterId).bind(3, limit);
    if (query.communityId != 0)
        hits->bind(4, query.communityId);
    QList<qint64> ids;
    if (auto visited = hits->forEachRow([&] { ids.append(hits->columnInt64(0)); }); !visited)
        return std::unexpected(visited.error());

    auto summary = m_database.prepare(kSummarySelect + QStringLiteral(" WHERE h.id = ?"));
    if (!summary)
        return std::unexpected(summary.error());
    QList<HouseholdSummary> summaries;
    summaries.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        summary->bind(1, id);
        auto row = summary->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row)
            summaries.append(readSummary(*summary));
        summary->reset();
    }
    return summaries;
}

Result<HouseholdDetail> HouseholdRepository::detail(qint64 householdId)
{
    auto summary = m_database.prepare(kSummarySelect + QStringLiteral(" WHERE h.id = ?"));
    if (!summary)
        return std::unexpected(summary.error());
    summary->bind(1, householdId);
    auto found = summary->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, HouseholdText::tr("Household"),
            HouseholdText::tr("Household %1 does not exist.").arg(householdId));
    HouseholdDetail detail;
    detail.summary = readSummary(*summary);

    auto extra
        = m_database.prepare(QStringLiteral("SELECT phone, bank_account FROM households WHERE id = ?"));
    if (!extra)
        return std::unexpected(extra.error());
    extra->bind(1, householdId);
    if (auto row = extra->step(); row && *row) {
        detail.phone = extra->columnText(0);
        detail.bankAccount = extra->columnText(1);
    }

    auto members = m_database.prepare(QStringLiteral(
        "SELECT id, name, id_number, sex, birth_date, relation, disability_grade, disability_kind, illness,"
        " employment, monthly_income_fen, co_resident FROM members WHERE household_id = ?"
        " ORDER BY is_head DESC, birth_date"));
    if (!members)
        return std::unexpected(members.error());
    members->bind(1, householdId);
    if (auto visited = members->forEachRow([&] {
            MemberRecord member;
            member.id = members->columnInt64(0);
            member.householdId = householdId;
            member.name = members->columnText(1);
            member.idNumber = members->columnText(2);
            member.sex = sexFromKey(members->columnText(3)).value_or(Sex::Male);
            member.birthDate = QDate::fromString(members->columnText(4), Qt::ISODate);
            member.relation = relationFromKey(members->columnText(5)).value_or(Relation::Other);
            member.disabilityGrade = members->columnInt(6);
            member.disabilityKind = members->columnText(7);
            member.illness = members->columnText(8);
            member.employment = members->columnText(9);
            member.monthlyIncomeFen = members->columnInt64(10);
            member.coResident = members->columnInt64(11) != 0;
            detail.members.append(member);
        });
        !visited)
        return std::unexpected(visited.error());

    auto cases = m_database.prepare(
        QStringLiteral("SELECT id, case_no, assistance_type, state, applied_on, COALESCE(decided_on, ''), "
                       "monthly_amount_fen,"
                       " COALESCE(start_month, ''), close_relative, one_off_amount_fen FROM cases WHERE "
                       "household_id = ? ORDER BY applied_on DESC, id DESC"));
    if (!cases)
        return std::unexpected(cases.error());
    cases->bind(1, householdId);
    if (auto visited = cases->forEachRow([&] {
            CaseSummary summaryRow;
            summaryRow.id = cases->columnInt64(0);
            summaryRow.caseNo = cases->columnText(1);
            summaryRow.type = assistanceTypeFromKey(cases->columnText(2)).value_or(AssistanceType::Dibao);
            summaryRow.state = caseStateFromKey(cases->columnText(3)).value_or(CaseState::Applied);
            summaryRow.appliedOn = QDate::fromString(cases->columnText(4), Qt::ISODate);
            summaryRow.decidedOn = QDate::fromString(cases->columnText(5), Qt::ISODate);
            summaryRow.monthlyAmountFen = cases->columnInt64(6);
            summaryRow.startMonth = cases->columnText(7);
            summaryRow.closeRelative = cases->columnInt64(8) != 0;
            summaryRow.oneOffAmountFen = cases->columnInt64(9);
            detail.cases.append(summaryRow);
        });
        !visited)
        return std::unexpected(visited.error());
    return detail;
}

Result<qint64> HouseholdRepository::count()
{
    return m_database.queryInt64(QStringLiteral("SELECT count(*) FROM households"));
}

Result<QList<Community>> HouseholdRepository::communities()
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT id, code, name, kind, area FROM communities ORDER BY code, name"));
    if (!statement)
        return std::unexpected(statement.error());
    QList<Community> result;
    if (auto visited = statement->forEachRow([&] {
            Community community;
            community.id = statement->columnInt64(0);
            community.code = statement->columnText(1);
            community.name = statement->columnText(2);
            community.kind = communityKindFromKey(statement->columnText(3)).value_or(CommunityKind::Village);
            community.area = areaKindFromKey(statement->columnText(4)).value_or(AreaKind::Rural);
            result.append(community);
        });
        !visited)
        return std::unexpected(visited.error());
    return result;
}

Result<qint64> HouseholdRepository::addCommunity(const Community& community, const QString& actor)
{
    auto name = FieldRules::requiredText(
        HouseholdText::tr("Village or community name"), community.name, kMaxShortTextLength);
    if (!name)
        return std::unexpected(name.error());
    auto transaction = SqliteTransaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto insert = m_database.prepare(
        QStringLiteral("INSERT INTO communities (code, name, kind, area) VALUES (?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, community.code.trimmed())
        .bind(2, *name)
        .bind(3, domainKey(community.kind))
        .bind(4, domainKey(community.area));
    if (auto inserted = insert->execute(); !inserted) {
        if (inserted.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::Conflict, HouseholdText::tr("Village or community name"),
                HouseholdText::tr("A village or community named %1 already exists.").arg(*name));
        return std::unexpected(inserted.error());
    }
    const qint64 id = m_database.lastInsertRowId();
    AuditEntry entry {
        actor, QStringLiteral("community.create"), QStringLiteral("community"), QString::number(id), {}};
    if (auto audited = m_audit.append(entry); !audited)
        return std::unexpected(audited.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

} // namespace jiuzhu
