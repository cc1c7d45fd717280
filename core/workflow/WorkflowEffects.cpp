#include "core/workflow/WorkflowEffects.h"

#include "core/domain/Money.h"
#include "core/workflow/MaterialsChecklist.h"
#include "core/workflow/PolicyLookup.h"
#include "core/workflow/PublicityPeriod.h"

#include <QJsonArray>

#include <algorithm>

namespace jiuzhu {

namespace {

QDate today(const EffectArgs& a)
{
    return a.context.clock.today();
}

QDate dateOrToday(const EffectArgs& a)
{
    return a.input.date.value_or(today(a));
}

std::unexpected<Error> badInput(const QString& field, const QString& message)
{
    return fail(ErrorCode::InvalidInput, ActionInput::fieldLabel(field), message);
}

QStringList trimmedNonEmpty(const QStringList& texts)
{
    QStringList result;
    for (const QString& text : texts) {
        if (!text.trimmed().isEmpty())
            result.append(text.trimmed());
    }
    return result;
}

Status recordMaterials(EffectArgs& a)
{
    QJsonObject recorded;
    for (auto it = a.input.materials.constBegin(); it != a.input.materials.constEnd(); ++it) {
        const auto item = std::find_if(a.procedure.checklist.cbegin(), a.procedure.checklist.cend(),
            [&](const ChecklistItem& i) { return i.material == it.key(); });
        if (item == a.procedure.checklist.cend())
            return badInput(QStringLiteral("materials"),
                WorkflowEffects::tr("%1 is not on this procedure's checklist.")
                    .arg(a.book.materialName(it.key())));
        if (item->when == MaterialCondition::EveryAdult)
            return badInput(QStringLiteral("materials"),
                WorkflowEffects::tr("%1 is recorded for each adult who signs, not as one document.")
                    .arg(a.book.materialName(it.key())));
        // 一次性告知: what the applicant has handed in is never asked for again.
        if (a.file.materials.value(it.key()) == MaterialStatus::Provided
            && it.value() == MaterialStatus::Missing)
            return badInput(QStringLiteral("materials"),
                WorkflowEffects::tr(
                    "%1 was already provided; a material once provided cannot be asked for again.")
                    .arg(a.book.materialName(it.key())));
        a.file.materials.insert(it.key(), it.value());
        recorded.insert(it.key(), materialStatusKey(it.value()));
    }
    QJsonArray signedNow;
    for (qint64 adult : a.input.authorizations) {
        if (!a.file.coResidentAdults.contains(adult))
            return badInput(QStringLiteral("authorizations"),
                WorkflowEffects::tr("Only co-resident adults of the application sign the authorization."));
        a.file.authorizationsSigned.insert(adult);
        signedNow.append(adult);
    }
    if (!recorded.isEmpty())
        a.data.insert(QStringLiteral("materials"), recorded);
    if (!signedNow.isEmpty())
        a.data.insert(QStringLiteral("authorizations"), signedNow);
    return {};
}

Status listMissingMaterials(EffectArgs& a)
{
    a.notice.missingMaterials = MaterialsChecklist::missing(a.procedure, a.file, a.transition.stage);
    const bool authorizationMissing = std::any_of(
        a.procedure.checklist.cbegin(), a.procedure.checklist.cend(), [&](const ChecklistItem& item) {
            return item.when == MaterialCondition::EveryAdult
                && a.notice.missingMaterials.contains(item.material);
        });
    if (authorizationMissing)
        a.notice.missingAuthorizations = a.file.missingAuthorizations();
    a.data.insert(QStringLiteral("missing"), QJsonArray::fromStringList(a.notice.missingMaterials));
    QJsonArray adults;
    for (qint64 adult : a.notice.missingAuthorizations)
        adults.append(adult);
    if (!adults.isEmpty())
        a.data.insert(QStringLiteral("missingAuthorizations"), adults);
    return {};
}

Status recordReasons(EffectArgs& a)
{
    const QStringList reasons = trimmedNonEmpty(a.input.reasons);
    if (reasons.isEmpty())
        return badInput(
            QStringLiteral("reasons"), WorkflowEffects::tr("The written notice must give its reasons."));
    a.notice.reasons = reasons;
    a.reason = reasons.join(QStringLiteral("；"));
    a.data.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(reasons));
    return {};
}

Status recordHomeVisit(EffectArgs& a)
{
    const HomeVisit& visit = *a.input.homeVisit;
    if (!visit.visitedOn.isValid() || visit.visitedOn > today(a))
        return badInput(QStringLiteral("home-visit"),
            WorkflowEffects::tr("The home visit needs the day it took place, not later than today."));
    // 入户调查 is made by at least two people, so no finding rests on one word.
    if (trimmedNonEmpty(visit.visitors).size() < 2)
        return badInput(QStringLiteral("home-visit"),
            WorkflowEffects::tr("A home visit is made by at least two people."));
    if (visit.findings.trimmed().isEmpty())
        return badInput(QStringLiteral("home-visit"),
            WorkflowEffects::tr("The home visit record must state its findings."));
    a.file.homeVisit = visit;
    a.data.insert(QStringLiteral("visitedOn"), visit.visitedOn.toString(Qt::ISODate));
    return {};
}

Status recordSelfCare(EffectArgs& a)
{
    const SelfCareAssessment& assessment = *a.input.selfCare;
    if (assessment.assessedOn() > today(a))
        return badInput(QStringLiteral("self-care"),
            WorkflowEffects::tr("The self-care assessment cannot be dated in the future."));
    a.file.selfCare = assessment;
    a.data.insert(QStringLiteral("level"), SelfCareAssessment::levelKey(assessment.level()));
    return {};
}

Status requestEconomicCheck(EffectArgs& a)
{
    a.file.economicCheckRequestedOn = dateOrToday(a);
    a.file.economicCheckReportOn = QDate();
    a.data.insert(QStringLiteral("requestedOn"), a.file.economicCheckRequestedOn.toString(Qt::ISODate));
    return {};
}

Status receiveEconomicCheckReport(EffectArgs& a)
{
    const QDate on = dateOrToday(a);
    if (on < a.file.economicCheckRequestedOn)
        return badInput(QStringLiteral("date"),
            WorkflowEffects::tr("The report cannot come back before the check was requested (%1).")
                .arg(a.file.economicCheckRequestedOn.toString(Qt::ISODate)));
    a.file.economicCheckReportOn = on;
    a.data.insert(QStringLiteral("reportOn"), on.toString(Qt::ISODate));
    return {};
}

Status callAppraisal(EffectArgs& a)
{
    a.file.appraisalPending = true;
    return {};
}

Status recordAppraisal(EffectArgs& a)
{
    const AppraisalRecord& record = *a.input.appraisal;
    if (!record.heldOn.isValid() || record.heldOn > today(a))
        return badInput(QStringLiteral("appraisal"),
            WorkflowEffects::tr("The appraisal needs the day it was held, not later than today."));
    if (record.minutes.trimmed().isEmpty())
        return badInput(QStringLiteral("appraisal"),
            WorkflowEffects::tr("The appraisal record must include its minutes."));
    for (const AppraisalParticipant& participant : record.participants) {
        if (participant.name.trimmed().isEmpty())
            return badInput(QStringLiteral("appraisal"),
                WorkflowEffects::tr("Every participant of the appraisal must be named."));
    }
    a.file.appraisals.append(record);
    a.file.appraisalPending = false;
    a.data.insert(QStringLiteral("participants"), static_cast<qint64>(record.participants.size()));
    return {};
}

Status recordOpinion(EffectArgs& a)
{
    a.file.preliminaryOpinion = a.input.opinion.trimmed();
    a.reason = a.file.preliminaryOpinion;
    // A new opinion needs a new collective decision (一事一议) before it is publicised.
    a.file.collectiveDecision.clear();
    a.file.collectiveDecisionOn = QDate();
    return {};
}

Status recordCollectiveDecision(EffectArgs& a)
{
    a.file.collectiveDecision = a.input.explanation.trimmed();
    a.file.collectiveDecisionOn = dateOrToday(a);
    return {};
}

Status startPublicity(EffectArgs& a)
{
    const QDate start = dateOrToday(a);
    const auto days
        = PolicyLookup::integer(a.context, a.transition.policy.value(QStringLiteral("days")), start);
    if (!days)
        return std::unexpected(days.error());
    bool workingDays = false;
    if (const QString key = a.transition.policy.value(QStringLiteral("inWorkingDays")); !key.isEmpty()) {
        const auto flag = PolicyLookup::integer(a.context, key, start);
        if (!flag)
            return std::unexpected(flag.error());
        workingDays = *flag == 1;
    }
    const auto end = PublicityPeriod::lastDay(start, *days, workingDays, a.context.calendar);
    if (!end)
        return std::unexpected(end.error());
    a.file.publicity.append(PublicityRound {start, *end, workingDays});
    a.data.insert(QStringLiteral("publicityStart"), start.toString(Qt::ISODate));
    a.data.insert(QStringLiteral("publicityEnd"), end->toString(Qt::ISODate));
    a.data.insert(QStringLiteral("publicityRound"), static_cast<qint64>(a.file.publicity.size()));
    return {};
}

Status recordObjection(EffectArgs& a)
{
    a.file.objections.append(
        Objection {dateOrToday(a), a.input.objection.trimmed(), static_cast<int>(a.file.publicity.size())});
    a.reason = a.input.objection.trimmed();
    return {};
}

// An amount the transition requires must be above zero; an optional one may be zero.
Result<qint64> amount(const EffectArgs& a, const std::optional<qint64>& value, const QString& field)
{
    const qint64 fen = value.value_or(0);
    if (fen < 0 || (a.transition.inputs.contains(field) && fen == 0))
        return badInput(field, WorkflowEffects::tr("The amount must be more than zero."));
    return fen;
}

Status recordApproval(EffectArgs& a)
{
    const auto monthly = amount(a, a.input.monthlyAmountFen, QStringLiteral("monthly-amount"));
    if (!monthly)
        return std::unexpected(monthly.error());
    const auto oneOff = amount(a, a.input.oneOffAmountFen, QStringLiteral("one-off-amount"));
    if (!oneOff)
        return std::unexpected(oneOff.error());
    const YearMonth applied = YearMonth::containing(a.file.appliedOn());
    if (a.input.startMonth && *a.input.startMonth < applied)
        return badInput(QStringLiteral("start-month"),
            WorkflowEffects::tr("The benefit cannot start before the month of application (%1).")
                .arg(applied.toString()));
    Decision decision;
    decision.approved = true;
    decision.decidedOn = today(a);
    decision.monthlyAmountFen = *monthly;
    decision.oneOffAmountFen = *oneOff;
    decision.startMonth = a.input.startMonth;
    decision.explanation = a.input.explanation.trimmed();
    a.file.decision = decision;
    a.reason = decision.explanation;
    a.data.insert(QStringLiteral("monthlyAmountFen"), *monthly);
    a.data.insert(QStringLiteral("oneOffAmountFen"), *oneOff);
    if (decision.startMonth)
        a.data.insert(QStringLiteral("startMonth"), decision.startMonth->toString());
    return {};
}

Status startLongTermPublicity(EffectArgs& a)
{
    a.file.longTermPublicity = true;
    return {};
}

Status recordRefusal(EffectArgs& a)
{
    if (auto reasons = recordReasons(a); !reasons)
        return reasons;
    Decision decision;
    decision.decidedOn = today(a);
    decision.reasons = a.notice.reasons;
    a.file.decision = decision;
    return {};
}

Status recordReferral(EffectArgs& a)
{
    a.file.referralReason = a.input.reason.trimmed();
    if (a.input.oneOffAmountFen)
        a.data.insert(QStringLiteral("oneOffAmountFen"), *a.input.oneOffAmountFen);
    return {};
}

Status grantEmergencyAid(EffectArgs& a)
{
    const auto fen = amount(a, a.input.oneOffAmountFen, QStringLiteral("one-off-amount"));
    if (!fen)
        return std::unexpected(fen.error());
    a.file.emergencyAid = EmergencyAid {today(a), *fen, a.input.reason.trimmed()};
    Decision decision;
    decision.approved = true;
    decision.decidedOn = today(a);
    decision.oneOffAmountFen = *fen;
    decision.explanation = a.input.reason.trimmed();
    a.file.decision = decision;
    a.data.insert(QStringLiteral("oneOffAmountFen"), *fen);
    return {};
}

Status completePaperwork(EffectArgs& a)
{
    a.file.paperworkCompletedOn = today(a);
    return {};
}

Status recordNoticeServed(EffectArgs& a)
{
    const QDate on = dateOrToday(a);
    if (a.file.decision && on < a.file.decision->decidedOn)
        return badInput(QStringLiteral("date"),
            WorkflowEffects::tr("A notice cannot be served before the decision it gives."));
    a.file.noticeServedOn = on;
    a.data.insert(QStringLiteral("servedOn"), on.toString(Qt::ISODate));
    return {};
}

Status recordFiling(EffectArgs& a)
{
    a.file.filedOn = dateOrToday(a);
    a.data.insert(QStringLiteral("filedOn"), a.file.filedOn.toString(Qt::ISODate));
    return {};
}

Status recordReview(EffectArgs& a)
{
    a.file.reviews.append(dateOrToday(a));
    a.data.insert(QStringLiteral("reviewedOn"), a.file.reviews.constLast().toString(Qt::ISODate));
    return {};
}

Status recordAdjustment(EffectArgs& a)
{
    if (auto reasons = recordReasons(a); !reasons)
        return reasons;
    const auto monthly = amount(a, a.input.monthlyAmountFen, QStringLiteral("monthly-amount"));
    if (!monthly)
        return std::unexpected(monthly.error());
    if (a.file.decision)
        a.file.decision->monthlyAmountFen = *monthly;
    a.data.insert(QStringLiteral("monthlyAmountFen"), *monthly);
    return {};
}

} // namespace

