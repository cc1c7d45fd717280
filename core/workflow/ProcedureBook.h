#pragma once

#include "core/domain/Error.h"
#include "core/workflow/ProcedureDefinition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace jiuzhu {

// The procedure of every assistance type, read from a JSON file
// (resources/workflow/procedures.json, schema in docs of that file) and
// checked as a whole when loaded: a typo in a state, role, guard or
// material name, a duplicated action or a state no path reaches is an error
// naming the type and action, not a surprise at a clerk's desk.
class ProcedureBook
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureBook)

public:
    [[nodiscard]] static Result<ProcedureBook> load(const QByteArray& json);
    // The file compiled into the program.
    [[nodiscard]] static Result<ProcedureBook> loadBuiltIn();
    [[nodiscard]] static QString builtInPath();

    [[nodiscard]] const ProcedureDefinition* procedure(AssistanceType type) const;
    [[nodiscard]] const QList<ProcedureDefinition>& procedures() const { return m_procedures; }
    // The Chinese name printed on checklists and notices; the key itself if unknown.
    [[nodiscard]] QString materialName(const QString& key) const;

    // Kinds of documents a transition may issue.
    [[nodiscard]] static const QStringList& noticeKinds();
    // Checklist stages a transition may check.
    [[nodiscard]] static const QStringList& stages();

private:
    friend class ProcedureParser;

    QList<ProcedureDefinition> m_procedures;
    QMap<QString, QString> m_materialNames;
};

} // namespace jiuzhu
