#include "core/domain/IdNumber.h"
#include "tests/common/VerifyRejected.h"

#include <QSet>
#include <QTest>

#include <random>

using jiuzhu::IdNumber;
using jiuzhu::Sex;

namespace {

// Fixed so that no test depends on the real date.
const QDate kToday(2026, 7, 15);

} // namespace

class TestIdNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidNumbers_data();
    void acceptsValidNumbers();
    void rejectsInvalidNumbers_data();
    void rejectsInvalidNumbers();
    void rejectionMessagesAreDistinct();
    void legacyAndModernFormsAreTheSamePerson();
    void refusesToGuessWithoutToday();
    void ageOn_data();
    void ageOn();
    void maskedHidesTheMiddle();
    void checkDigitFor_data();
    void checkDigitFor();
    void everyWrongCheckDigitIsRejected();
};

void TestIdNumber::acceptsValidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<bool>("male");
    QTest::addColumn<bool>("legacy");

    const QString standard = QStringLiteral("11010519491231002X");
    const QDate standardBirth(1949, 12, 31);
    QTest::newRow("standard example, check X") << standard << standard << standardBirth << false << false;
    QTest::newRow("lowercase x") << QStringLiteral("11010519491231002x") << standard << standardBirth << false
                                 << false;
    QTest::newRow("surrounding whitespace")
        << QStringLiteral(" \t11010519491231002X\n ") << standard << standardBirth << false << false;
    QTest::newRow("ideographic space")
        << QStringLiteral("\u300011010519491231002X\u3000") << standard << standardBirth << false << false;
    QTest::newRow("full-width digits and X")
        << QStringLiteral("\uFF11\uFF11\uFF10\uFF11\uFF10\uFF15\uFF11\uFF19\uFF14\uFF19\uFF11\uFF12\uFF13"
                          "\uFF11\uFF10\uFF10\uFF12\uFF38")
        << standard << standardBirth << false << false;
    QTest::newRow("full-width lowercase x")
        << QStringLiteral("11010519491231002\uFF58") << standard << standardBirth << false << false;
    QTest::newRow("male, check 3") << QStringLiteral("110101199003071233")
                                   << QStringLiteral("110101199003071233") << QDate(1990, 3, 7) << true
                                   << false;
    QTest::newRow("Feb 29 of 2000 (leap)")
        << QStringLiteral("320102200002294567") << QStringLiteral("320102200002294567") << QDate(2000, 2, 29)
        << false << false;
    QTest::newRow("Feb 29 of 2024 (leap)")
        << QStringLiteral("110101202402291238") << QStringLiteral("110101202402291238") << QDate(2024, 2, 29)
        << true << false;
    QTest::newRow("born today") << QStringLiteral("110101202607150017")
                                << QStringLiteral("110101202607150017") << kToday << true << false;
    QTest::newRow("born 1900-01-01") << QStringLiteral("110101190001010014")
                                     << QStringLiteral("110101190001010014") << QDate(1900, 1, 1) << true
                                     << false;
    QTest::newRow("Taiwan 71") << QStringLiteral("710000198001010010") << QStringLiteral("710000198001010010")
                               << QDate(1980, 1, 1) << true << false;
    QTest::newRow("Hong Kong permit 81")
        << QStringLiteral("810000198001010014") << QStringLiteral("810000198001010014") << QDate(1980, 1, 1)
        << true << false;
    QTest::newRow("Macao permit 82") << QStringLiteral("820000198001010024")
                                     << QStringLiteral("820000198001010024") << QDate(1980, 1, 1) << false
                                     << false;
    QTest::newRow("Taiwan permit 83")
        << QStringLiteral("830000198001010034") << QStringLiteral("830000198001010034") << QDate(1980, 1, 1)
        << true << false;
    QTest::newRow("Xinjiang 65") << QStringLiteral("650102198505152225")
                                 << QStringLiteral("650102198505152225") << QDate(1985, 5, 15) << false
                                 << false;
    QTest::newRow("Tibet 54") << QStringLiteral("540102198505152211") << QStringLiteral("540102198505152211")
                              << QDate(1985, 5, 15) << true << false;
    QTest::newRow("legacy 15 upgraded to X")
        << QStringLiteral("110105491231002") << standard << standardBirth << false << true;
    QTest::newRow("legacy 15 with spaces")
        << QStringLiteral("  110105491231002 ") << standard << standardBirth << false << true;
    QTest::newRow("legacy 15 born 1900-01-01")
        << QStringLiteral("110101000101001") << QStringLiteral("110101190001010014") << QDate(1900, 1, 1)
        << true << true;
    QTest::newRow("legacy 15 born 1999-12-31")
        << QStringLiteral("110101991231001")
        << QString(QStringLiteral("11010119991231001") + IdNumber::checkDigitFor(u"11010119991231001"))
        << QDate(1999, 12, 31) << true << true;
}

