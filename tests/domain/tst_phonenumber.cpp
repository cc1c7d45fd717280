#include "core/domain/PhoneNumber.h"
#include "tests/common/VerifyRejected.h"

#include <QSet>
#include <QTest>

using jiuzhu::PhoneNumber;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidNumbers_data();
    void acceptsValidNumbers();
    void rejectsInvalidNumbers_data();
    void rejectsInvalidNumbers();
    void rejectionMessagesAreDistinct();
    void equalityIgnoresFormatting();
};

void TestPhoneNumber::acceptsValidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("mobile");
    QTest::addColumn<QString>("masked");
    QTest::addColumn<QString>("extension");

    const QString mobile = QStringLiteral("13812345678");
    const QString mobileMasked = QStringLiteral("138****5678");
    QTest::newRow("mobile") << mobile << mobile << true << mobileMasked << QString();
    QTest::newRow("mobile with spaces")
        << QStringLiteral(" 138 1234 5678 ") << mobile << true << mobileMasked << QString();
    QTest::newRow("mobile with hyphens")
        << QStringLiteral("138-1234-5678") << mobile << true << mobileMasked << QString();
    QTest::newRow("mobile +86") << QStringLiteral("+86 138 1234 5678") << mobile << true << mobileMasked
                                << QString();
    QTest::newRow("mobile +86 no space")
        << QStringLiteral("+8613812345678") << mobile << true << mobileMasked << QString();
    QTest::newRow("mobile 0086") << QStringLiteral("0086-13812345678") << mobile << true << mobileMasked
                                 << QString();
    QTest::newRow("mobile (+86)") << QStringLiteral("(+86) 13812345678") << mobile << true << mobileMasked
                                  << QString();
    QTest::newRow("mobile full-width") << QStringLiteral(
        "\uFF0B\uFF18\uFF16\u3000\uFF11\uFF13\uFF18\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18")
                                       << mobile << true << mobileMasked << QString();
    QTest::newRow("mobile 19x") << QStringLiteral("19912345678") << QStringLiteral("19912345678") << true
                                << QStringLiteral("199****5678") << QString();
    QTest::newRow("mobile 17x") << QStringLiteral("17000000000") << QStringLiteral("17000000000") << true
                                << QStringLiteral("170****0000") << QString();

    const QString hangzhou = QStringLiteral("0571-88776655");
    const QString hangzhouMasked = QStringLiteral("0571-****6655");
    QTest::newRow("landline") << hangzhou << hangzhou << false << hangzhouMasked << QString();
    QTest::newRow("landline without hyphen")
        << QStringLiteral("057188776655") << hangzhou << false << hangzhouMasked << QString();
    QTest::newRow("landline with parentheses")
        << QStringLiteral("(0571) 88776655") << hangzhou << false << hangzhouMasked << QString();
    QTest::newRow("landline full-width parentheses")
        << QStringLiteral("\uFF080571\uFF0988776655") << hangzhou << false << hangzhouMasked << QString();
    QTest::newRow("landline +86 without trunk 0")
        << QStringLiteral("+86 571 8877 6655") << hangzhou << false << hangzhouMasked << QString();
    QTest::newRow("landline 0086 with trunk 0")
        << QStringLiteral("0086 0571 88776655") << hangzhou << false << hangzhouMasked << QString();
    QTest::newRow("Beijing 010") << QStringLiteral("010-65529988") << QStringLiteral("010-65529988") << false
                                 << QStringLiteral("010-****9988") << QString();
    QTest::newRow("Beijing no hyphen") << QStringLiteral("01065529988") << QStringLiteral("010-65529988")
                                       << false << QStringLiteral("010-****9988") << QString();
    QTest::newRow("Beijing +86 10") << QStringLiteral("+86 10 6552 9988") << QStringLiteral("010-65529988")
                                    << false << QStringLiteral("010-****9988") << QString();
    QTest::newRow("Guangzhou 020") << QStringLiteral("020-87654321") << QStringLiteral("020-87654321")
                                   << false << QStringLiteral("020-****4321") << QString();
    QTest::newRow("Xi'an 029, 7 digits") << QStringLiteral("029-8765432") << QStringLiteral("029-8765432")
                                         << false << QStringLiteral("029-***5432") << QString();
    QTest::newRow("Haikou 0898") << QStringLiteral("0898-66123456") << QStringLiteral("0898-66123456")
                                 << false << QStringLiteral("0898-****3456") << QString();
    QTest::newRow("4-digit area, 7 digits")
        << QStringLiteral("0935-2345678") << QStringLiteral("0935-2345678") << false
        << QStringLiteral("0935-***5678") << QString();
    QTest::newRow("extension") << QStringLiteral("0571-88776655转123") << QStringLiteral("0571-88776655转123")
                               << false << hangzhouMasked << QStringLiteral("123");
    QTest::newRow("6-digit extension, spaced")
        << QStringLiteral("0571 88776655 转 123456") << QStringLiteral("0571-88776655转123456") << false
        << hangzhouMasked << QStringLiteral("123456");
    QTest::newRow("1-digit extension")
        << QStringLiteral("010-65529988转8") << QStringLiteral("010-65529988转8") << false
        << QStringLiteral("010-****9988") << QStringLiteral("8");
}

