#include "core/domain/Clock.h"
#include "core/store/AuditLog.h"
#include "core/store/CaseRepository.h"
#include "core/store/CaseStore.h"
#include "core/store/HouseholdRepository.h"
#include "tests/common/TestHouseholds.h"

#include <QTemporaryDir>
#include <QTest>

using namespace jiuzhu;
using jiuzhu::testing::makeHousehold;
using jiuzhu::testing::makeIdNumber;
using jiuzhu::testing::makeMember;

Q_DECLARE_METATYPE(jiuzhu::NewHousehold)

class TestHouseholdRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addsAHouseholdWithMembersAndDerivedFields();
    void rejectsBadInputAndWritesNothing_data();
    void rejectsBadInputAndWritesNothing();
    void rejectsAPersonAlreadyInAnotherHousehold();
    void addManyIsAllOrNothing();
    void searchFinds_data();
    void searchFinds();
    void searchTextIsNeverSyntax_data();
    void searchTextIsNeverSyntax();
    void pagingVisitsEveryHouseholdOnce();
    void communityFilterNarrows();
    void detailListsCases();

private:
    qint64 addFamily(const QString& headName, const QString& spouseName, qint64 communityId, int serial);

    FixedClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<CaseStore> m_store;
    qint64 m_town = 0;
    qint64 m_village = 0;
};

void TestHouseholdRepository::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    auto store = CaseStore::open(m_directory->path(), m_clock);
    QVERIFY(store.has_value());
    m_store = std::move(*store);
    m_town = *m_store->households().addCommunity(
        Community {0, QStringLiteral("130123101001"), QStringLiteral("东关社区"), CommunityKind::Community,
            AreaKind::Urban},
        QStringLiteral("test"));
    m_village = *m_store->households().addCommunity(
        Community {0, QStringLiteral("130123101201"), QStringLiteral("西王庄村"), CommunityKind::Village,
            AreaKind::Rural},
        QStringLiteral("test"));
}

void TestHouseholdRepository::cleanup()
{
    m_store.reset();
    m_directory.reset();
}

qint64 TestHouseholdRepository::addFamily(
    const QString& headName, const QString& spouseName, qint64 communityId, int serial)
{
    NewHousehold household = makeHousehold(communityId, headName, serial);
    if (!spouseName.isEmpty())
        household.members.append(
            makeMember(spouseName, QDate(1962, 5, 1).addDays(serial), serial + 500, Relation::Spouse));
    auto id = m_store->households().add(household, QStringLiteral("test"));
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id.value_or(0);
}

void TestHouseholdRepository::addsAHouseholdWithMembersAndDerivedFields()
{
    NewHousehold household = makeHousehold(m_village, QStringLiteral("  阿依古丽·买买提 "), 7);
    household.phone = QStringLiteral("138 1234 5678");
    household.members.append(makeMember(QStringLiteral("𠮷祥"), QDate(2015, 2, 28), 8, Relation::Child));
    household.members.last().disabilityGrade = 2;
    household.members.last().disabilityKind = QStringLiteral("肢体");
    household.members.last().monthlyIncomeFen = 0;
    auto id = m_store->households().add(household, QStringLiteral("test"));
    QVERIFY2(id.has_value(), qPrintable(id ? QString() : id.error().toString()));

    auto detail = m_store->households().detail(*id);
    QVERIFY(detail.has_value());
    QCOMPARE(detail->summary.headName, QStringLiteral("阿依古丽·买买提"));
    QCOMPARE(detail->summary.communityName, QStringLiteral("西王庄村"));
    QCOMPARE(detail->summary.area, AreaKind::Rural);
    QCOMPARE(detail->summary.memberCount, 2);
    QCOMPARE(detail->phone, QStringLiteral("13812345678"));
    QCOMPARE(detail->members.size(), 2);
    const MemberRecord& child = detail->members.at(1);
    QCOMPARE(child.name, QStringLiteral("𠮷祥"));
    QCOMPARE(child.birthDate, QDate(2015, 2, 28));
    QCOMPARE(child.sex, Sex::Female); // serial 8: even sequence digit
    QCOMPARE(child.relation, Relation::Child);
    QCOMPARE(child.disabilityGrade, 2);
    QVERIFY(detail->summary.householdNo.startsWith(QLatin1Char('H')));
}

