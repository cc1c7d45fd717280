#include "core/search/PinyinConverter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <array>
#include <latch>
#include <thread>
#include <vector>

using jiuzhu::PinyinConverter;

namespace {

QStringList split(const QString& spaceSeparated)
{
    return spaceSeparated.split(u' ', Qt::SkipEmptyParts);
}

bool isSyllable(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'a' || c > u'z')
            return false;
    }
    return true;
}

// Deterministic ordinary names: every surname with one- and two-character
// given names.
QStringList sampleNames(qsizetype count)
{
    const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗单曾解区查朴翟任");
    const QString given
        = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华霞平刚桂兰玉红燕萍建国文辉长春");
    QStringList names;
    names.reserve(count);
    for (qsizetype i = 0; names.size() < count; ++i) {
        QString name = surnames.at(i % surnames.size()) + given.at(i % given.size());
        if (i % 3 != 0)
            name += given.at((i / 7) % given.size());
        names.append(name);
    }
    return names;
}

// QVERIFY2 in Qt 6.4 evaluates its message even when the check passes.
template <typename T> QByteArray describe(const jiuzhu::Result<T>& result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

} // namespace

class TestPinyinConverter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First, so that the racing first calls construct the instance.
    void instanceIsSharedAcrossThreads();
    void concurrentConversionsAgree();

    void syllables_data();
    void syllables();
    void fullPinyinAndInitials_data();
    void fullPinyinAndInitials();
    void rareCharacters_data();
    void rareCharacters();
    void textHasNoSurnameHandling_data();
    void textHasNoSurnameHandling();
    void unreadableCharactersProduceNothing();
    void everyHanCharacterGivesOneSyllableOrNothing();

    void surnameTableLoads();
    void surnameTableReadingsAreUsed();
    void parseSurnameTableRejects_data();
    void parseSurnameTableRejects();
    void parseSurnameTableAccepts();

    void conversionIsFast();
};

void TestPinyinConverter::instanceIsSharedAcrossThreads()
{
    constexpr int threadCount = 4;
    std::array<const PinyinConverter*, threadCount> seen {};
    std::latch start(threadCount);
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&seen, &start, t] {
            start.arrive_and_wait();
            seen[t] = &PinyinConverter::instance();
        });
    }
    for (std::thread& thread : threads)
        thread.join();

    QVERIFY(seen[0] != nullptr);
    for (const PinyinConverter* converter : seen)
        QCOMPARE(converter, seen[0]);
    QCOMPARE(&PinyinConverter::instance(), seen[0]);
}

