// The procedure engine over a real store: steps are taken as users the
// store knows, saved with their event and audit entry, and refused steps
// write nothing.
#include "core/desk/CaseDesk.h"
#include "core/store/AuditLog.h"
#include "core/store/CaseRepository.h"
#include "core/store/CaseStore.h"
#include "core/store/HouseholdRepository.h"
#include "core/store/OfficeRepository.h"
#include "core/store/PaymentRepository.h"
#include "core/store/PolicyRepository.h"
#include "core/store/SqliteDatabase.h"
#include "core/store/UserRepository.h"
#include "tests/desk/DeskTestOffice.h"

#include <QFile>
#include <QTemporaryDir>

using namespace jiuzhu;
using jiuzhu::testing::Step;
using jiuzhu::testing::WorkflowFixture;

class TestCaseDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dibaoFromApplicationToApproval();
    void refusedStepWritesNothing();
    void rolesComeFromTheStoreNotTheCaller();
    void withoutEntrustmentTheCaseIsReferred();
    void overdueConfirmationIsListed();
    void aRefusedDibaoOpensAFollowUpWithoutReentry();
    void anAdjustmentPaysTheNewAmountFromNextMonth();

private:
    qint64 eventCount();

    std::unique_ptr<testing::DeskTestOffice> m_office;
};

void TestCaseDesk::init()
{
    m_office = std::make_unique<testing::DeskTestOffice>();
}

void TestCaseDesk::cleanup()
{
    m_office.reset();
}

qint64 TestCaseDesk::eventCount()
{
    auto raw = SqliteDatabase::open(m_office->store->databasePath(), SqliteDatabase::OpenMode::ReadOnly);
    return raw ? raw->queryInt64(QStringLiteral("SELECT count(*) FROM case_events")).value_or(-1) : -1;
}

void TestCaseDesk::dibaoFromApplicationToApproval()
{
    auto caseId = m_office->runToPublicity();
    VERIFY_OK(caseId);
    const qint64 stepsSoFar = eventCount();
    QCOMPARE(stepsSoFar, qint64(m_office->fixture.toPublicity(m_office->draft).size()));

    m_office->fixture.advanceDays(8);
    auto desk = CaseDesk::open(*m_office->store, m_office->fixture.clock);
    auto approved
        = (*desk)->take(*caseId, QStringLiteral("confirm-approve"), 3, WorkflowFixture::approval(45000));
    VERIFY_OK(approved);
    QCOMPARE(approved->notice->kind, QStringLiteral("approval-notice"));

    auto detail = m_office->store->households().detail(m_office->draft.householdId);
    QCOMPARE(detail->cases.size(), 1);
    QCOMPARE(detail->cases.constFirst().state, CaseState::Approved);
    QCOMPARE(detail->cases.constFirst().monthlyAmountFen, qint64(45000));
    QCOMPARE(eventCount(), stepsSoFar + 1);

    // The saved case file reloads into the same state, and the chain holds.
    auto reloaded = (*desk)->caseFile(*caseId);
    VERIFY_OK(reloaded);
    QCOMPARE(reloaded->state, CaseState::Approved);
    QCOMPARE(reloaded->events.size(), int(stepsSoFar + 1));
    QVERIFY(m_office->store->verify().has_value());

    // The audit chain names users and steps, never the household's people.
    m_office->store.reset();
    QByteArray everything;
    auto raw = SqliteDatabase::open(
        m_office->directory.filePath(QStringLiteral("jiuzhu.db")), SqliteDatabase::OpenMode::ReadOnly);
    auto rows = raw->prepare(QStringLiteral("SELECT details FROM audit_log WHERE action LIKE 'case.%'"));
    while (*rows->step())
        everything += rows->columnText(0).toUtf8();
    QVERIFY(!everything.isEmpty());
    QVERIFY(!everything.contains(QStringLiteral("张三").toUtf8()));
    QVERIFY(!everything.contains(QStringLiteral("李梅").toUtf8()));
}

void TestCaseDesk::refusedStepWritesNothing()
{
    auto caseId = m_office->runToPublicity();
    VERIFY_OK(caseId);
    const qint64 before = eventCount();
    const QString headBefore = *m_office->store->audit().headHash();
    auto desk = CaseDesk::open(*m_office->store, m_office->fixture.clock);
    // Publicity has not ended: the confirmer is refused, and nothing changes.
    auto early
        = (*desk)->take(*caseId, QStringLiteral("confirm-approve"), 3, WorkflowFixture::approval(45000));
    QVERIFY(!early.has_value());
    QCOMPARE(eventCount(), before);
    QCOMPARE(*m_office->store->audit().headHash(), headBefore);
    QCOMPARE((*desk)->caseFile(*caseId)->state, CaseState::Publicity);
}

void TestCaseDesk::rolesComeFromTheStoreNotTheCaller()
{
    auto caseId = m_office->runToPublicity();
    VERIFY_OK(caseId);
    m_office->fixture.advanceDays(8);
    auto desk = CaseDesk::open(*m_office->store, m_office->fixture.clock);
    // The clerk (user 1) cannot confirm, and a switched-off confirmer cannot either.
    QVERIFY(!(*desk)->take(*caseId, QStringLiteral("confirm-approve"), 1, WorkflowFixture::approval(45000)));
    QVERIFY(m_office->store->users().setActive(3, false, QStringLiteral("admin")));
    auto inactive
        = (*desk)->take(*caseId, QStringLiteral("confirm-approve"), 3, WorkflowFixture::approval(45000));
    QVERIFY(!inactive.has_value());
    QCOMPARE(inactive.error().code, ErrorCode::PermissionDenied);
    QVERIFY(!(*desk)->take(*caseId, QStringLiteral("confirm-approve"), 99, WorkflowFixture::approval(45000)));
    auto actions = (*desk)->availableActions(*caseId, 1);
    VERIFY_OK(actions);
    for (const AvailableAction& action : std::as_const(*actions))
        QVERIFY(action.action != QLatin1String("confirm-approve"));
}

