#include "core/cli/CliSupport.h"

#include "core/cli/CommandLine.h"
#include "core/store/CaseStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace jiuzhu {

namespace {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

QString dataDirectoryOf(const CliContext& context)
{
    return context.dataDirectory.isEmpty() ? CaseStore::defaultDataDirectory() : context.dataDirectory;
}

void printJson(CliContext& context, const QJsonObject& object)
{
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
}

int reportError(CliContext& context, const Error& error)
{
    if (context.json) {
        QJsonObject object {{QStringLiteral("ok"), false},
            {QStringLiteral("error"), errorCodeName(error.code)}, {QStringLiteral("field"), error.field},
            {QStringLiteral("message"), error.message}};
        printJson(context, object);
    }
    context.err << CliText::tr("Error: %1").arg(error.toString()) << Qt::endl;
    return CommandLine::Failure;
}

QString maskedIdNumber(const QString& idNumber)
{
    if (idNumber.size() != 18)
        return idNumber;
    return idNumber.left(4) + QString(10, QLatin1Char('*')) + idNumber.right(4);
}

Result<std::unique_ptr<CaseStore>> openExisting(const CliContext& context)
{
    return CaseStore::open(dataDirectoryOf(context), context.clock, CaseStore::OpenMode::ExistingOnly);
}

} // namespace jiuzhu