void TestHouseholdRepository::rejectsBadInputAndWritesNothing_data()
{
    QTest::addColumn<NewHousehold>("household");
    QTest::addColumn<QString>("field");

    const auto base = [this] { return makeHousehold(m_village, QStringLiteral("张三"), 1); };
    NewHousehold badId = base();
    badId.members[0].idNumber.chop(1);
    badId.members[0].idNumber.append(
        badId.members[0].idNumber.endsWith(QLatin1Char('0')) ? QLatin1Char('1') : QLatin1Char('0'));
    QTest::newRow("check digit") << badId << QStringLiteral("Member 1");

    NewHousehold future = base();
    future.members[0].idNumber = makeIdNumber(QDate(2027, 1, 1), 3);
    QTest::newRow("born in the future") << future << QStringLiteral("Member 1");

    NewHousehold badName = base();
    badName.members[0].name = QStringLiteral("张\u202E三");
    QTest::newRow("bidi override in name") << badName << QStringLiteral("Member 1");

    NewHousehold longName = base();
    longName.members[0].name = QString(10000, QChar(0x5F20));
    QTest::newRow("10,000-character name") << longName << QStringLiteral("Member 1");

    NewHousehold sqlName = base();
    sqlName.members[0].name = QStringLiteral("Robert'); DROP TABLE members;--");
    QTest::newRow("SQL-looking name") << sqlName << QStringLiteral("Member 1");

    NewHousehold noAddress = base();
    noAddress.address = QStringLiteral("   ");
    QTest::newRow("empty address") << noAddress << QStringLiteral("Address");

    NewHousehold controlAddress = base();
    controlAddress.address = QStringLiteral("北街\u0007村");
    QTest::newRow("control character in address") << controlAddress << QStringLiteral("Address");

    NewHousehold badPhone = base();
    badPhone.phone = QStringLiteral("12345");
    QTest::newRow("phone") << badPhone << QStringLiteral("Phone number");

    NewHousehold negativeIncome = base();
    negativeIncome.members[0].monthlyIncomeFen = -1;
    QTest::newRow("negative income") << negativeIncome << QStringLiteral("Member 1");

    NewHousehold badGrade = base();
    badGrade.members[0].disabilityGrade = 5;
    QTest::newRow("disability grade 5") << badGrade << QStringLiteral("Member 1");

    NewHousehold twoHeads = base();
    twoHeads.members.append(makeMember(QStringLiteral("李四"), QDate(1970, 3, 3), 2, Relation::Head));
    QTest::newRow("two heads") << twoHeads << QStringLiteral("Household head");

    NewHousehold noHead = base();
    noHead.members[0].relation = Relation::Spouse;
    QTest::newRow("no head") << noHead << QStringLiteral("Household head");

    NewHousehold duplicate = base();
    duplicate.members.append(duplicate.members.at(0));
    duplicate.members[1].relation = Relation::Spouse;
    QTest::newRow("same ID twice") << duplicate << QStringLiteral("Member 2");

    NewHousehold empty = base();
    empty.members.clear();
    QTest::newRow("no members") << empty << QStringLiteral("Members");

    NewHousehold noCommunity = base();
    noCommunity.communityId = 0;
    QTest::newRow("no community") << noCommunity << QStringLiteral("Village or community");
}

void TestHouseholdRepository::rejectsBadInputAndWritesNothing()
{
    QFETCH(NewHousehold, household);
    QFETCH(QString, field);
    const QString headBefore = *m_store->audit().headHash();
    auto id = m_store->households().add(household, QStringLiteral("test"));
    QVERIFY(!id.has_value());
    QCOMPARE(id.error().code, ErrorCode::InvalidInput);
    QVERIFY(!id.error().field.isEmpty());
    QVERIFY(!id.error().message.isEmpty());
    QVERIFY2(id.error().field.startsWith(field), qPrintable(id.error().toString()));
    QCOMPARE(*m_store->households().count(), qint64(0));
    QCOMPARE(*m_store->audit().headHash(), headBefore);
}

void TestHouseholdRepository::rejectsAPersonAlreadyInAnotherHousehold()
{
    QVERIFY(addFamily(QStringLiteral("张三"), QString(), m_village, 1) > 0);
    auto again
        = m_store->households().add(makeHousehold(m_town, QStringLiteral("张三"), 1), QStringLiteral("test"));
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(*m_store->households().count(), qint64(1));
}

void TestHouseholdRepository::addManyIsAllOrNothing()
{
    QList<NewHousehold> batch;
    for (int index = 0; index < 20; ++index)
        batch.append(makeHousehold(m_village, QStringLiteral("王五"), index));
    batch[13].members[0].idNumber = batch[2].members[0].idNumber; // duplicate across the batch
    auto added = m_store->households().addMany(batch, QStringLiteral("test"));
    QVERIFY(!added.has_value());
    QCOMPARE(*m_store->households().count(), qint64(0));

    batch[13] = makeHousehold(m_village, QStringLiteral("王五"), 13);
    qsizetype reported = 0;
    added = m_store->households().addMany(
        batch, QStringLiteral("test"), [&](qsizetype done) { reported = done; });
    QVERIFY(added.has_value());
    QCOMPARE(added->size(), 20);
    QCOMPARE(reported, qsizetype(20));
    QCOMPARE(*m_store->households().count(), qint64(20));
}

