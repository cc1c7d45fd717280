#include "core/domain/Money.h"
#include "tests/common/VerifyRejected.h"

#include <QSet>
#include <QTest>

#include <limits>
#include <random>

using jiuzhu::Money;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidAmounts_data();
    void parsesValidAmounts();
    void rejectsInvalidAmounts_data();
    void rejectsInvalidAmounts();
    void rejectionMessagesAreDistinct();
    void namesTheFieldItWasGiven();
    void nonNegative();
    void formats_data();
    void formats();
    void formattedTextParsesBack_data();
    void formattedTextParsesBack();
    void arithmetic_data();
    void arithmetic();
    void comparesAndClassifies();
    void addThenSubRoundTripsAndOverflowIsExact();
};

void TestMoney::parsesValidAmounts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("fen");

    QTest::newRow("two decimals") << QStringLiteral("1234.56") << qint64(123456);
    QTest::newRow("thousands separator") << QStringLiteral("1,234.56") << qint64(123456);
    QTest::newRow("one decimal") << QStringLiteral("1234.5") << qint64(123450);
    QTest::newRow("whole yuan") << QStringLiteral("1234") << qint64(123400);
    QTest::newRow("negative") << QStringLiteral("-12.30") << qint64(-1230);
    QTest::newRow("negative fen") << QStringLiteral("-0.05") << qint64(-5);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("negative zero") << QStringLiteral("-0.00") << qint64(0);
    QTest::newRow("leading zeros") << QStringLiteral("007.10") << qint64(710);
    QTest::newRow("yen sign") << QStringLiteral("\u00A512.00") << qint64(1200);
    QTest::newRow("full-width yuan sign") << QStringLiteral("\uFFE5 1,000") << qint64(100000);
    QTest::newRow("minus before sign") << QStringLiteral("-\u00A53.50") << qint64(-350);
    QTest::newRow("minus after sign") << QStringLiteral("\uFFE5-3.50") << qint64(-350);
    QTest::newRow("surrounding spaces") << QStringLiteral("  \t88.80 \n") << qint64(8880);
    QTest::newRow("full-width digits")
        << QStringLiteral("\uFF11\uFF0C\uFF12\uFF13\uFF14\uFF0E\uFF15\uFF16") << qint64(123456);
    QTest::newRow("millions") << QStringLiteral("12,345,678.90") << qint64(1234567890);
    QTest::newRow("three-digit first group") << QStringLiteral("123,456") << qint64(12345600);
    QTest::newRow("qint64 max") << QStringLiteral("92233720368547758.07") << kMax;
    QTest::newRow("qint64 max grouped") << QStringLiteral("92,233,720,368,547,758.07") << kMax;
    QTest::newRow("qint64 min") << QStringLiteral("-92233720368547758.08") << kMin;
}

void TestMoney::parsesValidAmounts()
{
    QFETCH(QString, input);
    QFETCH(qint64, fen);
    const auto money = Money::parseYuan(input);
    QVERIFY2(money.has_value(), qPrintable(money ? QString() : money.error().toString()));
    QCOMPARE(money->fen(), fen);
}

