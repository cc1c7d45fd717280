#include "core/domain/PersonName.h"
#include "tests/common/VerifyRejected.h"

#include <QSet>
#include <QTest>

using jiuzhu::PersonName;

namespace {

const QString kJi = QStringLiteral("\U00020BB7"); // 𠮷, CJK Extension B
const QString kAyguli = QStringLiteral("阿依古丽\u00B7买买提"); // canonical form

QString repeated(const QString& s, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += s;
    return out;
}

QString withUnit(char16_t unit)
{
    return QStringLiteral("张") + QChar(unit) + QStringLiteral("三");
}

} // namespace

class TestPersonName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidNames_data();
    void acceptsValidNames();
    void rejectsInvalidNames_data();
    void rejectsInvalidNames();
    void rejectionMessagesAreDistinct();
    void equalityFollowsNormalisation();
};

void TestPersonName::acceptsValidNames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("codePoints");
    QTest::addColumn<bool>("minority");

    QTest::newRow("two Han") << QStringLiteral("张三") << QStringLiteral("张三") << 2 << false;
    QTest::newRow("compound surname")
        << QStringLiteral("欧阳娜娜") << QStringLiteral("欧阳娜娜") << 4 << false;
    QTest::newRow("trimmed") << QStringLiteral(" \t张三\n") << QStringLiteral("张三") << 2 << false;
    QTest::newRow("ideographic spaces trimmed")
        << QStringLiteral("\u3000李四\u3000") << QStringLiteral("李四") << 2 << false;
    QTest::newRow("Ext-B 𠮷") << kJi + QStringLiteral("祥") << kJi + QStringLiteral("祥") << 2 << false;
    QTest::newRow("Ext-A 䶮") << QStringLiteral("刘\u4DAE") << QStringLiteral("刘\u4DAE") << 2 << false;
    QTest::newRow("Ext-G biang") << QStringLiteral("\U00030EDE\U00030EDE")
                                 << QStringLiteral("\U00030EDE\U00030EDE") << 2 << false;
    QTest::newRow("ideographic zero")
        << QStringLiteral("王\u3007") << QStringLiteral("王\u3007") << 2 << false;
    QTest::newRow("compatibility ideograph to NFC")
        << QStringLiteral("\uF900先生") << QStringLiteral("\u8C48先生") << 3 << false;
    QTest::newRow("dot U+00B7") << QStringLiteral("阿依古丽\u00B7买买提") << kAyguli << 8 << true;
    QTest::newRow("dot U+2022 bullet") << QStringLiteral("阿依古丽\u2022买买提") << kAyguli << 8 << true;
    QTest::newRow("dot U+30FB katakana") << QStringLiteral("阿依古丽\u30FB买买提") << kAyguli << 8 << true;
    QTest::newRow("dot U+FF65 halfwidth") << QStringLiteral("阿依古丽\uFF65买买提") << kAyguli << 8 << true;
    QTest::newRow("dot U+2027 hyphenation") << QStringLiteral("阿依古丽\u2027买买提") << kAyguli << 8 << true;
    QTest::newRow("dot U+0387 ano teleia") << QStringLiteral("阿依古丽\u0387买买提") << kAyguli << 8 << true;
    QTest::newRow("dot U+22C5 operator") << QStringLiteral("阿依古丽\u22C5买买提") << kAyguli << 8 << true;
    QTest::newRow("dot U+2219 bullet operator")
        << QStringLiteral("阿依古丽\u2219买买提") << kAyguli << 8 << true;
    QTest::newRow("two dots apart") << QStringLiteral("爱新觉罗\u00B7溥\u00B7仪")
                                    << QStringLiteral("爱新觉罗\u00B7溥\u00B7仪") << 8 << true;
    QTest::newRow("30 Han") << repeated(QStringLiteral("张"), 30) << repeated(QStringLiteral("张"), 30) << 30
                            << false;
    QTest::newRow("30 Ext-B (60 UTF-16 units)") << repeated(kJi, 30) << repeated(kJi, 30) << 30 << false;
    QTest::newRow("Latin") << QStringLiteral("John Smith") << QStringLiteral("John Smith") << 10 << false;
    QTest::newRow("Latin spaces collapsed")
        << QStringLiteral("John \u00A0  Smith") << QStringLiteral("John Smith") << 10 << false;
    QTest::newRow("Latin precomposed accents")
        << QStringLiteral("Zoë García") << QStringLiteral("Zoë García") << 10 << false;
    QTest::newRow("Latin combining accent to NFC")
        << QStringLiteral("Jose\u0301") << QStringLiteral("Jos\u00E9") << 4 << false;
    QTest::newRow("Latin with middle dot")
        << QStringLiteral("Anna\u2022Lee") << QStringLiteral("Anna\u00B7Lee") << 8 << true;
}

