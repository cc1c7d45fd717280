#include "core/payments/ReviewSchedule.h"
#include "tests/payments/PaymentsFixture.h"

#include <QTest>

using namespace jiuzhu;
using jiuzhu::testing::addEntry;
using jiuzhu::testing::monthlyCase;
using jiuzhu::testing::period;
using jiuzhu::testing::standardPolicy;
using jiuzhu::testing::ym;

namespace {

ReviewableCase reviewable(qint64 caseId, AssistanceType type, YearMonth start,
    std::optional<YearMonth> lastReview = {}, std::optional<YearMonth> end = {})
{
    return ReviewableCase {caseId, caseId * 10, type, start, lastReview, end};
}

QList<qint64> caseIds(const QList<ReviewDue>& due)
{
    QList<qint64> ids;
    for (const ReviewDue& item : due)
        ids.append(item.caseId);
    return ids;
}

} // namespace

class TestReviewSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextDueByType_data();
    void nextDueByType();
    void intervalIsReadAsOfTheLastReview();
    void missingIntervalIsAnError();
    void reviewsBeforeThePolicyHistoryUseTheEarliestInterval();
    void worklistOfAMonth();
    void fromPayable();
};

void TestReviewSchedule::nextDueByType_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<std::optional<YearMonth>>("lastReview");
    QTest::addColumn<std::optional<YearMonth>>("due");

    const std::optional<YearMonth> none;
    QTest::newRow("dibao from start") << int(AssistanceType::Dibao) << none << std::optional(ym(2026, 3));
    QTest::newRow("dibao from review")
        << int(AssistanceType::Dibao) << std::optional(ym(2025, 11)) << std::optional(ym(2026, 11));
    QTest::newRow("tekun yearly") << int(AssistanceType::Tekun) << none << std::optional(ym(2026, 3));
    QTest::newRow("case by case twice a year")
        << int(AssistanceType::CaseByCase) << none << std::optional(ym(2025, 9));
    QTest::newRow("case by case from review")
        << int(AssistanceType::CaseByCase) << std::optional(ym(2025, 9)) << std::optional(ym(2026, 3));
    QTest::newRow("temporary never") << int(AssistanceType::TemporaryEmergency) << none << none;
    QTest::newRow("near-dibao on change only") << int(AssistanceType::NearDibao) << none << none;
}

void TestReviewSchedule::nextDueByType()
{
    QFETCH(int, type);
    QFETCH(std::optional<YearMonth>, lastReview);
    QFETCH(std::optional<YearMonth>, due);
    const PolicySet policy = standardPolicy();
    const ReviewSchedule schedule(policy);
    const auto next = schedule.nextDue(reviewable(1, AssistanceType(type), ym(2025, 3), lastReview));
    VERIFY_OK(next);
    QCOMPARE(*next, due);
}

void TestReviewSchedule::intervalIsReadAsOfTheLastReview()
{
    PolicySet policy = standardPolicy();
    // From 2026 the district reviews 低保 every six months.
    addEntry(policy, policykey::kReviewIntervalMonthsDibao, QDate(2026, 1, 1), 6);
    const ReviewSchedule schedule(policy);
    QCOMPARE(**schedule.nextDue(reviewable(1, AssistanceType::Dibao, ym(2025, 6))), ym(2026, 6));
    QCOMPARE(
        **schedule.nextDue(reviewable(1, AssistanceType::Dibao, ym(2025, 6), ym(2026, 6))), ym(2026, 12));
}

void TestReviewSchedule::missingIntervalIsAnError()
{
    const PolicySet empty;
    const ReviewSchedule schedule(empty);
    const auto next = schedule.nextDue(reviewable(7, AssistanceType::Tekun, ym(2025, 3)));
    QVERIFY(!next.has_value());
    QCOMPARE(next.error().code, ErrorCode::NotFound);
    QCOMPARE(next.error().field, QStringLiteral("Case 7"));
    QVERIFY(
        !schedule.dueInMonth({reviewable(7, AssistanceType::Tekun, ym(2025, 3))}, ym(2026, 3)).has_value());
    // Types without periodic review need no policy at all.
    VERIFY_OK(schedule.nextDue(reviewable(8, AssistanceType::TemporaryExpenditure, ym(2025, 3))));
}

void TestReviewSchedule::reviewsBeforeThePolicyHistoryUseTheEarliestInterval()
{
    PolicySet policy;
    addEntry(policy, QStringLiteral("review.interval_months.dibao"), QDate(2024, 7, 1), 12);
    addEntry(policy, QStringLiteral("review.interval_months.dibao"), QDate(2026, 1, 1), 6);
    const ReviewSchedule schedule(policy);
    // Started in 2019, long before the first entry: the 2024 figure applies.
    QCOMPARE(*schedule.nextDue(reviewable(1, AssistanceType::Dibao, ym(2019, 3))), std::optional(ym(2020, 3)));
    QCOMPARE(*schedule.nextDue(reviewable(2, AssistanceType::Dibao, ym(2026, 2))), std::optional(ym(2026, 8)));
}

void TestReviewSchedule::worklistOfAMonth()
{
    const PolicySet policy = standardPolicy();
    const ReviewSchedule schedule(policy);
    const QList<ReviewableCase> cases {
        reviewable(1, AssistanceType::Dibao, ym(2025, 6)), // due 2026-06
        reviewable(2, AssistanceType::Dibao, ym(2024, 1), ym(2025, 6)), // due 2026-06
        reviewable(3, AssistanceType::Tekun, ym(2025, 2)), // overdue since 2026-02
        reviewable(4, AssistanceType::CaseByCase, ym(2025, 12)), // due 2026-06
        reviewable(5, AssistanceType::CaseByCase, ym(2026, 1)), // due 2026-07
        reviewable(6, AssistanceType::Dibao, ym(2025, 1), std::nullopt, ym(2026, 5)), // ended
        reviewable(7, AssistanceType::TemporaryEmergency, ym(2025, 6)), // never
        reviewable(8, AssistanceType::Dibao, ym(2026, 7)), // not started
    };
    const auto due = schedule.dueInMonth(cases, ym(2026, 6));
    VERIFY_OK(due);
    QCOMPARE(caseIds(*due), (QList<qint64> {3, 1, 2, 4}));
    QCOMPARE(due->first().dueMonth, ym(2026, 2));
    QCOMPARE(due->first().monthsOverdue, 4);
    QCOMPARE(due->at(1).monthsOverdue, 0);
    QCOMPARE(due->at(1).householdId, qint64(10));
}

void TestReviewSchedule::fromPayable()
{
    const PayableCase payable = monthlyCase(3, 30, AssistanceType::Tekun,
        {period(ym(2025, 4), ym(2025, 12), 100, 1), period(ym(2026, 1), ym(2026, 9), 120, 1)});
    const std::optional<ReviewableCase> made = ReviewableCase::fromPayable(payable, ym(2026, 1));
    QVERIFY(made.has_value());
    QCOMPARE(made->startMonth, ym(2025, 4));
    QCOMPARE(made->lastReview, std::optional(ym(2026, 1)));
    QCOMPARE(made->endMonth, std::optional(ym(2026, 9)));
    QCOMPARE(made->householdId, qint64(30));
    QVERIFY(!ReviewableCase::fromPayable(
        jiuzhu::testing::oneOffCase(4, 4, AssistanceType::TemporaryEmergency, {}), std::nullopt)
                 .has_value());
}

QTEST_GUILESS_MAIN(TestReviewSchedule)
#include "tst_reviewschedule.moc"
