#include "ui/households/HouseholdsPage.h"

#include "core/store/CaseStore.h"
#include "core/store/HouseholdRepository.h"
#include "ui/common/DisplayFormat.h"
#include "ui/households/HouseholdDetailPane.h"
#include "ui/households/HouseholdListModel.h"
#include "ui/households/HouseholdSearchField.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace jiuzhu {

namespace {

const QString kSplitterKey = QStringLiteral("households/splitter");
const QString kHeaderKey = QStringLiteral("households/listHeader");

} // namespace

HouseholdsPage::HouseholdsPage(CaseStore& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new HouseholdListModel(store.households(), this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("householdsPage"));

    m_search = new HouseholdSearchField;
    m_search->setObjectName(QStringLiteral("householdSearch"));
    m_search->setPlaceholderText(tr("Name, pinyin (zs / zhangsan), ID number or its last digits, village…"));
    m_community = new QComboBox;
    m_community->setObjectName(QStringLiteral("communityFilter"));
    m_community->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_community->setToolTip(tr("Show only the households of one village or community"));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("householdCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_community);
    searchRow->addWidget(m_count);

    m_detail = new HouseholdDetailPane(store.households(), store.clock());
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("householdSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createListArea());
    m_splitter->addWidget(m_detail);
    // Nearly even: the members table beside the list has ten columns.
    m_splitter->setStretchFactor(0, 11);
    m_splitter->setStretchFactor(1, 9);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_splitter, 1);

    m_findAction = new QAction(tr("&Find household"), this);
    m_findAction->setObjectName(QStringLiteral("actionFindHousehold"));
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, &HouseholdsPage::focusSearch);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &HouseholdsPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &HouseholdSearchField::cleared, this, &HouseholdsPage::runSearch);
    connect(m_search, &HouseholdSearchField::moveToResultsRequested, this, &HouseholdsPage::selectFirstRow);
    connect(m_model, &HouseholdListModel::loaded, this, &HouseholdsPage::updateCountAndEmptyState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &HouseholdsPage::showCurrentRow);

    setTabOrder(m_search, m_community);
    setTabOrder(m_community, m_table);
    setFocusProxy(m_search);
    reload();
}

QWidget* HouseholdsPage::createListArea()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("householdTable"));
    m_table->setModel(m_model);
    configureTable();

    m_noMatch = new QLabel;
    m_noMatch->setObjectName(QStringLiteral("householdNoMatch"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->setMargin(24);
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);

    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_noMatch);
    return m_listStack;
}

void HouseholdsPage::configureTable()
{
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setCornerButtonEnabled(false);
    // Sorting a partly loaded list would only sort what happens to be loaded.
    m_table->setSortingEnabled(false);
    QHeaderView* rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);

    // Widths from sample text, never ResizeToContents: that would read every
    // row and defeat the lazy loading.
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    // Each column as wide as its sample or its title, whichever is wider,
    // so neither the English nor the Chinese headers get clipped.
    const QFontMetrics metrics = fontMetrics();
    const QFontMetrics headerMetrics = columns->fontMetrics();
    const auto fit = [&](int column, const QString& sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        columns->resizeSection(
            column, std::max(metrics.horizontalAdvance(sample), headerMetrics.horizontalAdvance(title)) + 24);
    };
    fit(HouseholdListModel::NumberColumn, QStringLiteral("H00000000"));
    fit(HouseholdListModel::HeadNameColumn, QStringLiteral("欧阳某某某"));
    fit(HouseholdListModel::HeadIdColumn, QStringLiteral("0000**********000X"));
    fit(HouseholdListModel::CommunityColumn, QStringLiteral("某某某某社区"));
    fit(HouseholdListModel::MembersColumn, QStringLiteral("00"));
}

void HouseholdsPage::reload()
{
    reloadCommunities();
    runSearch();
}