void TestCaseDesk::withoutEntrustmentTheCaseIsReferred()
{
    QVERIFY(m_office->store->office()
                .setEntrustment(EntrustmentRecord {{AssistanceType::TemporaryEmergency}, QDate(2026, 1, 1),
                                    QDate(2026, 12, 31), QStringLiteral("narrow letter")},
                    QStringLiteral("test"))
                .has_value());
    auto caseId = m_office->runToPublicity();
    VERIFY_OK(caseId);
    m_office->fixture.advanceDays(8);
    auto desk = CaseDesk::open(*m_office->store, m_office->fixture.clock);
    auto confirm
        = (*desk)->take(*caseId, QStringLiteral("confirm-approve"), 3, WorkflowFixture::approval(45000));
    QVERIFY(!confirm.has_value());
    auto referred = (*desk)->take(*caseId, QStringLiteral("refer-to-district"), 3,
        WorkflowFixture::withText(QStringLiteral("reason"), QStringLiteral("超出委托事项")));
    VERIFY_OK(referred);
    QCOMPARE(referred->caseFile.state, CaseState::ReferredToDistrict);
}

void TestCaseDesk::overdueConfirmationIsListed()
{
    auto caseId = m_office->runToPublicity();
    VERIFY_OK(caseId);
    auto desk = CaseDesk::open(*m_office->store, m_office->fixture.clock);
    auto due = (*desk)->due();
    VERIFY_OK(due);
    QVERIFY(due->overdue.isEmpty());
    m_office->fixture.advanceDays(60);
    auto late = CaseDesk::open(*m_office->store, m_office->fixture.clock);
    auto overdue = (*late)->due();
    VERIFY_OK(overdue);
    QCOMPARE(overdue->overdue.size(), 1);
    QCOMPARE(overdue->overdue.constFirst().caseId, *caseId);
    // The confirmer can act on it; the clerk cannot.
    QCOMPARE((*late)->due(3)->overdue.size(), 1);
    QCOMPARE((*late)->due(1)->overdue.size(), 0);
}

void TestCaseDesk::aRefusedDibaoOpensAFollowUpWithoutReentry()
{
    auto caseId = m_office->runToPublicity();
    VERIFY_OK(caseId);
    m_office->fixture.advanceDays(8);
    auto desk = CaseDesk::open(*m_office->store, m_office->fixture.clock);
    // Nothing to follow up while the case is open.
    QVERIFY((*desk)->followUpDrafts(*caseId)->isEmpty());
    auto refused = (*desk)->take(*caseId, QStringLiteral("confirm-refuse"), 3,
        WorkflowFixture::withText(QStringLiteral("reasons"), QStringLiteral("家庭人均收入高于低保标准")));
    VERIFY_OK(refused);

    auto drafts = (*desk)->followUpDrafts(*caseId);
    VERIFY_OK(drafts);
    QList<AssistanceType> types;
    for (const CaseFile& draft : std::as_const(*drafts))
        types.append(draft.type);
    QCOMPARE(types,
        (QList<AssistanceType> {AssistanceType::NearDibao, AssistanceType::RigidExpense,
            AssistanceType::SeriousIllness, AssistanceType::TemporaryExpenditure}));

    // The preliminary reviewer may not open it; the clerk may, and the new case
    // carries the household and its adults from the refused one.
    QVERIFY(!(*desk)->openFollowUp(*caseId, AssistanceType::NearDibao, 2));
    auto opened = (*desk)->openFollowUp(*caseId, AssistanceType::NearDibao, 1);
    VERIFY_OK(opened);
    QCOMPARE(opened->caseFile.type, AssistanceType::NearDibao);
    QCOMPARE(opened->caseFile.householdId, m_office->draft.householdId);
    QCOMPARE(opened->caseFile.coResidentAdults, m_office->draft.coResidentAdults);
    QCOMPARE(opened->caseFile.sourceCaseId, *caseId);
    QCOMPARE((*desk)->caseFile(opened->caseFile.id)->state, CaseState::Applied);
    auto notOffered = (*desk)->openFollowUp(*caseId, AssistanceType::Tekun, 1);
    QVERIFY(!notOffered);
    QCOMPARE(notOffered.error().code, ErrorCode::InvalidInput);
}

void TestCaseDesk::anAdjustmentPaysTheNewAmountFromNextMonth()
{
    auto caseId = m_office->approvedCase(45000);
    VERIFY_OK(caseId);
    m_office->fixture.clock.set(QDateTime(QDate(2026, 6, 10), QTime(9, 0)));
    auto desk = CaseDesk::open(*m_office->store, m_office->fixture.clock);
    ActionInput input = WorkflowFixture::withText(QStringLiteral("reasons"), QStringLiteral("家庭收入减少"));
    input.monthlyAmountFen = 52000;
    VERIFY_OK((*desk)->take(*caseId, QStringLiteral("adjust"), 3, input));
    auto payable = m_office->store->payments().payableCase(*caseId);
    VERIFY_OK(payable);
    QCOMPARE(payable->periodIn(YearMonth::of(2026, 6).value())->monthlyFen, qint64(45000));
    QCOMPARE(payable->periodIn(YearMonth::of(2026, 7).value())->monthlyFen, qint64(52000));
    QCOMPARE(payable->periodIn(YearMonth::of(2026, 7).value())->persons, 2);
}

QTEST_GUILESS_MAIN(TestCaseDesk)
#include "tst_casedesk.moc"
