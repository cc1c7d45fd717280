#include "core/workflow/SelfCareAssessment.h"

#include <QTest>

using namespace jiuzhu;

using Scores = std::array<int, SelfCareAssessment::kItemCount>;
Q_DECLARE_METATYPE(Scores)
Q_DECLARE_METATYPE(jiuzhu::SelfCareLevel)

class TestSelfCareAssessment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void level_data();
    void level();
    void rejectsScoresOutsideTheScale_data();
    void rejectsScoresOutsideTheScale();
    void needsADate();
    void keepsEachItemScore();
};

void TestSelfCareAssessment::level_data()
{
    QTest::addColumn<Scores>("scores");
    QTest::addColumn<int>("notMet");
    QTest::addColumn<SelfCareLevel>("level");
    QTest::newRow("all six met") << Scores {2, 2, 2, 2, 2, 2} << 0 << SelfCareLevel::Full;
    QTest::newRow("bathing needs help") << Scores {2, 2, 2, 2, 2, 1} << 1 << SelfCareLevel::PartiallyLost;
    QTest::newRow("three need help") << Scores {1, 2, 1, 2, 1, 2} << 3 << SelfCareLevel::PartiallyLost;
    QTest::newRow("three cannot") << Scores {0, 0, 0, 2, 2, 2} << 3 << SelfCareLevel::PartiallyLost;
    QTest::newRow("four need help") << Scores {1, 1, 1, 1, 2, 2} << 4 << SelfCareLevel::FullyLost;
    QTest::newRow("none met") << Scores {0, 0, 0, 0, 0, 0} << 6 << SelfCareLevel::FullyLost;
}

void TestSelfCareAssessment::level()
{
    QFETCH(Scores, scores);
    QFETCH(int, notMet);
    QFETCH(SelfCareLevel, level);
    const auto assessment = SelfCareAssessment::of(QDate(2026, 3, 2), scores);
    QVERIFY(assessment);
    QCOMPARE(assessment->itemsNotMet(), notMet);
    QCOMPARE(assessment->level(), level);
}

void TestSelfCareAssessment::rejectsScoresOutsideTheScale_data()
{
    QTest::addColumn<Scores>("scores");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("three") << Scores {2, 2, 3, 2, 2, 2} << QStringLiteral("not 3");
    QTest::newRow("negative") << Scores {2, 2, 2, 2, -1, 2} << QStringLiteral("not -1");
}

void TestSelfCareAssessment::rejectsScoresOutsideTheScale()
{
    QFETCH(Scores, scores);
    QFETCH(QString, fragment);
    const auto assessment = SelfCareAssessment::of(QDate(2026, 3, 2), scores);
    QVERIFY(!assessment);
    QCOMPARE(assessment.error().code, ErrorCode::InvalidInput);
    QVERIFY2(assessment.error().message.contains(fragment), qPrintable(assessment.error().message));
}

void TestSelfCareAssessment::needsADate()
{
    QVERIFY(!SelfCareAssessment::of(QDate(), Scores {2, 2, 2, 2, 2, 2}));
}

void TestSelfCareAssessment::keepsEachItemScore()
{
    const auto assessment = SelfCareAssessment::of(QDate(2026, 3, 2), Scores {2, 1, 0, 2, 1, 2}).value();
    QCOMPARE(assessment.score(SelfCareItem::Dressing), 1);
    QCOMPARE(assessment.score(SelfCareItem::BedTransfer), 0);
    QCOMPARE(assessment.score(SelfCareItem::Bathing), 2);
    QCOMPARE(SelfCareAssessment::itemKey(SelfCareItem::IndoorWalking), QStringLiteral("indoor-walking"));
    QCOMPARE(
        SelfCareAssessment::levelChineseName(assessment.level()), QStringLiteral("部分丧失生活自理能力"));
}

QTEST_GUILESS_MAIN(TestSelfCareAssessment)
#include "tst_selfcareassessment.moc"