void TestMoney::rejectsInvalidAmounts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty") << QString() << QStringLiteral("required");
    QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("required");
    QTest::newRow("three decimals") << QStringLiteral("1.234")
                                    << QStringLiteral("at most two decimal places");
    QTest::newRow("many decimals") << QStringLiteral("0.0000001") << QStringLiteral("this one has 7");
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("“a” cannot appear");
    QTest::newRow("yuan suffix") << QStringLiteral("12\u5143") << QStringLiteral("cannot appear");
    QTest::newRow("exponent") << QStringLiteral("1e5") << QStringLiteral("“e” cannot appear");
    QTest::newRow("plus sign") << QStringLiteral("+5") << QStringLiteral("“+” cannot appear");
    QTest::newRow("double minus") << QStringLiteral("--5") << QStringLiteral("“-” cannot appear");
    QTest::newRow("minus on both sides of sign")
        << QStringLiteral("-\u00A5-5") << QStringLiteral("“-” cannot appear");
    QTest::newRow("trailing minus") << QStringLiteral("5-") << QStringLiteral("“-” cannot appear");
    QTest::newRow("inner space") << QStringLiteral("1 234") << QStringLiteral("“ ” cannot appear");
    QTest::newRow("sign after digits") << QStringLiteral("12\u00A5") << QStringLiteral("cannot appear");
    QTest::newRow("SQL injection") << QStringLiteral("1'); DROP TABLE x;--")
                                   << QStringLiteral("“'” cannot appear");
    QTest::newRow("two decimal points")
        << QStringLiteral("1.2.3") << QStringLiteral("only one decimal point");
    QTest::newRow("sign only") << QStringLiteral("-") << QStringLiteral("not just a sign");
    QTest::newRow("currency only") << QStringLiteral("\u00A5") << QStringLiteral("not just a sign");
    QTest::newRow("no integer part") << QStringLiteral(".50") << QStringLiteral("at least one digit before");
    QTest::newRow("trailing point") << QStringLiteral("12.")
                                    << QStringLiteral("followed by one or two digits");
    QTest::newRow("group of two") << QStringLiteral("1,23.00") << QStringLiteral("groups of three");
    QTest::newRow("group of four") << QStringLiteral("1,2345") << QStringLiteral("groups of three");
    QTest::newRow("first group of four") << QStringLiteral("1234,567") << QStringLiteral("groups of three");
    QTest::newRow("leading separator") << QStringLiteral(",123") << QStringLiteral("groups of three");
    QTest::newRow("trailing separator") << QStringLiteral("123,") << QStringLiteral("groups of three");
    QTest::newRow("doubled separator") << QStringLiteral("1,,234") << QStringLiteral("groups of three");
    QTest::newRow("separator in fraction") << QStringLiteral("1.2,3") << QStringLiteral("groups of three");
    QTest::newRow("one fen over max")
        << QStringLiteral("92233720368547758.08") << QStringLiteral("too large");
    QTest::newRow("one fen under min")
        << QStringLiteral("-92233720368547758.09") << QStringLiteral("too large");
    QTest::newRow("huge") << QStringLiteral("99999999999999999999999") << QStringLiteral("too large");
    QTest::newRow("huge grouped") << QStringLiteral("100,000,000,000,000,000") << QStringLiteral("too large");
}

void TestMoney::rejectsInvalidAmounts()
{
    QFETCH(QString, input);
    QFETCH(QString, fragment);
    VERIFY_REJECTED(Money::parseYuan(input), fragment);
}

void TestMoney::rejectionMessagesAreDistinct()
{
    const QStringList inputs = {
        QString(),
        QStringLiteral("1.234"),
        QStringLiteral("abc"),
        QStringLiteral("1.2.3"),
        QStringLiteral("-"),
        QStringLiteral(".5"),
        QStringLiteral("1."),
        QStringLiteral("1,23.00"),
        QStringLiteral("99999999999999999999"),
    };
    QCOMPARE(jiuzhu::testing::distinctRejectionMessages(
                 inputs, [](const QString& input) { return Money::parseYuan(input); }),
        inputs.size());
}

void TestMoney::namesTheFieldItWasGiven()
{
    const QString field = QStringLiteral("Monthly income");
    QCOMPARE(Money::parseYuan(QStringLiteral("x"), field).error().field, field);
    QCOMPARE(Money::parseYuan(QStringLiteral("x")).error().field, QStringLiteral("Amount"));
}

void TestMoney::nonNegative()
{
    const QString field = QStringLiteral("Monthly allowance");
    QCOMPARE(Money::parseNonNegativeYuan(QStringLiteral("0"), field)->fen(), qint64(0));
    QCOMPARE(Money::parseNonNegativeYuan(QStringLiteral("12.5"), field)->fen(), qint64(1250));

    const auto negative = Money::parseNonNegativeYuan(QStringLiteral("-0.01"), field);
    VERIFY_REJECTED(negative, QStringLiteral("Monthly allowance cannot be negative"));
    QCOMPARE(negative.error().field, field);

    // A parse failure is reported as such, not as a sign problem.
    VERIFY_REJECTED(
        Money::parseNonNegativeYuan(QStringLiteral("1.234"), field), QStringLiteral("decimal places"));

    VERIFY_REJECTED(Money::fromFen(-1).requireNonNegative(field), QStringLiteral("cannot be negative"));
    QCOMPARE(Money::fromFen(7).requireNonNegative(field)->fen(), qint64(7));
}

