#pragma once

#include "core/domain/Error.h"
#include "core/policy/HouseholdSituation.h"
#include "core/policy/PolicySet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jiuzhu {

// The input of `jiuzhu calc --input FILE.json`: one household situation and
// the policy to apply, inline or from a file. Format in CALC_FORMAT.md.
struct CalcRequest
{
    Q_DECLARE_TR_FUNCTIONS(CalcRequest)

public:
    HouseholdSituation situation;
    PolicySet policy;
    QList<AssistanceType> types; // empty: every type of the classified review
    QString comment; // free text, e.g. the hand-checked arithmetic

    // `baseDirectory` resolves a relative "policy_file"; empty means the
    // current directory. Errors name the member by its JSON path
    // ("household.members[1].birth_date") and the rule.
    [[nodiscard]] static Result<CalcRequest> fromJson(
        const QByteArray& json, const QString& baseDirectory = QString());
    // Reads `path` and resolves "policy_file" beside it.
    [[nodiscard]] static Result<CalcRequest> fromFile(const QString& path);
};

} // namespace jiuzhu