void TestIdNumber::acceptsValidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QFETCH(QDate, birth);
    QFETCH(bool, male);
    QFETCH(bool, legacy);

    const auto id = IdNumber::parse(input, kToday);
    QVERIFY2(id.has_value(), qPrintable(id ? QString() : id.error().toString()));
    QCOMPARE(id->text(), text);
    QCOMPARE(id->text().size(), 18);
    QCOMPARE(id->birthDate(), birth);
    QCOMPARE(id->sex() == Sex::Male, male);
    QCOMPARE(id->wasUpgradedFromLegacy(), legacy);
    QCOMPARE(id->regionCode(), text.left(6));
}

void TestIdNumber::rejectsInvalidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty") << QString() << QStringLiteral("required");
    QTest::newRow("whitespace only") << QStringLiteral("  \t ") << QStringLiteral("required");
    QTest::newRow("17 characters") << QStringLiteral("11010519491231002") << QStringLiteral("not 17");
    QTest::newRow("19 characters") << QStringLiteral("11010519491231002X1") << QStringLiteral("not 19");
    QTest::newRow("16 characters") << QStringLiteral("1101051949123100") << QStringLiteral("not 16");
    QTest::newRow("14 characters") << QStringLiteral("11010549123100") << QStringLiteral("not 14");
    QTest::newRow("inner space") << QStringLiteral("110105 19491231002")
                                 << QStringLiteral("Character 7 should be a digit");
    QTest::newRow("letter at 6") << QStringLiteral("11010A19491231002X")
                                 << QStringLiteral("Character 6 should be a digit, not “A”");
    QTest::newRow("Y as check digit")
        << QStringLiteral("11010519491231002Y") << QStringLiteral("Character 18 should be a digit, not “Y”");
    QTest::newRow("X first") << QStringLiteral("X1010519491231002X") << QStringLiteral("Character 1 is X");
    QTest::newRow("X in legacy number")
        << QStringLiteral("11010549123100X") << QStringLiteral("Character 15 is X");
    QTest::newRow("hyphenated") << QStringLiteral("110105-19491231002")
                                << QStringLiteral("Character 7 should be a digit, not “-”");
    QTest::newRow("province 10") << QStringLiteral("100101198001010019") << QStringLiteral("starts with 10");
    QTest::newRow("province 16") << QStringLiteral("16010119800101001X") << QStringLiteral("starts with 16");
    QTest::newRow("province 47") << QStringLiteral("470101198001010012") << QStringLiteral("starts with 47");
    QTest::newRow("province 55") << QStringLiteral("550101198001010012") << QStringLiteral("starts with 55");
    QTest::newRow("province 66") << QStringLiteral("660101198001010018") << QStringLiteral("starts with 66");
    QTest::newRow("province 72") << QStringLiteral("720101198001010014") << QStringLiteral("starts with 72");
    QTest::newRow("province 84") << QStringLiteral("840101198001010011") << QStringLiteral("starts with 84");
    QTest::newRow("province 91 (foreigner card)")
        << QStringLiteral("91010119800101001X") << QStringLiteral("starts with 91");
    QTest::newRow("province 99") << QStringLiteral("990101198001010014") << QStringLiteral("starts with 99");
    QTest::newRow("province 00") << QStringLiteral("000101198001010015") << QStringLiteral("starts with 00");
    QTest::newRow("Feb 29 of 2023 (common)")
        << QStringLiteral("110101202302290019") << QStringLiteral("2023-02-29 is not a real");
    QTest::newRow("Feb 29 of 1900 (century)")
        << QStringLiteral("110101190002290011") << QStringLiteral("1900-02-29 is not a real");
    QTest::newRow("month 13") << QStringLiteral("110101199913010018")
                              << QStringLiteral("1999-13-01 is not a real");
    QTest::newRow("month and day 00")
        << QStringLiteral("110101199900000013") << QStringLiteral("1999-00-00 is not a real");
    QTest::newRow("April 31") << QStringLiteral("110101199904310019")
                              << QStringLiteral("1999-04-31 is not a real");
    QTest::newRow("year 0000") << QStringLiteral("110101000001010014")
                               << QStringLiteral("0000-01-01 is not a real");
    QTest::newRow("born 1899-12-31") << QStringLiteral("11010118991231001X") << QStringLiteral("before 1900");
    QTest::newRow("born tomorrow") << QStringLiteral("110101202607160012")
                                   << QStringLiteral("2026-07-16 is after today (2026-07-15)");
    QTest::newRow("born 9999") << QStringLiteral("110101999912310014") << QStringLiteral("after today");
    QTest::newRow("check should be X")
        << QStringLiteral("110105194912310021") << QStringLiteral("should be X, not 1");
    QTest::newRow("check should be 3")
        << QStringLiteral("110101199003071234") << QStringLiteral("should be 3, not 4");
    QTest::newRow("check X but should be 0")
        << QStringLiteral("11010119800101001X") << QStringLiteral("should be 0, not X");
    QTest::newRow("transposed digits")
        << QStringLiteral("110105194912130022") << QStringLiteral("check digit should be");
    QTest::newRow("legacy Feb 29 1900")
        << QStringLiteral("110101000229001") << QStringLiteral("1900-02-29 is not a real");
    QTest::newRow("legacy Feb 30") << QStringLiteral("110105490230002")
                                   << QStringLiteral("1949-02-30 is not a real");
    QTest::newRow("legacy bad province")
        << QStringLiteral("990105491231002") << QStringLiteral("starts with 99");
    QTest::newRow("legacy with letter")
        << QStringLiteral("1101054912310a2") << QStringLiteral("Character 14 should be a digit");
    QTest::newRow("SQL injection") << QStringLiteral("1'); DROP TABLE x;")
                                   << QStringLiteral("Character 2 should be a digit");
}

