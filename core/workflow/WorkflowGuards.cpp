#include "core/workflow/WorkflowGuards.h"

#include "core/domain/DomainText.h"
#include "core/domain/Money.h"
#include "core/workflow/MaterialsChecklist.h"
#include "core/workflow/PolicyLookup.h"

#include <QLocale>

#include <algorithm>

namespace jiuzhu {

namespace {

QDate today(const GuardArgs& a)
{
    return a.context.clock.today();
}

QString yuan(qint64 fen)
{
    return Money::fromFen(fen).toYuanString();
}

std::unexpected<Error> notReady(const QString& message)
{
    return fail(ErrorCode::Conflict, message);
}

std::unexpected<Error> beyondAuthority(const QString& message)
{
    return fail(ErrorCode::PermissionDenied, message);
}

Status materialsComplete(const GuardArgs& a)
{
    const QStringList missing = MaterialsChecklist::missing(a.procedure, a.after, a.transition.stage);
    if (missing.isEmpty())
        return {};
    QStringList names;
    for (const QString& key : missing)
        names.append(a.book.materialName(key));
    return notReady(
        WorkflowGuards::tr("Materials are still missing: %1.").arg(names.join(QStringLiteral("、"))));
}

Status materialsIncomplete(const GuardArgs& a)
{
    if (!MaterialsChecklist::missing(a.procedure, a.after, a.transition.stage).isEmpty())
        return {};
    return notReady(
        WorkflowGuards::tr("Nothing on the checklist is missing; accept the application instead."));
}

Status authorizationsComplete(const GuardArgs& a)
{
    const auto missing = a.after.missingAuthorizations().size();
    if (missing == 0)
        return {};
    return notReady(
        WorkflowGuards::tr("Every co-resident adult must sign the authorization before the economic check is "
                           "requested; %n signature(s) still missing.",
            nullptr, static_cast<int>(missing)));
}

Status economicCheckRequested(const GuardArgs& a)
{
    if (a.after.economicCheckRequestedOn.isValid())
        return {};
    return notReady(WorkflowGuards::tr("The economic check has not been requested."));
}

Status economicCheckReported(const GuardArgs& a)
{
    if (a.after.economicCheckReportOn.isValid())
        return {};
    return notReady(WorkflowGuards::tr("The report of the economic check has not come back yet."));
}

Status homeVisitRecorded(const GuardArgs& a)
{
    if (a.after.homeVisit)
        return {};
    return notReady(WorkflowGuards::tr("The home visit has not been recorded."));
}

Status selfCareAssessed(const GuardArgs& a)
{
    if (a.after.selfCare)
        return {};
    return notReady(WorkflowGuards::tr("The self-care assessment has not been recorded."));
}

Status appraisalRecorded(const GuardArgs& a)
{
    if (!a.after.appraisalPending)
        return {};
    return notReady(
        WorkflowGuards::tr("A democratic appraisal was called; its record must be in before a new opinion."));
}

Status appraisalSigner(const GuardArgs& a)
{
    const auto& participants = a.input.appraisal->participants;
    const bool signedProperly = std::any_of(participants.cbegin(), participants.cend(),
                                    [](const AppraisalParticipant& p) { return p.signer; })
        && std::all_of(participants.cbegin(), participants.cend(), [](const AppraisalParticipant& p) {
               return !p.signer || p.role == AppraisalRole::CommunityDirector
                   || p.role == AppraisalRole::PartySecretary;
           });
    if (signedProperly)
        return {};
    return fail(ErrorCode::InvalidInput, ActionInput::fieldLabel(QStringLiteral("appraisal")),
        WorkflowGuards::tr(
            "The appraisal record must be signed by the community director or the party secretary."));
}

Status appraisalMinParticipants(const GuardArgs& a)
{
    const auto minimum = PolicyLookup::integer(
        a.context, a.transition.policy.value(QStringLiteral("minParticipants")), today(a));
    if (!minimum)
        return std::unexpected(minimum.error());
    const auto count = a.input.appraisal->participants.size();
    if (count >= *minimum)
        return {};
    return fail(ErrorCode::InvalidInput, ActionInput::fieldLabel(QStringLiteral("appraisal")),
        WorkflowGuards::tr("A case-by-case appraisal needs at least %1 participants; %2 took part.")
            .arg(*minimum)
            .arg(count));
}

Status appraisalDisciplineOfficer(const GuardArgs& a)
{
    const auto& participants = a.input.appraisal->participants;
    if (std::any_of(participants.cbegin(), participants.cend(),
            [](const AppraisalParticipant& p) { return p.role == AppraisalRole::DisciplineOfficer; }))
        return {};
    return fail(ErrorCode::InvalidInput, ActionInput::fieldLabel(QStringLiteral("appraisal")),
        WorkflowGuards::tr("A case-by-case appraisal needs the discipline officer among its participants."));
}

Status publicityEnded(const GuardArgs& a)
{
    if (a.after.publicity.isEmpty())
        return notReady(WorkflowGuards::tr("The case has not been publicised."));
    const QDate end = a.after.publicity.constLast().end;
    if (today(a) > end)
        return {};
    return notReady(
        WorkflowGuards::tr("Publicity runs until %1; the case cannot be confirmed before it ends.")
            .arg(end.toString(Qt::ISODate)));
}

Status noOpenObjections(const GuardArgs& a)
{
    if (a.after.openObjections() == 0)
        return {};
    return notReady(WorkflowGuards::tr(
        "Objections were raised during publicity; hold a democratic appraisal and publicise "
        "the new opinion before confirming."));
}

// Why the township may not decide this case itself, or empty if it may.
Result<QString> outsideEntrustment(const GuardArgs& a, bool checkCap)
{
    const Entrustment& entrustment = a.context.entrustment;
    if (!entrustment.types.contains(a.after.type))
        return WorkflowGuards::tr(
            "The township is not entrusted to confirm %1; refer the case to the district.")
            .arg(displayName(a.after.type));
    const QDate on = today(a);
    if (!entrustment.period.contains(on))
        return WorkflowGuards::tr(
            "The entrustment runs from %1 to %2 and does not cover %3; refer the case to the district.")
            .arg(entrustment.period.first().toString(Qt::ISODate),
                entrustment.period.last().toString(Qt::ISODate), on.toString(Qt::ISODate));
    const QString months = a.transition.policy.value(QStringLiteral("capMonths"));
    const QString standard = a.transition.policy.value(QStringLiteral("standard"));
    if (!checkCap || months.isEmpty() || standard.isEmpty() || !a.input.oneOffAmountFen)
        return QString();
    const auto cap = PolicyLookup::temporaryCapFen(a.context, months, standard, a.after.area, on);
    if (!cap)
        return std::unexpected(cap.error());
    if (*a.input.oneOffAmountFen <= *cap)
        return QString();
    return WorkflowGuards::tr(
        "%1 yuan is above the township's limit of %2 yuan (the months of the current minimum living "
        "standard the district allows); refer the case to the district.")
        .arg(yuan(*a.input.oneOffAmountFen), yuan(*cap));
}

Status withinEntrustment(const GuardArgs& a)
{
    auto why = outsideEntrustment(a, false);
    if (!why)
        return std::unexpected(why.error());
    return why->isEmpty() ? Status() : beyondAuthority(*why);
}

Status temporaryCap(const GuardArgs& a)
{
    auto why = outsideEntrustment(a, true);
    if (!why)
        return std::unexpected(why.error());
    return why->isEmpty() ? Status() : beyondAuthority(*why);
}

Status beyondEntrustment(const GuardArgs& a)
{
    auto why = outsideEntrustment(a, true);
    if (!why)
        return std::unexpected(why.error());
    if (!why->isEmpty())
        return {};
    return notReady(WorkflowGuards::tr(
        "The case is within the township's entrustment; confirm it here rather than refer it."));
}

Status emergencyCap(const GuardArgs& a)
{
    const auto cap
        = PolicyLookup::integer(a.context, a.transition.policy.value(QStringLiteral("cap")), today(a));
    if (!cap)
        return std::unexpected(cap.error());
    if (*a.input.oneOffAmountFen <= *cap)
        return {};
    return beyondAuthority(
        WorkflowGuards::tr("Emergency aid of %1 yuan is above the %2 yuan that may be granted before the "
                           "paperwork; use the full procedure.")
            .arg(yuan(*a.input.oneOffAmountFen), yuan(*cap)));
}

Status amountGiven(const GuardArgs& a)
{
    if (a.after.decision && (a.after.decision->monthlyAmountFen > 0 || a.after.decision->oneOffAmountFen > 0))
        return {};
    return fail(ErrorCode::InvalidInput, ActionInput::fieldLabel(QStringLiteral("one-off-amount")),
        WorkflowGuards::tr("A case-by-case decision must grant a monthly or a one-off amount."));
}

Status collectiveDecisionRecorded(const GuardArgs& a)
{
    if (a.after.collectiveDecisionOn.isValid())
        return {};
    return notReady(
        WorkflowGuards::tr("The leadership's collective decision must be recorded before publicity."));
}

} // namespace

const QList<WorkflowGuards::Spec>& WorkflowGuards::all()
{
    const QString appraisal = QStringLiteral("appraisal");
    const QString amount = QStringLiteral("one-off-amount");
    static const QList<Spec> specs {
        {QStringLiteral("materials-complete"), false, {}, true, {}, &materialsComplete},
        {QStringLiteral("materials-incomplete"), false, {}, true, {}, &materialsIncomplete},
        {QStringLiteral("authorizations-complete"), false, {}, false, {}, &authorizationsComplete},
        {QStringLiteral("economic-check-requested"), false, {}, false, {}, &economicCheckRequested},
        {QStringLiteral("economic-check-reported"), false, {}, false, {}, &economicCheckReported},
        {QStringLiteral("home-visit-recorded"), false, {}, false, {}, &homeVisitRecorded},
        {QStringLiteral("self-care-assessed"), false, {}, false, {}, &selfCareAssessed},
        {QStringLiteral("appraisal-recorded"), false, {}, false, {}, &appraisalRecorded},
        {QStringLiteral("appraisal-signer"), true, {appraisal}, false, {}, &appraisalSigner},
        {QStringLiteral("appraisal-min-participants"), true, {appraisal}, false,
            {QStringLiteral("minParticipants")}, &appraisalMinParticipants},
        {QStringLiteral("appraisal-discipline-officer"), true, {appraisal}, false, {},
            &appraisalDisciplineOfficer},
        {QStringLiteral("publicity-ended"), false, {}, false, {}, &publicityEnded},
        {QStringLiteral("no-open-objections"), false, {}, false, {}, &noOpenObjections},
        {QStringLiteral("within-entrustment"), false, {}, false, {}, &withinEntrustment},
        {QStringLiteral("temporary-cap"), true, {amount}, false,
            {QStringLiteral("capMonths"), QStringLiteral("standard")}, &temporaryCap},
        {QStringLiteral("emergency-cap"), true, {amount}, false, {QStringLiteral("cap")}, &emergencyCap},
        // The amount is optional: a type or date outside the entrustment is reason enough.
        {QStringLiteral("beyond-entrustment"), true, {}, false, {}, &beyondEntrustment},
        {QStringLiteral("amount-given"), true, {}, false, {}, &amountGiven},
        {QStringLiteral("collective-decision-recorded"), false, {}, false, {}, &collectiveDecisionRecorded},
    };
    return specs;
}

const WorkflowGuards::Spec* WorkflowGuards::find(const QString& name)
{
    const auto& specs = all();
    const auto it = std::find_if(specs.cbegin(), specs.cend(), [&](const Spec& s) { return s.name == name; });
    return it == specs.cend() ? nullptr : &*it;
}

QStringList WorkflowGuards::names()
{
    QStringList result;
    for (const Spec& spec : all())
        result.append(spec.name);
    return result;
}

} // namespace jiuzhu
