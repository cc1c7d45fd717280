#include "core/demo/DemoWordLists.h"
#include "core/domain/PersonName.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace jiuzhu;

class TestDemoWordLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedListsLoad();
    void everyNamePartMakesAValidName();
    void placeNamesAreDistinct();
    void missingOrBrokenFilesAreErrors();
};

void TestDemoWordLists::embeddedListsLoad()
{
    auto words = DemoWordLists::load();
    QVERIFY2(words, qPrintable(words ? QString() : words.error().toString()));
    QVERIFY(words->surnames.size() > 100);
    QVERIFY(words->surnames.entries().contains(QStringLiteral("欧阳")));
    QVERIFY(words->rareCharacters.entries().contains(QStringLiteral("𠮷")));
    QCOMPARE(words->label(QStringLiteral("office.name")), QStringLiteral("城关镇人民政府（演示）"));
    QVERIFY(!words->reasons(QStringLiteral("refuse")).isEmpty());
}

void TestDemoWordLists::everyNamePartMakesAValidName()
{
    // Entries that are drawn rarely must be right too: build one name from
    // each and run it through the same parser the store uses.
    auto words = DemoWordLists::load();
    QVERIFY(words);
    const QString surname = QStringLiteral("王");
    const QString given = QStringLiteral("芳");
    const auto check = [](const QString& name) {
        auto parsed = PersonName::parse(name);
        return parsed && parsed->text() == name;
    };
    for (const QString& entry : words->surnames.entries())
        QVERIFY2(check(entry + given), qPrintable(entry));
    for (const DemoWeightedList* list : {&words->givenMale, &words->givenFemale, &words->rareCharacters}) {
        for (const QString& entry : list->entries()) {
            QCOMPARE(entry.toUcs4().size(), 1); // one character each: the generator relies on it
            QVERIFY2(check(surname + entry), qPrintable(entry));
        }
    }
    for (const DemoWeightedList* list : {&words->elderMale, &words->elderFemale})
        for (const QString& entry : list->entries())
            QVERIFY2(check(surname + entry), qPrintable(entry));
    for (const QString& entry : words->minorityFemale.entries()) {
        const QString name
            = entry + QChar(PersonName::kMiddleDot) + words->minorityMale.entries().constFirst();
        QVERIFY2(check(name), qPrintable(name));
    }
    for (const QString& entry : words->minorityMale.entries())
        QVERIFY2(check(entry + QChar(PersonName::kMiddleDot) + entry), qPrintable(entry));
}

void TestDemoWordLists::placeNamesAreDistinct()
{
    auto words = DemoWordLists::load();
    QVERIFY(words);
    const QStringList villages = words->villages.entries();
    const QStringList communities = words->communities.entries();
    QCOMPARE(QSet<QString>(villages.cbegin(), villages.cend()).size(), villages.size());
    QCOMPARE(QSet<QString>(communities.cbegin(), communities.cend()).size(), communities.size());
    // Enough for the largest demo: 30 places, about a third of them urban.
    QVERIFY(villages.size() >= 20);
    QVERIFY(communities.size() >= 10);
    for (const QString& village : villages)
        QVERIFY2(
            village.endsWith(QStringLiteral("村")) && !communities.contains(village), qPrintable(village));
    for (const QString& community : communities)
        QVERIFY2(community.endsWith(QStringLiteral("社区")), qPrintable(community));
}

void TestDemoWordLists::missingOrBrokenFilesAreErrors()
{
    QTemporaryDir empty;
    auto missing = DemoWordLists::load(empty.path());
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::Internal);

    // A copy of the embedded lists with one bad weight.
    QTemporaryDir copy;
    const QDir source(DemoWordLists::embeddedDirectory());
    for (const QString& file : source.entryList(QDir::Files))
        QVERIFY(QFile::copy(source.filePath(file), copy.filePath(file)));
    QVERIFY(DemoWordLists::load(copy.path()));
    QFile surnames(copy.filePath(QStringLiteral("surnames.txt")));
    QVERIFY(surnames.setPermissions(surnames.permissions() | QFile::WriteOwner));
    QVERIFY(surnames.open(QIODevice::Append));
    surnames.write("\n\xE7\x8E\x8B\tmany\n"); // 王<TAB>many
    surnames.close();
    auto broken = DemoWordLists::load(copy.path());
    QVERIFY(!broken);
    QVERIFY(broken.error().message.contains(QStringLiteral("surnames.txt")));
}

QTEST_GUILESS_MAIN(TestDemoWordLists)
#include "tst_demowordlists.moc"
