// Money over a real store: rosters from the entitlements that decisions
// wrote, months closed in order and only when they reconcile, and changes
// and reviews that correct a case and find what was overpaid.
#include "core/desk/PaymentDesk.h"
#include "core/store/PaymentRepository.h"
#include "core/store/SqliteDatabase.h"
#include "tests/desk/DeskTestOffice.h"

#include <QTest>

using namespace jiuzhu;

namespace {

YearMonth month(int year, int number)
{
    return YearMonth::of(year, number).value();
}

} // namespace

class TestPaymentDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anApprovedCaseIsPaidFromItsStartMonth();
    void monthsCloseInOrderOnceAndOnlyByTheRightRoles();
    void aLateReportedDeathFindsTheMonthsOverpaid();
    void aDeathWithoutRecalculationWaitsAndChangesNothing();
    void aReviewCanStopTheBenefitAndResetsTheSchedule();
    void eventsInTheFutureAreRefused();

private:
    void setToday(QDate day) { m_office->fixture.clock.set(QDateTime(day, QTime(9, 0))); }
    std::unique_ptr<PaymentDesk> desk();
    qint64 count(const QString& table);

    std::unique_ptr<testing::DeskTestOffice> m_office;
    qint64 m_caseId = 0;
};

void TestPaymentDesk::init()
{
    m_office = std::make_unique<testing::DeskTestOffice>();
    auto caseId = m_office->approvedCase(45000);
    VERIFY_OK(caseId);
    m_caseId = *caseId;
}

void TestPaymentDesk::cleanup()
{
    m_office.reset();
}

std::unique_ptr<PaymentDesk> TestPaymentDesk::desk()
{
    auto opened = PaymentDesk::open(*m_office->store, m_office->fixture.clock);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().toString()));
    return std::move(*opened);
}

qint64 TestPaymentDesk::count(const QString& table)
{
    auto raw = SqliteDatabase::open(m_office->store->databasePath(), SqliteDatabase::OpenMode::ReadOnly);
    return raw->queryInt64(QStringLiteral("SELECT count(*) FROM ") + table).value_or(-1);
}

void TestPaymentDesk::anApprovedCaseIsPaidFromItsStartMonth()
{
    auto payments = desk();
    auto march = payments->month(month(2026, 3));
    VERIFY_OK(march);
    QVERIFY(march->roster.lines().isEmpty());

    auto april = payments->month(month(2026, 4));
    VERIFY_OK(april);
    QCOMPARE(april->roster.lines().size(), 1);
    const RosterLine& line = april->roster.lines().constFirst();
    QCOMPARE(line.caseId, m_caseId);
    QCOMPARE(line.fen, qint64(45000));
    QCOMPARE(line.persons, 2); // 张三 and 李梅 live together
    QCOMPARE(april->changes.added.size(), 1);
    QVERIFY(april->discrepancies.isEmpty());
    QVERIFY(!april->closed);
    QCOMPARE(april->roster.totals().overall.fen, qint64(45000));

    auto may = payments->month(month(2026, 5));
    VERIFY_OK(may);
    QVERIFY(may->changes.added.isEmpty());
    QVERIFY(may->changes.adjustments.isEmpty());
}