void TestIdNumber::rejectsInvalidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, fragment);
    VERIFY_REJECTED(IdNumber::parse(input, kToday), fragment);
}

void TestIdNumber::rejectionMessagesAreDistinct()
{
    const QStringList inputs = {
        QString(), // empty
        QStringLiteral("123"), // length
        QStringLiteral("11010A19491231002X"), // non-digit
        QStringLiteral("990101198001010014"), // province
        QStringLiteral("110101202302290019"), // impossible date
        QStringLiteral("110101202607160012"), // future
        QStringLiteral("11010118991231001X"), // before 1900
        QStringLiteral("110105194912310021"), // check digit
    };
    QCOMPARE(jiuzhu::testing::distinctRejectionMessages(
                 inputs, [](const QString& input) { return IdNumber::parse(input, kToday); }),
        inputs.size());
}

void TestIdNumber::legacyAndModernFormsAreTheSamePerson()
{
    const auto legacy = IdNumber::parse(QStringLiteral("110105491231002"), kToday);
    const auto modern = IdNumber::parse(QStringLiteral("11010519491231002X"), kToday);
    QVERIFY(legacy && modern);
    QVERIFY(*legacy == *modern);
    QCOMPARE(qHash(*legacy), qHash(*modern));
    QVERIFY(legacy->wasUpgradedFromLegacy());
    QVERIFY(!modern->wasUpgradedFromLegacy());
    QVERIFY(!(*modern == *IdNumber::parse(QStringLiteral("110101199003071233"), kToday)));
}

void TestIdNumber::refusesToGuessWithoutToday()
{
    const auto id = IdNumber::parse(QStringLiteral("11010519491231002X"), QDate());
    QVERIFY(!id.has_value());
    QCOMPARE(jiuzhu::errorCodeName(id.error().code), QStringLiteral("internal"));
}