void TestHouseholdRepository::searchFinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expectedHeads");

    QTest::newRow("full name") << QStringLiteral("张三丰") << QStringList {QStringLiteral("张三丰")};
    QTest::newRow("name prefix") << QStringLiteral("张三")
                                 << QStringList {QStringLiteral("张三"), QStringLiteral("张三丰")};
    QTest::newRow("surname") << QStringLiteral("张")
                             << QStringList {QStringLiteral("张三"), QStringLiteral("张三丰")};
    QTest::newRow("given name") << QStringLiteral("三丰") << QStringList {QStringLiteral("张三丰")};
    QTest::newRow("middle of a name")
        << QStringLiteral("三") << QStringList {QStringLiteral("张三"), QStringLiteral("张三丰")};
    QTest::newRow("spouse's name") << QStringLiteral("李梅") << QStringList {QStringLiteral("张三")};
    QTest::newRow("initials") << QStringLiteral("zs")
                              << QStringList {QStringLiteral("张三"), QStringLiteral("张三丰")};
    QTest::newRow("initials upper case") << QStringLiteral("ZSF") << QStringList {QStringLiteral("张三丰")};
    QTest::newRow("full pinyin") << QStringLiteral("zhangsan")
                                 << QStringList {QStringLiteral("张三"), QStringLiteral("张三丰")};
    QTest::newRow("pinyin of given name")
        << QStringLiteral("sanfeng") << QStringList {QStringLiteral("张三丰")};
    QTest::newRow("surname 单 reads shan")
        << QStringLiteral("shanxiongxin") << QStringList {QStringLiteral("单雄信")};
    QTest::newRow("surname 单 initials") << QStringLiteral("sxx") << QStringList {QStringLiteral("单雄信")};
    QTest::newRow("surname 曾 reads zeng")
        << QStringLiteral("zengguofan") << QStringList {QStringLiteral("曾国藩")};
    QTest::newRow("compound surname") << QStringLiteral("ycg") << QStringList {QStringLiteral("尉迟恭")};
    QTest::newRow("Extension B") << QStringLiteral("𠮷") << QStringList {QStringLiteral("𠮷星")};
    QTest::newRow("minority name") << QStringLiteral("买买提")
                                   << QStringList {QStringLiteral("阿依古丽·买买提")};
    QTest::newRow("minority name with dot")
        << QStringLiteral("阿依古丽·买") << QStringList {QStringLiteral("阿依古丽·买买提")};
    QTest::newRow("village") << QStringLiteral(
        "西王庄") << QStringList {QStringLiteral("张三"), QStringLiteral("单雄信"), QStringLiteral("尉迟恭")};
    QTest::newRow("village and name") << QStringLiteral("西王庄 张") << QStringList {QStringLiteral("张三")};
    QTest::newRow("full-width letters") << QStringLiteral("ｚｓｆ") << QStringList {QStringLiteral("张三丰")};
    QTest::newRow("v for ü") << QStringLiteral("lvbu") << QStringList {QStringLiteral("吕布")};
    QTest::newRow("household number") << QStringLiteral("H0000003") << QStringList {QStringLiteral("单雄信")};
    QTest::newRow("nothing") << QStringLiteral("欧阳") << QStringList {};
}

void TestHouseholdRepository::searchFinds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expectedHeads);
    addFamily(QStringLiteral("张三"), QStringLiteral("李梅"), m_village, 1);
    addFamily(QStringLiteral("张三丰"), QString(), m_town, 2);
    addFamily(QStringLiteral("单雄信"), QString(), m_village, 3);
    addFamily(QStringLiteral("曾国藩"), QString(), m_town, 4);
    addFamily(QStringLiteral("尉迟恭"), QString(), m_village, 5);
    addFamily(QStringLiteral("𠮷星"), QString(), m_town, 6);
    addFamily(QStringLiteral("阿依古丽·买买提"), QString(), m_town, 7);
    addFamily(QStringLiteral("吕布"), QString(), m_town, 8);

    auto found = m_store->households().find(HouseholdQuery {text, 0, 0, 100});
    QVERIFY(found.has_value());
    QStringList heads;
    for (const HouseholdSummary& summary : *found)
        heads.append(summary.headName);
    heads.sort();
    expectedHeads.sort();
    QCOMPARE(heads, expectedHeads);
}

