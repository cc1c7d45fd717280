#pragma once

#include "core/domain/Household.h"

#include <QString>

#include <optional>

namespace jiuzhu {

// The procedure file and event data name assistance types and case states
// by the keys the store uses (core/store/StoreKeys.cpp). The workflow sits
// below the store and cannot link it, so the table is repeated here and
// tst_workflowkeys fails the moment the two disagree.
class WorkflowKeys
{
public:
    [[nodiscard]] static QString key(AssistanceType type);
    [[nodiscard]] static QString key(CaseState state);
    [[nodiscard]] static std::optional<AssistanceType> typeFromKey(const QString& key);
    [[nodiscard]] static std::optional<CaseState> stateFromKey(const QString& key);
};

} // namespace jiuzhu
