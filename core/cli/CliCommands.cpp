#include "core/cli/CliCommands.h"

#include "core/cli/CliSupport.h"
#include "core/cli/CommandLine.h"
#include "core/demo/DemoOfficeGenerator.h"
#include "core/demo/DemoOfficeLife.h"
#include "core/desk/CaseDesk.h"
#include "core/domain/Clock.h"
#include "core/domain/DomainKeys.h"
#include "core/domain/DomainText.h"
#include "core/domain/IdNumber.h"
#include "core/domain/Money.h"
#include "core/policy/CalcRequest.h"
#include "core/policy/CalcResult.h"
#include "core/workflow/Role.h"
#include "core/store/CaseStore.h"
#include "core/store/HouseholdRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace jiuzhu {

namespace {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

int runDemo(CliContext& context, int households, quint64 seed)
{
    auto store = CaseStore::open(dataDirectoryOf(context), context.clock);
    if (!store)
        return reportError(context, store.error());
    DemoOptions options;
    options.households = households;
    options.seed = seed;
    options.today = context.clock.today();
    QElapsedTimer timer;
    timer.start();
    qint64 lastReported = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 100;
        if (!context.json && percent / 10 != lastReported / 10) {
            context.err << CliText::tr("Creating demo office: %1%").arg(percent) << Qt::endl;
            lastReported = percent;
        }
        return true;
    };
    auto summary = DemoOfficeGenerator(options).populate(**store, progress);
    if (!summary)
        return reportError(context, summary.error());
    if (context.json) {
        printJson(context,
            QJsonObject {{QStringLiteral("ok"), true},
                {QStringLiteral("data_dir"), (*store)->dataDirectory()},
                {QStringLiteral("households"), summary->households},
                {QStringLiteral("members"), summary->members}, {QStringLiteral("cases"), summary->cases},
                {QStringLiteral("communities"), summary->communities},
                {QStringLiteral("staff"), summary->staff},
                {QStringLiteral("live_applications"), summary->liveApplications},
                {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
    } else {
        context.out << CliText::tr(
            "Demo office created in %1: %2 households, %3 members, %4 cases in %5 villages "
            "and communities.")
                           .arg((*store)->dataDirectory())
                           .arg(summary->households)
                           .arg(summary->members)
                           .arg(summary->cases)
                           .arg(summary->communities)
                    << Qt::endl;
        // Staff ids follow the list's order, from 1.
        const QList<DemoStaffMember> staff = DemoOfficeLife::staff();
        context.out << CliText::tr("Staff accounts (password %1):").arg(DemoOfficeLife::staffPassword())
                    << Qt::endl;
        for (qsizetype index = 0; index < staff.size(); ++index)
            context.out << QStringLiteral("  --user %1\t%2\t%3\t%4")
                               .arg(index + 1)
                               .arg(staff.at(index).login, staff.at(index).displayName,
                                   displayName(*roleFromKey(staff.at(index).roleKey)))
                        << Qt::endl;
    }
    return CommandLine::Success;
}

int runSearch(CliContext& context, const QString& text, int limit)
{
    auto store = openExisting(context);
    if (!store)
        return reportError(context, store.error());
    HouseholdQuery query;
    query.text = text;
    query.limit = limit;
    auto found = (*store)->households().find(query);
    if (!found)
        return reportError(context, found.error());
    if (context.json) {
        QJsonArray rows;
        for (const HouseholdSummary& household : *found) {
            rows.append(QJsonObject {{QStringLiteral("id"), household.id},
                {QStringLiteral("household_no"), household.householdNo},
                {QStringLiteral("head_name"), household.headName},
                {QStringLiteral("head_id_number_masked"), maskedIdNumber(household.headIdNumber)},
                {QStringLiteral("community"), household.communityName},
                {QStringLiteral("members"), household.memberCount},
                {QStringLiteral("address"), household.address}});
        }
        printJson(context,
            QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("query"), text},
                {QStringLiteral("count"), static_cast<qint64>(found->size())},
                {QStringLiteral("households"), rows}});
        return CommandLine::Success;
    }
    for (const HouseholdSummary& household : *found) {
        context.out << household.householdNo << QLatin1Char('\t') << household.headName << QLatin1Char('\t')
                    << maskedIdNumber(household.headIdNumber) << QLatin1Char('\t') << household.communityName
                    << QLatin1Char('\t') << CliText::tr("%n member(s)", nullptr, household.memberCount)
                    << QLatin1Char('\t') << household.address << Qt::endl;
    }
    context.err << CliText::tr("%n household(s) found.", nullptr, static_cast<int>(found->size()))
                << Qt::endl;
    return CommandLine::Success;
}

int runVerify(CliContext& context)
{
    auto store = openExisting(context);
    if (!store)
        return reportError(context, store.error());
    auto verified = (*store)->verify();
    if (!verified)
        return reportError(context, verified.error());
    if (context.json) {
        printJson(context,
            QJsonObject {{QStringLiteral("ok"), true},
                {QStringLiteral("schema_version"), (*store)->schemaVersion()},
                {QStringLiteral("audit_rows"), verified->auditRowsChecked},
                {QStringLiteral("audit_head"), verified->auditHeadHash},
                {QStringLiteral("attachments"), verified->attachmentsChecked}});
    } else {
        context.out << CliText::tr("The case store is intact: integrity check passed, %1 audit rows chained "
                                   "(head %2), %3 evidence files match.")
                           .arg(verified->auditRowsChecked)
                           .arg(verified->auditHeadHash.left(16))
                           .arg(verified->attachmentsChecked)
                    << Qt::endl;
    }
    return CommandLine::Success;
}

int runBackup(CliContext& context, const QString& outPath)
{
    auto store = openExisting(context);
    if (!store)
        return reportError(context, store.error());
    if (auto written = (*store)->backupTo(outPath); !written)
        return reportError(context, written.error());
    const QString absolute = QFileInfo(outPath).absoluteFilePath();
    if (context.json) {
        printJson(context,
            QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("backup"), absolute},
                {QStringLiteral("bytes"), QFileInfo(absolute).size()}});
    } else {
        context.out << CliText::tr("Backup written to %1 and checked.").arg(absolute) << Qt::endl;
    }
    return CommandLine::Success;
}

