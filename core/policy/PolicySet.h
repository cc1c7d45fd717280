#pragma once

#include "core/domain/Error.h"
#include "core/domain/Household.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace jiuzhu {

// One dated policy value as the district publishes it.
struct PolicyEntry
{
    QString key; // e.g. "dibao.standard.monthly"; see PolicyKeys.h
    std::optional<AreaKind> area; // nullopt: applies to urban and rural alike
    QDate effectiveFrom; // first day it applies (a standard raised in July applies from 1 July)
    std::variant<qint64, QString> value;
    QString source; // citation, e.g. "石家庄市民政局 2025年城乡低保标准调整通知"

    friend bool operator==(const PolicyEntry&, const PolicyEntry&) = default;
};

// Every standard, multiple, cap, deadline and rate the township applies, each
// dated, so that a decision taken in June 2025 can be recomputed in 2027 with
// the figures of June 2025. The township never edits these: they arrive from
// the district (see DOMAIN.md "不得自定政策、自定标准").
class PolicySet
{
    Q_DECLARE_TR_FUNCTIONS(PolicySet)

public:
    // Schema in PolicyKeys.h. Errors name the entry (index and key) and the rule.
    [[nodiscard]] static Result<PolicySet> fromJson(const QByteArray& json);
    [[nodiscard]] QByteArray toJson() const;

    // Rejects unknown keys, values of the wrong kind or out of range, invalid
    // dates, a missing source, and a second entry for the same key, area and date.
    Status add(const PolicyEntry& entry);

    // The value in force on `on`: the entry with the latest effectiveFrom <= on,
    // for `area` first, else area-less. NotFound names the key, area and date.
    [[nodiscard]] Result<qint64> integer(const QString& key, std::optional<AreaKind> area, QDate on) const;
    [[nodiscard]] Result<QString> text(const QString& key, std::optional<AreaKind> area, QDate on) const;
    [[nodiscard]] Result<PolicyEntry> entryInForce(
        const QString& key, std::optional<AreaKind> area, QDate on) const;

    // Sorted by key, then area (area-less first), then date.
    [[nodiscard]] QList<PolicyEntry> entries() const;
    [[nodiscard]] bool isEmpty() const { return m_byKey.isEmpty(); }

    // The documented catalogue (PolicyKeys.h); unknown keys are rejected on load.
    [[nodiscard]] static QStringList knownKeys();

    // Free text kept with the set ("重庆市大足区 2025"); not used in calculations.
    [[nodiscard]] QString title() const { return m_title; }
    void setTitle(const QString& title) { m_title = title; }
    [[nodiscard]] QString comment() const { return m_comment; }
    void setComment(const QString& comment) { m_comment = comment; }

private:
    [[nodiscard]] static Status validate(const PolicyEntry& entry);
    [[nodiscard]] const PolicyEntry* latest(const QString& key, std::optional<AreaKind> area, QDate on) const;

    // Per key, entries in no particular order; lookups scan, as a key has a handful.
    QHash<QString, QList<PolicyEntry>> m_byKey;
    QString m_title;
    QString m_comment;
};

// "urban", "rural" or "any area": how an optional area is named in messages and files.
QString policyAreaKey(std::optional<AreaKind> area);

} // namespace jiuzhu
