#include "core/cli/CommandLine.h"

#include "core/cli/CliCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace jiuzhu {

namespace {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

QStringList CommandLine::commandNames()
{
    return {QStringLiteral("demo"), QStringLiteral("search"), QStringLiteral("verify"),
        QStringLiteral("backup"), QStringLiteral("calc"), QStringLiteral("cases")};
}

bool CommandLine::wantsHeadless(const QStringList& arguments)
{
    // Options of the desktop window (ours and QApplication's) that take a
    // value; any other word is a command, known or not, and a mistyped
    // command must get a usage message, not a window.
    static const QStringList windowOptionsWithValue = {
        QStringLiteral("--data-dir"),
        QStringLiteral("-platform"),
        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),
        QStringLiteral("-style"),
        QStringLiteral("-stylesheet"),
        QStringLiteral("-display"),
        QStringLiteral("-geometry"),
        QStringLiteral("-qwindowgeometry"),
        QStringLiteral("-qwindowtitle"),
        QStringLiteral("-qwindowicon"),
        QStringLiteral("-session"),
        QStringLiteral("-name"),
        QStringLiteral("-title"),
    };
    for (qsizetype index = 1; index < arguments.size(); ++index) {
        const QString& argument = arguments.at(index);
        if (windowOptionsWithValue.contains(argument)) {
            ++index;
            continue;
        }
        if (argument.startsWith(QLatin1String("--data-dir=")))
            continue;
        if (argument == QLatin1String("--version") || argument == QLatin1String("-v")
            || argument == QLatin1String("--help") || argument == QLatin1String("-h")
            || argument == QLatin1String("--json"))
            return true;
        if (!argument.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

int CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock& clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Jiuzhu: social-assistance review and confirmation desk.\n\nCommands:\n"
        "  demo --households N [--seed S]   create the demo office in the data folder\n"
        "  search TEXT                      find households by name, pinyin, ID digits or village\n"
        "  verify                           check the database, the audit chain and evidence files\n"
        "  backup --out FILE                write a verified copy of the case store\n"
        "  calc --input FILE.json           trial calculation: eligibility, amounts and their explanation\n"
        "  cases due [--user ID]            deadlines overdue, due today and due this week"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        CliText::tr("The office data folder (default: the user's data folder)."), CliText::tr("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print machine-readable JSON."));
    const QCommandLineOption householdsOption(QStringLiteral("households"),
        CliText::tr("Number of demo households (100 to 100000)."), CliText::tr("N"), QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), CliText::tr("Seed of the demo data."),
        CliText::tr("S"), QStringLiteral("20261101"));
    const QCommandLineOption inputOption(
        QStringLiteral("input"), CliText::tr("Input file."), CliText::tr("FILE"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), CliText::tr("Only what this user (by id) can act on."), CliText::tr("ID"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), CliText::tr("Output file."), CliText::tr("FILE"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), CliText::tr("Most results to print."),
        CliText::tr("N"), QStringLiteral("50"));
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")}, CliText::tr("Print the version and exit."));
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")}, CliText::tr("Print this help."));
    parser.addOptions({dataDirOption, jsonOption, householdsOption, seedOption, inputOption, userOption,
        outOption, limitOption, versionOption, helpOption});
    parser.addPositionalArgument(
        QStringLiteral("command"), CliText::tr("demo, search, verify, backup, calc or cases"));

    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText() << Qt::flush;
        return Success;
    }
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << QLatin1Char(' ')
            << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || !commandNames().contains(positional.constFirst())) {
        err << CliText::tr("Unknown or missing command. Commands: %1.")
                   .arg(commandNames().join(QStringLiteral(", ")))
            << Qt::endl;
        return UsageError;
    }

    CliContext context {out, err, clock, parser.isSet(jsonOption),
        parser.isSet(dataDirOption) ? parser.value(dataDirOption) : QString()};
    const QString& command = positional.constFirst();
    const QStringList rest = positional.mid(1);
    if (command == QLatin1String("demo")) {
        bool sizeOk = false;
        bool seedOk = false;
        const int households = parser.value(householdsOption).toInt(&sizeOk);
        const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
        if (!sizeOk || !seedOk || !rest.isEmpty()) {
            err << CliText::tr("Usage: jiuzhu --data-dir DIR demo --households N [--seed S]") << Qt::endl;
            return UsageError;
        }
        return runDemo(context, households, seed);
    }
    if (command == QLatin1String("search")) {
        bool limitOk = false;
        const int limit = parser.value(limitOption).toInt(&limitOk);
        if (rest.isEmpty() || !limitOk || limit <= 0) {
            err << CliText::tr("Usage: jiuzhu --data-dir DIR search TEXT [--limit N] [--json]") << Qt::endl;
            return UsageError;
        }
        return runSearch(context, rest.join(QLatin1Char(' ')), limit);
    }
    if (command == QLatin1String("verify")) {
        if (!rest.isEmpty()) {
            err << CliText::tr("Usage: jiuzhu --data-dir DIR verify [--json]") << Qt::endl;
            return UsageError;
        }
        return runVerify(context);
    }
    if (command == QLatin1String("cases")) {
        bool userOk = true;
        const qint64 user = parser.isSet(userOption) ? parser.value(userOption).toLongLong(&userOk) : 0;
        if (rest != QStringList {QStringLiteral("due")} || !userOk) {
            err << CliText::tr("Usage: jiuzhu --data-dir DIR cases due [--user ID] [--json]") << Qt::endl;
            return UsageError;
        }
        return runCasesDue(context, parser.isSet(userOption) ? std::optional<qint64>(user) : std::nullopt);
    }
    if (command == QLatin1String("calc")) {
        if (!parser.isSet(inputOption) || !rest.isEmpty()) {
            err << CliText::tr("Usage: jiuzhu calc --input FILE.json [--json]") << Qt::endl;
            return UsageError;
        }
        return runCalc(context, parser.value(inputOption));
    }
    if (!parser.isSet(outOption) || !rest.isEmpty()) {
        err << CliText::tr("Usage: jiuzhu --data-dir DIR backup --out FILE") << Qt::endl;
        return UsageError;
    }
    return runBackup(context, parser.value(outOption));
}

} // namespace jiuzhu
