#pragma once

#include "core/domain/Error.h"
#include "core/workflow/ProcedureDefinition.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace jiuzhu {

// Reads one transition, checklist item or deadline of the procedure file
// and checks every name in it, so the error can say which type and action
// it is in. Used by ProcedureParser, which shares its error helpers.
class ProcedureItemParser
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureItemParser)

public:
    [[nodiscard]] static Result<TransitionDefinition> transition(
        const QJsonValue& value, const QString& type);
    [[nodiscard]] static Result<ChecklistItem> checklistItem(
        const QJsonValue& value, const QString& type, const QMap<QString, QString>& materialNames);
    [[nodiscard]] static Result<DeadlineDefinition> deadline(const QJsonValue& value, const QString& type);

    [[nodiscard]] static std::unexpected<Error> bad(const QString& message);
    // `where` is empty for the procedure as a whole, else "action …" or "deadline …".
    [[nodiscard]] static std::unexpected<Error> badIn(
        const QString& type, const QString& where, const QString& detail);
    [[nodiscard]] static Status onlyKnownFields(
        const QJsonObject& object, const QStringList& allowed, const QString& type, const QString& where);
    [[nodiscard]] static Result<QStringList> strings(
        const QJsonValue& value, const QString& type, const QString& where, const QString& field);
    [[nodiscard]] static Result<QList<CaseState>> states(
        const QJsonValue& value, const QString& type, const QString& where, const QString& field);

private:
    static Status checkNamedRules(const TransitionDefinition& transition, const QString& type);
};

} // namespace jiuzhu
