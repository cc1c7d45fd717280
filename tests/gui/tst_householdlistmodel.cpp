#include "HouseholdFixture.h"
#include "core/domain/Clock.h"
#include "core/domain/DomainText.h"
#include "core/store/CaseStore.h"
#include "core/store/HouseholdRepository.h"
#include "ui/households/CaseTableModel.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/MemberTableModel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace jiuzhu;
using jiuzhu::test::HouseholdFixture;

class TestHouseholdListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagingYieldsEveryHouseholdOnce();
    void searchNarrows_data();
    void searchNarrows();
    void communityFilterNarrows();
    void searchAndCommunityCombine();
    void idNumberIsMaskedInTheList();
    void noMatchLeavesAnEmptyModel();
    void memberModel();
    void caseModel();

private:
    static constexpr int kHouseholds = 450; // three pages of 200
    static constexpr int kCommunities = 4;

    // Loads every page the way a view scrolling to the end would.
    static void fetchAll(HouseholdListModel& model)
    {
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
    }

    FixedClock m_clock {QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    QList<qint64> m_communities;
    QList<qint64> m_households;
};

void TestHouseholdListModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = CaseStore::open(m_dir.path(), m_clock);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    m_store = std::move(*store);
    m_communities = HouseholdFixture::addCommunities(*m_store, kCommunities);
    m_households = HouseholdFixture::addHouseholds(*m_store, kHouseholds, m_communities);
    QCOMPARE(m_households.size(), kHouseholds);
}

void TestHouseholdListModel::pagingYieldsEveryHouseholdOnce()
{
    HouseholdListModel model(m_store->households());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(QString(), 0);
    QCOMPARE(model.rowCount(), HouseholdListModel::kPageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));

    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 2 * HouseholdListModel::kPageSize);
    fetchAll(model);
    QCOMPARE(model.rowCount(), kHouseholds);
    QVERIFY(!model.canFetchMore(QModelIndex()));

    QSet<qint64> seen;
    qint64 previous = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.index(row, 0).data(HouseholdListModel::HouseholdIdRole).toLongLong();
        QVERIFY2(id > previous, "rows are in id order without repeats");
        previous = id;
        seen.insert(id);
    }
    QCOMPARE(seen, QSet<qint64>(m_households.cbegin(), m_households.cend()));
    QCOMPARE(
        model.index(0, HouseholdListModel::HeadNameColumn).data().toString(), HouseholdFixture::headName(0));
    QVERIFY(model.lastError().isEmpty());
}

void TestHouseholdListModel::searchNarrows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expectedHeads");

    // Which fixture heads each search must find, computed from the naming rule.
    const auto headsWhere = [](const std::function<bool(int)>& wanted) {
        QStringList heads;
        for (int index = 0; index < kHouseholds; ++index) {
            if (wanted(index))
                heads.append(HouseholdFixture::headName(index));
        }
        return heads;
    };
    const auto givenWei = [](int index) { return (index / 10) % 10 == 0; };
    QTest::newRow("initials zw") << QStringLiteral("zw") << headsWhere([&](int index) {
        const int surname = index % 10; // 张 赵 周 begin with z
        return givenWei(index) && (surname == 0 || surname == 3 || surname == 8);
    });
    QTest::newRow("full pinyin") << QStringLiteral("zhangwei")
                                 << headsWhere([&](int index) { return givenWei(index) && index % 10 == 0; });
    QTest::newRow("han name") << QStringLiteral("张伟")
                              << headsWhere([&](int index) { return givenWei(index) && index % 10 == 0; });
    // Households 0 and 3 have two members each, so household 6 is headed by person 8.
    QTest::newRow("id number") << HouseholdFixture::idNumber(8)
                               << QStringList {HouseholdFixture::headName(6)};
}

void TestHouseholdListModel::searchNarrows()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expectedHeads);
    QVERIFY(!expectedHeads.isEmpty());

    HouseholdListModel model(m_store->households());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(text, 0);
    fetchAll(model);
    QStringList heads;
    for (int row = 0; row < model.rowCount(); ++row)
        heads.append(model.index(row, HouseholdListModel::HeadNameColumn).data().toString());
    heads.sort();
    expectedHeads.sort();
    QCOMPARE(heads, expectedHeads);
    QVERIFY(model.isFiltered());
}

