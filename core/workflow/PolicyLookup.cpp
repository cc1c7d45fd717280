#include "core/workflow/PolicyLookup.h"

#include "core/domain/Money.h"
#include "core/policy/PolicySet.h"

namespace jiuzhu {

Result<qint64> PolicyLookup::integer(
    const WorkflowContext& context, const QString& key, QDate on, std::optional<AreaKind> area)
{
    return context.policy.integer(key, area, on);
}

Result<qint64> PolicyLookup::temporaryCapFen(const WorkflowContext& context, const QString& capMonthsKey,
    const QString& standardKey, AreaKind area, QDate on)
{
    const auto months = integer(context, capMonthsKey, on);
    if (!months)
        return std::unexpected(months.error());
    const auto standard = integer(context, standardKey, on, area);
    if (!standard)
        return std::unexpected(standard.error());
    const auto cap = Money::fromFen(*standard).checkedMultiply(*months);
    if (!cap)
        return std::unexpected(cap.error());
    return cap->fen();
}

} // namespace jiuzhu
