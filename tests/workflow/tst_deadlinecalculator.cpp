#include "core/workflow/DeadlineCalculator.h"
#include "tests/workflow/WorkflowFixture.h"

#include <QTest>

using namespace jiuzhu;
using jiuzhu::testing::WorkflowFixture;

namespace {

QDateTime at(QDate day)
{
    return QDateTime(day, QTime(9, 0));
}

CaseEvent stepEvent(const QString& action, qint64 actor, QDate day, std::optional<CaseState> from,
    CaseState to, const QString& duty = QString())
{
    CaseEvent e {action, actor, at(day), from, to, QString(), {}};
    if (!duty.isEmpty())
        e.data.insert(QStringLiteral("duty"), duty);
    return e;
}

// A case in `state`, applied for (and, if given, accepted by the clerk) on the given days.
CaseFile caseIn(qint64 id, AssistanceType type, CaseState state, QDate applied, QDate accepted = QDate())
{
    CaseFile file = WorkflowFixture::draft(type);
    file.id = id;
    file.state = state;
    file.events.append(stepEvent(QStringLiteral("apply"), 4, applied, std::nullopt, CaseState::Applied));
    if (accepted.isValid())
        file.events.append(stepEvent(QStringLiteral("accept"), 1, accepted, CaseState::Applied,
            CaseState::Accepted, QStringLiteral("intake")));
    return file;
}

Decision decidedOn(QDate day, bool approved)
{
    Decision decision;
    decision.approved = approved;
    decision.decidedOn = day;
    return decision;
}

QList<qint64> caseIds(const QList<Deadline>& deadlines)
{
    QList<qint64> ids;
    for (const Deadline& deadline : deadlines)
        ids.append(deadline.caseId);
    return ids;
}

// The single running deadline of `kind`, or an invalid date.
QDate dueOf(const DeadlineCalculator& calculator, const CaseFile& file, const QString& kind)
{
    const auto deadlines = calculator.running(file);
    if (!deadlines)
        qFatal("%s", qPrintable(deadlines.error().toString()));
    for (const Deadline& deadline : *deadlines) {
        if (deadline.kind == kind)
            return deadline.due;
    }
    return QDate();
}

void addHolidays(WorkingCalendar& calendar, QDate first, QDate last)
{
    for (QDate day = first; day <= last; day = day.addDays(1))
        QVERIFY(
            calendar.addException(day, WorkingCalendar::DayKind::Holiday, QStringLiteral("test holiday")));
}

} // namespace

class TestDeadlineCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confirmationInWorkingDays_data();
    void confirmationInWorkingDays();
    void slowEconomicCheckExtendsTheLimit_data();
    void slowEconomicCheckExtendsTheLimit();
    void limitInForceWhenTheClockStarted();
    void refusalNoticeUntilServed();
    void temporaryAndEmergencyLimits();
    void caseByCaseFilingAndReview();
    void intakeIsDecidedOnTheSpot();
    void officeAndPersonalLists();
};

void TestDeadlineCalculator::confirmationInWorkingDays_data()
{
    QTest::addColumn<bool>("holidayWeek");
    QTest::addColumn<bool>("makeUpSaturday");
    QTest::addColumn<QDate>("due");
    QTest::newRow("plain weeks") << false << false << QDate(2026, 3, 30);
    QTest::newRow("a holiday week") << true << false << QDate(2026, 4, 6);
    QTest::newRow("holiday week and a make-up Saturday") << true << true << QDate(2026, 4, 3);
}

void TestDeadlineCalculator::confirmationInWorkingDays()
{
    QFETCH(bool, holidayWeek);
    QFETCH(bool, makeUpSaturday);
    QFETCH(QDate, due);
    WorkflowFixture fx;
    if (holidayWeek)
        addHolidays(fx.calendar, QDate(2026, 3, 9), QDate(2026, 3, 13));
    if (makeUpSaturday)
        QVERIFY(fx.calendar.addException(
            QDate(2026, 3, 14), WorkingCalendar::DayKind::MakeUpWorkday, QStringLiteral("调休")));
    const auto context = fx.context();
    const DeadlineCalculator calculator(fx.workflow.book(), context);
    const CaseFile file
        = caseIn(1, AssistanceType::Dibao, CaseState::Investigating, QDate(2026, 3, 2), QDate(2026, 3, 2));
    QCOMPARE(dueOf(calculator, file, QStringLiteral("confirmation")), due);
}

void TestDeadlineCalculator::slowEconomicCheckExtendsTheLimit_data()
{
    QTest::addColumn<QDate>("reportOn"); // invalid: not back yet
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("extended");
    QTest::addColumn<QDate>("due");
    QTest::newRow("report after 15 days")
        << QDate(2026, 3, 18) << QDate(2026, 3, 20) << false << QDate(2026, 3, 30);
    QTest::newRow("report after 17 days")
        << QDate(2026, 3, 20) << QDate(2026, 3, 20) << true << QDate(2026, 4, 13);
    QTest::newRow("still waiting on day 15") << QDate() << QDate(2026, 3, 18) << false << QDate(2026, 3, 30);
    QTest::newRow("still waiting on day 16") << QDate() << QDate(2026, 3, 19) << true << QDate(2026, 4, 13);
}

