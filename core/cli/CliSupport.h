#pragma once

#include "core/cli/CliCommands.h"
#include "core/domain/Error.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace jiuzhu {

class CaseStore;

// What every command shares: where the store is, how results and errors
// are printed (text for people, --json for scripts), and masking.
QString dataDirectoryOf(const CliContext& context);
void printJson(CliContext& context, const QJsonObject& object);
// Prints the error (and its JSON form with --json); returns the failure code.
int reportError(CliContext& context, const Error& error);
// ID numbers are masked in every listing; the full number is shown only on
// the household's own page.
QString maskedIdNumber(const QString& idNumber);
Result<std::unique_ptr<CaseStore>> openExisting(const CliContext& context);

} // namespace jiuzhu