void TestMoney::formats_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("yuan");
    QTest::addColumn<QString>("plain");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00") << QStringLiteral("0.00");
    QTest::newRow("one fen") << qint64(1) << QStringLiteral("0.01") << QStringLiteral("0.01");
    QTest::newRow("minus five fen") << qint64(-5) << QStringLiteral("-0.05") << QStringLiteral("-0.05");
    QTest::newRow("ten jiao") << qint64(100) << QStringLiteral("1.00") << QStringLiteral("1.00");
    QTest::newRow("three digits") << qint64(99999) << QStringLiteral("999.99") << QStringLiteral("999.99");
    QTest::newRow("four digits") << qint64(123456) << QStringLiteral("1,234.56") << QStringLiteral("1234.56");
    QTest::newRow("negative thousands")
        << qint64(-123456) << QStringLiteral("-1,234.56") << QStringLiteral("-1234.56");
    QTest::newRow("six digits") << qint64(12345678) << QStringLiteral("123,456.78")
                                << QStringLiteral("123456.78");
    QTest::newRow("seven digits") << qint64(123456789) << QStringLiteral("1,234,567.89")
                                  << QStringLiteral("1234567.89");
    QTest::newRow("max") << kMax << QStringLiteral("92,233,720,368,547,758.07")
                         << QStringLiteral("92233720368547758.07");
    QTest::newRow("min") << kMin << QStringLiteral("-92,233,720,368,547,758.08")
                         << QStringLiteral("-92233720368547758.08");
}

void TestMoney::formats()
{
    QFETCH(qint64, fen);
    QFETCH(QString, yuan);
    QFETCH(QString, plain);
    QCOMPARE(Money::fromFen(fen).toYuanString(), yuan);
    QCOMPARE(Money::fromFen(fen).toPlainYuanString(), plain);
}

void TestMoney::formattedTextParsesBack_data()
{
    formats_data();
}

void TestMoney::formattedTextParsesBack()
{
    QFETCH(qint64, fen);
    QFETCH(QString, yuan);
    QFETCH(QString, plain);
    QCOMPARE(Money::parseYuan(yuan)->fen(), fen);
    QCOMPARE(Money::parseYuan(plain)->fen(), fen);
}

void TestMoney::arithmetic_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("add") << QStringLiteral("add") << qint64(150) << qint64(-200) << true << qint64(-50);
    QTest::newRow("add reaches max") << QStringLiteral("add") << kMax - 1 << qint64(1) << true << kMax;
    QTest::newRow("add past max") << QStringLiteral("add") << kMax << qint64(1) << false << qint64(0);
    QTest::newRow("add past min") << QStringLiteral("add") << kMin << qint64(-1) << false << qint64(0);
    QTest::newRow("add max and min") << QStringLiteral("add") << kMax << kMin << true << qint64(-1);
    QTest::newRow("sub") << QStringLiteral("sub") << qint64(100) << qint64(250) << true << qint64(-150);
    QTest::newRow("sub reaches min") << QStringLiteral("sub") << kMin + 1 << qint64(1) << true << kMin;
    QTest::newRow("sub past min") << QStringLiteral("sub") << kMin << qint64(1) << false << qint64(0);
    QTest::newRow("sub min from zero") << QStringLiteral("sub") << qint64(0) << kMin << false << qint64(0);
    QTest::newRow("sub min from -1") << QStringLiteral("sub") << qint64(-1) << kMin << true << kMax;
    QTest::newRow("mul") << QStringLiteral("mul") << qint64(123456) << qint64(12) << true << qint64(1481472);
    QTest::newRow("mul by zero") << QStringLiteral("mul") << kMin << qint64(0) << true << qint64(0);
    QTest::newRow("mul by -1") << QStringLiteral("mul") << kMax << qint64(-1) << true << -kMax;
    QTest::newRow("mul min by -1") << QStringLiteral("mul") << kMin << qint64(-1) << false << qint64(0);
    QTest::newRow("mul overflow") << QStringLiteral("mul") << kMax / 2 + 1 << qint64(2) << false << qint64(0);
    QTest::newRow("mul to min") << QStringLiteral("mul") << kMin / 2 << qint64(2) << true << kMin;
    QTest::newRow("neg") << QStringLiteral("neg") << qint64(5) << qint64(0) << true << qint64(-5);
    QTest::newRow("neg max") << QStringLiteral("neg") << kMax << qint64(0) << true << -kMax;
    QTest::newRow("neg min") << QStringLiteral("neg") << kMin << qint64(0) << false << qint64(0);
}

