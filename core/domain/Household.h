#pragma once

#include "core/domain/IdNumber.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace jiuzhu {

enum class AreaKind { Urban, Rural };

enum class CommunityKind { Village, Community };

// How a member relates to the household head, as written on the 申请审核确认表.
enum class Relation { Head, Spouse, Child, Parent, Grandchild, Grandparent, Sibling, ChildInLaw, Other };

// The assistance types a township decides, plus 一事一议.
enum class AssistanceType {
    Dibao, // 最低生活保障
    Tekun, // 特困人员救助供养
    TemporaryEmergency, // 临时救助（急难型）
    TemporaryExpenditure, // 临时救助（支出型）
    NearDibao, // 低保边缘家庭
    RigidExpense, // 刚性支出困难家庭
    SeriousIllness, // 因病致贫重病患者
    CaseByCase, // 一事一议
};

inline constexpr std::array kAllAssistanceTypes {
    AssistanceType::Dibao,
    AssistanceType::Tekun,
    AssistanceType::TemporaryEmergency,
    AssistanceType::TemporaryExpenditure,
    AssistanceType::NearDibao,
    AssistanceType::RigidExpense,
    AssistanceType::SeriousIllness,
    AssistanceType::CaseByCase,
};

// Where a case stands in the procedure. The transitions between them are
// declared by the workflow layer; the store only keeps the current state.
enum class CaseState {
    Applied, // 已申请，待受理
    MaterialsIncomplete, // 已一次性告知补齐材料
    NotAccepted, // 不予受理
    Accepted, // 已受理
    Investigating, // 调查核实中（入户调查、经济状况核对）
    PreliminaryOpinion, // 已出具初审意见
    Publicity, // 公示中
    DemocraticAppraisal, // 民主评议
    Approved, // 审核确认：批准（在保）
    Refused, // 审核确认：不予批准
    ReferredToDistrict, // 超出委托权限，报区县审批
    Suspended, // 暂停发放
    Terminated, // 退出（停发）
    EmergencyAidGranted, // 急难型临时救助：已先行救助，待补齐手续
};

inline constexpr std::array kAllCaseStates {
    CaseState::Applied,
    CaseState::MaterialsIncomplete,
    CaseState::NotAccepted,
    CaseState::Accepted,
    CaseState::Investigating,
    CaseState::PreliminaryOpinion,
    CaseState::Publicity,
    CaseState::DemocraticAppraisal,
    CaseState::Approved,
    CaseState::Refused,
    CaseState::ReferredToDistrict,
    CaseState::Suspended,
    CaseState::Terminated,
    CaseState::EmergencyAidGranted,
};

// How the application reached the office.
enum class ApplicationChannel { HouseholdHead, Agent, ActiveDiscovery };

struct Community
{
    qint64 id = 0;
    QString code; // 12-digit statistical division code
    QString name;
    CommunityKind kind = CommunityKind::Village;
    AreaKind area = AreaKind::Rural;
};

// Input for a new member: raw text as typed or imported, validated by the
// repository so every caller gets the same rules and field names.
struct NewMember
{
    QString name;
    QString idNumber;
    Relation relation = Relation::Other;
    int disabilityGrade = 0; // 0 none, 1 (most severe) … 4, as on the 残疾人证
    QString disabilityKind;
    QString illness;
    QString employment;
    qint64 monthlyIncomeFen = 0;
    bool coResident = true;
};

struct NewHousehold
{
    qint64 communityId = 0;
    QString address;
    QString phone;
    QString bankAccount;
    QList<NewMember> members; // exactly one with Relation::Head
};

struct MemberRecord
{
    qint64 id = 0;
    qint64 householdId = 0;
    QString name;
    QString idNumber;
    Sex sex = Sex::Male;
    QDate birthDate;
    Relation relation = Relation::Other;
    int disabilityGrade = 0;
    QString disabilityKind;
    QString illness;
    QString employment;
    qint64 monthlyIncomeFen = 0;
    bool coResident = true;
};

struct CaseSummary
{
    qint64 id = 0;
    QString caseNo;
    AssistanceType type = AssistanceType::Dibao;
    CaseState state = CaseState::Applied;
    QDate appliedOn;
    QDate decidedOn;
    qint64 monthlyAmountFen = 0;
    qint64 oneOffAmountFen = 0; // temporary assistance paid once
    QString startMonth; // "YYYY-MM", empty until approved
    bool closeRelative = false;
};

// One line of the household list: enough to recognise the family at a glance.
struct HouseholdSummary
{
    qint64 id = 0;
    QString householdNo;
    QString headName;
    QString headIdNumber;
    QString communityName;
    AreaKind area = AreaKind::Rural;
    int memberCount = 0;
    QString address;
};

struct HouseholdDetail
{
    HouseholdSummary summary;
    QString phone;
    QString bankAccount;
    QList<MemberRecord> members;
    QList<CaseSummary> cases;
};

} // namespace jiuzhu
