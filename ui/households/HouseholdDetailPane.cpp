#include "ui/households/HouseholdDetailPane.h"

#include "core/domain/Clock.h"
#include "core/domain/DomainText.h"
#include "core/store/HouseholdRepository.h"
#include "ui/common/DisplayFormat.h"
#include "ui/households/CaseTableModel.h"
#include "ui/households/MemberTableModel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jiuzhu {

namespace {

QLabel* valueLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    // Clerks copy numbers and addresses into other systems.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QLabel* sectionTitle(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

HouseholdDetailPane::HouseholdDetailPane(HouseholdRepository& households, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_households(households)
    , m_clock(clock)
    , m_memberModel(new MemberTableModel(this))
    , m_caseModel(new CaseTableModel(this))
{
    setObjectName(QStringLiteral("householdDetailPane"));
    m_stack = new QStackedWidget(this);

    m_emptyLabel = new QLabel;
    m_emptyLabel->setObjectName(QStringLiteral("householdDetailEmpty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setMargin(24);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(createDetailPage());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    showHousehold(0);
}

QTableView* HouseholdDetailPane::createTable(const QString& objectName)
{
    auto* table = new QTableView;
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QWidget* HouseholdDetailPane::createDetailPage()
{
    auto* page = new QWidget;
    m_headName = valueLabel(QStringLiteral("detailHeadName"));
    m_headName->setWordWrap(false);
    QFont titleFont = m_headName->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_headName->setFont(titleFont);
    m_householdNo = valueLabel(QStringLiteral("detailHouseholdNo"));
    m_community = valueLabel(QStringLiteral("detailCommunity"));
    m_address = valueLabel(QStringLiteral("detailAddress"));
    m_phone = valueLabel(QStringLiteral("detailPhone"));
    m_bankAccount = valueLabel(QStringLiteral("detailBankAccount"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Household no.:"), m_householdNo);
    form->addRow(tr("Village / community:"), m_community);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Bank account:"), m_bankAccount);

    m_memberTable = createTable(QStringLiteral("memberTable"));
    m_memberTable->setModel(m_memberModel);
    m_caseTable = createTable(QStringLiteral("caseTable"));
    m_caseTable->setModel(m_caseModel);
    m_casesEmpty = new QLabel(tr("No cases yet."));
    m_casesEmpty->setObjectName(QStringLiteral("detailCasesEmpty"));
    m_casesEmpty->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_headName);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(sectionTitle(tr("Members")));
    layout->addWidget(m_memberTable);
    layout->addSpacing(6);
    layout->addWidget(sectionTitle(tr("Cases")));
    layout->addWidget(m_caseTable);
    layout->addWidget(m_casesEmpty);
    layout->addStretch(1);
    return page;
}

void HouseholdDetailPane::fitHeightToRows(QTableView* table)
{
    // Tables as tall as their rows (a family rarely has more than eight
    // members), so the cases sit right under the members instead of below
    // an empty band; beyond that the table scrolls.
    constexpr int kMaxVisibleRows = 8;
    const int rows = std::clamp(table->model()->rowCount(), 1, kMaxVisibleRows);
    const int height = table->horizontalHeader()->sizeHint().height()
        + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth()
        + table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(height);
}

void HouseholdDetailPane::showEmpty(const QString& message)
{
    m_householdId = 0;
    m_memberModel->clear();
    m_caseModel->clear();
    m_emptyLabel->setText(message);
    m_stack->setCurrentIndex(0);
}

void HouseholdDetailPane::showHousehold(qint64 householdId)
{
    if (householdId <= 0) {
        showEmpty(tr("Select a household on the left to see its members and cases."));
        return;
    }
    auto detail = m_households.detail(householdId);
    if (!detail) {
        showEmpty(tr("This household cannot be shown: %1").arg(detail.error().toString()));
        return;
    }
    m_householdId = householdId;
    const HouseholdSummary& summary = detail->summary;
    m_headName->setText(summary.headName);
    m_householdNo->setText(summary.householdNo);
    m_community->setText(tr("%1 (%2)").arg(summary.communityName, displayName(summary.area)));
    m_address->setText(orDash(summary.address));
    m_phone->setText(orDash(detail->phone));
    m_bankAccount->setText(orDash(DisplayFormat::maskedBankAccount(detail->bankAccount)));
    m_memberModel->setMembers(detail->members, m_clock.today());
    m_caseModel->setCases(detail->cases);
    m_caseTable->setVisible(!detail->cases.isEmpty());
    m_casesEmpty->setVisible(detail->cases.isEmpty());
    // A handful of rows: sizing to contents is cheap here, unlike in the list.
    m_memberTable->resizeColumnsToContents();
    m_caseTable->resizeColumnsToContents();
    fitHeightToRows(m_memberTable);
    fitHeightToRows(m_caseTable);
    m_stack->setCurrentIndex(1);
}

} // namespace jiuzhu
