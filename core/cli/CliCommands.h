#pragma once

#include <QString>

#include <optional>

class QTextStream;

namespace jiuzhu {

class Clock;

struct CliContext
{
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;
    bool json = false;
    QString dataDirectory; // empty: the user's default data folder
};

int runDemo(CliContext& context, int households, quint64 seed);
int runSearch(CliContext& context, const QString& text, int limit);
int runVerify(CliContext& context);
int runBackup(CliContext& context, const QString& outPath);
int runCalc(CliContext& context, const QString& inputPath);
int runCasesDue(CliContext& context, std::optional<qint64> userId);

} // namespace jiuzhu
