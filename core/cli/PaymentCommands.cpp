// The money commands: the month's roster and its reconciliation, closing a
// month, changes and reviews of beneficiary households, overpayments, and
// opening a classified-review follow-up of a refused case.
#include "core/cli/CliCommands.h"
#include "core/cli/CliSupport.h"
#include "core/cli/CommandLine.h"
#include "core/desk/CaseDesk.h"
#include "core/desk/PaymentDesk.h"
#include "core/domain/Clock.h"
#include "core/domain/DomainKeys.h"
#include "core/domain/DomainText.h"
#include "core/domain/Money.h"
#include "core/store/CaseStore.h"
#include "core/store/PaymentRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace jiuzhu {

namespace {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString yuan(qint64 fen)
{
    return Money::fromFen(fen).toYuanString();
}

QJsonObject figuresJson(const RosterFigures& figures)
{
    return QJsonObject {{QStringLiteral("households"), figures.households},
        {QStringLiteral("persons"), figures.persons}, {QStringLiteral("fen"), figures.fen}};
}

QJsonObject changeJson(const RosterChange& change)
{
    return QJsonObject {{QStringLiteral("case_id"), change.caseId},
        {QStringLiteral("household_id"), change.householdId}, {QStringLiteral("type"), domainKey(change.type)},
        {QStringLiteral("persons_before"), change.personsBefore}, {QStringLiteral("fen_before"), change.fenBefore},
        {QStringLiteral("persons_after"), change.personsAfter}, {QStringLiteral("fen_after"), change.fenAfter}};
}

QString paymentKindText(PaymentKind kind)
{
    return kind == PaymentKind::Monthly ? CliText::tr("monthly") : CliText::tr("one-off");
}

void printFiguresRow(QTextStream& out, const QString& label, const RosterFigures& figures)
{
    out << QStringLiteral("  %1\t%2\t%3\t%4")
               .arg(label)
               .arg(figures.households)
               .arg(figures.persons)
               .arg(yuan(figures.fen))
        << Qt::endl;
}

int printMonth(CliContext& context, const MonthPayments& month)
{
    const RosterStatistics& totals = month.roster.totals();
    if (context.json) {
        QJsonArray rows;
        for (AssistanceType type : kAllAssistanceTypes) {
            for (PaymentKind kind : {PaymentKind::Monthly, PaymentKind::OneOff}) {
                const RosterFigures& figures = totals.figures(type, kind);
                if (figures == RosterFigures {})
                    continue;
                QJsonObject row = figuresJson(figures);
                row.insert(QStringLiteral("type"), domainKey(type));
                row.insert(QStringLiteral("kind"),
                    kind == PaymentKind::Monthly ? QStringLiteral("monthly") : QStringLiteral("one-off"));
                rows.append(row);
            }
        }
        QJsonObject changes;
        const std::pair<QString, const QList<RosterChange>*> lists[] = {
            {QStringLiteral("added"), &month.changes.added},
            {QStringLiteral("exits"), &month.changes.exits},
            {QStringLiteral("adjustments"), &month.changes.adjustments},
            {QStringLiteral("one_offs"), &month.changes.oneOffs},
        };
        for (const auto& [name, list] : lists) {
            QJsonArray entries;
            for (const RosterChange& change : *list)
                entries.append(changeJson(change));
            changes.insert(name, entries);
        }
        QJsonArray discrepancies;
        for (const Discrepancy& discrepancy : month.discrepancies)
            discrepancies.append(QJsonObject {{QStringLiteral("case_id"), discrepancy.caseId},
                {QStringLiteral("expected"), discrepancy.expected}, {QStringLiteral("actual"), discrepancy.actual},
                {QStringLiteral("hint"), discrepancy.hintEnglish}});
        printJson(context,
            QJsonObject {{QStringLiteral("ok"), month.discrepancies.isEmpty()},
                {QStringLiteral("month"), month.roster.month().toString()}, {QStringLiteral("closed"), month.closed},
                {QStringLiteral("last_closed"), month.lastClosed ? month.lastClosed->toString() : QString()},
                {QStringLiteral("lines"), static_cast<qint64>(month.roster.lines().size())},
                {QStringLiteral("rows"), rows}, {QStringLiteral("overall"), figuresJson(totals.overall)},
                {QStringLiteral("changes"), changes}, {QStringLiteral("discrepancies"), discrepancies}});
        return month.discrepancies.isEmpty() ? CommandLine::Success : CommandLine::Failure;
    }
    QTextStream& out = context.out;
    out << (month.closed ? CliText::tr("Payment roster of %1 (closed: paid as shown)")
                         : CliText::tr("Payment roster of %1 (open: as due from the decisions)"))
               .arg(month.roster.month().toChineseString())
        << Qt::endl;
    out << QStringLiteral("  ") << CliText::tr("Type") << QLatin1Char('\t') << CliText::tr("Households")
        << QLatin1Char('\t') << CliText::tr("Persons") << QLatin1Char('\t') << CliText::tr("Yuan") << Qt::endl;
    for (AssistanceType type : kAllAssistanceTypes) {
        for (PaymentKind kind : {PaymentKind::Monthly, PaymentKind::OneOff}) {
            const RosterFigures& figures = totals.figures(type, kind);
            if (figures != RosterFigures {})
                printFiguresRow(out, displayName(type) + QStringLiteral(" (") + paymentKindText(kind) + QLatin1Char(')'),
                    figures);
        }
    }
    printFiguresRow(out, CliText::tr("Total"), totals.overall);
    out << CliText::tr("Since last month: %1 new, %2 exits, %3 adjustments, %4 one-off payments.")
               .arg(month.changes.added.size())
               .arg(month.changes.exits.size())
               .arg(month.changes.adjustments.size())
               .arg(month.changes.oneOffs.size())
        << Qt::endl;
    if (month.discrepancies.isEmpty()) {
        out << CliText::tr("The month reconciles with last month's roster.") << Qt::endl;
        return CommandLine::Success;
    }
    context.err << CliText::tr("The month does not reconcile:") << Qt::endl;
    for (const Discrepancy& discrepancy : month.discrepancies)
        context.err << QStringLiteral("  - ") << discrepancy.hint << Qt::endl;
    return CommandLine::Failure;
}

QJsonObject proposalJson(const PaymentChangeOutcome& outcome)
{
    const ProposedChange& proposal = outcome.proposal;
    QJsonArray overpaid;
    for (const Overpayment& item : outcome.overpayments.overpayments)
        overpaid.append(QJsonObject {{QStringLiteral("month"), item.month.toString()},
            {QStringLiteral("paid_fen"), item.paidFen}, {QStringLiteral("entitled_fen"), item.entitledFen},
            {QStringLiteral("difference_fen"), item.differenceFen}});
    return QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("case_id"), proposal.caseId},
        {QStringLiteral("direction"), domainKey(proposal.direction)},
        {QStringLiteral("effective_from"), proposal.effectiveFrom ? proposal.effectiveFrom->toString() : QString()},
        {QStringLiteral("persons"), proposal.persons},
        {QStringLiteral("monthly_fen"), proposal.newPeriod ? proposal.newPeriod->monthlyFen : 0},
        {QStringLiteral("reason"), proposal.reason}, {QStringLiteral("overpayments"), overpaid},
        {QStringLiteral("overpaid_fen"), outcome.overpayments.totalOverpaidFen},
        {QStringLiteral("underpaid_fen"), outcome.overpayments.totalUnderpaidFen}};
}

