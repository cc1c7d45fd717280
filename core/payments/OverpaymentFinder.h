#pragma once

#include "core/domain/Error.h"
#include "core/domain/Household.h"
#include "core/domain/YearMonth.h"
#include "core/payments/PayableCase.h"
#include "core/payments/PaymentRoster.h"
#include "core/payments/RosterLine.h"

#include <QCoreApplication>
#include <QList>

namespace jiuzhu {

// One month of one case where what was paid differs from what was due.
// `differenceFen` is paid − entitled: positive when paid wrongly (to be
// recovered, 追回), negative when paid too little (to be paid later, 补发).
struct Overpayment
{
    qint64 caseId = 0;
    qint64 householdId = 0;
    AssistanceType type = AssistanceType::Dibao;
    YearMonth month = YearMonth::containing(QDate());
    PaymentKind kind = PaymentKind::Monthly;
    int paidPersons = 0;
    qint64 paidFen = 0;
    int entitledPersons = 0;
    qint64 entitledFen = 0;
    qint64 differenceFen = 0;

    friend bool operator==(const Overpayment&, const Overpayment&) = default;
};

struct OverpaymentReport
{
    QList<Overpayment> overpayments; // to recover, by month then case
    QList<Overpayment> underpayments; // to pay later; kept so nothing is dropped silently
    qint64 totalOverpaidFen = 0;
    qint64 totalUnderpaidFen = 0; // as a positive amount
};

// Compares what the rosters actually paid with what the corrected cases say
// was due (after a late-reported death, a concealed income, a correction of
// persons), month by month and line by line. Only the corrected cases are
// looked at; the rosters may hold any others.
class OverpaymentFinder
{
    Q_DECLARE_TR_FUNCTIONS(OverpaymentFinder)

public:
    // Errors on an invalid corrected case, a case listed twice, a roster with
    // a case paid twice in one kind, or totals too large to be stored.
    [[nodiscard]] static Result<OverpaymentReport> find(
        const QList<PaymentRoster>& paid, const QList<PayableCase>& corrected);
};

} // namespace jiuzhu