void TestMoney::arithmetic()
{
    QFETCH(QString, op);
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);

    const Money x = Money::fromFen(a);
    jiuzhu::Result<Money> result;
    if (op == QStringLiteral("add"))
        result = x.checkedAdd(Money::fromFen(b));
    else if (op == QStringLiteral("sub"))
        result = x.checkedSub(Money::fromFen(b));
    else if (op == QStringLiteral("mul"))
        result = x.checkedMultiply(b);
    else
        result = x.checkedNegate();

    if (ok) {
        QVERIFY(result.has_value());
        QCOMPARE(result->fen(), expected);
    } else {
        VERIFY_REJECTED(result, QStringLiteral("stored"));
    }
}

void TestMoney::comparesAndClassifies()
{
    QVERIFY(Money::fromFen(-1) < Money::fromFen(0));
    QVERIFY(Money::fromFen(kMin) < Money::fromFen(kMax));
    QVERIFY(Money::fromFen(5) == Money::fromFen(5));
    QVERIFY(Money::fromFen(5) != Money::fromFen(6));
    QVERIFY(Money::fromFen(7) >= Money::fromFen(6));
    QVERIFY(Money() == Money::fromFen(0));
    QVERIFY(Money().isZero());
    QVERIFY(!Money::fromFen(1).isZero());
    QVERIFY(Money::fromFen(-1).isNegative());
    QVERIFY(!Money::fromFen(0).isNegative());
}

void TestMoney::addThenSubRoundTripsAndOverflowIsExact()
{
#if defined(__SIZEOF_INT128__)
    __extension__ typedef __int128 Wide;
    std::mt19937_64 rng(0x6a69757a6875ULL);
    std::uniform_int_distribution<qint64> any(kMin, kMax);
    std::uniform_int_distribution<qint64> small(-100'000'000, 100'000'000);
    std::uniform_int_distribution<int> pick(0, 3);
    const auto draw = [&] {
        // Mix full-range values (mostly overflowing) with everyday amounts and
        // values hugging the limits so that both outcomes are exercised.
        switch (pick(rng)) {
        case 0:
            return any(rng);
        case 1:
            return small(rng);
        case 2:
            return kMax - (small(rng) & 0xffff);
        default:
            return kMin + (small(rng) & 0xffff);
        }
    };
    int overflows = 0;
    int fits = 0;
    for (int i = 0; i < 10'000; ++i) {
        const qint64 a = draw();
        const qint64 b = draw();
        const Wide sum = Wide(a) + Wide(b);
        const bool outOfRange = sum > Wide(kMax) || sum < Wide(kMin);
        const auto added = Money::fromFen(a).checkedAdd(Money::fromFen(b));
        QCOMPARE(!added.has_value(), outOfRange);
        if (added) {
            ++fits;
            QCOMPARE(Wide(added->fen()), sum);
            const auto back = added->checkedSub(Money::fromFen(b));
            QVERIFY(back.has_value());
            QCOMPARE(back->fen(), a);
        } else {
            ++overflows;
        }
        const Wide difference = Wide(a) - Wide(b);
        const auto subtracted = Money::fromFen(a).checkedSub(Money::fromFen(b));
        QCOMPARE(!subtracted.has_value(), difference > Wide(kMax) || difference < Wide(kMin));
    }
    QVERIFY(overflows > 500);
    QVERIFY(fits > 500);
#else
    QSKIP("This compiler has no 128-bit integer to check against.");
#endif
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
