#include "core/payments/PaymentRoster.h"

#include "core/domain/DomainText.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace jiuzhu {

namespace {

void sortLines(QList<RosterLine>& lines)
{
    std::stable_sort(lines.begin(), lines.end(), [](const RosterLine& a, const RosterLine& b) {
        return std::tuple(a.type, a.householdId, a.caseId, a.kind)
            < std::tuple(b.type, b.householdId, b.caseId, b.kind);
    });
}

} // namespace

Result<PaymentRoster> PaymentRoster::build(const QList<PayableCase>& cases, YearMonth month)
{
    QList<RosterLine> lines;
    // (household, type) -> case already paid monthly for it this month.
    QHash<std::pair<qint64, int>, qint64> monthlyPayee;
    QHash<qint64, qint64> seenCases;

    for (const PayableCase& payable : cases) {
        if (Status valid = payable.validate(); !valid)
            return std::unexpected(valid.error());
        if (seenCases.contains(payable.caseId))
            return fail(ErrorCode::Conflict, PayableCase::caseLabel(payable.caseId),
                tr("The case is listed twice; each case must appear once when a roster is built."));
        seenCases.insert(payable.caseId, payable.householdId);

        if (const std::optional<BenefitPeriod> period = payable.periodIn(month)) {
            const std::pair key(payable.householdId, int(payable.type));
            if (const auto other = monthlyPayee.constFind(key); other != monthlyPayee.constEnd())
                return fail(ErrorCode::Conflict, PayableCase::caseLabel(payable.caseId),
                    tr("Household %1 would be paid twice for %2 in %3, by this case and by case %4; end one "
                       "case before the other starts.")
                        .arg(payable.householdId)
                        .arg(displayName(payable.type), month.toString())
                        .arg(other.value()));
            monthlyPayee.insert(key, payable.caseId);
            lines.append(RosterLine {payable.caseId, payable.householdId, payable.type, period->persons,
                period->monthlyFen, PaymentKind::Monthly});
        }
        if (const std::optional<OneOffPayment> oneOff = payable.oneOffIn(month))
            lines.append(RosterLine {payable.caseId, payable.householdId, payable.type, oneOff->persons,
                oneOff->fen, PaymentKind::OneOff});
    }
    return fromLines(month, std::move(lines));
}

Result<PaymentRoster> PaymentRoster::fromLines(YearMonth month, QList<RosterLine> lines)
{
    sortLines(lines);
    Result<RosterStatistics> totals = RosterStatistics::fromLines(month, lines);
    if (!totals)
        return std::unexpected(totals.error());
    return PaymentRoster(month, std::move(lines), std::move(*totals));
}

} // namespace jiuzhu
