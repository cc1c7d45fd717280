#pragma once

#include "core/domain/Error.h"
#include "core/domain/Household.h"
#include "core/workflow/WorkflowContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace jiuzhu {

// The policy numbers the workflow reads, always as in force on a given day:
// the township never sets its own standards.
class PolicyLookup
{
    Q_DECLARE_TR_FUNCTIONS(PolicyLookup)

public:
    [[nodiscard]] static Result<qint64> integer(const WorkflowContext& context, const QString& key, QDate on,
        std::optional<AreaKind> area = std::nullopt);
    // The most temporary assistance the township may grant: `capMonthsKey`
    // months of the area's 低保 standard (`standardKey`) in force on `on`.
    [[nodiscard]] static Result<qint64> temporaryCapFen(const WorkflowContext& context,
        const QString& capMonthsKey, const QString& standardKey, AreaKind area, QDate on);
};

} // namespace jiuzhu
