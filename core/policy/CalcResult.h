#pragma once

#include "core/domain/Error.h"
#include "core/policy/Assessment.h"
#include "core/policy/CalcRequest.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace jiuzhu {

// The output of `jiuzhu calc`: every assessment of the request with its
// amounts in fen and as yuan text, reasons and explanation. Format in
// CALC_FORMAT.md.
struct CalcResult
{
    QDate assessedOn;
    AreaKind area = AreaKind::Rural;
    int persons = 0;
    qint64 householdIncomeFen = 0;
    QList<Assessment> assessments;

    // Runs the classified review for the request's types.
    [[nodiscard]] static Result<CalcResult> compute(const CalcRequest& request);

    [[nodiscard]] QByteArray toJson() const;
    // {"version": 1, "error": {"code", "field", "message"}}: what the command
    // prints when a request cannot be computed, so that failures are data too.
    [[nodiscard]] static QByteArray errorJson(const Error& error);
};

} // namespace jiuzhu
