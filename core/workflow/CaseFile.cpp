#include "core/workflow/CaseFile.h"

#include "core/domain/DomainKeys.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <utility>

namespace jiuzhu {

namespace {

// Data keys that never carry a name, an ID number or free text, so they may
// go into the audit log as they are.
const QStringList& auditSafeDataKeys()
{
    static const QStringList keys {
        QStringLiteral("duty"),
        QStringLiteral("notice"),
        QStringLiteral("late"),
        QStringLiteral("missing"),
        QStringLiteral("missingAuthorizations"),
        QStringLiteral("monthlyAmountFen"),
        QStringLiteral("oneOffAmountFen"),
        QStringLiteral("startMonth"),
        QStringLiteral("publicityStart"),
        QStringLiteral("publicityEnd"),
        QStringLiteral("publicityRound"),
        QStringLiteral("participants"),
        QStringLiteral("requestedOn"),
        QStringLiteral("reportOn"),
        QStringLiteral("servedOn"),
        QStringLiteral("filedOn"),
        QStringLiteral("reviewedOn"),
        QStringLiteral("sourceCaseId"),
        QStringLiteral("materials"),
        QStringLiteral("authorizations"),
    };
    return keys;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

constexpr std::array kMaterialStatusKeys {
    std::pair {MaterialStatus::Missing, u"missing"},
    std::pair {MaterialStatus::Provided, u"provided"},
    std::pair {MaterialStatus::Waived, u"waived"},
};

constexpr std::array kAppraisalRoleKeys {
    std::pair {AppraisalRole::CommunityDirector, u"community-director"},
    std::pair {AppraisalRole::PartySecretary, u"party-secretary"},
    std::pair {AppraisalRole::DisciplineOfficer, u"discipline-officer"},
    std::pair {AppraisalRole::AssistanceStaff, u"assistance-staff"},
    std::pair {AppraisalRole::CommitteeMember, u"committee-member"},
    std::pair {AppraisalRole::StationedCadre, u"stationed-cadre"},
    std::pair {AppraisalRole::ResidentRepresentative, u"resident-representative"},
    std::pair {AppraisalRole::Other, u"other"},
};

template <typename Enum, std::size_t N>
QString keyIn(const std::array<std::pair<Enum, const char16_t*>, N>& table, Enum value)
{
    for (const auto& [candidate, key] : table) {
        if (candidate == value)
            return QString::fromUtf16(key);
    }
    return QString();
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueIn(const std::array<std::pair<Enum, const char16_t*>, N>& table, const QString& key)
{
    for (const auto& [candidate, text] : table) {
        if (key == QStringView(text))
            return candidate;
    }
    return std::nullopt;
}

} // namespace

QJsonObject CaseEvent::toAuditDetails() const
{
    QJsonObject details;
    details.insert(QStringLiteral("action"), action);
    details.insert(QStringLiteral("actorUserId"), actorUserId);
    details.insert(QStringLiteral("at"), at.toUTC().toString(Qt::ISODate));
    if (fromState)
        details.insert(QStringLiteral("from"), domainKey(*fromState));
    details.insert(QStringLiteral("to"), domainKey(toState));
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reasonSha256"), sha256Hex(reason.toUtf8()));
    QJsonObject rest;
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (auditSafeDataKeys().contains(it.key()))
            details.insert(it.key(), it.value());
        else
            rest.insert(it.key(), it.value());
    }
    if (!rest.isEmpty())
        details.insert(
            QStringLiteral("dataSha256"), sha256Hex(QJsonDocument(rest).toJson(QJsonDocument::Compact)));
    return details;
}

CaseFile CaseFile::draft(AssistanceType type, qint64 householdId, ApplicationChannel channel, AreaKind area)
{
    CaseFile file;
    file.type = type;
    file.householdId = householdId;
    file.channel = channel;
    file.area = area;
    return file;
}

CaseFile CaseFile::derive(AssistanceType otherType) const
{
    CaseFile other = draft(otherType, householdId, channel, area);
    other.sourceCaseId = id;
    other.coResidentAdults = coResidentAdults;
    other.authorizationsSigned = authorizationsSigned;
    other.closeRelative = closeRelative;
    other.materials = materials;
    other.homeVisit = homeVisit;
    other.selfCare = selfCare;
    other.economicCheckRequestedOn = economicCheckRequestedOn;
    other.economicCheckReportOn = economicCheckReportOn;
    return other;
}

QDate CaseFile::appliedOn() const
{
    return events.isEmpty() ? QDate() : localDay(events.constFirst().at);
}

QDate CaseFile::enteredOn(CaseState wanted) const
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->toState == wanted && it->fromState != std::optional<CaseState>(wanted))
            return localDay(it->at);
    }
    return QDate();
}

QList<qint64> CaseFile::missingAuthorizations() const
{
    QList<qint64> missing;
    for (qint64 adult : coResidentAdults) {
        if (!authorizationsSigned.contains(adult))
            missing.append(adult);
    }
    return missing;
}

qsizetype CaseFile::openObjections() const
{
    const int round = static_cast<int>(publicity.size());
    return std::count_if(objections.cbegin(), objections.cend(),
        [round](const Objection& objection) { return round > 0 && objection.round == round; });
}

QString materialStatusKey(MaterialStatus status)
{
    return keyIn(kMaterialStatusKeys, status);
}

std::optional<MaterialStatus> materialStatusFromKey(const QString& key)
{
    return valueIn(kMaterialStatusKeys, key);
}

QString appraisalRoleKey(AppraisalRole role)
{
    return keyIn(kAppraisalRoleKeys, role);
}

std::optional<AppraisalRole> appraisalRoleFromKey(const QString& key)
{
    return valueIn(kAppraisalRoleKeys, key);
}

} // namespace jiuzhu
