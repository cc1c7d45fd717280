#include "HouseholdFixture.h"
#include "KeyboardInput.h"
#include "core/demo/DemoOfficeGenerator.h"
#include "core/domain/Clock.h"
#include "core/store/CaseStore.h"
#include "core/store/HouseholdRepository.h"
#include "core/store/OfficeRepository.h"
#include "ui/common/DisplayFormat.h"
#include "ui/households/HouseholdDetailPane.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdsPage.h"
#include "ui/households/MemberTableModel.h"
#include "ui/main/MainWindow.h"
#include "ui/main/StoreMaintenance.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace jiuzhu;
using jiuzhu::test::HouseholdFixture;
using jiuzhu::test::KeyboardInput;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void titleMenusAndStatusBar();
    void searchRunsAfterTypingPauses();
    void clickingARowShowsTheHousehold();
    void downArrowMovesIntoTheList();
    void escapeClearsTheSearch();
    void ctrlFFocusesTheSearch();
    void noMatchShowsAnEmptyState();
    void communityFilterNarrows();
    void backupWritesACopy();
    void geometryAndSplitterAreRemembered();

private:
    static constexpr int kDemoHouseholds = 300;
    static constexpr int kFixtureHouseholds = 120;

    template <typename T> T* child(const char* name) const
    {
        T* found = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    QStringList headNames() const;
    void search(const QString& text);

    FixedClock m_clock {QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    qint64 m_fixtureCommunity = 0;
    qint64 m_total = 0;
    QString m_officeName;
    std::unique_ptr<MainWindow> m_window;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    HouseholdListModel* m_model = nullptr;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a throw-away test location, never the clerk's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Jiuzhu"));
    QCoreApplication::setApplicationName(QStringLiteral("jiuzhu-tst_mainwindow"));
    QSettings().clear();

    QVERIFY(m_dir.isValid());
    auto store = CaseStore::open(m_dir.filePath(QStringLiteral("data")), m_clock);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    m_store = std::move(*store);

    DemoOptions options;
    options.households = kDemoHouseholds;
    options.today = m_clock.today();
    auto demo = DemoOfficeGenerator(options).populate(*m_store);
    QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().toString()));
    auto office = m_store->office().office();
    QVERIFY(office && office->has_value());
    m_officeName = (*office)->name;

    // Households with known names beside the demo ones, so searches have a
    // known answer.
    m_fixtureCommunity = HouseholdFixture::addCommunities(*m_store, 1).constFirst();
    HouseholdFixture::addHouseholds(*m_store, kFixtureHouseholds, {m_fixtureCommunity});
    m_total = *m_store->households().count();
    QCOMPARE(m_total, qint64(demo->households + kFixtureHouseholds));
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>(*m_store);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_search = child<QLineEdit>("householdSearch");
    m_table = child<QTableView>("householdTable");
    QVERIFY(m_search && m_table);
    m_model = qobject_cast<HouseholdListModel*>(m_table->model());
    QVERIFY(m_model);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

QStringList TestMainWindow::headNames() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names.append(m_model->index(row, HouseholdListModel::HeadNameColumn).data().toString());
    return names;
}

void TestMainWindow::search(const QString& text)
{
    m_search->setFocus();
    m_search->clear();
    KeyboardInput::type(m_search, text);
    QTRY_COMPARE(m_model->text(), text);
}

void TestMainWindow::titleMenusAndStatusBar()
{
    QVERIFY(m_window->windowTitle().contains(m_officeName));
    QCOMPARE(m_window->objectName(), QStringLiteral("mainWindow"));

    const QList<std::pair<const char*, QKeySequence>> actions = {
        {"actionBackup", QKeySequence(Qt::CTRL | Qt::Key_B)},
        {"actionVerify", QKeySequence()},
        {"actionQuit", QKeySequence(Qt::CTRL | Qt::Key_Q)},
        {"actionFindHousehold", QKeySequence(Qt::CTRL | Qt::Key_F)},
        {"actionAbout", QKeySequence()},
    };
    for (const auto& [name, shortcut] : actions) {
        auto* action = child<QAction>(name);
        QVERIFY2(action, name);
        QCOMPARE(action->shortcut(), shortcut);
        QVERIFY2(!action->associatedObjects().isEmpty(), name); // it is in a menu
    }

    auto* count = child<QLabel>("statusHouseholdCount");
    auto* office = child<QLabel>("statusOffice");
    QVERIFY(count && office);
    QVERIFY2(count->text().contains(DisplayFormat::count(m_total)), qPrintable(count->text()));
    QVERIFY(office->text().contains(m_officeName));
    // The list starts with the whole office and says how big it is.
    QCOMPARE(m_model->rowCount(), HouseholdListModel::kPageSize);
    QVERIFY(child<QLabel>("householdCount")->text().contains(DisplayFormat::count(m_total)));
}