void TestHouseholdListModel::communityFilterNarrows()
{
    HouseholdListModel model(m_store->households());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 community = m_communities.at(1);
    model.setQuery(QString(), community);
    fetchAll(model);
    int expected = 0;
    for (int index = 0; index < kHouseholds; ++index)
        expected += index % kCommunities == 1 ? 1 : 0;
    QCOMPARE(model.rowCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, HouseholdListModel::CommunityColumn).data().toString(),
            QStringLiteral("试点乙社区"));
}

void TestHouseholdListModel::searchAndCommunityCombine()
{
    HouseholdListModel model(m_store->households());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // 张伟 heads are households 0, 100, 200, 300, 400: communities 0, 0, 0, 0, 0.
    model.setQuery(QStringLiteral("张伟"), m_communities.at(0));
    fetchAll(model);
    QCOMPARE(model.rowCount(), 5);
    model.setQuery(QStringLiteral("张伟"), m_communities.at(2));
    fetchAll(model);
    QCOMPARE(model.rowCount(), 0);
}

void TestHouseholdListModel::idNumberIsMaskedInTheList()
{
    HouseholdListModel model(m_store->households());
    model.setQuery(QString(), 0);
    const QString shown = model.index(0, HouseholdListModel::HeadIdColumn).data().toString();
    const QString full = HouseholdFixture::idNumber(0);
    QCOMPARE(shown, full.left(4) + QString(10, QLatin1Char('*')) + full.right(4));
}

void TestHouseholdListModel::noMatchLeavesAnEmptyModel()
{
    HouseholdListModel model(m_store->households());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(QStringLiteral("qqqqxx"), 0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(model.lastError().isEmpty());
    // Back to everything after the search is cleared.
    model.setQuery(QString(), 0);
    QCOMPARE(model.rowCount(), HouseholdListModel::kPageSize);
}

void TestHouseholdListModel::memberModel()
{
    auto detail = m_store->households().detail(m_households.at(0));
    QVERIFY(detail);
    QCOMPARE(detail->members.size(), 2);

    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMembers(detail->members, m_clock.today());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(MemberTableModel::ColumnCount));
    QCOMPARE(model.index(0, MemberTableModel::NameColumn).data().toString(), HouseholdFixture::headName(0));
    // Person 0 was born 1950-01-01: 76 on 2026-11-01. The full ID shows here.
    QCOMPARE(
        model.index(0, MemberTableModel::BirthDateColumn).data().toString(), QStringLiteral("1950-01-01"));
    QCOMPARE(model.index(0, MemberTableModel::AgeColumn).data().toInt(), 76);
    QCOMPARE(
        model.index(0, MemberTableModel::IdNumberColumn).data().toString(), HouseholdFixture::idNumber(0));
    QCOMPARE(model.index(0, MemberTableModel::IncomeColumn).data().toString(), QStringLiteral("1,234.56"));
    QVERIFY(model.index(1, MemberTableModel::DisabilityColumn)
                .data()
                .toString()
                .contains(QStringLiteral("肢体")));
    QVERIFY(model.index(1, MemberTableModel::DisabilityColumn).data().toString().contains(QLatin1Char('2')));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestHouseholdListModel::caseModel()
{
    const qint64 household = m_households.at(5);
    HouseholdFixture::addApprovedDibao(*m_store, household, QDate(2026, 3, 2), 65000);
    auto detail = m_store->households().detail(household);
    QVERIFY(detail);
    QCOMPARE(detail->cases.size(), 1);

    CaseTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCases(detail->cases);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(
        model.index(0, CaseTableModel::CaseNoColumn).data().toString().startsWith(QStringLiteral("2026-")));
    QCOMPARE(
        model.index(0, CaseTableModel::TypeColumn).data().toString(), displayName(AssistanceType::Dibao));
    QCOMPARE(model.index(0, CaseTableModel::StateColumn).data().toString(), displayName(CaseState::Approved));
    QCOMPARE(model.index(0, CaseTableModel::AppliedOnColumn).data().toString(), QStringLiteral("2026-03-02"));
    QCOMPARE(model.index(0, CaseTableModel::AmountColumn).data().toString(), QStringLiteral("650.00"));
    QCOMPARE(model.index(0, CaseTableModel::StartMonthColumn).data().toString(), QStringLiteral("2026-04"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestHouseholdListModel)
#include "tst_householdlistmodel.moc"
