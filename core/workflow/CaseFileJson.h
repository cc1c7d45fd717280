#pragma once

#include "core/domain/Error.h"
#include "core/workflow/CaseFile.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace jiuzhu {

// A whole case file as JSON with stable keys (states, types and statuses by
// their store keys, dates ISO 8601, money in fen), so the store can keep the
// procedure's working data in one column beside the case row and load it
// back exactly. Events are included; the store's case_events table and audit
// chain remain the record of who did what.
class CaseFileJson
{
    Q_DECLARE_TR_FUNCTIONS(CaseFileJson)

public:
    [[nodiscard]] static QJsonObject toJson(const CaseFile& file);
    // Rejects unknown keys of types, states and statuses and malformed dates,
    // naming the member; absent members take their defaults.
    [[nodiscard]] static Result<CaseFile> fromJson(const QJsonObject& json);

    [[nodiscard]] static QJsonObject eventToJson(const CaseEvent& event);
    [[nodiscard]] static Result<CaseEvent> eventFromJson(const QJsonObject& json);
};

} // namespace jiuzhu
