#include "core/demo/DemoOfficeLife.h"

#include "core/demo/DemoRandom.h"
#include "core/desk/CaseDesk.h"
#include "core/desk/PaymentDesk.h"
#include "core/domain/Clock.h"
#include "core/payments/ReviewSchedule.h"
#include "core/store/CaseStore.h"
#include "core/store/HouseholdRepository.h"
#include "core/store/OfficeRepository.h"
#include "core/store/PaymentRepository.h"
#include "core/store/PolicyRepository.h"
#include "core/store/UserRepository.h"
#include "core/workflow/MaterialsChecklist.h"

namespace jiuzhu {

namespace {

const QString kActor = QStringLiteral("demo");

// One application in progress: how far it has gone and how many calendar
// days ago it started. The stages put deadlines on every list of the desk.
enum class LiveStage { Applied, Investigating, InPublicity };

struct Step
{
    QString action;
    qint64 userId = 0;
    ActionInput input;
    int daysLater = 0;
};

ActionInput materialsOf(const CaseWorkflow& workflow, const CaseFile& file, const QString& stage)
{
    ActionInput input;
    const QStringList keys
        = MaterialsChecklist::requiredMaterials(*workflow.book().procedure(file.type), file, stage);
    for (const QString& key : keys)
        input.materials.insert(key, MaterialStatus::Provided);
    input.authorizations = file.coResidentAdults;
    return input;
}

QList<Step> stepsTo(LiveStage stage, const CaseWorkflow& workflow, const CaseFile& draft, QDate start)
{
    QList<Step> steps {{QStringLiteral("apply"), 1, materialsOf(workflow, draft, QStringLiteral("application"))}};
    if (stage == LiveStage::Applied)
        return steps;
    ActionInput visit;
    visit.homeVisit = HomeVisit {start.addDays(2), {QStringLiteral("陈静"), QStringLiteral("王芳")},
        QStringLiteral("入户核实家庭人口、住房和收入情况，与申请一致")};
    ActionInput report;
    report.date = start.addDays(9);
    steps.append({QStringLiteral("accept"), 1, {}, 1});
    steps.append({QStringLiteral("record-home-visit"), 4, visit, 1});
    steps.append({QStringLiteral("request-economic-check"), 1, {}, 0});
    steps.append({QStringLiteral("receive-economic-check-report"), 1, report, 7});
    steps.append({QStringLiteral("record-materials"), 1, materialsOf(workflow, draft, QStringLiteral("investigation"))});
    if (stage == LiveStage::Investigating)
        return steps;
    ActionInput opinion;
    opinion.opinion = QStringLiteral("经入户调查和家庭经济状况核对，符合条件，拟同意纳入");
    steps.append({QStringLiteral("give-preliminary-opinion"), 2, opinion, 1});
    steps.append({QStringLiteral("start-publicity"), 4, {}, 1});
    return steps;
}

int daysSpanned(const QList<Step>& steps)
{
    int days = 0;
    for (const Step& step : steps)
        days += step.daysLater;
    return days;
}

} // namespace

QString DemoOfficeLife::staffPassword()
{
    return QStringLiteral("demo-2026");
}

QList<DemoStaffMember> DemoOfficeLife::staff()
{
    return {{QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("clerk")},
        {QStringLiteral("lijun"), QStringLiteral("李军"), QStringLiteral("preliminary-reviewer")},
        {QStringLiteral("zhaomin"), QStringLiteral("赵敏"), QStringLiteral("confirmer")},
        {QStringLiteral("chenjing"), QStringLiteral("陈静"), QStringLiteral("village-assistant")},
        {QStringLiteral("admin"), QStringLiteral("系统管理员"), QStringLiteral("administrator")}};
}

DemoOfficeLife::DemoOfficeLife(quint64 seed, QDate today)
    : m_seed(seed)
    , m_today(today)
{
}

Result<DemoActivity> DemoOfficeLife::bringToLife(CaseStore& store, const QList<qint64>& householdIds) const
{
    DemoActivity activity;
    if (auto added = addStaff(store); !added)
        return std::unexpected(added.error());
    activity.staff = staff().size();
    // The district's letter for the whole year: every type may be confirmed here.
    EntrustmentRecord letter {QList<AssistanceType>(kAllAssistanceTypes.begin(), kAllAssistanceTypes.end()),
        QDate(m_today.year(), 1, 1), QDate(m_today.year(), 12, 31), tr("Demo entrustment letter")};
    if (auto set = store.office().setEntrustment(letter, kActor); !set)
        return std::unexpected(set.error());
    auto reviews = recordReviews(store);
    if (!reviews)
        return std::unexpected(reviews.error());
    activity.reviews = *reviews;
    auto closed = closePastMonths(store);
    if (!closed)
        return std::unexpected(closed.error());
    activity.monthsClosed = *closed;
    auto live = runApplications(store, householdIds);
    if (!live)
        return std::unexpected(live.error());
    activity.liveApplications = *live;
    return activity;
}

Status DemoOfficeLife::addStaff(CaseStore& store) const
{
    for (const DemoStaffMember& member : staff()) {
        auto created = store.users().create(
            NewUser {member.login, member.displayName, {member.roleKey}, staffPassword()}, kActor);
        if (!created)
            return std::unexpected(created.error());
    }
    return {};
}

Result<qint64> DemoOfficeLife::recordReviews(CaseStore& store) const
{
    auto policy = store.policy().policy();
    if (!policy)
        return std::unexpected(policy.error());
    auto cases = store.payments().payableCases();
    if (!cases)
        return std::unexpected(cases.error());
    const ReviewSchedule schedule(*policy);
    const YearMonth thisMonth = YearMonth::containing(m_today);
    QList<ReviewRecord> reviews;
    for (const PayableCase& payable : std::as_const(*cases)) {
        auto reviewable = ReviewableCase::fromPayable(payable, std::nullopt);
        if (!reviewable || (reviewable->endMonth && *reviewable->endMonth < thisMonth))
            continue;
        // The anniversaries before this month; a quarter of the reviews of
        // the last three months are still to do, so the worklist has
        // overdue cases too.
        std::optional<YearMonth> last;
        std::optional<YearMonth> beforeLast;
        while (true) {
            auto next = schedule.nextDue(*reviewable);
            if (!next)
                return std::unexpected(next.error());
            if (!next->has_value() || thisMonth <= **next)
                break;
            beforeLast = last;
            last = **next;
            reviewable->lastReview = last;
        }
        DemoRandom random(m_seed ^ static_cast<quint64>(payable.caseId) * 0x9E3779B97F4A7C15ULL);
        if (last && thisMonth.addMonths(-3) <= *last && random.between(0, 3) == 0)
            last = beforeLast;
        if (!last)
            continue;
        reviews.append(ReviewRecord {payable.caseId, *last, last->firstDay().addDays(static_cast<int>(random.between(0, 19))),
            BenefitDirection::Unchanged, std::nullopt, tr("Yearly review: circumstances unchanged")});
    }
    if (auto added = store.payments().addReviews(reviews, kActor); !added)
        return std::unexpected(added.error());
    return reviews.size();
}

Result<qint64> DemoOfficeLife::closePastMonths(CaseStore& store) const
{
    // The last three months were paid; this month is still open.
    FixedClock clock(QDateTime(m_today, QTime(9, 0)));
    auto desk = PaymentDesk::open(store, clock);
    if (!desk)
        return std::unexpected(desk.error());
    const YearMonth thisMonth = YearMonth::containing(m_today);
    qint64 closed = 0;
    for (int back = 3; back >= 1; --back) {
        auto month = (*desk)->close(thisMonth.addMonths(-back), 1);
        if (!month)
            return std::unexpected(month.error());
        ++closed;
    }
    return closed;
}

Result<qint64> DemoOfficeLife::runApplications(CaseStore& store, const QList<qint64>& householdIds) const
{
    auto workflow = CaseWorkflow::builtIn();
    if (!workflow)
        return std::unexpected(workflow.error());
    // About one household in two hundred applies anew, at least six.
    const qsizetype count = qBound(qsizetype(6), householdIds.size() / 200, qsizetype(60));
    const qsizetype stride = qMax<qsizetype>(1, householdIds.size() / count);
    DemoRandom random(m_seed + 0x11FE);
    qint64 opened = 0;
    for (qsizetype index = 0; index < count && index * stride < householdIds.size(); ++index) {
        const qint64 householdId = householdIds.at(index * stride);
        auto detail = store.households().detail(householdId);
        if (!detail)
            return std::unexpected(detail.error());
        CaseFile draft = CaseFile::draft(
            AssistanceType::Dibao, householdId, ApplicationChannel::HouseholdHead, detail->summary.area);
        for (const MemberRecord& member : std::as_const(detail->members)) {
            if (member.coResident && member.birthDate.addYears(18) <= m_today)
                draft.coResidentAdults.append(member.id);
        }
        const auto stage = static_cast<LiveStage>(index % 3);
        // Started so that the open deadline falls around today (and every
        // step before today, whatever the hour of the clock): an intake
        // decision of the last few days, a confirmation near its 20 working
        // days, a publicity ending about now.
        const int age = static_cast<int>(stage == LiveStage::Applied ? random.between(1, 3)
                : stage == LiveStage::Investigating                  ? random.between(24, 31)
                                                                     : random.between(14, 19));
        QList<Step> steps = stepsTo(stage, *workflow, draft, m_today.addDays(-age));
        const QDate start = m_today.addDays(-qMax(age, daysSpanned(steps)));
        steps = stepsTo(stage, *workflow, draft, start);
        FixedClock clock(QDateTime(start, QTime(9, 30)));
        auto desk = CaseDesk::open(store, clock);
        if (!desk)
            return std::unexpected(desk.error());
        qint64 caseId = 0;
        for (const Step& step : std::as_const(steps)) {
            clock.set(clock.now().addDays(step.daysLater));
            auto taken = caseId == 0 ? (*desk)->start(draft, step.action, step.userId, step.input)
                                     : (*desk)->take(caseId, step.action, step.userId, step.input);
            if (!taken)
                return fail(taken.error().code, taken.error().field,
                    QStringLiteral("%1: %2").arg(step.action, taken.error().message));
            caseId = taken->caseFile.id;
        }
        ++opened;
    }
    return opened;
}

} // namespace jiuzhu