void TestDeadlineCalculator::slowEconomicCheckExtendsTheLimit()
{
    QFETCH(QDate, reportOn);
    QFETCH(QDate, today);
    QFETCH(bool, extended);
    QFETCH(QDate, due);
    WorkflowFixture fx;
    fx.clock.set(at(today));
    const auto context = fx.context();
    const DeadlineCalculator calculator(fx.workflow.book(), context);
    CaseFile file
        = caseIn(1, AssistanceType::Dibao, CaseState::Investigating, QDate(2026, 3, 2), QDate(2026, 3, 2));
    file.economicCheckRequestedOn = QDate(2026, 3, 3);
    file.economicCheckReportOn = reportOn;
    const auto deadlines = calculator.running(file);
    VERIFY_OK(deadlines);
    QCOMPARE(deadlines->size(), 1);
    QCOMPARE(deadlines->constFirst().kind, QStringLiteral("confirmation"));
    QCOMPARE(deadlines->constFirst().extended, extended);
    QCOMPARE(deadlines->constFirst().due, due);
}

void TestDeadlineCalculator::limitInForceWhenTheClockStarted()
{
    WorkflowFixture fx;
    QVERIFY(fx.policy.add(PolicyEntry {QStringLiteral("deadline.confirm.working_days"), std::nullopt,
        QDate(2026, 3, 10), qint64(10), QStringLiteral("test figure")}));
    const auto context = fx.context();
    const DeadlineCalculator calculator(fx.workflow.book(), context);
    const CaseFile before
        = caseIn(1, AssistanceType::Dibao, CaseState::Accepted, QDate(2026, 3, 2), QDate(2026, 3, 2));
    const CaseFile after
        = caseIn(2, AssistanceType::Dibao, CaseState::Accepted, QDate(2026, 3, 16), QDate(2026, 3, 16));
    QCOMPARE(dueOf(calculator, before, QStringLiteral("confirmation")), QDate(2026, 3, 30));
    QCOMPARE(dueOf(calculator, after, QStringLiteral("confirmation")), QDate(2026, 3, 30));
}

void TestDeadlineCalculator::refusalNoticeUntilServed()
{
    WorkflowFixture fx;
    const auto context = fx.context();
    const DeadlineCalculator calculator(fx.workflow.book(), context);
    CaseFile file
        = caseIn(1, AssistanceType::Dibao, CaseState::Refused, QDate(2026, 3, 2), QDate(2026, 3, 2));
    file.decision = decidedOn(QDate(2026, 3, 20), false); // a Friday
    QCOMPARE(dueOf(calculator, file, QStringLiteral("refusal-notice")), QDate(2026, 3, 25));
    QVERIFY(fx.calendar.addException(
        QDate(2026, 3, 23), WorkingCalendar::DayKind::Holiday, QStringLiteral("假日")));
    QCOMPARE(dueOf(calculator, file, QStringLiteral("refusal-notice")), QDate(2026, 3, 26));
    file.noticeServedOn = QDate(2026, 3, 24);
    QVERIFY(calculator.running(file)->isEmpty());
}

void TestDeadlineCalculator::temporaryAndEmergencyLimits()
{
    WorkflowFixture fx;
    addHolidays(fx.calendar, QDate(2026, 3, 4), QDate(2026, 3, 6));
    const auto context = fx.context();
    const DeadlineCalculator calculator(fx.workflow.book(), context);
    const CaseFile expenditure = caseIn(
        1, AssistanceType::TemporaryExpenditure, CaseState::Publicity, QDate(2026, 3, 2), QDate(2026, 3, 2));
    QCOMPARE(dueOf(calculator, expenditure, QStringLiteral("temporary-decision")), QDate(2026, 3, 26));
    // Emergency paperwork counts calendar days: holidays do not stretch it.
    CaseFile emergency
        = caseIn(2, AssistanceType::TemporaryEmergency, CaseState::EmergencyAidGranted, QDate(2026, 3, 2));
    emergency.emergencyAid = EmergencyAid {QDate(2026, 3, 2), 100000, QStringLiteral("火灾")};
    QCOMPARE(dueOf(calculator, emergency, QStringLiteral("emergency-paperwork")), QDate(2026, 3, 9));
    emergency.state = CaseState::Approved;
    QVERIFY(calculator.running(emergency)->isEmpty());
}