void HouseholdsPage::reloadCommunities()
{
    const qint64 current = selectedCommunityId();
    const QSignalBlocker blocker(m_community);
    m_community->clear();
    m_community->addItem(tr("All villages and communities"), qint64(0));
    auto communities = m_store.households().communities();
    if (!communities) {
        Q_EMIT loadFailed(communities.error().toString());
        return;
    }
    for (const Community& community : std::as_const(*communities))
        m_community->addItem(community.name, community.id);
    m_community->setCurrentIndex(std::max(0, m_community->findData(current)));
    // Connected here, after the first fill, so filling never runs a search.
    connect(
        m_community, &QComboBox::currentIndexChanged, this, &HouseholdsPage::runSearch, Qt::UniqueConnection);
}

qint64 HouseholdsPage::selectedCommunityId() const
{
    return m_community->currentData().toLongLong();
}

void HouseholdsPage::runSearch()
{
    m_searchDelay->stop();
    const qint64 selected = m_detail->householdId();
    m_model->setQuery(m_search->text().trimmed(), selectedCommunityId());
    // Keep the household on screen when it is still in the results; a single
    // match is shown straight away, it is what the clerk was looking for.
    int row = selected != 0 ? m_model->rowOf(selected) : -1;
    if (row < 0 && m_model->rowCount() == 1 && !m_model->canFetchMore(QModelIndex()))
        row = 0;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, HouseholdListModel::HeadNameColumn);
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    showCurrentRow();
}

void HouseholdsPage::showCurrentRow()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->householdId(current.row()) : 0;
    if (id == 0 && m_model->rowCount() == 0 && m_model->isFiltered()) {
        m_detail->showEmpty(QString());
        return;
    }
    if (id != m_detail->householdId() || id == 0)
        m_detail->showHousehold(id);
}

void HouseholdsPage::selectFirstRow()
{
    if (m_model->rowCount() == 0)
        return;
    m_table->setFocus(Qt::TabFocusReason);
    if (!m_table->selectionModel()->currentIndex().isValid()) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, HouseholdListModel::HeadNameColumn),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void HouseholdsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void HouseholdsPage::updateCountAndEmptyState()
{
    const int rows = m_model->rowCount();
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(tr("Cannot load households"));
        m_count->setToolTip(m_model->lastError());
        Q_EMIT loadFailed(m_model->lastError());
    } else if (m_model->canFetchMore(QModelIndex())) {
        m_count->setToolTip(QString());
        if (m_model->isFiltered()) {
            m_count->setText(tr("%1+ matches").arg(DisplayFormat::count(rows)));
        } else {
            // The whole office is a cheap count; "200+" would undersell it.
            auto total = m_store.households().count();
            m_count->setText(total ? tr("%1 households").arg(DisplayFormat::count(*total))
                                   : tr("%1+ households").arg(DisplayFormat::count(rows)));
        }
    } else {
        m_count->setToolTip(QString());
        m_count->setText(rows == 1 ? tr("1 household") : tr("%1 households").arg(DisplayFormat::count(rows)));
    }

    const bool noMatch = rows == 0 && m_model->lastError().isEmpty();
    if (noMatch) {
        const QString text = m_model->text();
        if (!text.isEmpty() && m_model->communityId() != 0)
            m_noMatch->setText(tr("No household in %1 matches “%2”.").arg(m_community->currentText(), text));
        else if (!text.isEmpty())
            m_noMatch->setText(
                tr("No household matches “%1”.\nTry fewer letters, the last digits of the ID number, "
                   "or the village name.")
                    .arg(text));
        else if (m_model->communityId() != 0)
            m_noMatch->setText(tr("No household is registered in %1 yet.").arg(m_community->currentText()));
        else
            m_noMatch->setText(tr("No household is registered yet."));
    }
    m_listStack->setCurrentWidget(noMatch ? static_cast<QWidget*>(m_noMatch) : m_table);
}

void HouseholdsPage::saveSettings(QSettings& settings) const
{
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void HouseholdsPage::restoreSettings(const QSettings& settings)
{
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
}

} // namespace jiuzhu
