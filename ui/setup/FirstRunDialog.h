#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace jiuzhu {

class CaseStore;
class DemoOfficeTask;
class OfficeSetupForm;

// Shown while the data folder has no office yet: either fill it with a demo
// office to learn on, or record the real office's codes and names.
// Accepted once the store holds an office; nothing is written on cancel or error.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(CaseStore& store, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    static constexpr int kDefaultDemoHouseholds = 1000;

    // True while the demo office is being generated; the store is the worker's then.
    bool isBusy() const;

    void accept() override;
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createDemoPage();
    void updateForChoice();
    void fitHeight();
    void startDemo();
    void setUpOwnOffice();
    void stopDemo();
    void updateDemoProgress();
    void onDemoFinished();
    void setInputsEnabled(bool enabled);

    CaseStore& m_store;
    QRadioButton* m_demoChoice = nullptr;
    QRadioButton* m_ownChoice = nullptr;
    QWidget* m_demoPage = nullptr;
    QSpinBox* m_demoHouseholds = nullptr;
    OfficeSetupForm* m_officeForm = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_startButton = nullptr;
    DemoOfficeTask* m_demoTask = nullptr;
    QProgressDialog* m_progress = nullptr;
    QTimer* m_progressPoll = nullptr;
};

} // namespace jiuzhu
