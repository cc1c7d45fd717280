#include "core/demo/DemoCaseGenerator.h"

#include "core/demo/DemoRandom.h"
#include "core/demo/DemoWordLists.h"
#include "core/domain/DomainKeys.h"

#include <QTimeZone>

namespace jiuzhu {

namespace {

constexpr quint64 kCaseStream = 0xCA5E;
constexpr int kChinaUtcOffsetSeconds = 8 * 3600;

// Shares per mille; they shape the demo and are not policy.
constexpr int kMissingMaterialsPerMille = 150;
constexpr int kAppraisalPerMille = 80;
constexpr int kRefusedBeforePublicityPerMille = 600;
constexpr int kSuspendedBeforeTerminationPerMille = 300;
constexpr int kCloseRelativePerMille = 30;

bool isTemporary(AssistanceType type)
{
    return type == AssistanceType::TemporaryEmergency || type == AssistanceType::TemporaryExpenditure;
}

bool isInProgress(CaseState state)
{
    switch (state) {
    case CaseState::Applied:
    case CaseState::MaterialsIncomplete:
    case CaseState::Accepted:
    case CaseState::Investigating:
    case CaseState::PreliminaryOpinion:
    case CaseState::Publicity:
    case CaseState::DemocraticAppraisal:
        return true;
    default:
        return false;
    }
}

QDate nextWorkingDay(QDate date)
{
    // Weekends only: the demo has no holiday calendar, and a case handled on
    // a public holiday is harmless in demo data.
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return date;
}

} // namespace

struct DemoCaseGenerator::Step
{
    QString action;
    CaseState to = CaseState::Applied;
    QString reasonKey;
    int minDays = 0; // after the previous step
    int maxDays = 0;
};

DemoCaseGenerator::DemoCaseGenerator(const DemoWordLists& words, quint64 seed, QDate today)
    : m_words(words)
    , m_benefits(words.standards)
    , m_seed(seed)
    , m_today(today)
{
}

QList<CaseRecordInput> DemoCaseGenerator::generate(
    const DemoHouseholdPlan& plan, const NewHousehold& household, qint64 householdId) const
{
    DemoRandom random = DemoRandom::forItem(m_seed, kCaseStream, static_cast<quint64>(plan.index));
    QList<CaseRecordInput> cases;
    for (const DemoCasePlan& planned : plan.cases) {
        CaseRecordInput record = generateOne(plan, planned, household, random);
        record.householdId = householdId;
        cases.append(record);
    }
    return cases;
}

CaseState DemoCaseGenerator::drawState(AssistanceType type, DemoRandom& random)
{
    // Order of kAllCaseStates: Applied, MaterialsIncomplete, NotAccepted,
    // Accepted, Investigating, PreliminaryOpinion, Publicity,
    // DemocraticAppraisal, Approved, Refused, ReferredToDistrict, Suspended,
    // Terminated, EmergencyAidGranted. Emergency aid is paid first and examined afterwards, so it
    // has no opinion or publicity stage; only temporary assistance can exceed
    // the township's authority and be referred; only continuing benefits are
    // suspended or terminated.
    QList<int> weights;
    switch (type) {
    case AssistanceType::TemporaryEmergency:
        weights = {10, 5, 10, 15, 30, 0, 0, 0, 780, 60, 50, 0, 0, 40};
        break;
    case AssistanceType::TemporaryExpenditure:
        weights = {10, 20, 15, 15, 40, 15, 30, 5, 700, 70, 80, 0, 0, 0};
        break;
    case AssistanceType::CaseByCase:
        weights = {10, 15, 5, 15, 25, 15, 20, 40, 620, 40, 0, 40, 60, 0};
        break;
    default:
        weights = {20, 30, 20, 20, 40, 20, 30, 10, 640, 50, 0, 30, 90, 0};
        break;
    }
    return kAllCaseStates.at(static_cast<std::size_t>(random.weightedIndex(weights)));
}

QList<DemoCaseGenerator::Step> DemoCaseGenerator::pathFor(
    AssistanceType type, CaseState state, DemoRandom& random)
{
    using S = CaseState;
    QList<Step> steps;
    const auto add
        = [&steps](const char* action, CaseState to, const QString& reasonKey, int minDays, int maxDays) {
              steps.append(Step {QLatin1String(action), to, reasonKey, minDays, maxDays});
          };
    add("apply", S::Applied, QStringLiteral("apply.") + domainKey(type), 0, 0);
    if (state == S::Applied)
        return steps;
    if (state == S::EmergencyAidGranted) {
        // 急难型: aid first, on the day; the paperwork is still open.
        add("grant-emergency-aid", S::EmergencyAidGranted, QStringLiteral("grant-emergency-aid"), 0, 1);
        return steps;
    }

    const bool missing = state == S::MaterialsIncomplete
        || (state != S::NotAccepted && random.chance(kMissingMaterialsPerMille));
    if (missing)
        add("notify-missing", S::MaterialsIncomplete, QStringLiteral("notify-missing"), 0, 3);
    if (state == S::MaterialsIncomplete)
        return steps;
    if (state == S::NotAccepted) {
        add("refuse-intake", S::NotAccepted, QStringLiteral("refuse-intake"), 0, 2);
        return steps;
    }
    add("accept", S::Accepted, missing ? QStringLiteral("accept.after-missing") : QStringLiteral("accept"),
        missing ? 3 : 0, missing ? 15 : 3);
    if (state == S::Accepted)
        return steps;

    const bool emergency = type == AssistanceType::TemporaryEmergency;
    if (emergency && state == S::Approved) {
        // 急难型: aid within 24 hours, the paperwork follows.
        add("approve", S::Approved, QStringLiteral("approve.temporary"), 0, 1);
        return steps;
    }
    add("investigate", S::Investigating,
        type == AssistanceType::Tekun ? QStringLiteral("investigate.tekun") : QStringLiteral("investigate"),
        2, 6);
    if (state == S::Investigating)
        return steps;
    if (emergency && (state == S::Refused || state == S::ReferredToDistrict)) {
        if (state == S::ReferredToDistrict)
            add("refer", S::ReferredToDistrict, QStringLiteral("refer"), 1, 4);
        else
            add("refuse", S::Refused, QStringLiteral("refuse"), 1, 4);
        return steps;
    }

    // Publicity lasts 7 days (支出型临时救助: 7 working days) before a decision.
    const int publicityMin = type == AssistanceType::TemporaryExpenditure ? 10 : 8;
    const int publicityMax = publicityMin + 2;
    if (type == AssistanceType::CaseByCase) {
        // 一事一议: democratic appraisal comes first, then the collective
        // decision (opinion) and the publicity.
        add("appraise", S::DemocraticAppraisal, QStringLiteral("appraise.case-by-case"), 3, 10);
        if (state == S::DemocraticAppraisal)
            return steps;
        add("opinion", S::PreliminaryOpinion, QStringLiteral("opinion"), 1, 5);
        if (state == S::PreliminaryOpinion)
            return steps;
        if (state == S::Refused) {
            add("refuse", S::Refused, QStringLiteral("refuse"), 1, 5);
            return steps;
        }
        add("publicize", S::Publicity, QStringLiteral("publicize"), 0, 2);
        if (state == S::Publicity)
            return steps;
    } else {
        if (state == S::Refused && random.chance(kRefusedBeforePublicityPerMille)) {
            add("opinion", S::PreliminaryOpinion, QStringLiteral("opinion.refuse"), 3, 9);
            add("refuse", S::Refused, QStringLiteral("refuse"), 1, 5);
            return steps;
        }
        // The economic-check report usually takes a week or two.
        add("opinion", S::PreliminaryOpinion, QStringLiteral("opinion"), 3, 9);
        if (state == S::PreliminaryOpinion)
            return steps;
        add("publicize", S::Publicity, QStringLiteral("publicize"), 0, 2);
        if (state == S::Publicity)
            return steps;
        if (state == S::DemocraticAppraisal || random.chance(kAppraisalPerMille)) {
            add("appraise", S::DemocraticAppraisal, QStringLiteral("appraise"), 3, 7);
            if (state == S::DemocraticAppraisal)
                return steps;
            if (state == S::Refused) {
                add("refuse", S::Refused, QStringLiteral("refuse"), 1, 5);
                return steps;
            }
            add("opinion", S::PreliminaryOpinion, QStringLiteral("opinion"), 1, 3);
            add("publicize", S::Publicity, QStringLiteral("publicize.again"), 0, 2);
        }
    }
    // After the publicity: an objection that stands, or an amount beyond the
    // township's authority.
    if (state == S::Refused) {
        add("refuse", S::Refused, QStringLiteral("refuse"), publicityMin, publicityMax);
        return steps;
    }
    if (state == S::ReferredToDistrict) {
        add("refer", S::ReferredToDistrict, QStringLiteral("refer"), publicityMin, publicityMax);
        return steps;
    }

    QString approveKey = QStringLiteral("approve");
    if (type == AssistanceType::Tekun)
        approveKey = QStringLiteral("approve.tekun");
    else if (isTemporary(type))
        approveKey = QStringLiteral("approve.temporary");
    else if (type == AssistanceType::NearDibao || type == AssistanceType::RigidExpense)
        approveKey = QStringLiteral("approve.status");
    add("approve", S::Approved, approveKey, publicityMin, publicityMax);
    if (state == S::Suspended) {
        add("suspend", S::Suspended, QStringLiteral("suspend"), 60, 1100);
    } else if (state == S::Terminated) {
        if (random.chance(kSuspendedBeforeTerminationPerMille)) {
            add("suspend", S::Suspended, QStringLiteral("suspend"), 60, 900);
            add("terminate", S::Terminated, QStringLiteral("terminate"), 30, 120);
        } else {
            add("terminate", S::Terminated, QStringLiteral("terminate"), 90, 1500);
        }
    }
    return steps;
}

QList<QDate> DemoCaseGenerator::datesFor(
    const QList<Step>& steps, AssistanceType type, CaseState state, DemoRandom& random) const
{
    // Nothing happens today or later: the store's clock may stand at any
    // hour of today.
    const QDate last = m_today.addDays(-1);
    qint64 back = 0;
    if (isInProgress(state))
        back = random.between(2, 30);
    else if (state == CaseState::NotAccepted)
        back = random.between(1, 700);
    else if (state == CaseState::Suspended || state == CaseState::Terminated)
        back = random.between(200, 2000);
    else if (isTemporary(type))
        back = random.between(10, 1000);
    else
        back = random.between(30, 2000);

    QList<QDate> dates;
    QDate date = nextWorkingDay(last.addDays(-back));
    for (const Step& step : steps) {
        date = nextWorkingDay(date.addDays(random.between(step.minDays, step.maxDays)));
        dates.append(date);
    }
    // Whole weeks keep every date on the same weekday.
    const qint64 overshoot = last.daysTo(dates.constLast());
    if (overshoot > 0) {
        const qint64 weeks = (overshoot + 6) / 7;
        for (QDate& shifted : dates)
            shifted = shifted.addDays(-7 * weeks);
    }
    return dates;
}

QString DemoCaseGenerator::reason(const QString& key, const QString& argument, DemoRandom& random) const
{
    const QStringList choices = m_words.reasons(key);
    if (choices.isEmpty())
        return QString();
    const QString text = random.pick(choices);
    return text.contains(QLatin1String("%1")) ? text.arg(argument) : text;
}

CaseRecordInput DemoCaseGenerator::generateOne(const DemoHouseholdPlan& plan, const DemoCasePlan& planned,
    const NewHousehold& household, DemoRandom& random) const
{
    CaseRecordInput record;
    record.type = planned.type;
    record.state = planned.forcedState.value_or(drawState(planned.type, random));
    record.channel = planned.forcedChannel.value_or(
        static_cast<ApplicationChannel>(random.weightedIndex({780, 140, 80})));
    record.closeRelative = planned.forcedCloseRelative || random.chance(kCloseRelativePerMille);

    const auto selfCare = static_cast<DemoSelfCare>(random.weightedIndex({550, 300, 150}));
    const QString selfCareLabel
        = m_words.label(selfCare == DemoSelfCare::Full ? QStringLiteral("selfcare.full")
                : selfCare == DemoSelfCare::Partial    ? QStringLiteral("selfcare.partial")
                                                       : QStringLiteral("selfcare.none"));

    const QList<Step> steps = pathFor(record.type, record.state, random);
    const QList<QDate> dates = datesFor(steps, record.type, record.state, random);
    const QTimeZone china(kChinaUtcOffsetSeconds);
    int minuteOfDay = 0;
    QDate approvedOn;
    for (qsizetype index = 0; index < steps.size(); ++index) {
        const Step& step = steps.at(index);
        const QDate date = dates.at(index);
        // Office hours from 08:30; later steps of the same day come later.
        if (index == 0 || dates.at(index - 1) != date)
            minuteOfDay = 8 * 60 + 30 + static_cast<int>(random.between(0, 450));
        else
            minuteOfDay += static_cast<int>(random.between(10, 90));
        CaseEventRecord event;
        event.at = QDateTime(date, QTime(0, 0).addSecs(qint64(minuteOfDay) * 60), china);
        event.action = step.action;
        if (index > 0)
            event.fromState = steps.at(index - 1).to;
        event.toState = step.to;
        event.reason = reason(step.reasonKey, selfCareLabel, random);
        record.events.append(event);

        if (step.action == QLatin1String("accept"))
            record.acceptedOn = date;
        if (step.to == CaseState::Approved || step.to == CaseState::Refused
            || step.to == CaseState::ReferredToDistrict)
            record.decidedOn = date;
        // Emergency aid is paid when granted, before the paperwork is done.
        if (step.to == CaseState::Approved || step.to == CaseState::EmergencyAidGranted)
            approvedOn = date;
        if (step.to == CaseState::Terminated)
            record.endMonth = YearMonth::containing(date).toString();
    }
    record.appliedOn = dates.constFirst();
    if (approvedOn.isValid())
        setAmounts(record, plan, household, approvedOn, selfCare, random);
    return record;
}

void DemoCaseGenerator::setAmounts(CaseRecordInput& record, const DemoHouseholdPlan& plan,
    const NewHousehold& household, QDate approvedOn, DemoSelfCare selfCare, DemoRandom& random) const
{
    const YearMonth month = YearMonth::containing(approvedOn);
    record.startMonth = month.toString();
    switch (record.type) {
    case AssistanceType::Dibao:
    case AssistanceType::CaseByCase:
        record.monthlyAmountFen = m_benefits.dibaoMonthly(household, plan.area, month);
        break;
    case AssistanceType::Tekun:
        record.monthlyAmountFen = m_benefits.tekunMonthly(plan.area, month, selfCare);
        break;
    case AssistanceType::SeriousIllness:
        record.monthlyAmountFen = m_benefits.singlePersonMonthly(plan.area, month);
        break;
    case AssistanceType::TemporaryEmergency:
        record.oneOffAmountFen = m_benefits.emergencyOneOff(month, random);
        break;
    case AssistanceType::TemporaryExpenditure:
        record.oneOffAmountFen = m_benefits.expenditureOneOff(plan.area, month, random);
        break;
    case AssistanceType::NearDibao:
    case AssistanceType::RigidExpense:
        // A recognised status: the household qualifies for medical, education
        // and housing aid, not for a monthly cash benefit.
        break;
    }
}

} // namespace jiuzhu
