#include "ui/households/MemberTableModel.h"

#include "core/domain/DomainText.h"
#include "ui/common/DisplayFormat.h"

namespace jiuzhu {

MemberTableModel::MemberTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MemberTableModel::setMembers(const QList<MemberRecord>& members, QDate today)
{
    beginResetModel();
    m_members = members;
    m_today = today;
    endResetModel();
}

void MemberTableModel::clear()
{
    setMembers({}, m_today);
}

int MemberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int MemberTableModel::age(const MemberRecord& member) const
{
    if (!member.birthDate.isValid() || !m_today.isValid() || m_today < member.birthDate)
        return -1;
    int years = m_today.year() - member.birthDate.year();
    if (m_today.month() < member.birthDate.month()
        || (m_today.month() == member.birthDate.month() && m_today.day() < member.birthDate.day()))
        --years;
    return years;
}

QString MemberTableModel::disabilityText(const MemberRecord& member) const
{
    if (member.disabilityGrade <= 0)
        return member.disabilityKind;
    const QString grade = tr("Grade %1").arg(member.disabilityGrade);
    return member.disabilityKind.isEmpty() ? grade : tr("%1, %2").arg(grade, member.disabilityKind);
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberRecord& member = m_members.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return member.name;
        case RelationColumn:
            return displayName(member.relation);
        case SexColumn:
            return displayName(member.sex);
        case BirthDateColumn:
            return DisplayFormat::date(member.birthDate);
        case AgeColumn: {
            const int years = age(member);
            return years < 0 ? QVariant() : QVariant(years);
        }
        case IdNumberColumn:
            return member.idNumber;
        case DisabilityColumn:
            return disabilityText(member);
        case IllnessColumn:
            return member.illness;
        case EmploymentColumn:
            return member.employment;
        case IncomeColumn:
            return DisplayFormat::yuan(member.monthlyIncomeFen);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == AgeColumn || index.column() == IncomeColumn))
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !member.coResident)
        return tr("Does not live with the household");
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == IncomeColumn)
        return tr("Monthly income in yuan");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RelationColumn:
        return tr("Relation");
    case SexColumn:
        return tr("Sex");
    case BirthDateColumn:
        return tr("Born");
    case AgeColumn:
        return tr("Age");
    case IdNumberColumn:
        return tr("ID number");
    case DisabilityColumn:
        return tr("Disability");
    case IllnessColumn:
        return tr("Illness");
    case EmploymentColumn:
        return tr("Employment");
    case IncomeColumn:
        return tr("Income");
    }
    return {};
}

} // namespace jiuzhu
