#pragma once

#include "core/domain/Household.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace jiuzhu {

// The members of one household as the detail pane lists them. Ages are
// computed against an injected day so tests and screenshots do not drift.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What bears on eligibility (age, disability, illness, work, income)
    // comes first; the birth date is also inside the ID number, so it goes last.
    enum Column {
        NameColumn,
        RelationColumn,
        SexColumn,
        AgeColumn,
        DisabilityColumn,
        IllnessColumn,
        EmploymentColumn,
        IncomeColumn,
        IdNumberColumn,
        BirthDateColumn,
        ColumnCount
    };

    explicit MemberTableModel(QObject* parent = nullptr);

    void setMembers(const QList<MemberRecord>& members, QDate today);
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString disabilityText(const MemberRecord& member) const;
    int age(const MemberRecord& member) const;

    QList<MemberRecord> m_members;
    QDate m_today;
};

} // namespace jiuzhu