int printOutcome(CliContext& context, const PaymentChangeOutcome& outcome)
{
    if (context.json) {
        printJson(context, proposalJson(outcome));
        return CommandLine::Success;
    }
    context.out << outcome.proposal.reason << Qt::endl;
    for (const Overpayment& item : outcome.overpayments.overpayments)
        context.out << CliText::tr("  %1: paid %2 yuan, due %3 yuan: %4 yuan to recover")
                           .arg(item.month.toString(), yuan(item.paidFen), yuan(item.entitledFen),
                               yuan(item.differenceFen))
                    << Qt::endl;
    for (const Overpayment& item : outcome.overpayments.underpayments)
        context.out << CliText::tr("  %1: paid %2 yuan, due %3 yuan: %4 yuan to pay")
                           .arg(item.month.toString(), yuan(item.paidFen), yuan(item.entitledFen),
                               yuan(-item.differenceFen))
                    << Qt::endl;
    return CommandLine::Success;
}

template <typename Desk> Result<std::unique_ptr<Desk>> openDesk(CaseStore& store, const Clock& clock)
{
    return Desk::open(store, clock);
}

} // namespace

int runRoster(CliContext& context, YearMonth month, std::optional<qint64> closeAsUser)
{
    auto store = openExisting(context);
    if (!store)
        return reportError(context, store.error());
    auto desk = openDesk<PaymentDesk>(**store, context.clock);
    if (!desk)
        return reportError(context, desk.error());
    auto result = closeAsUser ? (*desk)->close(month, *closeAsUser) : (*desk)->month(month);
    if (!result)
        return reportError(context, result.error());
    return printMonth(context, *result);
}

int runReviewsDue(CliContext& context, YearMonth month)
{
    auto store = openExisting(context);
    if (!store)
        return reportError(context, store.error());
    auto desk = openDesk<PaymentDesk>(**store, context.clock);
    if (!desk)
        return reportError(context, desk.error());
    auto due = (*desk)->reviewsDue(month);
    if (!due)
        return reportError(context, due.error());
    if (context.json) {
        QJsonArray rows;
        for (const ReviewDue& review : std::as_const(*due))
            rows.append(QJsonObject {{QStringLiteral("case_id"), review.caseId},
                {QStringLiteral("household_id"), review.householdId}, {QStringLiteral("type"), domainKey(review.type)},
                {QStringLiteral("due_month"), review.dueMonth.toString()},
                {QStringLiteral("months_overdue"), review.monthsOverdue}});
        printJson(context,
            QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("month"), month.toString()},
                {QStringLiteral("reviews"), rows}});
        return CommandLine::Success;
    }
    context.out << CliText::tr("Reviews due in %1: %2").arg(month.toChineseString()).arg(due->size()) << Qt::endl;
    for (const ReviewDue& review : std::as_const(*due)) {
        context.out << QStringLiteral("  ") << CliText::tr("case %1").arg(review.caseId) << QLatin1Char('\t')
                    << displayName(review.type) << QLatin1Char('\t') << review.dueMonth.toString();
        if (review.monthsOverdue > 0)
            context.out << QLatin1Char('\t') << CliText::tr("%n month(s) overdue", nullptr, review.monthsOverdue);
        context.out << Qt::endl;
    }
    return CommandLine::Success;
}