void TestPaymentDesk::monthsCloseInOrderOnceAndOnlyByTheRightRoles()
{
    setToday(QDate(2026, 6, 10));
    auto payments = desk();
    const qint64 auditBefore = count(QStringLiteral("audit_log"));
    auto byAssistant = payments->close(month(2026, 4), 4);
    QVERIFY(!byAssistant);
    QCOMPARE(byAssistant.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(count(QStringLiteral("payment_rosters")), qint64(0));
    QCOMPARE(count(QStringLiteral("audit_log")), auditBefore);

    VERIFY_OK(payments->close(month(2026, 4), 1));
    auto again = payments->close(month(2026, 4), 1);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    auto skipping = payments->close(month(2026, 6), 1);
    QVERIFY(!skipping);
    QVERIFY2(skipping.error().message.contains(QStringLiteral("2026-05")), qPrintable(skipping.error().message));
    auto future = payments->close(month(2026, 7), 1);
    QVERIFY(!future);
    QCOMPARE(future.error().code, ErrorCode::InvalidInput);

    auto may = payments->close(month(2026, 5), 3);
    VERIFY_OK(may);
    QVERIFY(may->closed);
    QVERIFY(may->previousClosed);
    QCOMPARE(count(QStringLiteral("payment_rosters")), qint64(2));
    QCOMPARE(count(QStringLiteral("payments")), qint64(2));
    auto stored = payments->month(month(2026, 5));
    VERIFY_OK(stored);
    QVERIFY(stored->closed);
    QCOMPARE(stored->roster.lines(), may->roster.lines());
    QVERIFY(m_office->store->verify().has_value());
}

void TestPaymentDesk::aLateReportedDeathFindsTheMonthsOverpaid()
{
    setToday(QDate(2026, 7, 6));
    auto payments = desk();
    for (int number : {4, 5, 6})
        VERIFY_OK(payments->close(month(2026, number), 1));

    // 李梅 died on 20 April; the village reports it in July. Her share stops
    // from May: May and June were paid for two at 450 yuan, due for one at 300.
    const ChangeEvent death {ChangeEventKind::Death, QDate(2026, 4, 20), 0};
    const Recalculation forOne {true, 1, 30000, QDate(2026, 7, 6)};
    auto outcome = payments->reportChange(m_caseId, death, forOne, 1);
    VERIFY_OK(outcome);
    QCOMPARE(outcome->proposal.direction, BenefitDirection::Lower);
    QCOMPARE(outcome->proposal.effectiveFrom->toString(), QStringLiteral("2026-05"));
    QCOMPARE(outcome->overpayments.overpayments.size(), 2);
    QCOMPARE(outcome->overpayments.totalOverpaidFen, qint64(30000));

    auto stored = m_office->store->payments().overpayments(OverpaymentStatus::Open);
    VERIFY_OK(stored);
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->constFirst().overpayment.month.toString(), QStringLiteral("2026-05"));
    QCOMPARE(stored->constFirst().overpayment.differenceFen, qint64(15000));

    // Paid rosters stay as paid; July is due at the new level, as an adjustment.
    auto june = payments->month(month(2026, 6));
    QCOMPARE(june->roster.lines().constFirst().fen, qint64(45000));
    auto july = payments->month(month(2026, 7));
    VERIFY_OK(july);
    QCOMPARE(july->roster.lines().constFirst().fen, qint64(30000));
    QCOMPARE(july->roster.lines().constFirst().persons, 1);
    QCOMPARE(july->changes.adjustments.size(), 1);
    QVERIFY(july->discrepancies.isEmpty());
    auto changes = m_office->store->payments().changesOf(m_caseId);
    QCOMPARE(changes->size(), 1);
    QCOMPARE(changes->constFirst().direction, BenefitDirection::Lower);
}

void TestPaymentDesk::aDeathWithoutRecalculationWaitsAndChangesNothing()
{
    setToday(QDate(2026, 6, 10));
    auto payments = desk();
    const ChangeEvent death {ChangeEventKind::Death, QDate(2026, 6, 1), 0};
    auto outcome = payments->reportChange(m_caseId, death, std::nullopt, 1);
    VERIFY_OK(outcome);
    QCOMPARE(outcome->proposal.direction, BenefitDirection::Lower);
    QVERIFY(!outcome->proposal.newPeriod.has_value());
    auto july = payments->month(month(2026, 7));
    QCOMPARE(july->roster.lines().constFirst().fen, qint64(45000));
    QCOMPARE(count(QStringLiteral("change_events")), qint64(1));
}

void TestPaymentDesk::aReviewCanStopTheBenefitAndResetsTheSchedule()
{
    auto payments = desk();
    // The shipped policy reviews 低保 yearly: due in the month a year after the start.
    auto due = payments->reviewsDue(month(2027, 4));
    VERIFY_OK(due);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->constFirst().caseId, m_caseId);
    QVERIFY(payments->reviewsDue(month(2027, 3))->isEmpty());

    setToday(QDate(2026, 9, 15));
    const Recalculation ineligible {false, 2, 0, QDate(2026, 9, 15)};
    auto byClerk = payments->recordReview(m_caseId, ineligible, 1);
    QVERIFY(!byClerk);
    QCOMPARE(byClerk.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(count(QStringLiteral("reviews")), qint64(0));

    auto stopped = payments->recordReview(m_caseId, ineligible, 3);
    VERIFY_OK(stopped);
    QCOMPARE(stopped->proposal.direction, BenefitDirection::Stop);
    QCOMPARE(payments->month(month(2026, 9))->roster.lines().size(), 1);
    auto october = payments->month(month(2026, 10));
    QVERIFY(october->roster.lines().isEmpty());
    QCOMPARE(october->changes.exits.size(), 1);
    // A stopped case is no longer reviewed.
    QVERIFY(payments->reviewsDue(month(2027, 9))->isEmpty());
}

void TestPaymentDesk::eventsInTheFutureAreRefused()
{
    setToday(QDate(2026, 6, 10));
    auto payments = desk();
    auto future = payments->reportChange(
        m_caseId, ChangeEvent {ChangeEventKind::Birth, QDate(2026, 6, 11), 0}, std::nullopt, 1);
    QVERIFY(!future);
    QCOMPARE(future.error().code, ErrorCode::InvalidInput);
    QCOMPARE(count(QStringLiteral("change_events")), qint64(0));
}

QTEST_GUILESS_MAIN(TestPaymentDesk)
#include "tst_paymentdesk.moc"
