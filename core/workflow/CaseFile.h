#pragma once

#include "core/domain/Household.h"
#include "core/domain/YearMonth.h"
#include "core/workflow/SelfCareAssessment.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiuzhu {

// One step taken on a case: who (always the signed-in user), when, from and
// to which state, and why. The store chains these into its audit log.
struct CaseEvent
{
    QString action;
    qint64 actorUserId = 0;
    QDateTime at;
    std::optional<CaseState> fromState; // none for the step that opened the case
    CaseState toState = CaseState::Applied;
    QString reason;
    // Structured detail of the step (duty, notice issued, amounts, late
    // deadlines…). May hold free text typed by staff.
    QJsonObject data;

    // What the audit log may keep: keys, dates, amounts and digests. Names,
    // ID numbers and free text stay out; free text is represented by its
    // SHA-256 so a later change is still detectable.
    [[nodiscard]] QJsonObject toAuditDetails() const;
};

enum class MaterialStatus { Missing, Provided, Waived };

struct HomeVisit
{
    QDate visitedOn;
    QStringList visitors; // at least two people visit together
    QString findings;
};

struct PublicityRound
{
    QDate start;
    QDate end; // last day of the publicity
    bool workingDays = false;
};

struct Objection
{
    QDate raisedOn;
    QString text;
    int round = 0; // 1-based index into CaseFile::publicity
};

enum class AppraisalRole {
    CommunityDirector, // 村（居）委会主任
    PartySecretary, // 村（社区）党组织书记
    DisciplineOfficer, // 乡镇（街道）纪（工）委派员
    AssistanceStaff, // 乡镇（街道）救助工作人员
    CommitteeMember, // 村（居）委会成员
    StationedCadre, // 驻村干部
    ResidentRepresentative, // 群众代表
    Other,
};

struct AppraisalParticipant
{
    QString name;
    AppraisalRole role = AppraisalRole::Other;
    bool signer = false; // signs the minutes: the community director or party secretary
};

struct AppraisalRecord
{
    QDate heldOn;
    QString minutes;
    QList<AppraisalParticipant> participants;
};

struct Decision
{
    bool approved = false;
    QDate decidedOn;
    qint64 monthlyAmountFen = 0;
    qint64 oneOffAmountFen = 0;
    std::optional<YearMonth> startMonth;
    QString explanation;
    QStringList reasons; // of a refusal
};

struct EmergencyAid
{
    QDate grantedOn;
    qint64 amountFen = 0;
    QString situation;
};

// Everything the procedure knows about one case, as a value: the engine
// takes one and returns a new one, so a case can be tested, previewed and
// rolled back without a database.
struct CaseFile
{
    qint64 id = 0; // 0 until the store has saved it
    qint64 sourceCaseId = 0; // the case whose refusal prompted this one (分类审核)
    AssistanceType type = AssistanceType::Dibao;
    CaseState state = CaseState::Applied;
    ApplicationChannel channel = ApplicationChannel::HouseholdHead;
    qint64 householdId = 0;
    AreaKind area = AreaKind::Rural; // selects the area's standard for caps
    QList<qint64> coResidentAdults; // member ids
    QSet<qint64> authorizationsSigned;
    bool closeRelative = false; // 近亲属备案
    QMap<QString, MaterialStatus> materials;
    QList<CaseEvent> events;

    std::optional<HomeVisit> homeVisit;
    std::optional<SelfCareAssessment> selfCare;
    QDate economicCheckRequestedOn;
    QDate economicCheckReportOn;
    QString preliminaryOpinion;
    QDate collectiveDecisionOn; // 一事一议: the leadership's collective decision
    QString collectiveDecision;
    QList<PublicityRound> publicity;
    QList<Objection> objections;
    QList<AppraisalRecord> appraisals;
    bool appraisalPending = false;
    std::optional<Decision> decision;
    bool longTermPublicity = false;
    QString referralReason;
    std::optional<EmergencyAid> emergencyAid;
    QDate paperworkCompletedOn;
    QDate noticeServedOn;
    QDate filedOn; // 一事一议 filed with the district
    QList<QDate> reviews;

    // A case not yet opened: fill in the household's facts, then apply the
    // procedure's opening action.
    [[nodiscard]] static CaseFile draft(
        AssistanceType type, qint64 householdId, ApplicationChannel channel, AreaKind area);
    // A draft of another type from this case's facts (household, adults,
    // authorizations, materials, investigation), for 一次申请、分类审核.
    [[nodiscard]] CaseFile derive(AssistanceType otherType) const;

    [[nodiscard]] bool isDraft() const { return events.isEmpty(); }
    [[nodiscard]] QDate appliedOn() const;
    // The day the case last entered `state`; invalid if it never did.
    [[nodiscard]] QDate enteredOn(CaseState state) const;
    [[nodiscard]] QList<qint64> missingAuthorizations() const;
    // Objections raised during the latest publicity round.
    [[nodiscard]] qsizetype openObjections() const;
};

[[nodiscard]] QString materialStatusKey(MaterialStatus status);
[[nodiscard]] std::optional<MaterialStatus> materialStatusFromKey(const QString& key);
[[nodiscard]] QString appraisalRoleKey(AppraisalRole role);
[[nodiscard]] std::optional<AppraisalRole> appraisalRoleFromKey(const QString& key);

// The calendar day of an instant as the office sees it, the same way Clock::today() does.
[[nodiscard]] inline QDate localDay(const QDateTime& at)
{
    return at.toLocalTime().date();
}

} // namespace jiuzhu
