#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace jiuzhu {

class CaseStore;
class HouseholdDetailPane;
class HouseholdListModel;
class HouseholdSearchField;

// The first screen: find a household by whatever the clerk has at hand
// (name, pinyin initials, ID digits, village) and see it in full beside the list.
class HouseholdsPage : public QWidget
{
    Q_OBJECT

public:
    // How long typing has to pause before the search runs: short enough to
    // feel live, long enough not to query on every keystroke.
    static constexpr int kSearchDelayMs = 150;

    explicit HouseholdsPage(CaseStore& store, QWidget* parent = nullptr);

    // Ctrl+F: focuses the search box. Owned here, shown in the main window's menu.
    QAction* findAction() const { return m_findAction; }
    HouseholdListModel* listModel() const { return m_model; }
    HouseholdDetailPane* detailPane() const { return m_detail; }

    // Re-reads villages and the list, e.g. after households were added.
    void reload();
    void focusSearch();

    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

Q_SIGNALS:
    // A load failed; the message is ready for the status bar.
    void loadFailed(const QString& message);

private:
    QWidget* createListArea();
    void configureTable();
    void reloadCommunities();
    void runSearch();
    void selectFirstRow();
    void showCurrentRow();
    void updateCountAndEmptyState();
    qint64 selectedCommunityId() const;

    CaseStore& m_store;
    HouseholdListModel* m_model = nullptr;
    HouseholdSearchField* m_search = nullptr;
    QComboBox* m_community = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_noMatch = nullptr;
    HouseholdDetailPane* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    QTimer* m_searchDelay = nullptr;
    QAction* m_findAction = nullptr;
};

} // namespace jiuzhu
