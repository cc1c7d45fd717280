#include "ui/main/MainWindow.h"

#include "core/store/CaseStore.h"
#include "core/store/HouseholdRepository.h"
#include "core/store/OfficeRepository.h"
#include "ui/common/DisplayFormat.h"
#include "ui/households/HouseholdsPage.h"
#include "ui/main/StoreMaintenance.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>

namespace jiuzhu {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

} // namespace

MainWindow::MainWindow(CaseStore& store, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_maintenance(new StoreMaintenance(store, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_householdsPage = new HouseholdsPage(store, this);
    setCentralWidget(m_householdsPage);

    createActions();
    createMenus();
    createStatusBar();
    connect(m_householdsPage, &HouseholdsPage::loadFailed, this,
        [this](const QString& message) { statusBar()->showMessage(message, 15000); });

    refreshStatus();
    restoreSettings();
    m_householdsPage->focusSearch();
}

void MainWindow::createActions()
{
    m_backupAction = new QAction(tr("&Back up now…"), this);
    m_backupAction->setObjectName(QStringLiteral("actionBackup"));
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_backupAction->setStatusTip(tr("Copy the case store to a file, e.g. on a USB stick"));
    connect(m_backupAction, &QAction::triggered, m_maintenance, &StoreMaintenance::backUpInteractively);

    m_verifyAction = new QAction(tr("&Verify data"), this);
    m_verifyAction->setObjectName(QStringLiteral("actionVerify"));
    m_verifyAction->setStatusTip(tr("Check the database, the audit trail and every evidence file"));
    connect(m_verifyAction, &QAction::triggered, m_maintenance, &StoreMaintenance::verifyInteractively);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    // Spelled out: QKeySequence::Quit has no binding on Windows.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    for (QAction* action : {m_backupAction, m_verifyAction, m_quitAction, m_householdsPage->findAction()})
        action->setShortcutVisibleInContextMenu(true);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_backupAction);
    file->addAction(m_verifyAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_householdsPage->findAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_aboutAction);
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("statusHouseholdCount"));
    m_officeLabel = new QLabel;
    m_officeLabel->setObjectName(QStringLiteral("statusOffice"));
    m_officeLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_officeLabel);
}

void MainWindow::refreshStatus()
{
    QString officeName;
    bool isDemo = false;
    if (auto office = m_store.office().office(); office && office->has_value()) {
        officeName = (*office)->name;
        isDemo = (*office)->isDemo;
    }
    const QString desk = tr("Social assistance review and confirmation desk");
    setWindowTitle(officeName.isEmpty() ? desk : tr("%1 — %2").arg(desk, officeName));
    // Demo data must never be mistaken for real families.
    m_officeLabel->setText(isDemo ? tr("%1 (demo office)").arg(officeName) : officeName);

    if (auto count = m_store.households().count(); count)
        m_countLabel->setText(
            *count == 1 ? tr("1 household") : tr("%1 households").arg(DisplayFormat::count(*count)));
    else
        m_countLabel->setText(QString());
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: the list and the detail share the window, so on the
        // 1366×768 screens common in offices it takes the whole screen.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        resize(std::min(1400, available.width() * 9 / 10), std::min(860, available.height() * 9 / 10));
        if (available.width() < 1600 || available.height() < 900)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_householdsPage->restoreSettings(settings);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    m_householdsPage->saveSettings(settings);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About"),
        tr("<h3>Social assistance review and confirmation desk</h3>"
           "<p>Version %1</p>"
           "<p>For township and street offices that review and confirm minimum living allowance, "
           "extreme-poverty support, temporary assistance and related cases, and file them monthly "
           "with the district.</p>"
           "<p>Everything works offline. The data stays in:<br>%2</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                m_store.dataDirectory().toHtmlEscaped()));
}

} // namespace jiuzhu
