#pragma once

#include "core/domain/Household.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace jiuzhu {

class HouseholdRepository;

// The household list, loaded lazily a page at a time (keyset paging on the
// household id) so that an office with 100,000 households opens and searches
// without the window freezing: only what the view scrolls to is ever read.
class HouseholdListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        HeadNameColumn,
        HeadIdColumn,
        CommunityColumn,
        MembersColumn,
        AddressColumn,
        ColumnCount
    };
    enum Role { HouseholdIdRole = Qt::UserRole + 1 };

    static constexpr int kPageSize = 200;

    explicit HouseholdListModel(HouseholdRepository& households, QObject* parent = nullptr);

    // Replaces the rows with the first page matching the query.
    void setQuery(const QString& text, qint64 communityId);
    const QString& text() const { return m_text; }
    qint64 communityId() const { return m_communityId; }
    bool isFiltered() const { return !m_text.trimmed().isEmpty() || m_communityId != 0; }

    qint64 householdId(int row) const;
    // The row of a loaded household, -1 when it is not (yet) loaded.
    int rowOf(qint64 householdId) const;
    // The message of the last failed load; empty when the last load worked.
    const QString& lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // After every load, so counts and empty states can follow.
    void loaded();

private:
    QList<HouseholdSummary> loadPage(qint64 afterId);

    HouseholdRepository& m_households;
    QString m_text;
    qint64 m_communityId = 0;
    QList<HouseholdSummary> m_rows;
    bool m_exhausted = true;
    bool m_changing = false;
    QString m_lastError;
};

} // namespace jiuzhu
