#pragma once

#include "core/domain/Error.h"
#include "core/policy/PolicySet.h"
#include "core/policy/RoundingRule.h"

#include <QDate>

#include <optional>

namespace jiuzhu {

// Reads the parameters one calculator needs for one household's area and
// day, keeping the first failure. A calculator reads everything, then checks
// ok() once and returns error() before using any value: the placeholder 0
// handed back after a failure is never used in a calculation.
class PolicyReader
{
public:
    PolicyReader(const PolicySet& policy, AreaKind area, QDate on);

    qint64 integer(const QString& key);
    QString text(const QString& key);
    // The whole entry, for explanations that cite the date and source.
    PolicyEntry entry(const QString& key);
    // An optional parameter: nullopt when nothing is in force (not an error);
    // other failures are still recorded.
    std::optional<PolicyEntry> optionalEntry(const QString& key);
    RoundingRule rounding();

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] Error error() const { return m_error.value_or(Error {}); }
    [[nodiscard]] AreaKind area() const { return m_area; }
    [[nodiscard]] QDate on() const { return m_on; }

private:
    void record(const Error& error);

    const PolicySet& m_policy;
    AreaKind m_area;
    QDate m_on;
    std::optional<Error> m_error;
};

} // namespace jiuzhu

namespace jiuzhu {

// The number an entry of an integer key holds (the catalogue guarantees the
// kind once the entry is loaded); 0 for a text entry.
[[nodiscard]] inline qint64 entryNumber(const PolicyEntry& entry)
{
    const qint64* number = std::get_if<qint64>(&entry.value);
    return number ? *number : 0;
}

} // namespace jiuzhu