int runCalc(CliContext& context, const QString& inputPath)
{
    auto request = CalcRequest::fromFile(inputPath);
    auto result
        = request ? CalcResult::compute(*request) : Result<CalcResult>(std::unexpected(request.error()));
    if (!result) {
        if (context.json)
            context.out << QString::fromUtf8(CalcResult::errorJson(result.error())) << Qt::flush;
        context.err << CliText::tr("Error: %1").arg(result.error().toString()) << Qt::endl;
        return CommandLine::Failure;
    }
    if (context.json) {
        context.out << QString::fromUtf8(result->toJson()) << Qt::flush;
        return CommandLine::Success;
    }
    // For a person at the desk: one block per assistance type, the figures
    // first, then the trail that will be printed on the confirmation form.
    for (const Assessment& assessment : std::as_const(result->assessments)) {
        context.out << QStringLiteral("== ") << displayName(assessment.type) << QStringLiteral(": ")
                    << (assessment.eligible ? CliText::tr("eligible") : CliText::tr("not eligible"))
                    << Qt::endl;
        if (assessment.monthlyAmountFen > 0)
            context.out << CliText::tr("Monthly amount: %1 yuan")
                               .arg(Money::fromFen(assessment.monthlyAmountFen).toYuanString())
                        << Qt::endl;
        if (assessment.oneOffAmountFen > 0)
            context.out << CliText::tr("One-off amount: %1 yuan")
                               .arg(Money::fromFen(assessment.oneOffAmountFen).toYuanString())
                        << Qt::endl;
        if (assessment.requiresDistrictApproval)
            context.out << CliText::tr(
                "Above the township's entrusted limit: the district approves this amount.")
                        << Qt::endl;
        for (const QString& reason : assessment.reasonsNotEligible)
            context.out << QStringLiteral("  - ") << reason << Qt::endl;
        const QString explanation = assessment.explanation.toChinese();
        if (!explanation.isEmpty())
            context.out << explanation << Qt::endl;
        context.out << Qt::endl;
    }
    return CommandLine::Success;
}

int runCasesDue(CliContext& context, std::optional<qint64> userId)
{
    auto store = openExisting(context);
    if (!store)
        return reportError(context, store.error());
    auto desk = CaseDesk::open(**store, context.clock);
    if (!desk)
        return reportError(context, desk.error());
    auto due = (*desk)->due(userId);
    if (!due)
        return reportError(context, due.error());
    const std::pair<QString, const QList<Deadline>*> groups[] = {
        {QStringLiteral("overdue"), &due->overdue},
        {QStringLiteral("due_today"), &due->dueToday},
        {QStringLiteral("due_this_week"), &due->dueThisWeek},
    };
    if (context.json) {
        QJsonObject object {{QStringLiteral("ok"), true},
            {QStringLiteral("today"), context.clock.today().toString(Qt::ISODate)}};
        for (const auto& [name, deadlines] : groups) {
            QJsonArray rows;
            for (const Deadline& deadline : *deadlines) {
                rows.append(QJsonObject {{QStringLiteral("case_id"), deadline.caseId},
                    {QStringLiteral("type"), domainKey(deadline.type)},
                    {QStringLiteral("kind"), deadline.kind},
                    {QStringLiteral("started_on"), deadline.startedOn.toString(Qt::ISODate)},
                    {QStringLiteral("due"), deadline.due.toString(Qt::ISODate)},
                    {QStringLiteral("extended"), deadline.extended}});
            }
            object.insert(name, rows);
        }
        printJson(context, object);
        return CommandLine::Success;
    }
    const QString titles[] = {CliText::tr("Overdue"), CliText::tr("Due today"), CliText::tr("Due this week")};
    for (int group = 0; group < 3; ++group) {
        const QList<Deadline>& deadlines = *groups[group].second;
        context.out << titles[group] << QStringLiteral(" (") << deadlines.size() << QStringLiteral(")")
                    << Qt::endl;
        for (const Deadline& deadline : deadlines) {
            context.out << QStringLiteral("  ") << deadline.due.toString(Qt::ISODate) << QLatin1Char('\t')
                        << CliText::tr("case %1").arg(deadline.caseId) << QLatin1Char('\t')
                        << displayName(deadline.type) << QLatin1Char('\t') << deadline.kind << Qt::endl;
        }
    }
    return CommandLine::Success;
}

} // namespace jiuzhu
