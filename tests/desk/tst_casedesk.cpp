// The procedure engine over a real store: steps are taken as users the
// store knows, saved with their event and audit entry, and refused steps
// write nothing.
#include "core/desk/CaseDesk.h"
#include "core/store/AuditLog.h"
#include "core/store/CaseRepository.h"
#include "core/store/CaseStore.h"
#include "core/store/HouseholdRepository.h"
#include "core/store/OfficeRepository.h"
#include "core/store/PolicyRepository.h"
#include "core/store/SqliteDatabase.h"
#include "core/store/UserRepository.h"
#include "tests/common/TestHouseholds.h"
#include "tests/workflow/WorkflowFixture.h"

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

private:
    Result<qint64> runToPublicity();
    qint64 eventCount();

    std::unique_ptr<WorkflowFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<CaseStore> m_store;
    CaseFile m_draft;
};

void TestCaseDesk::init()
{
    m_fixture = std::make_unique<WorkflowFixture>();
    m_directory = std::make_unique<QTemporaryDir>();
    auto store = CaseStore::open(m_directory->path(), m_fixture->clock);
    QVERIFY(store.has_value());
    m_store = std::move(*store);
    LoginRules cheap;
    cheap.hashOperations = 1;
    cheap.hashMemoryBytes = 8 * 1024;
    m_store->setLoginRules(cheap);
    QVERIFY(m_store->policy().installShippedDefaults(QStringLiteral("test")).has_value());
    QVERIFY(
        m_store->office()
            .setEntrustment(EntrustmentRecord {QList<AssistanceType>(
                                                   kAllAssistanceTypes.begin(), kAllAssistanceTypes.end()),
                                QDate(2026, 1, 1), QDate(2026, 12, 31), QStringLiteral("正民委〔2026〕1号")},
                QStringLiteral("test"))
            .has_value());
    // The fixture's actors are users 1 to 4 with one role each: create them in that order.
    const QList<std::pair<QString, QString>> users = {{QStringLiteral("clerk"), QStringLiteral("clerk")},
        {QStringLiteral("reviewer"), QStringLiteral("preliminary-reviewer")},
        {QStringLiteral("confirmer"), QStringLiteral("confirmer")},
        {QStringLiteral("assistant"), QStringLiteral("village-assistant")}};
    for (const auto& [login, role] : users)
        QVERIFY(m_store->users().create(
            NewUser {login, QStringLiteral("王芳"), {role}, QStringLiteral("long enough")},
            QStringLiteral("admin")));

    auto community = m_store->households().addCommunity(
        Community {0, QString(), QStringLiteral("西王庄村"), CommunityKind::Village, AreaKind::Rural},
        QStringLiteral("test"));
    NewHousehold household = testing::makeHousehold(*community, QStringLiteral("张三"), 1);
    household.members.append(
        testing::makeMember(QStringLiteral("李梅"), QDate(1962, 5, 1), 2, Relation::Spouse));
    auto householdId = m_store->households().add(household, QStringLiteral("test"));
    QVERIFY(householdId.has_value());
    auto detail = m_store->households().detail(*householdId);
    m_draft = CaseFile::draft(
        AssistanceType::Dibao, *householdId, ApplicationChannel::HouseholdHead, AreaKind::Rural);
    for (const MemberRecord& member : std::as_const(detail->members))
        m_draft.coResidentAdults.append(member.id);
}

void TestCaseDesk::cleanup()
{
    m_store.reset();
    m_directory.reset();
    m_fixture.reset();
}

qint64 TestCaseDesk::eventCount()
{
    auto raw = SqliteDatabase::open(m_store->databasePath(), SqliteDatabase::OpenMode::ReadOnly);
    return raw ? raw->queryInt64(QStringLiteral("SELECT count(*) FROM case_events")).value_or(-1) : -1;
}

Result<qint64> TestCaseDesk::runToPublicity()
{
    auto desk = CaseDesk::open(*m_store, m_fixture->clock);
    if (!desk)
        return std::unexpected(desk.error());
    const QList<Step> steps = m_fixture->toPublicity(m_draft);
    qint64 caseId = 0;
    for (const Step& step : steps) {
        m_fixture->advanceDays(step.daysLater);
        auto taken = caseId == 0 ? (*desk)->start(m_draft, step.action, step.actor.userId, step.input)
                                 : (*desk)->take(caseId, step.action, step.actor.userId, step.input);
        if (!taken) {
            Error error = taken.error();
            error.message = step.action + QStringLiteral(": ") + error.message;
            return std::unexpected(error);
        }
        caseId = taken->caseFile.id;
    }
    return caseId;
}

