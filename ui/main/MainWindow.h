#pragma once

#include <QMainWindow>

class QAction;
class QLabel;

namespace jiuzhu {

class CaseStore;
class HouseholdsPage;
class StoreMaintenance;

// The desk's one window: the households page in the middle, the File and
// Help menus, and a status bar saying whose office and how many households.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(CaseStore& store, QWidget* parent = nullptr);

    HouseholdsPage* householdsPage() const { return m_householdsPage; }
    StoreMaintenance* maintenance() const { return m_maintenance; }

    // Re-reads the office and the household count, e.g. after an import.
    void refreshStatus();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void restoreSettings();
    void saveSettings() const;
    void showAbout();

    CaseStore& m_store;
    HouseholdsPage* m_householdsPage = nullptr;
    StoreMaintenance* m_maintenance = nullptr;
    QLabel* m_officeLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_verifyAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace jiuzhu
