#pragma once

#include "core/domain/Error.h"
#include "core/domain/Household.h"
#include "core/domain/YearMonth.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace jiuzhu {

// The dated figures the demo computes benefits from (resources/demo/
// standards.tsv): 低保 standards per area, 特困 support and care standards,
// temporary-assistance caps. Policy numbers are data, never literals in code,
// so the demo follows the same rule as the real calculators.
class DemoStandards
{
    Q_DECLARE_TR_FUNCTIONS(DemoStandards)

public:
    // Lines: key<TAB>area<TAB>YYYY-MM<TAB>integer value[<TAB>comment]; area is
    // urban, rural or "-" for both; '#' starts a comment line.
    [[nodiscard]] static Result<DemoStandards> parse(const QString& text, const QString& source);

    // The value in force in `month`: the row for `area` (or for both areas)
    // with the latest start on or before it. Months before the first row get
    // the first row, because demo cases may reach back further than the table.
    [[nodiscard]] std::optional<qint64> valueAt(const QString& key, AreaKind area, YearMonth month) const;
    [[nodiscard]] bool has(const QString& key, AreaKind area) const;

private:
    struct Row
    {
        QString key;
        QString area; // "urban", "rural" or "-"
        int fromMonth = 0; // year * 12 + month - 1
        qint64 value = 0;
    };

    QList<Row> m_rows;
};

} // namespace jiuzhu
