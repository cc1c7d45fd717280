#pragma once

#include "core/domain/Household.h"

#include <QAbstractTableModel>
#include <QList>

namespace jiuzhu {

// The cases of one household, newest application first, as the store gives them.
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The money before the dates: it is what the clerk checks first, and the
    // table is narrow enough to scroll.
    enum Column {
        CaseNoColumn,
        TypeColumn,
        StateColumn,
        AmountColumn,
        StartMonthColumn,
        AppliedOnColumn,
        ColumnCount
    };

    explicit CaseTableModel(QObject* parent = nullptr);

    void setCases(const QList<CaseSummary>& cases);
    void clear() { setCases({}); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaseSummary> m_cases;
};

} // namespace jiuzhu