void TestHouseholdRepository::searchTextIsNeverSyntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << QStringLiteral("\"");
    QTest::newRow("fts operators") << QStringLiteral("张 OR 李 NOT *");
    QTest::newRow("column filter") << QStringLiteral("tokens:张");
    QTest::newRow("parentheses") << QStringLiteral("((((");
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE households; --");
    QTest::newRow("near") << QStringLiteral("NEAR(张 李, 2)");
    QTest::newRow("control") << QStringLiteral("\u0001\u202E");
}

void TestHouseholdRepository::searchTextIsNeverSyntax()
{
    QFETCH(QString, text);
    addFamily(QStringLiteral("张三"), QString(), m_village, 1);
    auto found = m_store->households().find(HouseholdQuery {text, 0, 0, 100});
    QVERIFY2(found.has_value(), qPrintable(found ? QString() : found.error().message));
    QCOMPARE(*m_store->households().count(), qint64(1));
}

void TestHouseholdRepository::pagingVisitsEveryHouseholdOnce()
{
    QList<NewHousehold> batch;
    for (int index = 0; index < 250; ++index)
        batch.append(makeHousehold(index % 2 ? m_town : m_village, QStringLiteral("刘备"), index));
    QVERIFY(m_store->households().addMany(batch, QStringLiteral("test")).has_value());

    for (const QString& text : {QString(), QStringLiteral("liubei")}) {
        QSet<qint64> seen;
        qint64 after = 0;
        while (true) {
            auto page = m_store->households().find(HouseholdQuery {text, 0, after, 64});
            QVERIFY(page.has_value());
            if (page->isEmpty())
                break;
            for (const HouseholdSummary& summary : *page) {
                QVERIFY(summary.id > after);
                QVERIFY(!seen.contains(summary.id));
                seen.insert(summary.id);
            }
            after = page->constLast().id;
        }
        QCOMPARE(seen.size(), 250);
    }
}

void TestHouseholdRepository::communityFilterNarrows()
{
    addFamily(QStringLiteral("张三"), QString(), m_village, 1);
    addFamily(QStringLiteral("张三丰"), QString(), m_town, 2);
    auto inTown = m_store->households().find(HouseholdQuery {QStringLiteral("张"), m_town, 0, 100});
    QCOMPARE(inTown->size(), 1);
    QCOMPARE(inTown->constFirst().headName, QStringLiteral("张三丰"));
    auto listing = m_store->households().find(HouseholdQuery {QString(), m_village, 0, 100});
    QCOMPARE(listing->size(), 1);
    QCOMPARE(listing->constFirst().headName, QStringLiteral("张三"));
}

void TestHouseholdRepository::detailListsCases()
{
    const qint64 household = addFamily(QStringLiteral("张三"), QString(), m_village, 1);
    CaseRecordInput input;
    input.householdId = household;
    input.state = CaseState::Approved;
    input.appliedOn = QDate(2026, 3, 2);
    input.decidedOn = QDate(2026, 3, 25);
    input.monthlyAmountFen = 64000;
    input.startMonth = QStringLiteral("2026-04");
    input.events = {CaseEventRecord {QDateTime(QDate(2026, 3, 2), QTime(9, 0)), QStringLiteral("apply"),
                        std::nullopt, CaseState::Applied, QString()},
        CaseEventRecord {QDateTime(QDate(2026, 3, 25), QTime(9, 0)), QStringLiteral("approve"),
            CaseState::Applied, CaseState::Approved, QString()}};
    QVERIFY(m_store->cases().addMany({input}, QStringLiteral("test")).has_value());
    auto detail = m_store->households().detail(household);
    QCOMPARE(detail->cases.size(), 1);
    QCOMPARE(detail->cases.constFirst().state, CaseState::Approved);
    QCOMPARE(detail->cases.constFirst().monthlyAmountFen, qint64(64000));
    QCOMPARE(detail->cases.constFirst().startMonth, QStringLiteral("2026-04"));

    CaseRecordInput inconsistent = input;
    inconsistent.state = CaseState::Refused;
    QVERIFY(!m_store->cases().addMany({inconsistent}, QStringLiteral("test")).has_value());
    QCOMPARE(*m_store->cases().count(), qint64(1));
    QVERIFY(!m_store->households().detail(99999).has_value());
}

QTEST_GUILESS_MAIN(TestHouseholdRepository)
#include "tst_householdrepository.moc"
