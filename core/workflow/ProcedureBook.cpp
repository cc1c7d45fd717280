#include "core/workflow/ProcedureBook.h"

#include "core/workflow/ProcedureParser.h"

#include <QFile>

#include <algorithm>

namespace jiuzhu {

Result<ProcedureBook> ProcedureBook::load(const QByteArray& json)
{
    return ProcedureParser::parse(json);
}

QString ProcedureBook::builtInPath()
{
    return QStringLiteral(":/jiuzhu/workflow/procedures.json");
}

Result<ProcedureBook> ProcedureBook::loadBuiltIn()
{
    QFile file(builtInPath());
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, tr("Procedure file"),
            tr("The built-in procedure file could not be read: %1.").arg(file.errorString()));
    return load(file.readAll());
}

const ProcedureDefinition* ProcedureBook::procedure(AssistanceType type) const
{
    const auto it = std::find_if(m_procedures.cbegin(), m_procedures.cend(),
        [type](const ProcedureDefinition& p) { return p.type == type; });
    return it == m_procedures.cend() ? nullptr : &*it;
}

QString ProcedureBook::materialName(const QString& key) const
{
    return m_materialNames.value(key, key);
}

const QStringList& ProcedureBook::noticeKinds()
{
    static const QStringList kinds {
        QStringLiteral("acceptance-notice"),
        QStringLiteral("missing-materials-notice"),
        QStringLiteral("non-acceptance-notice"),
        QStringLiteral("publicity-sheet"),
        QStringLiteral("approval-notice"),
        QStringLiteral("refusal-notice"),
        QStringLiteral("adjustment-notice"),
        QStringLiteral("appraisal-minutes"),
    };
    return kinds;
}

const QStringList& ProcedureBook::stages()
{
    static const QStringList names {
        QStringLiteral("application"),
        QStringLiteral("investigation"),
        QStringLiteral("paperwork"),
    };
    return names;
}

} // namespace jiuzhu
