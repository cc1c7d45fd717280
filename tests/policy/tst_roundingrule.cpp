#include "core/policy/RoundingRule.h"

#include <QTest>

using namespace jiuzhu;

class TestRoundingRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data();
    void apply();
    void keysRoundTrip();
    void rejectsUnknownKey();
    void basisPoints_data();
    void basisPoints();
};

void TestRoundingRule::apply_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<qint64>("expected");

    const QString up = QStringLiteral("up-to-yuan");
    const QString nearest = QStringLiteral("nearest-yuan");
    const QString fen = QStringLiteral("fen");
    QTest::newRow("up: whole yuan unchanged") << up << qint64(75300) << qint64(75300);
    QTest::newRow("up: one fen over") << up << qint64(75301) << qint64(75400);
    QTest::newRow("up: 99 fen over") << up << qint64(75399) << qint64(75400);
    QTest::newRow("up: zero") << up << qint64(0) << qint64(0);
    QTest::newRow("up: one fen") << up << qint64(1) << qint64(100);
    QTest::newRow("up: negative toward +inf") << up << qint64(-150) << qint64(-100);
    QTest::newRow("nearest: 49 fen down") << nearest << qint64(75349) << qint64(75300);
    QTest::newRow("nearest: 50 fen half up") << nearest << qint64(75350) << qint64(75400);
    QTest::newRow("nearest: 51 fen up") << nearest << qint64(75351) << qint64(75400);
    QTest::newRow("nearest: whole") << nearest << qint64(75300) << qint64(75300);
    QTest::newRow("nearest: negative half away") << nearest << qint64(-150) << qint64(-200);
    QTest::newRow("nearest: negative below half") << nearest << qint64(-149) << qint64(-100);
    QTest::newRow("fen: unchanged") << fen << qint64(75349) << qint64(75349);
    QTest::newRow("fen: negative unchanged") << fen << qint64(-1) << qint64(-1);
    QTest::newRow("up: large") << up << qint64(999'999'999'901) << qint64(1'000'000'000'000);
}

void TestRoundingRule::apply()
{
    QFETCH(QString, rule);
    QFETCH(qint64, fen);
    QFETCH(qint64, expected);
    const Result<RoundingRule> parsed = RoundingRule::fromKey(rule);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->apply(fen), expected);
}

void TestRoundingRule::keysRoundTrip()
{
    QCOMPARE(RoundingRule::keys().size(), 3);
    for (const QString& key : RoundingRule::keys()) {
        const Result<RoundingRule> rule = RoundingRule::fromKey(key);
        QVERIFY(rule.has_value());
        QCOMPARE(rule->key(), key);
        QVERIFY(!rule->chineseName().isEmpty());
    }
    QCOMPARE(RoundingRule::of(RoundingRule::Kind::UpToYuan).chineseName(), QStringLiteral("向上取整到元"));
}

void TestRoundingRule::rejectsUnknownKey()
{
    const Result<RoundingRule> rule = RoundingRule::fromKey(QStringLiteral("down-to-yuan"));
    QVERIFY(!rule.has_value());
    QCOMPARE(rule.error().code, ErrorCode::InvalidInput);
    QVERIFY(rule.error().message.contains(QStringLiteral("up-to-yuan")));
}

void TestRoundingRule::basisPoints_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("1.3 × 770 yuan") << qint64(77000) << qint64(13000) << qint64(100100);
    QTest::newRow("10% of 630 yuan") << qint64(63000) << qint64(1000) << qint64(6300);
    QTest::newRow("exact half fen rounds up") << qint64(5) << qint64(1000) << qint64(1); // 0.5 fen
    QTest::newRow("below half fen rounds down") << qint64(4) << qint64(1000) << qint64(0); // 0.4 fen
    QTest::newRow("15% of 605.55 yuan") << qint64(60555) << qint64(1500) << qint64(9083); // 9083.25
    QTest::newRow("whole multiple") << qint64(63000) << qint64(10000) << qint64(63000);
    QTest::newRow("zero rate") << qint64(63000) << qint64(0) << qint64(0);
    QTest::newRow("negative half away") << qint64(-5) << qint64(1000) << qint64(-1);
}

void TestRoundingRule::basisPoints()
{
    QFETCH(qint64, fen);
    QFETCH(qint64, basisPoints);
    QFETCH(qint64, expected);
    QCOMPARE(RoundingRule::applyBasisPoints(fen, basisPoints), expected);
}

QTEST_GUILESS_MAIN(TestRoundingRule)
#include "tst_roundingrule.moc"
