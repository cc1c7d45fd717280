#pragma once

#include <QStringList>

class QTextStream;

namespace jiuzhu {

class Clock;

// The headless subcommands of the jiuzhu binary. They run on a
// QCoreApplication, so they work over SSH and in scripts with no display.
//
// Exit codes: 0 success; 1 the command ran and found a problem or failed
// (message on stderr); 2 the command line itself was wrong.
class CommandLine
{
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    // True when the arguments ask for a subcommand, --version or --help
    // rather than the desktop window.
    static bool wantsHeadless(const QStringList& arguments);
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock& clock);
    static QStringList commandNames();
};

} // namespace jiuzhu
