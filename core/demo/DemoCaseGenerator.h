#pragma once

#include "core/demo/DemoBenefitCalculator.h"
#include "core/demo/DemoPlan.h"
#include "core/store/CaseRepository.h"

#include <QDate>
#include <QList>

namespace jiuzhu {

class DemoRandom;
class DemoWordLists;

// Builds the cases of one household as they would stand after going through
// the procedure: a state drawn per assistance type (most approved), the
// events that led there in order (apply → accept → investigate → opinion →
// publicize → approve …, with the one-time notice of missing materials,
// democratic appraisal, referral, suspension and termination where they
// belong), dates on working days before `today`, and amounts from the demo
// standards.
class DemoCaseGenerator
{
public:
    DemoCaseGenerator(const DemoWordLists& words, quint64 seed, QDate today);

    [[nodiscard]] QList<CaseRecordInput> generate(
        const DemoHouseholdPlan& plan, const NewHousehold& household, qint64 householdId) const;

private:
    struct Step;
    [[nodiscard]] CaseRecordInput generateOne(const DemoHouseholdPlan& plan, const DemoCasePlan& planned,
        const NewHousehold& household, DemoRandom& random) const;
    [[nodiscard]] static CaseState drawState(AssistanceType type, DemoRandom& random);
    [[nodiscard]] static QList<Step> pathFor(AssistanceType type, CaseState state, DemoRandom& random);
    [[nodiscard]] QList<QDate> datesFor(
        const QList<Step>& steps, AssistanceType type, CaseState state, DemoRandom& random) const;
    [[nodiscard]] QString reason(const QString& key, const QString& argument, DemoRandom& random) const;
    void setAmounts(CaseRecordInput& record, const DemoHouseholdPlan& plan, const NewHousehold& household,
        QDate approvedOn, DemoSelfCare selfCare, DemoRandom& random) const;

    const DemoWordLists& m_words;
    DemoBenefitCalculator m_benefits;
    quint64 m_seed = 0;
    QDate m_today;
};

} // namespace jiuzhu