void TestPinyinConverter::concurrentConversionsAgree()
{
    const PinyinConverter& converter = PinyinConverter::instance();
    const QStringList names = sampleNames(2000);
    QStringList expected;
    for (const QString& name : names)
        expected.append(converter.fullPinyin(name));

    constexpr int threadCount = 4;
    std::array<int, threadCount> mismatches {};
    std::latch start(threadCount);
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            for (qsizetype i = 0; i < names.size(); ++i) {
                if (converter.fullPinyin(names.at(i)) != expected.at(i))
                    ++mismatches[t];
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();

    for (int m : mismatches)
        QCOMPARE(m, 0);
}

void TestPinyinConverter::syllables_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("张三") << QStringLiteral("张三") << split(QStringLiteral("zhang san"));
    // Surnames ICU misreads.
    QTest::newRow("单雄信") << QStringLiteral("单雄信") << split(QStringLiteral("shan xiong xin"));
    QTest::newRow("曾国藩") << QStringLiteral("曾国藩") << split(QStringLiteral("zeng guo fan"));
    QTest::newRow("解缙") << QStringLiteral("解缙") << split(QStringLiteral("xie jin"));
    QTest::newRow("仇英") << QStringLiteral("仇英") << split(QStringLiteral("qiu ying"));
    QTest::newRow("区寿年") << QStringLiteral("区寿年") << split(QStringLiteral("ou shou nian"));
    QTest::newRow("查良镛") << QStringLiteral("查良镛") << split(QStringLiteral("zha liang yong"));
    QTest::newRow("朴槿惠") << QStringLiteral("朴槿惠") << split(QStringLiteral("piao jin hui"));
    QTest::newRow("盖聂") << QStringLiteral("盖聂") << split(QStringLiteral("ge nie"));
    QTest::newRow("乐嘉") << QStringLiteral("乐嘉") << split(QStringLiteral("yue jia"));
    QTest::newRow("缪荃孙") << QStringLiteral("缪荃孙") << split(QStringLiteral("miao quan sun"));
    QTest::newRow("翟志刚") << QStringLiteral("翟志刚") << split(QStringLiteral("zhai zhi gang"));
    QTest::newRow("任正非") << QStringLiteral("任正非") << split(QStringLiteral("ren zheng fei"));
    QTest::newRow("覃振") << QStringLiteral("覃振") << split(QStringLiteral("qin zhen"));
    QTest::newRow("隗嚣") << QStringLiteral("隗嚣") << split(QStringLiteral("wei xiao"));
    QTest::newRow("蔚 surname, 蔚 given") << QStringLiteral("蔚蔚") << split(QStringLiteral("yu wei"));
    QTest::newRow("lone surname 单") << QStringLiteral("单") << split(QStringLiteral("shan"));
    // Compound surnames, longest match first.
    QTest::newRow("尉迟恭") << QStringLiteral("尉迟恭") << split(QStringLiteral("yu chi gong"));
    QTest::newRow("万俟卨") << QStringLiteral("万俟卨") << split(QStringLiteral("mo qi xie"));
    QTest::newRow("澹台灭明") << QStringLiteral("澹台灭明") << split(QStringLiteral("tan tai mie ming"));
    QTest::newRow("长孙无忌") << QStringLiteral("长孙无忌") << split(QStringLiteral("zhang sun wu ji"));
    QTest::newRow("令狐冲") << QStringLiteral("令狐冲") << split(QStringLiteral("ling hu chong"));
    QTest::newRow("欧阳修") << QStringLiteral("欧阳修") << split(QStringLiteral("ou yang xiu"));
    QTest::newRow("诸葛亮") << QStringLiteral("诸葛亮") << split(QStringLiteral("zhu ge liang"));
    QTest::newRow("单于 is 单 + given name")
        << QStringLiteral("单于波") << split(QStringLiteral("shan yu bo"));
    // Overrides apply only at the start of the name.
    QTest::newRow("李单") << QStringLiteral("李单") << split(QStringLiteral("li dan"));
    QTest::newRow("王曾") << QStringLiteral("王曾") << split(QStringLiteral("wang ceng"));
    QTest::newRow("张解放") << QStringLiteral("张解放") << split(QStringLiteral("zhang jie fang"));
    QTest::newRow("李尉迟") << QStringLiteral("李尉迟") << split(QStringLiteral("li wei chi"));
    QTest::newRow("leading space") << QStringLiteral(" 单雄信") << split(QStringLiteral("shan xiong xin"));
    // Given-name fixes.
    QTest::newRow("李长春") << QStringLiteral("李长春") << split(QStringLiteral("li chang chun"));
    QTest::newRow("王晟") << QStringLiteral("王晟") << split(QStringLiteral("wang sheng"));
    QTest::newRow("吕布 (ü folded)") << QStringLiteral("吕布") << split(QStringLiteral("lu bu"));
    // Minority names: every kind of middle dot is only a separator.
    QTest::newRow("middle dot") << QStringLiteral("阿依古丽·买买提")
                                << split(QStringLiteral("a yi gu li mai mai ti"));
    QTest::newRow("bullet") << QStringLiteral("阿依古丽•买买提")
                            << split(QStringLiteral("a yi gu li mai mai ti"));
    QTest::newRow("katakana dot") << QStringLiteral("阿依古丽・买买提")
                                  << split(QStringLiteral("a yi gu li mai mai ti"));
    QTest::newRow("spaced dot") << QStringLiteral("阿依古丽 · 买买提")
                                << split(QStringLiteral("a yi gu li mai mai ti"));
    // Surrogate pairs.
    QTest::newRow("𠮷 (no ICU reading, fixed)") << QStringLiteral("𠮷田") << split(QStringLiteral("ji tian"));
    QTest::newRow("赵孟𫖯 (extension C)")
        << QStringLiteral("赵孟𫖯") << split(QStringLiteral("zhao meng fu"));
    // Non-Han text.
    QTest::newRow("John Smith") << QStringLiteral("John Smith") << split(QStringLiteral("john smith"));
    QTest::newRow("full-width") << QStringLiteral("ＪＯＨＮ　Ｓｍｉｔｈ")
                                << split(QStringLiteral("john smith"));
    QTest::newRow("José Martí") << QStringLiteral("José Martí") << split(QStringLiteral("jose marti"));
    QTest::newRow("Han then Latin") << QStringLiteral("李Lily") << split(QStringLiteral("li lily"));
    QTest::newRow("Cyrillic dropped") << QStringLiteral("Иван") << QStringList();
    QTest::newRow("Kangxi radical") << QStringLiteral("王⽣") << split(QStringLiteral("wang sheng"));
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only a dot") << QStringLiteral("·") << QStringList();
}