void TestPhoneNumber::acceptsValidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QFETCH(bool, mobile);
    QFETCH(QString, masked);
    QFETCH(QString, extension);

    const auto phone = PhoneNumber::parse(input);
    QVERIFY2(phone.has_value(), qPrintable(phone ? QString() : phone.error().toString()));
    QCOMPARE(phone->text(), text);
    QCOMPARE(phone->isMobile(), mobile);
    QCOMPARE(phone->masked(), masked);
    QCOMPARE(phone->extension(), extension);
    QCOMPARE(phone->areaCode().isEmpty(), mobile);
    // The normalised text is itself a valid input that gives the same number.
    QCOMPARE(PhoneNumber::parse(phone->text())->text(), text);
}

void TestPhoneNumber::rejectsInvalidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty") << QString() << QStringLiteral("required");
    QTest::newRow("whitespace") << QStringLiteral(" \t ") << QStringLiteral("required");
    QTest::newRow("hyphens only") << QStringLiteral("---") << QStringLiteral("needs digits");
    QTest::newRow("country code only") << QStringLiteral("+86") << QStringLiteral("needs digits");
    QTest::newRow("mobile 10 digits") << QStringLiteral("1381234567") << QStringLiteral("11 digits, not 10");
    QTest::newRow("mobile 12 digits")
        << QStringLiteral("138123456789") << QStringLiteral("11 digits, not 12");
    QTest::newRow("mobile 12x") << QStringLiteral("12812345678")
                                << QStringLiteral("starts with 13 to 19, not 12");
    QTest::newRow("mobile 11x") << QStringLiteral("11012345678") << QStringLiteral("not 11");
    QTest::newRow("mobile 10x") << QStringLiteral("10012345678") << QStringLiteral("not 10");
    QTest::newRow("mobile with extension") << QStringLiteral("13812345678转12")
                                           << QStringLiteral("Only a landline number can have an extension");
    QTest::newRow("no area code") << QStringLiteral("88776655") << QStringLiteral("needs its area code");
    QTest::newRow("+86 then short mobile")
        << QStringLiteral("+86 138 1234 567") << QStringLiteral("11 digits, not 10");
    QTest::newRow("bad area 011") << QStringLiteral("011-88776655")
                                  << QStringLiteral("0118 is not an area code");
    QTest::newRow("bad area 00") << QStringLiteral("00-88776655")
                                 << QStringLiteral("Only mainland China numbers");
    QTest::newRow("zero alone") << QStringLiteral("0") << QStringLiteral("is not an area code");
    QTest::newRow("subscriber 6 digits")
        << QStringLiteral("0571-887766") << QStringLiteral("after the area code 0571, not 6");
    QTest::newRow("subscriber 9 digits") << QStringLiteral("0571-887766554") << QStringLiteral("not 9");
    QTest::newRow("area code only") << QStringLiteral("0571") << QStringLiteral("not 0");
    QTest::newRow("Beijing 9 digits")
        << QStringLiteral("010-655299881") << QStringLiteral("area code 010, not 9");
    QTest::newRow("subscriber starts 0")
        << QStringLiteral("0571-08776655") << QStringLiteral("cannot start with 0 or 1");
    QTest::newRow("subscriber starts 1")
        << QStringLiteral("010-18776655") << QStringLiteral("cannot start with 0 or 1");
    QTest::newRow("empty extension") << QStringLiteral("0571-88776655转") << QStringLiteral("1 to 6 digits");
    QTest::newRow("7-digit extension")
        << QStringLiteral("0571-88776655转1234567") << QStringLiteral("1 to 6 digits");
    QTest::newRow("letter in extension")
        << QStringLiteral("0571-88776655转12a") << QStringLiteral("1 to 6 digits");
    QTest::newRow("two extensions") << QStringLiteral("0571-88776655转1转2")
                                    << QStringLiteral("1 to 6 digits");
    QTest::newRow("extension alone") << QStringLiteral("转123") << QStringLiteral("needs digits");
    QTest::newRow("US number +1") << QStringLiteral("+1 202 555 0100")
                                  << QStringLiteral("Only mainland China numbers");
    QTest::newRow("US number 001") << QStringLiteral("001 202 5550100")
                                   << QStringLiteral("Only mainland China numbers");
    QTest::newRow("Hong Kong +852") << QStringLiteral("+852 2345 6789")
                                    << QStringLiteral("Only mainland China numbers");
    QTest::newRow("letters") << QStringLiteral("138abcd5678") << QStringLiteral("“a” cannot appear");
    QTest::newRow("dots") << QStringLiteral("138.1234.5678") << QStringLiteral("“.” cannot appear");
    QTest::newRow("ext keyword") << QStringLiteral("0571-88776655 ext 12")
                                 << QStringLiteral("“e” cannot appear");
    QTest::newRow("SQL injection") << QStringLiteral("1'); DROP TABLE x;--")
                                   << QStringLiteral("“'” cannot appear");
}

