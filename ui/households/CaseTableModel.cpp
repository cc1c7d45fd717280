#include "ui/households/CaseTableModel.h"

#include "core/domain/DomainText.h"
#include "ui/common/DisplayFormat.h"

namespace jiuzhu {

CaseTableModel::CaseTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CaseTableModel::setCases(const QList<CaseSummary>& cases)
{
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

int CaseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int CaseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary& row = m_cases.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CaseNoColumn:
            return row.caseNo;
        case TypeColumn:
            return displayName(row.type);
        case StateColumn:
            return displayName(row.state);
        case AppliedOnColumn:
            return DisplayFormat::date(row.appliedOn);
        case AmountColumn:
            // A case with no monthly benefit (refused, one-off aid) shows
            // nothing rather than a misleading 0.00.
            if (row.monthlyAmountFen != 0)
                return DisplayFormat::yuan(row.monthlyAmountFen);
            if (row.oneOffAmountFen != 0)
                return tr("%1 (one-off)").arg(DisplayFormat::yuan(row.oneOffAmountFen));
            return QString();
        case StartMonthColumn:
            return row.startMonth;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == CaseNoColumn && row.closeRelative)
        return tr("Close relative of office staff or village cadre (recorded)");
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == AmountColumn)
        return tr("Monthly benefit in yuan");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNoColumn:
        return tr("Case no.");
    case TypeColumn:
        return tr("Assistance type");
    case StateColumn:
        return tr("State");
    case AppliedOnColumn:
        return tr("Applied on");
    case AmountColumn:
        return tr("Monthly");
    case StartMonthColumn:
        return tr("From month");
    }
    return {};
}

} // namespace jiuzhu
