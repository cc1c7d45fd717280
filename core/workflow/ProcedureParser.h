#pragma once

#include "core/domain/Error.h"
#include "core/workflow/ProcedureBook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace jiuzhu {

// Reads the procedure file into a ProcedureBook, expanding fragments and
// checking every name; ProcedureValidator then checks the procedures as
// graphs. Used only by ProcedureBook::load().
class ProcedureParser
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureParser)

public:
    [[nodiscard]] static Result<ProcedureBook> parse(const QByteArray& json);

private:
    explicit ProcedureParser(QJsonObject fragments)
        : m_fragments(std::move(fragments))
    {
    }

    Result<ProcedureDefinition> procedure(const QJsonValue& value, const ProcedureBook& book) const;
    Result<QJsonArray> expand(
        const QJsonValue& value, const QString& type, const QString& what, int depth = 0) const;

    QJsonObject m_fragments;
};

} // namespace jiuzhu