void TestPinyinConverter::syllables()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    QCOMPARE(PinyinConverter::instance().syllables(name), expected);
}

void TestPinyinConverter::fullPinyinAndInitials_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("initials");

    QTest::newRow("张三") << QStringLiteral("张三") << QStringLiteral("zhangsan") << QStringLiteral("zs");
    QTest::newRow("单雄信") << QStringLiteral("单雄信") << QStringLiteral("shanxiongxin")
                            << QStringLiteral("sxx");
    QTest::newRow("曾国藩") << QStringLiteral("曾国藩") << QStringLiteral("zengguofan")
                            << QStringLiteral("zgf");
    QTest::newRow("解缙") << QStringLiteral("解缙") << QStringLiteral("xiejin") << QStringLiteral("xj");
    QTest::newRow("仇英") << QStringLiteral("仇英") << QStringLiteral("qiuying") << QStringLiteral("qy");
    QTest::newRow("尉迟恭") << QStringLiteral("尉迟恭") << QStringLiteral("yuchigong")
                            << QStringLiteral("ycg");
    QTest::newRow("万俟卨") << QStringLiteral("万俟卨") << QStringLiteral("moqixie") << QStringLiteral("mqx");
    QTest::newRow("欧阳修") << QStringLiteral("欧阳修") << QStringLiteral("ouyangxiu")
                            << QStringLiteral("oyx");
    QTest::newRow("诸葛亮") << QStringLiteral("诸葛亮") << QStringLiteral("zhugeliang")
                            << QStringLiteral("zgl");
    QTest::newRow("李单") << QStringLiteral("李单") << QStringLiteral("lidan") << QStringLiteral("ld");
    QTest::newRow("zh ch sh initials")
        << QStringLiteral("张志成") << QStringLiteral("zhangzhicheng") << QStringLiteral("zzc");
    QTest::newRow("阿依古丽·买买提") << QStringLiteral("阿依古丽·买买提") << QStringLiteral("ayigulimaimaiti")
                                     << QStringLiteral("ayglmmt");
    QTest::newRow("John Smith") << QStringLiteral("John Smith") << QStringLiteral("johnsmith")
                                << QStringLiteral("js");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestPinyinConverter::fullPinyinAndInitials()
{
    QFETCH(QString, name);
    QFETCH(QString, full);
    QFETCH(QString, initials);
    const PinyinConverter& converter = PinyinConverter::instance();
    QCOMPARE(converter.fullPinyin(name), full);
    QCOMPARE(converter.initials(name), initials);
}

void TestPinyinConverter::rareCharacters_data()
{
    QTest::addColumn<QString>("character");
    QTest::addColumn<QString>("reading");

    QTest::newRow("堃") << QStringLiteral("堃") << QStringLiteral("kun");
    QTest::newRow("喆") << QStringLiteral("喆") << QStringLiteral("zhe");
    QTest::newRow("玥") << QStringLiteral("玥") << QStringLiteral("yue");
    QTest::newRow("镕") << QStringLiteral("镕") << QStringLiteral("rong");
    QTest::newRow("焱") << QStringLiteral("焱") << QStringLiteral("yan");
    QTest::newRow("淼") << QStringLiteral("淼") << QStringLiteral("miao");
    QTest::newRow("犇") << QStringLiteral("犇") << QStringLiteral("ben");
    QTest::newRow("昇") << QStringLiteral("昇") << QStringLiteral("sheng");
    QTest::newRow("䶮 (extension A)") << QStringLiteral("䶮") << QStringLiteral("yan");
}