const QList<WorkflowEffects::Spec>& WorkflowEffects::all()
{
    static const QList<Spec> specs {
        {QStringLiteral("record-materials"), false, {}, {}, &recordMaterials},
        {QStringLiteral("list-missing-materials"), true, {}, {}, &listMissingMaterials},
        {QStringLiteral("record-reasons"), false, {QStringLiteral("reasons")}, {}, &recordReasons},
        {QStringLiteral("record-home-visit"), false, {QStringLiteral("home-visit")}, {}, &recordHomeVisit},
        {QStringLiteral("record-self-care"), false, {QStringLiteral("self-care")}, {}, &recordSelfCare},
        {QStringLiteral("request-economic-check"), false, {}, {}, &requestEconomicCheck},
        {QStringLiteral("receive-economic-check-report"), false, {}, {}, &receiveEconomicCheckReport},
        {QStringLiteral("call-appraisal"), false, {}, {}, &callAppraisal},
        {QStringLiteral("record-appraisal"), false, {QStringLiteral("appraisal")}, {}, &recordAppraisal},
        {QStringLiteral("record-opinion"), false, {QStringLiteral("opinion")}, {}, &recordOpinion},
        {QStringLiteral("record-collective-decision"), false, {QStringLiteral("explanation")}, {},
            &recordCollectiveDecision},
        {QStringLiteral("start-publicity"), false, {}, {QStringLiteral("days")}, &startPublicity},
        {QStringLiteral("record-objection"), false, {QStringLiteral("objection")}, {}, &recordObjection},
        {QStringLiteral("record-approval"), false, {}, {}, &recordApproval},
        {QStringLiteral("start-long-term-publicity"), false, {}, {}, &startLongTermPublicity},
        {QStringLiteral("record-refusal"), false, {QStringLiteral("reasons")}, {}, &recordRefusal},
        {QStringLiteral("record-referral"), false, {}, {}, &recordReferral},
        {QStringLiteral("grant-emergency-aid"), false, {QStringLiteral("one-off-amount")}, {},
            &grantEmergencyAid},
        {QStringLiteral("complete-paperwork"), false, {}, {}, &completePaperwork},
        {QStringLiteral("record-notice-served"), false, {}, {}, &recordNoticeServed},
        {QStringLiteral("record-filing"), false, {}, {}, &recordFiling},
        {QStringLiteral("record-review"), false, {}, {}, &recordReview},
        {QStringLiteral("record-adjustment"), false,
            {QStringLiteral("reasons"), QStringLiteral("monthly-amount")}, {}, &recordAdjustment},
    };
    return specs;
}

const WorkflowEffects::Spec* WorkflowEffects::find(const QString& name)
{
    const auto& specs = all();
    const auto it = std::find_if(specs.cbegin(), specs.cend(), [&](const Spec& s) { return s.name == name; });
    return it == specs.cend() ? nullptr : &*it;
}

QStringList WorkflowEffects::names()
{
    QStringList result;
    for (const Spec& spec : all())
        result.append(spec.name);
    return result;
}

} // namespace jiuzhu