void TestPhoneNumber::rejectsInvalidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, fragment);
    VERIFY_REJECTED(PhoneNumber::parse(input), fragment);
}

void TestPhoneNumber::rejectionMessagesAreDistinct()
{
    const QStringList inputs = {
        QString(), // empty
        QStringLiteral("---"), // no digits
        QStringLiteral("0571-88776655转"), // extension
        QStringLiteral("+1 2025550100"), // foreign
        QStringLiteral("138x"), // character
        QStringLiteral("1381234567"), // mobile length
        QStringLiteral("12812345678"), // mobile prefix
        QStringLiteral("13812345678转1"), // mobile extension
        QStringLiteral("88776655"), // no area code
        QStringLiteral("011-88776655"), // bad area code
        QStringLiteral("0571-887766"), // subscriber length
        QStringLiteral("0571-08776655"), // subscriber prefix
    };
    QCOMPARE(jiuzhu::testing::distinctRejectionMessages(
                 inputs, [](const QString& input) { return PhoneNumber::parse(input); }),
        inputs.size());
}

void TestPhoneNumber::equalityIgnoresFormatting()
{
    const auto a = PhoneNumber::parse(QStringLiteral("+86 571 8877 6655"));
    const auto b = PhoneNumber::parse(QStringLiteral("(0571)88776655"));
    QVERIFY(a && b);
    QVERIFY(*a == *b);
    QCOMPARE(qHash(*a), qHash(*b));
    QVERIFY(!(*a == *PhoneNumber::parse(QStringLiteral("0571-88776655转1"))));
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