int runChange(CliContext& context, const ChangeRequest& request)
{
    auto store = openExisting(context);
    if (!store)
        return reportError(context, store.error());
    auto desk = openDesk<PaymentDesk>(**store, context.clock);
    if (!desk)
        return reportError(context, desk.error());
    std::optional<Recalculation> recalculation;
    if (request.ineligible || request.amountFen)
        recalculation = Recalculation {!request.ineligible, request.persons.value_or(1),
            request.amountFen.value_or(0),
            request.decidedOn.isValid() ? request.decidedOn : context.clock.today()};
    if (request.reviewOnly) {
        if (!recalculation)
            return reportError(context,
                Error {ErrorCode::InvalidInput, CliText::tr("Amount"),
                    CliText::tr("A review needs --amount and --persons, or --ineligible.")});
        auto outcome = (*desk)->recordReview(request.caseId, *recalculation, request.userId);
        return outcome ? printOutcome(context, *outcome) : reportError(context, outcome.error());
    }
    auto outcome = (*desk)->reportChange(request.caseId,
        ChangeEvent {request.event, request.date, request.incomeFen}, recalculation, request.userId);
    return outcome ? printOutcome(context, *outcome) : reportError(context, outcome.error());
}

int runOverpayments(CliContext& context)
{
    auto store = openExisting(context);
    if (!store)
        return reportError(context, store.error());
    auto found = (*store)->payments().overpayments();
    if (!found)
        return reportError(context, found.error());
    if (context.json) {
        QJsonArray rows;
        for (const StoredOverpayment& row : std::as_const(*found))
            rows.append(QJsonObject {{QStringLiteral("case_id"), row.overpayment.caseId},
                {QStringLiteral("month"), row.overpayment.month.toString()},
                {QStringLiteral("paid_fen"), row.overpayment.paidFen},
                {QStringLiteral("entitled_fen"), row.overpayment.entitledFen},
                {QStringLiteral("difference_fen"), row.overpayment.differenceFen},
                {QStringLiteral("status"), domainKey(row.status)},
                {QStringLiteral("found_on"), row.foundOn.toString(Qt::ISODate)}});
        printJson(context, QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("overpayments"), rows}});
        return CommandLine::Success;
    }
    context.out << CliText::tr("Overpayments and back payments: %1").arg(found->size()) << Qt::endl;
    for (const StoredOverpayment& row : std::as_const(*found))
        context.out << QStringLiteral("  ") << CliText::tr("case %1").arg(row.overpayment.caseId) << QLatin1Char('\t')
                    << row.overpayment.month.toString() << QLatin1Char('\t') << yuan(row.overpayment.differenceFen)
                    << QLatin1Char('\t') << paymentKindText(row.overpayment.kind) << QLatin1Char('\t')
                    << domainKey(row.status) << Qt::endl;
    return CommandLine::Success;
}

int runFollowUp(CliContext& context, qint64 caseId, std::optional<AssistanceType> type, std::optional<qint64> userId)
{
    auto store = openExisting(context);
    if (!store)
        return reportError(context, store.error());
    auto desk = openDesk<CaseDesk>(**store, context.clock);
    if (!desk)
        return reportError(context, desk.error());
    if (type && userId) {
        auto opened = (*desk)->openFollowUp(caseId, *type, *userId);
        if (!opened)
            return reportError(context, opened.error());
        if (context.json)
            printJson(context,
                QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("case_id"), opened->caseFile.id},
                    {QStringLiteral("type"), domainKey(*type)}, {QStringLiteral("source_case_id"), caseId}});
        else
            context.out << CliText::tr("Opened case %1 (%2) from case %3.")
                               .arg(opened->caseFile.id)
                               .arg(displayName(*type))
                               .arg(caseId)
                        << Qt::endl;
        return CommandLine::Success;
    }
    auto drafts = (*desk)->followUpDrafts(caseId);
    if (!drafts)
        return reportError(context, drafts.error());
    if (context.json) {
        QJsonArray types;
        for (const CaseFile& draft : std::as_const(*drafts))
            types.append(domainKey(draft.type));
        printJson(context, QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("case_id"), caseId},
                               {QStringLiteral("offered"), types}});
        return CommandLine::Success;
    }
    context.out << CliText::tr("Case %1 may be assessed for:").arg(caseId) << Qt::endl;
    for (const CaseFile& draft : std::as_const(*drafts))
        context.out << QStringLiteral("  ") << domainKey(draft.type) << QLatin1Char('\t') << displayName(draft.type)
                    << Qt::endl;
    return CommandLine::Success;
}

} // namespace jiuzhu
