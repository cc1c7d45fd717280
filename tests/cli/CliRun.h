#pragma once

// Runs the command line in-process, as `jiuzhu ARGS…`, on a fixed clock.
#include "core/cli/CommandLine.h"
#include "core/domain/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace jiuzhu::testing {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline CliRun runCli(const QStringList& arguments, const Clock& clock)
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = CommandLine::run(QStringList {QStringLiteral("jiuzhu")} + arguments, out, err, clock);
    out.flush();
    err.flush();
    return result;
}

} // namespace jiuzhu::testing
