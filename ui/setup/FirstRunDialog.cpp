#include "ui/setup/FirstRunDialog.h"

#include "core/domain/Clock.h"
#include "core/store/CaseStore.h"
#include "core/store/OfficeRepository.h"
#include "ui/common/DeskUser.h"
#include "ui/common/DisplayFormat.h"
#include "ui/setup/DemoOfficeTask.h"
#include "ui/setup/OfficeSetupForm.h"

#include <QButtonGroup>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace jiuzhu {

namespace {

QLabel* hintLabel(const QString& text, int indent = 24)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    // Lines up the hint with the radio button's text, not its indicator.
    label->setContentsMargins(indent, 0, 0, 6);
    return label;
}

} // namespace

FirstRunDialog::FirstRunDialog(CaseStore& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_progressPoll(new QTimer(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Set up the social assistance desk"));

    auto* welcome = new QLabel(tr("<b>This data folder has no office yet.</b> How do you want to start?"));
    welcome->setWordWrap(true);

    m_demoChoice = new QRadioButton(tr("Start with the &demo office"));
    m_demoChoice->setObjectName(QStringLiteral("choiceDemo"));
    m_ownChoice = new QRadioButton(tr("&Set up my office"));
    m_ownChoice->setObjectName(QStringLiteral("choiceOwnOffice"));
    auto* choices = new QButtonGroup(this);
    choices->addButton(m_demoChoice);
    choices->addButton(m_ownChoice);
    m_demoChoice->setChecked(true);

    // Each choice's details sit right under it and only the chosen one is
    // shown, so the dialog is no taller than what is being asked.
    m_demoPage = createDemoPage();
    m_officeForm = new OfficeSetupForm;
    m_officeForm->setContentsMargins(24, 0, 0, 0);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("firstRunStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_startButton = m_buttons->button(QDialogButtonBox::Ok);
    m_startButton->setObjectName(QStringLiteral("firstRunStart"));
    m_startButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("firstRunCancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(welcome);
    layout->addSpacing(8);
    layout->addWidget(m_demoChoice);
    layout->addWidget(hintLabel(tr("Made-up families in made-up villages, to learn and try things out. "
                                   "Marked as demo everywhere; real work needs its own data folder.")));
    layout->addWidget(m_demoPage);
    layout->addSpacing(8);
    layout->addWidget(m_ownChoice);
    layout->addWidget(hintLabel(tr("Enter your office's administrative division codes and names. "
                                   "They appear on every notice and filing packet.")));
    layout->addWidget(m_officeForm);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addStretch();
    layout->addWidget(m_buttons);
    // The welcome line's width keeps the wrapped hints from making the
    // dialog a narrow column.
    welcome->setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    connect(m_demoChoice, &QRadioButton::toggled, this, &FirstRunDialog::updateForChoice);
    m_progressPoll->setInterval(100);
    connect(m_progressPoll, &QTimer::timeout, this, &FirstRunDialog::updateDemoProgress);
    updateForChoice();
}

FirstRunDialog::~FirstRunDialog() = default;

QWidget* FirstRunDialog::createDemoPage()
{
    auto* page = new QWidget;
    m_demoHouseholds = new QSpinBox;
    m_demoHouseholds->setObjectName(QStringLiteral("demoHouseholdCount"));
    m_demoHouseholds->setRange(100, 100000);
    m_demoHouseholds->setSingleStep(100);
    m_demoHouseholds->setValue(kDefaultDemoHouseholds);
    m_demoHouseholds->setGroupSeparatorShown(true);
    m_demoHouseholds->setAccelerated(true);
    auto* label = new QLabel(tr("&Households in the demo office:"));
    label->setBuddy(m_demoHouseholds);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_demoHouseholds);
    row->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(hintLabel(tr("1,000 takes a few seconds; 100,000 shows how the desk copes with a large "
                                   "district. Stop keeps the households made so far."),
        0));
    return page;
}

void FirstRunDialog::fitHeight()
{
    // As tall as the shown choice and its messages need, at the current
    // width: wrapped labels make sizeHint() overestimate, so ask the layout
    // for its height at this width once it has caught up with the change.
    QTimer::singleShot(0, this, [this] {
        layout()->activate();
        const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalSizeHint().height();
        resize(width(), std::max(height, layout()->totalMinimumSize().height()));
    });
}

void FirstRunDialog::updateForChoice()
{
    const bool demo = m_demoChoice->isChecked();
    m_demoPage->setVisible(demo);
    m_officeForm->setVisible(!demo);
    fitHeight();
    m_startButton->setText(demo ? tr("Create demo office") : tr("Set up office"));
    m_status->hide();
}

bool FirstRunDialog::isBusy() const
{
    return m_demoTask != nullptr && m_demoTask->isRunning();
}

void FirstRunDialog::accept()
{
    if (isBusy())
        return;
    if (m_demoChoice->isChecked())
        startDemo();
    else
        setUpOwnOffice();
}

void FirstRunDialog::reject()
{
    // The worker owns the store until it stops; closing now would leave it
    // writing into a store main() is about to close.
    if (isBusy()) {
        stopDemo();
        return;
    }
    QDialog::reject();
}

void FirstRunDialog::closeEvent(QCloseEvent* event)
{
    if (isBusy()) {
        stopDemo();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void FirstRunDialog::setUpOwnOffice()
{
    m_officeForm->clearErrors();
    if (auto done = m_store.office().setUp(m_officeForm->info(), DeskUser::actor()); !done) {
        m_officeForm->showError(done.error());
        fitHeight();
        return;
    }
    QDialog::accept();
}

void FirstRunDialog::setInputsEnabled(bool enabled)
{
    m_demoChoice->setEnabled(enabled);
    m_ownChoice->setEnabled(enabled);
    m_demoPage->setEnabled(enabled);
    m_officeForm->setEnabled(enabled);
    m_startButton->setEnabled(enabled);
}

void FirstRunDialog::startDemo()
{
    DemoOptions options;
    options.households = m_demoHouseholds->value();
    options.today = m_store.clock().today();
    delete m_demoTask;
    m_demoTask = new DemoOfficeTask(m_store, options, this);
    connect(m_demoTask, &DemoOfficeTask::finished, this, &FirstRunDialog::onDemoFinished);

    setInputsEnabled(false);
    m_status->hide();
    m_progress
        = new QProgressDialog(tr("Creating the demo office…"), tr("Stop"), 0, options.households, this);
    m_progress->setObjectName(QStringLiteral("demoProgress"));
    m_progress->setWindowTitle(tr("Demo office"));
    // Modal, so nothing else reaches the store while the worker fills it.
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &FirstRunDialog::stopDemo);
    m_demoTask->start();
    m_progressPoll->start();
}

void FirstRunDialog::stopDemo()
{
    if (!isBusy())
        return;
    m_demoTask->cancel();
    // The progress dialog closes on Stop; the worker still finishes the
    // batch in hand, so say why the dialog is not usable yet.
    m_status->setText(tr("Stopping after the households being written now…"));
    m_status->show();
}

void FirstRunDialog::updateDemoProgress()
{
    if (!m_progress || !m_demoTask)
        return;
    if (m_demoTask->wasCancelled())
        return;
    const qint64 total = std::max<qint64>(1, m_demoTask->total());
    const qint64 done = std::min(m_demoTask->done(), total);
    // QProgressDialog counts in int; scale to per mille to stay in range.
    m_progress->setMaximum(1000);
    m_progress->setValue(static_cast<int>(done * 1000 / total));
    m_progress->setLabelText(tr("Creating the demo office… %1 of %2 households")
                                 .arg(DisplayFormat::count(done), DisplayFormat::count(total)));
}

void FirstRunDialog::onDemoFinished()
{
    m_progressPoll->stop();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    setInputsEnabled(true);
    const auto& result = m_demoTask->result();
    // The generator commits in batches and a stop keeps the finished ones, so
    // what decides is whether the store now has an office, not the outcome.
    auto office = m_store.office().office();
    const bool hasOffice = office && office->has_value();
    if (hasOffice) {
        if (result && !result->has_value()) {
            QMessageBox::warning(this, tr("Demo office incomplete"),
                tr("The demo office was created but not finished: %1\n\nIt can still be used "
                   "for practice.")
                    .arg(result->error().toString()));
        }
        // Stopped on purpose: the clerk gets the households made so far.
        QDialog::accept();
        return;
    }
    if (result && result->has_value())
        m_status->setText(tr("The demo office was not created: you stopped it before it began."));
    else
        m_status->setText(tr("The demo office could not be created: %1")
                              .arg(result       ? result->error().toString()
                                      : !office ? office.error().toString()
                                                : tr("unknown error")));
    m_status->show();
    fitHeight();
    m_startButton->setFocus();
}

} // namespace jiuzhu