void TestCaseDesk::dibaoFromApplicationToApproval()
{
    auto caseId = runToPublicity();
    VERIFY_OK(caseId);
    const qint64 stepsSoFar = eventCount();
    QCOMPARE(stepsSoFar, qint64(m_fixture->toPublicity(m_draft).size()));

    m_fixture->advanceDays(8);
    auto desk = CaseDesk::open(*m_store, m_fixture->clock);
    auto approved
        = (*desk)->take(*caseId, QStringLiteral("confirm-approve"), 3, WorkflowFixture::approval(45000));
    VERIFY_OK(approved);
    QCOMPARE(approved->notice->kind, QStringLiteral("approval-notice"));

    auto detail = m_store->households().detail(m_draft.householdId);
    QCOMPARE(detail->cases.size(), 1);
    QCOMPARE(detail->cases.constFirst().state, CaseState::Approved);
    QCOMPARE(detail->cases.constFirst().monthlyAmountFen, qint64(45000));
    QCOMPARE(eventCount(), stepsSoFar + 1);

    // The saved case file reloads into the same state, and the chain holds.
    auto reloaded = (*desk)->caseFile(*caseId);
    VERIFY_OK(reloaded);
    QCOMPARE(reloaded->state, CaseState::Approved);
    QCOMPARE(reloaded->events.size(), int(stepsSoFar + 1));
    QVERIFY(m_store->verify().has_value());

    // The audit chain names users and steps, never the household's people.
    m_store.reset();
    QByteArray everything;
    auto raw = SqliteDatabase::open(
        m_directory->filePath(QStringLiteral("jiuzhu.db")), SqliteDatabase::OpenMode::ReadOnly);
    auto rows = raw->prepare(QStringLiteral("SELECT details FROM audit_log WHERE action LIKE 'case.%'"));
    while (*rows->step())
        everything += rows->columnText(0).toUtf8();
    QVERIFY(!everything.isEmpty());
    QVERIFY(!everything.contains(QStringLiteral("张三").toUtf8()));
    QVERIFY(!everything.contains(QStringLiteral("李梅").toUtf8()));
}

void TestCaseDesk::refusedStepWritesNothing()
{
    auto caseId = runToPublicity();
    VERIFY_OK(caseId);
    const qint64 before = eventCount();
    const QString headBefore = *m_store->audit().headHash();
    auto desk = CaseDesk::open(*m_store, m_fixture->clock);
    // Publicity has not ended: the confirmer is refused, and nothing changes.
    auto early
        = (*desk)->take(*caseId, QStringLiteral("confirm-approve"), 3, WorkflowFixture::approval(45000));
    QVERIFY(!early.has_value());
    QCOMPARE(eventCount(), before);
    QCOMPARE(*m_store->audit().headHash(), headBefore);
    QCOMPARE((*desk)->caseFile(*caseId)->state, CaseState::Publicity);
}

void TestCaseDesk::rolesComeFromTheStoreNotTheCaller()
{
    auto caseId = runToPublicity();
    VERIFY_OK(caseId);
    m_fixture->advanceDays(8);
    auto desk = CaseDesk::open(*m_store, m_fixture->clock);
    // The clerk (user 1) cannot confirm, and a switched-off confirmer cannot either.
    QVERIFY(!(*desk)->take(*caseId, QStringLiteral("confirm-approve"), 1, WorkflowFixture::approval(45000)));
    QVERIFY(m_store->users().setActive(3, false, QStringLiteral("admin")));
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
    QVERIFY(m_store->office()
                .setEntrustment(EntrustmentRecord {{AssistanceType::TemporaryEmergency}, QDate(2026, 1, 1),
                                    QDate(2026, 12, 31), QStringLiteral("narrow letter")},
                    QStringLiteral("test"))
                .has_value());
    auto caseId = runToPublicity();
    VERIFY_OK(caseId);
    m_fixture->advanceDays(8);
    auto desk = CaseDesk::open(*m_store, m_fixture->clock);
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
    auto caseId = runToPublicity();
    VERIFY_OK(caseId);
    auto desk = CaseDesk::open(*m_store, m_fixture->clock);
    auto due = (*desk)->due();
    VERIFY_OK(due);
    QVERIFY(due->overdue.isEmpty());
    m_fixture->advanceDays(60);
    auto late = CaseDesk::open(*m_store, m_fixture->clock);
    auto overdue = (*late)->due();
    VERIFY_OK(overdue);
    QCOMPARE(overdue->overdue.size(), 1);
    QCOMPARE(overdue->overdue.constFirst().caseId, *caseId);
    // The confirmer can act on it; the clerk cannot.
    QCOMPARE((*late)->due(3)->overdue.size(), 1);
    QCOMPARE((*late)->due(1)->overdue.size(), 0);
}

QTEST_GUILESS_MAIN(TestCaseDesk)
#include "tst_casedesk.moc"