void TestIdNumber::ageOn_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");

    const QString leapling = QStringLiteral("320102200002294567"); // born 2000-02-29
    const QString standard = QStringLiteral("11010519491231002X"); // born 1949-12-31
    QTest::newRow("on the birth date") << leapling << QDate(2000, 2, 29) << 0;
    QTest::newRow("day before birth") << leapling << QDate(2000, 2, 28) << -1;
    QTest::newRow("invalid date") << leapling << QDate() << -1;
    QTest::newRow("leapling, Feb 28 common year") << leapling << QDate(2001, 2, 28) << 0;
    QTest::newRow("leapling, Mar 1 common year") << leapling << QDate(2001, 3, 1) << 1;
    QTest::newRow("leapling, Feb 28 leap year") << leapling << QDate(2004, 2, 28) << 3;
    QTest::newRow("leapling, Feb 29 leap year") << leapling << QDate(2004, 2, 29) << 4;
    QTest::newRow("day before 60th birthday") << standard << QDate(2009, 12, 30) << 59;
    QTest::newRow("60th birthday") << standard << QDate(2009, 12, 31) << 60;
    QTest::newRow("today") << standard << kToday << 76;
}

void TestIdNumber::ageOn()
{
    QFETCH(QString, id);
    QFETCH(QDate, on);
    QFETCH(int, age);
    const auto parsed = IdNumber::parse(id, kToday);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->ageOn(on), age);
}

void TestIdNumber::maskedHidesTheMiddle()
{
    const auto id = IdNumber::parse(QStringLiteral("110101199003071233"), kToday);
    QVERIFY(id.has_value());
    QCOMPARE(id->masked(), QStringLiteral("1101**********1233"));
    QCOMPARE(IdNumber::parse(QStringLiteral("110105491231002"), kToday)->masked(),
        QStringLiteral("1101**********002X"));
}

void TestIdNumber::checkDigitFor_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QString>("expected"); // empty for a null QChar

    QTest::newRow("X") << QStringLiteral("11010519491231002") << QStringLiteral("X");
    QTest::newRow("0") << QStringLiteral("11010119800101001") << QStringLiteral("0");
    QTest::newRow("1 (sum divisible by 11)") << QStringLiteral("00000000000000000") << QStringLiteral("1");
    QTest::newRow("3") << QStringLiteral("11010119900307123") << QStringLiteral("3");
    QTest::newRow("too short") << QStringLiteral("1101011990030712") << QString();
    QTest::newRow("too long") << QStringLiteral("110101199003071233") << QString();
    QTest::newRow("letter") << QStringLiteral("1101011990030712A") << QString();
    QTest::newRow("full-width digit") << QStringLiteral("1101011990030712\uFF13") << QString();
}

void TestIdNumber::checkDigitFor()
{
    QFETCH(QString, first17);
    QFETCH(QString, expected);
    const QChar digit = IdNumber::checkDigitFor(first17);
    if (expected.isEmpty())
        QVERIFY(digit.isNull());
    else
        QCOMPARE(QString(digit), expected);
}

void TestIdNumber::everyWrongCheckDigitIsRejected()
{
    // Random well-formed prefixes: the computed digit is accepted and each of
    // the ten other candidates is rejected with the computed one named.
    std::mt19937_64 rng(20260715);
    std::uniform_int_distribution<int> day(0, int(QDate(1900, 1, 1).daysTo(kToday)));
    std::uniform_int_distribution<int> digits(0, 9999);
    const QString candidates = QStringLiteral("0123456789X");
    for (int n = 0; n < 500; ++n) {
        const QDate birth = QDate(1900, 1, 1).addDays(day(rng));
        const QString first17 = QStringLiteral("3301%1%2%3")
                                    .arg(digits(rng) % 100, 2, 10, QChar(u'0'))
                                    .arg(birth.toString(QStringLiteral("yyyyMMdd")))
                                    .arg(digits(rng) % 1000, 3, 10, QChar(u'0'));
        const QChar check = IdNumber::checkDigitFor(first17);
        const auto ok = IdNumber::parse(first17 + check, kToday);
        QVERIFY2(ok.has_value(), qPrintable(first17));
        QCOMPARE(ok->birthDate(), birth);
        for (QChar wrong : candidates) {
            if (wrong == check)
                continue;
            VERIFY_REJECTED(IdNumber::parse(first17 + wrong, kToday),
                QStringLiteral("should be %1, not %2").arg(check).arg(wrong));
        }
    }
}

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