void TestPersonName::acceptsValidNames()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QFETCH(int, codePoints);
    QFETCH(bool, minority);

    const auto name = PersonName::parse(input);
    QVERIFY2(name.has_value(), qPrintable(name ? QString() : name.error().toString()));
    QCOMPARE(name->text(), text);
    QCOMPARE(name->codePointCount(), codePoints);
    QCOMPARE(name->isMinorityStyle(), minority);
}

void TestPersonName::rejectsInvalidNames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty") << QString() << QStringLiteral("required");
    QTest::newRow("whitespace only") << QStringLiteral(" \u3000\t") << QStringLiteral("required");
    QTest::newRow("31 Han") << repeated(QStringLiteral("张"), 31)
                            << QStringLiteral("at most 30 characters, but this one has 31");
    QTest::newRow("31 Ext-B") << repeated(kJi, 31) << QStringLiteral("this one has 31");
    QTest::newRow("10,000 characters")
        << repeated(QStringLiteral("a"), 10'000) << QStringLiteral("this one has 10000");
    QTest::newRow("bidi RLO U+202E") << withUnit(u'\u202E')
                                     << QStringLiteral("control character (U+202E) at position 2");
    QTest::newRow("bidi LRE U+202A") << withUnit(u'\u202A') << QStringLiteral("(U+202A)");
    QTest::newRow("bidi LRI U+2066") << withUnit(u'\u2066') << QStringLiteral("(U+2066)");
    QTest::newRow("bidi PDI U+2069") << withUnit(u'\u2069') << QStringLiteral("(U+2069)");
    QTest::newRow("zero-width joiner") << withUnit(u'\u200D') << QStringLiteral("(U+200D)");
    QTest::newRow("zero-width non-joiner") << withUnit(u'\u200C') << QStringLiteral("(U+200C)");
    QTest::newRow("zero-width space") << withUnit(u'\u200B') << QStringLiteral("(U+200B)");
    QTest::newRow("byte order mark") << withUnit(u'\uFEFF') << QStringLiteral("(U+FEFF)");
    QTest::newRow("leading zero-width space")
        << QStringLiteral("\u200B张三") << QStringLiteral("(U+200B) at position 1");
    QTest::newRow("soft hyphen") << withUnit(u'\u00AD') << QStringLiteral("(U+00AD)");
    QTest::newRow("inner tab") << withUnit(u'\t') << QStringLiteral("(U+0009)");
    QTest::newRow("inner newline") << withUnit(u'\n') << QStringLiteral("(U+000A)");
    QTest::newRow("line separator") << withUnit(u'\u2028') << QStringLiteral("(U+2028)");
    QTest::newRow("NUL") << withUnit(u'\0') << QStringLiteral("(U+0000)");
    QTest::newRow("ASCII digit") << QStringLiteral("张3")
                                 << QStringLiteral("cannot contain digits, but character 2 is “3”");
    QTest::newRow("full-width digit")
        << QStringLiteral("张\uFF13") << QStringLiteral("cannot contain digits");
    QTest::newRow("Roman numeral") << QStringLiteral("张\u2162") << QStringLiteral("cannot contain digits");
    QTest::newRow("circled digit") << QStringLiteral("张\u2460") << QStringLiteral("cannot contain digits");
    QTest::newRow("Latin with digit")
        << QStringLiteral("John Smith 2") << QStringLiteral("cannot contain digits");
    QTest::newRow("SQL injection") << QStringLiteral("Robert'); DROP TABLE x;--")
                                   << QStringLiteral("cannot contain “'” (character 7)");
    QTest::newRow("full stop instead of dot")
        << QStringLiteral("阿依古丽.买买提") << QStringLiteral("cannot contain “.”");
    QTest::newRow("full-width full stop")
        << QStringLiteral("阿依古丽\uFF0E买买提") << QStringLiteral("cannot contain “\uFF0E”");
    QTest::newRow("ideographic full stop")
        << QStringLiteral("阿依古丽\u3002买买提") << QStringLiteral("cannot contain “\u3002”");
    QTest::newRow("hyphen") << QStringLiteral("Jean-Pierre") << QStringLiteral("cannot contain “-”");
    QTest::newRow("comma") << QStringLiteral("张,三") << QStringLiteral("cannot contain “,”");
    QTest::newRow("emoji") << QStringLiteral("张\U0001F600") << QStringLiteral("cannot contain “\U0001F600”");
    QTest::newRow("Kangxi radical lookalike")
        << QStringLiteral("张\u2F00") << QStringLiteral("cannot contain “\u2F00”");
    QTest::newRow("HTML") << QStringLiteral("<b>张</b>") << QStringLiteral("cannot contain “<”");
    QTest::newRow("mixed Han then Latin") << QStringLiteral("张John") << QStringLiteral("not a mix");
    QTest::newRow("mixed Latin then Han") << QStringLiteral("Lee 李") << QStringLiteral("not a mix");
    QTest::newRow("mixed with dot") << QStringLiteral("阿依古丽\u00B7Mamat") << QStringLiteral("not a mix");
    QTest::newRow("space in Han name") << QStringLiteral(
        "张 三") << QStringLiteral("Only names written in Latin letters can contain spaces");
    QTest::newRow("ideographic space inside")
        << QStringLiteral("张\u3000三") << QStringLiteral("can contain spaces");
    QTest::newRow("dot first") << QStringLiteral("\u00B7买买提")
                               << QStringLiteral("cannot come first or last");
    QTest::newRow("dot last") << QStringLiteral("阿依古丽\u30FB")
                              << QStringLiteral("cannot come first or last");
    QTest::newRow("dot alone") << QStringLiteral("\u00B7") << QStringLiteral("cannot come first or last");
    QTest::newRow("dot doubled") << QStringLiteral("阿依古丽\u00B7\u00B7买买提")
                                 << QStringLiteral("twice in a row");
    QTest::newRow("dot doubled via variants")
        << QStringLiteral("阿依古丽\u2022\uFF65买买提") << QStringLiteral("twice in a row");
    QTest::newRow("Cyrillic") << QStringLiteral("Иван") << QStringLiteral("Character 1 “И” is neither");
    QTest::newRow("Uyghur Arabic script")
        << QStringLiteral("\u0626\u0627\u0628\u062F\u06C7") << QStringLiteral("is neither");
    QTest::newRow("Hangul") << QStringLiteral("김철수") << QStringLiteral("is neither");
    QTest::newRow("Hiragana") << QStringLiteral("さくら") << QStringLiteral("is neither");
    QTest::newRow("private use") << withUnit(u'\uE000')
                                 << QStringLiteral("Character 2 (U+E000) is not a recognised");
    QTest::newRow("unassigned") << withUnit(u'\u0378') << QStringLiteral("(U+0378) is not a recognised");
    QTest::newRow("unpaired surrogate")
        << withUnit(u'\xD842') << QStringLiteral("(U+D842) is not a recognised");
}

