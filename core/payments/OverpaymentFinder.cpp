#include "core/payments/OverpaymentFinder.h"

#include "core/domain/Money.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace jiuzhu {

namespace {

using PaidKey = std::pair<qint64, int>; // case, kind

Result<qint64> addChecked(qint64 total, qint64 fen)
{
    const Result<Money> sum = Money::fromFen(total).checkedAdd(Money::fromFen(fen));
    if (!sum)
        return fail(ErrorCode::InvalidInput, OverpaymentFinder::tr("Amount"),
            OverpaymentFinder::tr("The amounts paid wrongly are too large to be added up."));
    return sum->fen();
}

} // namespace

Result<OverpaymentReport> OverpaymentFinder::find(
    const QList<PaymentRoster>& paid, const QList<PayableCase>& corrected)
{
    QHash<qint64, const PayableCase*> byCase;
    for (const PayableCase& payable : corrected) {
        if (Status valid = payable.validate(); !valid)
            return std::unexpected(valid.error());
        if (byCase.contains(payable.caseId))
            return fail(ErrorCode::Conflict, PayableCase::caseLabel(payable.caseId),
                tr("The corrected case is listed twice."));
        byCase.insert(payable.caseId, &payable);
    }

    OverpaymentReport report;
    QSet<YearMonth> months;
    for (const PaymentRoster& roster : paid) {
        // The same month twice would count its payments twice.
        if (months.contains(roster.month()))
            return fail(ErrorCode::Conflict, tr("Month"),
                tr("The roster of %1 is given twice.").arg(roster.month().toString()));
        months.insert(roster.month());
        QHash<PaidKey, RosterLine> lines;
        for (const RosterLine& line : roster.lines()) {
            if (!byCase.contains(line.caseId))
                continue;
            const PaidKey key(line.caseId, int(line.kind));
            if (lines.contains(key))
                return fail(ErrorCode::Conflict, PayableCase::caseLabel(line.caseId),
                    tr("The roster of %1 pays the case twice; reconcile it before counting overpayments.")
                        .arg(roster.month().toString()));
            lines.insert(key, line);
        }
        for (const PayableCase* payable : std::as_const(byCase)) {
            const YearMonth month = roster.month();
            const std::optional<BenefitPeriod> period = payable->periodIn(month);
            const std::optional<OneOffPayment> oneOff = payable->oneOffIn(month);
            const std::pair<PaymentKind, std::pair<int, qint64>> entitled[] = {
                {PaymentKind::Monthly, {period ? period->persons : 0, period ? period->monthlyFen : 0}},
                {PaymentKind::OneOff, {oneOff ? oneOff->persons : 0, oneOff ? oneOff->fen : 0}},
            };
            for (const auto& [kind, due] : entitled) {
                const auto line = lines.constFind(PaidKey(payable->caseId, int(kind)));
                const int paidPersons = line == lines.constEnd() ? 0 : line->persons;
                const qint64 paidFen = line == lines.constEnd() ? 0 : line->fen;
                // Both amounts are zero or more, so the difference fits.
                const qint64 difference = paidFen - due.second;
                if (difference == 0)
                    continue;
                const Overpayment record {payable->caseId, payable->householdId, payable->type, month, kind,
                    paidPersons, paidFen, due.first, due.second, difference};
                const Result<qint64> total
                    = addChecked(difference > 0 ? report.totalOverpaidFen : report.totalUnderpaidFen,
                        difference > 0 ? difference : -difference);
                if (!total)
                    return std::unexpected(total.error());
                (difference > 0 ? report.totalOverpaidFen : report.totalUnderpaidFen) = *total;
                (difference > 0 ? report.overpayments : report.underpayments).append(record);
            }
        }
    }
    const auto order = [](const Overpayment& a, const Overpayment& b) {
        return std::tuple(a.month, a.caseId, a.kind) < std::tuple(b.month, b.caseId, b.kind);
    };
    std::sort(report.overpayments.begin(), report.overpayments.end(), order);
    std::sort(report.underpayments.begin(), report.underpayments.end(), order);
    return report;
}

} // namespace jiuzhu
