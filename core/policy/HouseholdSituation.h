#pragma once

#include "core/domain/Error.h"
#include "core/domain/Household.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace jiuzhu {

// Loss of self-care ability found at the 特困 home visit; the names match
// the keys tekun.care.none / partial / full.
enum class SelfCareLoss {
    None, // 全自理
    Partial, // 部分丧失生活自理能力（半失能）
    Full, // 完全丧失生活自理能力（全失能）
};

// One person as the calculators see them: what the home visit and the
// economic check established, nothing about identity beyond a name for the
// explanation.
struct SituationMember
{
    QString name; // for the explanation only; may be empty
    QDate birthDate;
    Relation relation = Relation::Other;
    bool coResident = true; // 共同生活家庭成员: only these count
    qint64 monthlyIncomeFen = 0; // as established by the economic check
    int disabilityGrade = 0; // 0 none, 1 (most severe) … 4
    bool seriousIllness = false; // 重病, as certified
    // 特困 conditions (三无), decided at the home visit and recorded as found:
    bool noLabourCapacity = false; // 无劳动能力
    bool noIncomeSource = false; // 无生活来源
    bool noAbleSupporter = false; // 无法定赡养、抚养、扶养义务人，或其义务人无履行义务能力
    SelfCareLoss selfCareLoss = SelfCareLoss::None;
};

// Rigid (unavoidable) expenditure per month, by kind, after reimbursement.
struct RigidExpenditure
{
    qint64 medicalFen = 0;
    qint64 educationFen = 0;
    qint64 otherFen = 0;

    [[nodiscard]] qint64 totalFen() const { return medicalFen + educationFen + otherFen; }
};

// Everything one application (一次申请) gives the classified review: the
// same record feeds every calculator, so nothing is entered twice.
struct HouseholdSituation
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdSituation)

public:
    static constexpr int kMaxMembers = 50;
    // Per member per month and per expenditure: 100 million yuan. Keeps sums
    // times basis points far inside qint64 without checks at every step.
    static constexpr qint64 kMaxAmountFen = 10'000'000'000;

    AreaKind area = AreaKind::Rural;
    QDate assessedOn; // the day whose policy applies
    QList<SituationMember> members;
    RigidExpenditure monthlyRigid;
    qint64 temporaryExpenditureFen = 0; // 支出型: eligible one-off expenditure after reimbursement
    qint64 emergencyNeedFen = 0; // 急难型: the emergency aid needed, as assessed

    // Checks the bounds above, dates, grades and that someone lives in the household.
    [[nodiscard]] Status validate() const;

    [[nodiscard]] QList<int> coResidentIndexes() const;
    [[nodiscard]] int persons() const { return int(coResidentIndexes().size()); }
    [[nodiscard]] qint64 householdIncomeFen() const;
    // Completed years on assessedOn; born 29 February turns older on 1 March in common years.
    [[nodiscard]] int ageOf(const SituationMember& member) const;
    // The name, or "第N名家庭成员" when none was given.
    [[nodiscard]] QString displayName(int index) const;
};

} // namespace jiuzhu
