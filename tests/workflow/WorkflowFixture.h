#pragma once

#include "core/domain/Clock.h"
#include "core/policy/PolicySet.h"
#include "core/policy/WorkingCalendar.h"
#include "core/workflow/CaseWorkflow.h"
#include "core/workflow/MaterialsChecklist.h"

#include <QTest>

#include <optional>

// Asserts `result` holds a value, printing the error when it does not.
#define VERIFY_OK(result)                                                                                    \
    do {                                                                                                     \
        const auto& verified_ = (result);                                                                    \
        QVERIFY2(verified_.has_value(), qPrintable(verified_ ? QString() : verified_.error().toString()));   \
    } while (false)

// Asserts `result` is an error of `expectedCode` whose message contains `fragment`.
#define VERIFY_FAILS(result, expectedCode, fragment)                                                         \
    do {                                                                                                     \
        const auto& refused_ = (result);                                                                     \
        QVERIFY2(!refused_.has_value(), "the step should have been refused");                                \
        QCOMPARE(jiuzhu::errorCodeName(refused_.error().code), jiuzhu::errorCodeName(expectedCode));         \
        QVERIFY2(refused_.error().message.contains(fragment), qPrintable(refused_.error().message));         \
    } while (false)

namespace jiuzhu::testing {

// One step of a scripted case: who does what, after how many days.
struct Step
{
    QString action;
    Actor actor;
    ActionInput input;
    int daysLater = 0;
};

// A township office on a fixed date with round policy figures, a plain
// Monday-to-Friday calendar (tests add holidays), every type entrusted for
// 2026, and four users holding one role each.
class WorkflowFixture
{
public:
    static QDate startDate() { return QDate(2026, 3, 2); } // a Monday

    WorkflowFixture()
        : clock(QDateTime(startDate(), QTime(9, 0)))
        , entrustment {QSet<AssistanceType>(kAllAssistanceTypes.begin(), kAllAssistanceTypes.end()),
              DateRange::of(QDate(2026, 1, 1), QDate(2026, 12, 31)).value()}
        , workflow(CaseWorkflow::builtIn().value())
    {
        const auto put
            = [this](const QString& key, qint64 value, std::optional<AreaKind> area = std::nullopt) {
                  const Status added = policy.add(
                      PolicyEntry {key, area, QDate(2020, 1, 1), value, QStringLiteral("test figure")});
                  if (!added)
                      qFatal("%s", qPrintable(added.error().toString()));
              };
        put(QStringLiteral("dibao.standard.monthly"), 60000, AreaKind::Rural);
        put(QStringLiteral("dibao.standard.monthly"), 80000, AreaKind::Urban);
        put(QStringLiteral("publicity.days.default"), 7);
        put(QStringLiteral("publicity.working_days.default"), 0);
        put(QStringLiteral("publicity.days.temporary_expenditure"), 7);
        put(QStringLiteral("publicity.working_days.temporary_expenditure"), 1);
        put(QStringLiteral("publicity.days.case_by_case"), 7);
        put(QStringLiteral("deadline.confirm.working_days"), 20);
        put(QStringLiteral("deadline.confirm.extended_working_days"), 30);
        put(QStringLiteral("deadline.economic_check.extension_after_days"), 15);
        put(QStringLiteral("deadline.temporary.working_days"), 15);
        put(QStringLiteral("deadline.refusal_notice.working_days"), 3);
        put(QStringLiteral("deadline.emergency.paperwork_days"), 7);
        put(QStringLiteral("deadline.case_by_case.filing_working_days"), 3);
        put(QStringLiteral("appraisal.case_by_case.min_participants"), 12);
        put(QStringLiteral("temporary.cap.months"), 5);
        put(QStringLiteral("temporary.emergency.cap"), 500000);
        put(QStringLiteral("review.interval_months.dibao"), 12);
        put(QStringLiteral("review.interval_months.tekun"), 12);
        put(QStringLiteral("review.interval_months.case_by_case"), 6);
    }

    FixedClock clock;
    PolicySet policy;
    WorkingCalendar calendar;
    Entrustment entrustment;
    CaseWorkflow workflow;

    const Actor clerk {1, QStringLiteral("clerk"), {Role::Clerk}};
    const Actor reviewer {2, QStringLiteral("reviewer"), {Role::PreliminaryReviewer}};
    const Actor confirmer {3, QStringLiteral("confirmer"), {Role::Confirmer}};
    const Actor assistant {4, QStringLiteral("assistant"), {Role::VillageAssistant}};
    const Actor secondClerk {6, QStringLiteral("clerk2"), {Role::Clerk}};

    WorkflowContext context() const { return WorkflowContext {clock, policy, calendar, entrustment}; }

    void advanceDays(int days) { clock.set(clock.now().addDays(days)); }

    Result<CaseTransition> apply(
        const CaseFile& file, const QString& action, const Actor& actor, const ActionInput& input = {}) const
    {
        return workflow.apply(file, action, actor, input, context());
    }