void TestPinyinConverter::rareCharacters()
{
    QFETCH(QString, character);
    QFETCH(QString, reading);
    const PinyinConverter& converter = PinyinConverter::instance();
    QCOMPARE(converter.syllables(QStringLiteral("王") + character),
        (QStringList {QStringLiteral("wang"), reading}));
    QCOMPARE(converter.syllablesOfText(character), QStringList {reading});
}

void TestPinyinConverter::textHasNoSurnameHandling_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("单家村") << QStringLiteral("单家村") << split(QStringLiteral("dan jia cun"));
    QTest::newRow("曾家庄") << QStringLiteral("曾家庄") << split(QStringLiteral("ceng jia zhuang"));
    QTest::newRow("解放村") << QStringLiteral("解放村") << split(QStringLiteral("jie fang cun"));
    QTest::newRow("长乐村") << QStringLiteral("长乐村") << split(QStringLiteral("chang le cun"));
    QTest::newRow("digits kept") << QStringLiteral("红旗村3组") << split(QStringLiteral("hong qi cun 3 zu"));
}

void TestPinyinConverter::textHasNoSurnameHandling()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(PinyinConverter::instance().syllablesOfText(text), expected);
}

void TestPinyinConverter::unreadableCharactersProduceNothing()
{
    const PinyinConverter& converter = PinyinConverter::instance();
    // The iteration mark is a Han character with no reading of its own.
    QCOMPARE(converter.syllables(QStringLiteral("王々")), QStringList {QStringLiteral("wang")});
    // U+20004, an extension B character ICU 72 cannot read. Should a newer ICU
    // learn it, one clean syllable is fine too; the raw character never is.
    const QStringList withUnreadable = converter.syllables(QStringLiteral("王\U00020004明"));
    QVERIFY2(withUnreadable.size() == 2 || withUnreadable.size() == 3, qPrintable(withUnreadable.join(u' ')));
    QCOMPARE(withUnreadable.front(), QStringLiteral("wang"));
    QCOMPARE(withUnreadable.back(), QStringLiteral("ming"));
    for (const QString& syllable : withUnreadable)
        QVERIFY2(isSyllable(syllable), qPrintable(syllable));
}

void TestPinyinConverter::everyHanCharacterGivesOneSyllableOrNothing()
{
    const PinyinConverter& converter = PinyinConverter::instance();
    struct Range
    {
        char32_t first;
        char32_t last;
    };
    // The unified ideographs, extensions A and B, and the compatibility block.
    const std::array ranges
        = {Range {0x4E00, 0x9FFF}, Range {0x3400, 0x4DBF}, Range {0x20000, 0x2A6DF}, Range {0xF900, 0xFAFF}};
    int readable = 0;
    for (const Range& range : ranges) {
        for (char32_t c = range.first; c <= range.last; ++c) {
            const QStringList result = converter.syllablesOfText(QString::fromUcs4(&c, 1));
            if (result.isEmpty())
                continue;
            if (result.size() != 1 || !isSyllable(result.front()))
                QFAIL(qPrintable(QStringLiteral("U+%1 → %2").arg(uint(c), 4, 16).arg(result.join(u'|'))));
            ++readable;
        }
    }
    // Guards against a broken transliterator that reads nothing at all.
    QVERIFY2(readable > 30000, qPrintable(QString::number(readable)));
}