void TestDeadlineCalculator::caseByCaseFilingAndReview()
{
    WorkflowFixture fx;
    QVERIFY(fx.calendar.addException(
        QDate(2026, 3, 23), WorkingCalendar::DayKind::Holiday, QStringLiteral("假日")));
    const auto context = fx.context();
    const DeadlineCalculator calculator(fx.workflow.book(), context);
    CaseFile file
        = caseIn(1, AssistanceType::CaseByCase, CaseState::Approved, QDate(2026, 3, 2), QDate(2026, 3, 2));
    file.decision = decidedOn(QDate(2026, 3, 19), true); // a Thursday
    QCOMPARE(dueOf(calculator, file, QStringLiteral("case-by-case-filing")), QDate(2026, 3, 25));
    QCOMPARE(dueOf(calculator, file, QStringLiteral("review")), QDate(2026, 9, 19));
    file.filedOn = QDate(2026, 3, 20);
    file.reviews = {QDate(2026, 6, 1)};
    QCOMPARE(dueOf(calculator, file, QStringLiteral("case-by-case-filing")), QDate());
    QCOMPARE(dueOf(calculator, file, QStringLiteral("review")), QDate(2026, 12, 1));
}

void TestDeadlineCalculator::intakeIsDecidedOnTheSpot()
{
    WorkflowFixture fx;
    const auto context = fx.context();
    const DeadlineCalculator calculator(fx.workflow.book(), context);
    const CaseFile file = caseIn(1, AssistanceType::Dibao, CaseState::Applied, QDate(2026, 3, 6));
    QCOMPARE(dueOf(calculator, file, QStringLiteral("intake-decision")), QDate(2026, 3, 6));
    CaseFile waiting = file;
    waiting.state = CaseState::MaterialsIncomplete; // the applicant's turn, not the office's
    QVERIFY(calculator.running(waiting)->isEmpty());
}

void TestDeadlineCalculator::officeAndPersonalLists()
{
    WorkflowFixture fx;
    fx.clock.set(at(QDate(2026, 3, 25))); // Wednesday; the week ends on Sunday 29 March
    const auto context = fx.context();
    const DeadlineCalculator calculator(fx.workflow.book(), context);

    const CaseFile intake = caseIn(1, AssistanceType::Dibao, CaseState::Applied, QDate(2026, 3, 25));
    const CaseFile inPublicity
        = caseIn(2, AssistanceType::Dibao, CaseState::Publicity, QDate(2026, 2, 26), QDate(2026, 2, 26));
    const CaseFile late
        = caseIn(3, AssistanceType::Dibao, CaseState::Investigating, QDate(2026, 2, 2), QDate(2026, 2, 2));
    CaseFile refused
        = caseIn(4, AssistanceType::Dibao, CaseState::Refused, QDate(2026, 2, 2), QDate(2026, 2, 2));
    refused.decision = decidedOn(QDate(2026, 3, 20), false);
    CaseFile emergency
        = caseIn(5, AssistanceType::TemporaryEmergency, CaseState::EmergencyAidGranted, QDate(2026, 3, 20));
    emergency.events.append(stepEvent(QStringLiteral("grant-emergency-aid"), 3, QDate(2026, 3, 20),
        CaseState::Applied, CaseState::EmergencyAidGranted, QStringLiteral("confirmation")));
    emergency.emergencyAid = EmergencyAid {QDate(2026, 3, 20), 100000, QStringLiteral("火灾")};
    CaseFile approved
        = caseIn(6, AssistanceType::Dibao, CaseState::Approved, QDate(2026, 2, 2), QDate(2026, 2, 2));
    approved.decision = decidedOn(QDate(2026, 3, 2), true);
    const QList<CaseFile> office {intake, inPublicity, late, refused, emergency, approved};

    QCOMPARE(caseIds(calculator.dueToday(office).value()), (QList<qint64> {1, 4}));
    QCOMPARE(caseIds(calculator.dueThisWeek(office).value()), (QList<qint64> {1, 4, 2, 5}));
    QCOMPARE(caseIds(calculator.overdue(office).value()), QList<qint64> {3});
    QCOMPARE(calculator.overdue(office)->constFirst().due, QDate(2026, 3, 2));

    QCOMPARE(caseIds(calculator.dueThisWeek(office, fx.clerk).value()), (QList<qint64> {1, 4, 5}));
    QCOMPARE(caseIds(calculator.dueThisWeek(office, fx.confirmer).value()), QList<qint64> {2});
    QCOMPARE(caseIds(calculator.dueToday(office, fx.confirmer).value()), QList<qint64> {});
    QCOMPARE(caseIds(calculator.overdue(office, fx.reviewer).value()), QList<qint64> {3});
    QVERIFY(calculator.overdue(office, fx.clerk)->isEmpty());
    // The clerk who accepted case 2 may not confirm it, even holding the role.
    const Actor leader {1, QStringLiteral("leader"), {Role::Clerk, Role::Confirmer}};
    QCOMPARE(caseIds(calculator.dueThisWeek(office, leader).value()), (QList<qint64> {1, 4, 5}));
}

QTEST_GUILESS_MAIN(TestDeadlineCalculator)
#include "tst_deadlinecalculator.moc"