    // Runs `steps` in order, stopping at the first refusal.
    Result<CaseFile> run(CaseFile file, const QList<Step>& steps)
    {
        for (const Step& step : steps) {
            advanceDays(step.daysLater);
            auto result = apply(file, step.action, step.actor, step.input);
            if (!result) {
                Error error = result.error();
                error.message = step.action + QStringLiteral(": ") + error.message;
                return std::unexpected(error);
            }
            file = result->caseFile;
        }
        return file;
    }

    // A rural household with two co-resident adults, applying in person.
    static CaseFile draft(AssistanceType type)
    {
        CaseFile file = CaseFile::draft(type, 10, ApplicationChannel::HouseholdHead, AreaKind::Rural);
        file.id = 500;
        file.coResidentAdults = {101, 102};
        return file;
    }

    // Every required material of `stage` provided, and both adults' authorizations.
    ActionInput allMaterials(const CaseFile& file, const QString& stage) const
    {
        ActionInput input;
        const QStringList keys
            = MaterialsChecklist::requiredMaterials(*workflow.book().procedure(file.type), file, stage);
        for (const QString& key : keys)
            input.materials.insert(key, MaterialStatus::Provided);
        input.authorizations = file.coResidentAdults;
        return input;
    }

    static ActionInput withText(const QString& field, const QString& text)
    {
        ActionInput input;
        if (field == QLatin1String("reason"))
            input.reason = text;
        else if (field == QLatin1String("reasons"))
            input.reasons = {text};
        else if (field == QLatin1String("opinion"))
            input.opinion = text;
        else if (field == QLatin1String("objection"))
            input.objection = text;
        else
            input.explanation = text;
        return input;
    }

    static ActionInput homeVisit()
    {
        ActionInput input;
        input.homeVisit = HomeVisit {startDate(), {QStringLiteral("王五"), QStringLiteral("赵六")},
            QStringLiteral("住房简陋，无劳动能力")};
        return input;
    }

    static ActionInput dated(QDate day)
    {
        ActionInput input;
        input.date = day;
        return input;
    }

    // An appraisal of `count` people, signed by someone of `signerRole`,
    // with or without the discipline officer.
    static ActionInput appraisal(
        int count, bool disciplineOfficer = true, AppraisalRole signerRole = AppraisalRole::CommunityDirector)
    {
        AppraisalRecord record {startDate(), QStringLiteral("评议认为情况属实"), {}};
        for (int i = 0; i < count; ++i)
            record.participants.append(
                {QStringLiteral("参会人%1").arg(i + 1), AppraisalRole::ResidentRepresentative, false});
        if (count > 0)
            record.participants[0] = {QStringLiteral("主任"), signerRole, true};
        if (disciplineOfficer && count > 1)
            record.participants[1] = {QStringLiteral("纪委委员"), AppraisalRole::DisciplineOfficer, false};
        ActionInput input;
        input.appraisal = record;
        return input;
    }

    static ActionInput approval(qint64 monthlyFen, std::optional<qint64> oneOffFen = std::nullopt)
    {
        ActionInput input;
        if (monthlyFen > 0)
            input.monthlyAmountFen = monthlyFen;
        input.oneOffAmountFen = oneOffFen;
        input.startMonth = YearMonth::of(2026, 4).value();
        input.explanation = QStringLiteral("家庭人均收入低于当地低保标准");
        return input;
    }

    static ActionInput selfCare(const std::array<int, SelfCareAssessment::kItemCount>& scores)
    {
        ActionInput input;
        input.selfCare = SelfCareAssessment::of(startDate(), scores).value();
        return input;
    }

    // From a draft of a family type to the start of its (first) publicity.
    QList<Step> toPublicity(const CaseFile& draftFile) const
    {
        QList<Step> steps {
            {QStringLiteral("apply"), clerk, allMaterials(draftFile, QStringLiteral("application"))},
            {QStringLiteral("accept"), clerk, {}},
            {QStringLiteral("record-home-visit"), assistant, homeVisit(), 1},
            {QStringLiteral("request-economic-check"), clerk, {}},
            {QStringLiteral("receive-economic-check-report"), clerk, dated(startDate().addDays(5)), 5},
            {QStringLiteral("record-materials"), clerk,
                allMaterials(draftFile, QStringLiteral("investigation"))},
        };
        if (draftFile.type == AssistanceType::Tekun)
            steps.append({QStringLiteral("assess-self-care"), assistant, selfCare({2, 2, 2, 1, 2, 2})});
        if (draftFile.type == AssistanceType::CaseByCase) {
            steps.append({QStringLiteral("call-appraisal"), reviewer,
                withText(QStringLiteral("reason"), QStringLiteral("一事一议"))});
            steps.append({QStringLiteral("record-appraisal"), assistant, appraisal(12)});
        }
        steps.append({QStringLiteral("give-preliminary-opinion"), reviewer,
            withText(QStringLiteral("opinion"), QStringLiteral("符合条件，拟同意")), 1});
        if (draftFile.type == AssistanceType::CaseByCase)
            steps.append({QStringLiteral("record-collective-decision"), confirmer,
                withText(QStringLiteral("explanation"), QStringLiteral("班子会议研究同意"))});
        steps.append({QStringLiteral("start-publicity"), assistant, {}});
        return steps;
    }
};

} // namespace jiuzhu::testing