void TestPinyinConverter::surnameTableLoads()
{
    QFile file(PinyinConverter::surnameTablePath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const auto table = PinyinConverter::parseSurnameTable(QString::fromUtf8(file.readAll()));
    QVERIFY2(table.has_value(), describe(table).constData());
    QVERIFY(table->size() >= 30);
    QCOMPARE(table->value(QStringLiteral("单")), QStringList {QStringLiteral("shan")});
    QCOMPARE(table->value(QStringLiteral("尉迟")), split(QStringLiteral("yu chi")));
    for (auto it = table->cbegin(); it != table->cend(); ++it) {
        QCOMPARE(it.value().size(), it.key().toUcs4().size());
        for (const QString& syllable : it.value())
            QVERIFY2(isSyllable(syllable), qPrintable(it.key()));
    }
}

void TestPinyinConverter::surnameTableReadingsAreUsed()
{
    QFile file(PinyinConverter::surnameTablePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto table = PinyinConverter::parseSurnameTable(QString::fromUtf8(file.readAll()));
    QVERIFY(table.has_value());
    const PinyinConverter& converter = PinyinConverter::instance();
    for (auto it = table->cbegin(); it != table->cend(); ++it) {
        QStringList expected = it.value();
        expected.append(QStringLiteral("ming"));
        QCOMPARE(converter.syllables(it.key() + QStringLiteral("明")), expected);
    }
}

void TestPinyinConverter::parseSurnameTableRejects_data()
{
    QTest::addColumn<QString>("tsv");
    QTest::addColumn<int>("badLine");

    QTest::newRow("no tab") << QStringLiteral("单 shan") << 1;
    QTest::newRow("two tabs") << QStringLiteral("单\t\tshan") << 1;
    QTest::newRow("third column") << QStringLiteral("单\tshan\tdan") << 1;
    QTest::newRow("upper case") << QStringLiteral("单\tShan") << 1;
    QTest::newRow("tone mark") << QStringLiteral("单\tshàn") << 1;
    QTest::newRow("tone number") << QStringLiteral("单\tshan4") << 1;
    QTest::newRow("trailing space") << QStringLiteral("单\tshan ") << 1;
    QTest::newRow("too few syllables") << QStringLiteral("尉迟\tyu") << 1;
    QTest::newRow("too many syllables") << QStringLiteral("单\tshan dan") << 1;
    QTest::newRow("not Han") << QStringLiteral("abc\tabc") << 1;
    QTest::newRow("empty surname") << QStringLiteral("\tshan") << 1;
    QTest::newRow("duplicate on line 3") << QStringLiteral("单\tshan\n# comment\n单\tshan") << 3;
    QTest::newRow("bad line after comments") << QStringLiteral("# a\n\n曾\tzeng\r\n解\txie jie") << 4;
}

void TestPinyinConverter::parseSurnameTableRejects()
{
    QFETCH(QString, tsv);
    QFETCH(int, badLine);
    const auto table = PinyinConverter::parseSurnameTable(tsv);
    QVERIFY(!table.has_value());
    QCOMPARE(table.error().code, jiuzhu::ErrorCode::InvalidInput);
    QVERIFY2(table.error().message.startsWith(QStringLiteral("Line %1").arg(badLine)),
        qPrintable(table.error().message));
}

void TestPinyinConverter::parseSurnameTableAccepts()
{
    const auto table = PinyinConverter::parseSurnameTable(
        QStringLiteral("# comment\r\n\r\n单\tshan\r\n  # indented comment\n万俟\tmo qi\n"));
    QVERIFY2(table.has_value(), describe(table).constData());
    QCOMPARE(table->size(), 2);
    QCOMPARE(table->value(QStringLiteral("单")), QStringList {QStringLiteral("shan")});
    QCOMPARE(table->value(QStringLiteral("万俟")), split(QStringLiteral("mo qi")));
}

void TestPinyinConverter::conversionIsFast()
{
    const PinyinConverter& converter = PinyinConverter::instance();
    const QStringList names = sampleNames(10000);
    qsizetype characters = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QString& name : names)
        characters += converter.fullPinyin(name).size();
    const double microsecondsPerName = double(timer.nsecsElapsed()) / 1000.0 / double(names.size());
    qInfo("%.1f µs per name over %lld names", microsecondsPerName, static_cast<long long>(names.size()));
    QVERIFY(characters > 0);
    // Generous so that a loaded machine or a Debug build does not fail it;
    // the point is to catch a per-call transliterator creation (~100 ms).
    QVERIFY2(microsecondsPerName < 1000.0, qPrintable(QString::number(microsecondsPerName)));
}

QTEST_GUILESS_MAIN(TestPinyinConverter)
#include "tst_pinyinconverter.moc"
