#include "core/cli/CommandLine.h"

#include "core/cli/CliCommands.h"
#include "core/domain/DomainKeys.h"
#include "core/domain/Money.h"
#include "core/store/PaymentRepository.h"

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
        QStringLiteral("backup"), QStringLiteral("calc"), QStringLiteral("cases"), QStringLiteral("roster"),
        QStringLiteral("reviews"), QStringLiteral("change"), QStringLiteral("review"),
        QStringLiteral("overpayments")};
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
        "  cases due [--user ID]            deadlines overdue, due today and due this week\n"
        "  cases follow-up --case ID [--type TYPE --user ID]\n"
        "                                   classified review of a refused case: list or open\n"
        "  roster --month YYYY-MM [--close --user ID]\n"
        "                                   the month's payment roster and reconciliation; close it\n"
        "  reviews due --month YYYY-MM      the yearly reviews due in the month\n"
        "  change --case ID --event KIND --date DATE --user ID [--income YUAN]\n"
        "         [--persons N --amount YUAN [--decided DATE] | --ineligible]\n"
        "                                   a death, birth, marriage, move-out or income-change\n"
        "  review --case ID --user ID (--persons N --amount YUAN | --ineligible) [--decided DATE]\n"
        "                                   the outcome of a review\n"
        "  overpayments                     months paid that were not due, to recover"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        CliText::tr("The office data folder (default: the user's data folder)."), CliText::tr("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print machine-readable JSON."));
    const QCommandLineOption householdsOption(QStringLiteral("households"),
        CliText::tr("Number of demo households (100 to 100000)."), CliText::tr("N"), QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), CliText::tr("Seed of the demo data."),
        CliText::tr("S"), QStringLiteral("20261101"));
    const QCommandLineOption inputOption(
        QStringLiteral("input"), CliText::tr("Input file."), CliText::tr("FILE"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        CliText::tr("The user (by id) who acts, or whose work is listed."), CliText::tr("ID"));
    const QCommandLineOption monthOption(QStringLiteral("month"), CliText::tr("The month."), CliText::tr("YYYY-MM"));
    const QCommandLineOption closeOption(QStringLiteral("close"), CliText::tr("Close the month's roster as paid."));
    const QCommandLineOption caseOption(QStringLiteral("case"), CliText::tr("The case (by id)."), CliText::tr("ID"));
    const QCommandLineOption typeOption(
        QStringLiteral("type"), CliText::tr("Assistance type (e.g. near-dibao)."), CliText::tr("TYPE"));
    const QCommandLineOption eventOption(QStringLiteral("event"),
        CliText::tr("death, birth, marriage, move-out or income-change."), CliText::tr("KIND"));
    const QCommandLineOption dateOption(
        QStringLiteral("date"), CliText::tr("When it happened."), CliText::tr("YYYY-MM-DD"));
    const QCommandLineOption decidedOption(
        QStringLiteral("decided"), CliText::tr("When the review was decided (default: today)."), CliText::tr("YYYY-MM-DD"));
    const QCommandLineOption incomeOption(
        QStringLiteral("income"), CliText::tr("The household's new monthly income."), CliText::tr("YUAN"));
    const QCommandLineOption personsOption(
        QStringLiteral("persons"), CliText::tr("Persons covered after the change."), CliText::tr("N"));
    const QCommandLineOption amountOption(
        QStringLiteral("amount"), CliText::tr("Monthly benefit after the change."), CliText::tr("YUAN"));
    const QCommandLineOption ineligibleOption(
        QStringLiteral("ineligible"), CliText::tr("The household no longer qualifies: stop the benefit."));
    const QCommandLineOption outOption(
        QStringLiteral("out"), CliText::tr("Output file."), CliText::tr("FILE"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), CliText::tr("Most results to print."),
        CliText::tr("N"), QStringLiteral("50"));
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")}, CliText::tr("Print the version and exit."));
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")}, CliText::tr("Print this help."));
    parser.addOptions({dataDirOption, jsonOption, householdsOption, seedOption, inputOption, userOption,
        outOption, limitOption, versionOption, helpOption, monthOption, closeOption, caseOption, typeOption,
        eventOption, dateOption, decidedOption, incomeOption, personsOption, amountOption, ineligibleOption});
    parser.addPositionalArgument(
        QStringLiteral("command"), CliText::tr("One of the commands above."));

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
        const std::optional<qint64> userId = parser.isSet(userOption) ? std::optional<qint64>(user) : std::nullopt;
        if (rest == QStringList {QStringLiteral("follow-up")}) {
            bool caseOk = false;
            const qint64 caseId = parser.value(caseOption).toLongLong(&caseOk);
            const auto type = assistanceTypeFromKey(parser.value(typeOption));
            if (!caseOk || !userOk || parser.isSet(typeOption) != parser.isSet(userOption)
                || (parser.isSet(typeOption) && !type)) {
                err << CliText::tr("Usage: jiuzhu --data-dir DIR cases follow-up --case ID [--type TYPE --user ID]")
                    << Qt::endl;
                return UsageError;
            }
            return runFollowUp(context, caseId, type, userId);
        }
        if (rest != QStringList {QStringLiteral("due")} || !userOk) {
            err << CliText::tr("Usage: jiuzhu --data-dir DIR cases due [--user ID] [--json]") << Qt::endl;
            return UsageError;
        }
        return runCasesDue(context, userId);
    }
    if (command == QLatin1String("roster") || command == QLatin1String("reviews")) {
        auto month = YearMonth::parse(parser.value(monthOption));
        bool userOk = false;
        const qint64 user = parser.value(userOption).toLongLong(&userOk);
        if (command == QLatin1String("reviews")) {
            if (!month || rest != QStringList {QStringLiteral("due")}) {
                err << CliText::tr("Usage: jiuzhu --data-dir DIR reviews due --month YYYY-MM [--json]") << Qt::endl;
                return UsageError;
            }
            return runReviewsDue(context, *month);
        }
        if (!month || !rest.isEmpty() || (parser.isSet(closeOption) && !userOk)) {
            err << CliText::tr("Usage: jiuzhu --data-dir DIR roster --month YYYY-MM [--close --user ID] [--json]")
                << Qt::endl;
            return UsageError;
        }
        return runRoster(context, *month, parser.isSet(closeOption) ? std::optional<qint64>(user) : std::nullopt);
    }
    if (command == QLatin1String("change") || command == QLatin1String("review")) {
        ChangeRequest request;
        request.reviewOnly = command == QLatin1String("review");
        bool caseOk = false;
        bool userOk = false;
        bool personsOk = true;
        request.caseId = parser.value(caseOption).toLongLong(&caseOk);
        request.userId = parser.value(userOption).toLongLong(&userOk);
        const auto event = changeEventKindFromKey(parser.value(eventOption));
        request.event = event.value_or(ChangeEventKind::Death);
        request.date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        request.decidedOn = QDate::fromString(parser.value(decidedOption), Qt::ISODate);
        request.ineligible = parser.isSet(ineligibleOption);
        if (parser.isSet(personsOption))
            request.persons = parser.value(personsOption).toInt(&personsOk);
        QStringList problems;
        const auto readYuan = [&](const QCommandLineOption& option) -> std::optional<qint64> {
            if (!parser.isSet(option))
                return std::nullopt;
            auto money = Money::parseNonNegativeYuan(parser.value(option), QStringLiteral("--") + option.names().constFirst());
            if (money)
                return money->fen();
            problems.append(money.error().toString());
            return std::nullopt;
        };
        request.incomeFen = readYuan(incomeOption).value_or(0);
        request.amountFen = readYuan(amountOption);
        const bool eventOk = request.reviewOnly || (event && request.date.isValid());
        const bool decidedOk = !parser.isSet(decidedOption) || request.decidedOn.isValid();
        if (!caseOk || !userOk || !personsOk || !eventOk || !decidedOk || !problems.isEmpty() || !rest.isEmpty()
            || (request.amountFen.has_value() != request.persons.has_value())
            || (request.ineligible && request.amountFen)
            || (request.reviewOnly && !request.ineligible && !request.amountFen)) {
            for (const QString& problem : std::as_const(problems))
                err << problem << Qt::endl;
            err << (request.reviewOnly
                        ? CliText::tr("Usage: jiuzhu --data-dir DIR review --case ID --user ID "
                                      "(--persons N --amount YUAN | --ineligible) [--decided YYYY-MM-DD]")
                        : CliText::tr("Usage: jiuzhu --data-dir DIR change --case ID --event KIND --date YYYY-MM-DD "
                                      "--user ID [--income YUAN] [--persons N --amount YUAN [--decided YYYY-MM-DD] "
                                      "| --ineligible]"))
                << Qt::endl;
            return UsageError;
        }
        return runChange(context, request);
    }
    if (command == QLatin1String("overpayments")) {
        if (!rest.isEmpty()) {
            err << CliText::tr("Usage: jiuzhu --data-dir DIR overpayments [--json]") << Qt::endl;
            return UsageError;
        }
        return runOverpayments(context);
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
