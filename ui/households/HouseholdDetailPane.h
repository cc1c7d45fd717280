#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace jiuzhu {

class CaseTableModel;
class Clock;
class HouseholdRepository;
class MemberTableModel;

// The right half of the households page: one household in full (members,
// cases, contact and payment details), or an empty state saying what to do.
class HouseholdDetailPane : public QWidget
{
    Q_OBJECT

public:
    HouseholdDetailPane(HouseholdRepository& households, const Clock& clock, QWidget* parent = nullptr);

    // Reads the household from the store; 0 shows the empty state.
    void showHousehold(qint64 householdId);
    void showEmpty(const QString& message);
    qint64 householdId() const { return m_householdId; }

    MemberTableModel* memberModel() const { return m_memberModel; }
    CaseTableModel* caseModel() const { return m_caseModel; }

private:
    QWidget* createDetailPage();
    QTableView* createTable(const QString& objectName);
    static void fitHeightToRows(QTableView* table);

    HouseholdRepository& m_households;
    const Clock& m_clock;
    qint64 m_householdId = 0;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_headName = nullptr;
    QLabel* m_householdNo = nullptr;
    QLabel* m_community = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_phone = nullptr;
    QLabel* m_bankAccount = nullptr;
    QLabel* m_casesEmpty = nullptr;
    MemberTableModel* m_memberModel = nullptr;
    CaseTableModel* m_caseModel = nullptr;
    QTableView* m_memberTable = nullptr;
    QTableView* m_caseTable = nullptr;
};

} // namespace jiuzhu