void TestMainWindow::searchRunsAfterTypingPauses()
{
    m_search->setFocus();
    KeyboardInput::type(m_search, QStringLiteral("zw"));
    // Debounced: nothing is queried while the clerk is still typing.
    QCOMPARE(m_model->text(), QString());
    QTRY_COMPARE(m_model->text(), QStringLiteral("zw"));

    while (m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    const QStringList names = headNames();
    QVERIFY(names.size() < m_total);
    // The known fixture heads with initials zw (张伟 赵伟 周伟 among the first ten) are all there.
    for (const QString& expected : {QStringLiteral("张伟"), QStringLiteral("赵伟"), QStringLiteral("周伟")})
        QVERIFY2(names.contains(expected), qPrintable(expected));
}

void TestMainWindow::clickingARowShowsTheHousehold()
{
    search(QStringLiteral("王芳")); // fixture households 11 and 111, maybe demo ones too
    QVERIFY(m_model->rowCount() >= 2);
    const QModelIndex index = m_model->index(1, HouseholdListModel::HeadNameColumn);
    const QString head = index.data().toString();
    QVERIFY(!head.isEmpty());
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, m_table->visualRect(index).center());

    auto* pane = child<HouseholdDetailPane>("householdDetailPane");
    QCOMPARE(pane->householdId(), m_model->householdId(1));
    QCOMPARE(child<QLabel>("detailHeadName")->text(), head);
    QVERIFY(pane->memberModel()->rowCount() >= 1);
    // The head comes first in the members table.
    QCOMPARE(pane->memberModel()->index(0, MemberTableModel::NameColumn).data().toString(), head);
    // The bank account is masked down to its last four characters.
    const QString bank = child<QLabel>("detailBankAccount")->text();
    QVERIFY2(bank.startsWith(QStringLiteral("****")), qPrintable(bank));
}

void TestMainWindow::downArrowMovesIntoTheList()
{
    auto* pane = child<HouseholdDetailPane>("householdDetailPane");
    QCOMPARE(pane->householdId(), qint64(0));
    QVERIFY(!child<QLabel>("householdDetailEmpty")->text().isEmpty());

    search(QStringLiteral("zw"));
    QTest::keyClick(m_search, Qt::Key_Down);
    QVERIFY(m_table->hasFocus());
    QCOMPARE(m_table->currentIndex().row(), 0);
    QCOMPARE(pane->householdId(), m_model->householdId(0));
    QTest::keyClick(m_table, Qt::Key_Down);
    QCOMPARE(pane->householdId(), m_model->householdId(1));
    QCOMPARE(child<QLabel>("detailHeadName")->text(), headNames().at(1));
}

void TestMainWindow::escapeClearsTheSearch()
{
    search(QStringLiteral("zw"));
    QVERIFY(m_model->rowCount() < HouseholdListModel::kPageSize);
    QTest::keyClick(m_search, Qt::Key_Escape);
    QVERIFY(m_search->text().isEmpty());
    // Immediately, not after the typing delay.
    QCOMPARE(m_model->text(), QString());
    QCOMPARE(m_model->rowCount(), HouseholdListModel::kPageSize);
}

void TestMainWindow::ctrlFFocusesTheSearch()
{
    m_table->setFocus();
    QVERIFY(!m_search->hasFocus());
    QTest::keyClick(m_table, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_search->hasFocus());
}

void TestMainWindow::noMatchShowsAnEmptyState()
{
    search(QStringLiteral("qqqqxx"));
    QCOMPARE(m_model->rowCount(), 0);
    auto* empty = child<QLabel>("householdNoMatch");
    QVERIFY(empty->isVisible());
    QVERIFY(!m_table->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("qqqqxx")));

    QTest::keyClick(m_search, Qt::Key_Escape);
    QVERIFY(m_table->isVisible());
}

void TestMainWindow::communityFilterNarrows()
{
    auto* filter = child<QComboBox>("communityFilter");
    QVERIFY(filter->count() >= 3); // "all" + demo villages + the fixture's
    const int index = filter->findData(m_fixtureCommunity);
    QVERIFY(index > 0);
    filter->setCurrentIndex(index);
    QCOMPARE(m_model->communityId(), m_fixtureCommunity);
    QCOMPARE(m_model->rowCount(), kFixtureHouseholds);
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QVERIFY(child<QLabel>("householdCount")->text().contains(QString::number(kFixtureHouseholds)));

    filter->setCurrentIndex(0);
    QCOMPARE(m_model->communityId(), 0);
}

void TestMainWindow::backupWritesACopy()
{
    const QString target = m_dir.filePath(QStringLiteral("backup.db"));
    auto done = m_window->maintenance()->backUpTo(target);
    QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
    QVERIFY(QFileInfo(target).size() > 0);
}

void TestMainWindow::geometryAndSplitterAreRemembered()
{
    m_window->resize(1000, 640);
    QTRY_COMPARE(m_window->size(), QSize(1000, 640));
    auto* splitter = child<QSplitter>("householdSplitter");
    splitter->setSizes({700, 300});
    const QList<int> sizes = splitter->sizes();
    QVERIFY(sizes.at(0) > 2 * sizes.at(1));
    m_window->close();
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));

    m_window = std::make_unique<MainWindow>(*m_store);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(1000, 640));
    QCOMPARE(child<QSplitter>("householdSplitter")->sizes(), sizes);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
