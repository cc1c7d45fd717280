#include "ui/households/HouseholdListModel.h"

#include "core/store/HouseholdRepository.h"
#include "ui/common/DisplayFormat.h"

#include <QScopedValueRollback>

namespace jiuzhu {

HouseholdListModel::HouseholdListModel(HouseholdRepository& households, QObject* parent)
    : QAbstractTableModel(parent)
    , m_households(households)
{
}

void HouseholdListModel::setQuery(const QString& text, qint64 communityId)
{
    {
        const QScopedValueRollback busy(m_changing, true);
        beginResetModel();
        m_text = text;
        m_communityId = communityId;
        m_rows.clear();
        m_exhausted = false;
        // The first page is read at once, not when a view asks: the page
        // needs to know straight away whether anything matched.
        m_rows = loadPage(0);
        endResetModel();
    }
    Q_EMIT loaded();
}

QList<HouseholdSummary> HouseholdListModel::loadPage(qint64 afterId)
{
    HouseholdQuery query;
    query.text = m_text;
    query.communityId = m_communityId;
    query.afterId = afterId;
    query.limit = kPageSize;
    auto page = m_households.find(query);
    if (!page) {
        // Stop paging: retrying on every scroll would flood the clerk with
        // the same failure. The page shows the message instead.
        m_lastError = page.error().toString();
        m_exhausted = true;
        return {};
    }
    m_lastError.clear();
    if (page->size() < kPageSize)
        m_exhausted = true;
    return *page;
}

qint64 HouseholdListModel::householdId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int HouseholdListModel::rowOf(qint64 householdId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == householdId)
            return static_cast<int>(row);
    }
    return -1;
}

int HouseholdListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HouseholdListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HouseholdSummary& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return row.householdNo;
        case HeadNameColumn:
            return row.headName;
        case HeadIdColumn:
            return DisplayFormat::maskedIdNumber(row.headIdNumber);
        case CommunityColumn:
            return row.communityName;
        case MembersColumn:
            return row.memberCount;
        case AddressColumn:
            return row.address;
        }
        return {};
    case Qt::ToolTipRole:
        // Long addresses are cut by the column; the tooltip shows them whole.
        if (index.column() == AddressColumn || index.column() == CommunityColumn)
            return index.column() == AddressColumn ? row.address : row.communityName;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case HouseholdIdRole:
        return row.id;
    }
    return {};
}

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case NumberColumn:
            return tr("Household number");
        case HeadNameColumn:
            return tr("Head of household");
        case CommunityColumn:
            return tr("Village or community");
        }
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    // Short titles: the list shares the window with the detail pane.
    case NumberColumn:
        return tr("No.");
    case HeadNameColumn:
        return tr("Head");
    case HeadIdColumn:
        return tr("Head's ID number");
    case CommunityColumn:
        return tr("Village");
    case MembersColumn:
        return tr("Members");
    case AddressColumn:
        return tr("Address");
    }
    return {};
}

bool HouseholdListModel::canFetchMore(const QModelIndex& parent) const
{
    // Not while our own reset or insert signals are out: a listener asking
    // for more right then would nest one change inside another.
    return !parent.isValid() && !m_exhausted && !m_changing;
}

void HouseholdListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    {
        const QScopedValueRollback busy(m_changing, true);
        const qint64 afterId = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
        const QList<HouseholdSummary> page = loadPage(afterId);
        if (!page.isEmpty()) {
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.size()) - 1);
            m_rows.append(page);
            endInsertRows();
        }
    }
    Q_EMIT loaded();
}

} // namespace jiuzhu