void TestPersonName::rejectsInvalidNames()
{
    QFETCH(QString, input);
    QFETCH(QString, fragment);
    VERIFY_REJECTED(PersonName::parse(input), fragment);
}

void TestPersonName::rejectionMessagesAreDistinct()
{
    const QStringList inputs = {
        QString(), // empty
        repeated(QStringLiteral("张"), 31), // too long
        withUnit(u'\u202E'), // control
        withUnit(u'\uE000'), // unrecognised
        QStringLiteral("张3"), // digit
        QStringLiteral("张."), // punctuation
        QStringLiteral("Иван"), // other script
        QStringLiteral("张John"), // mixed
        QStringLiteral("张 三"), // space
        QStringLiteral("\u00B7张"), // dot at an end
        QStringLiteral("张\u00B7\u00B7三"), // dot doubled
    };
    QCOMPARE(jiuzhu::testing::distinctRejectionMessages(
                 inputs, [](const QString& input) { return PersonName::parse(input); }),
        inputs.size());
}

void TestPersonName::equalityFollowsNormalisation()
{
    const auto a = PersonName::parse(QStringLiteral("阿依古丽\u2022买买提"));
    const auto b = PersonName::parse(QStringLiteral(" 阿依古丽\u30FB买买提 "));
    QVERIFY(a && b);
    QVERIFY(*a == *b);
    QCOMPARE(qHash(*a), qHash(*b));
    QVERIFY(!(*a == *PersonName::parse(QStringLiteral("欧阳娜娜"))));
}

QTEST_GUILESS_MAIN(TestPersonName)
#include "tst_personname.moc"
