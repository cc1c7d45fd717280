#pragma once

#include "core/domain/Household.h"

namespace jiuzhu {

// Monthly lines carry on from month to month; a one-off line (临时救助) is
// paid in its own month only and never carries over.
enum class PaymentKind { Monthly, OneOff };

// One line of the payment roster (发放花名册): one case, one kind of payment.
struct RosterLine
{
    qint64 caseId = 0;
    qint64 householdId = 0;
    AssistanceType type = AssistanceType::Dibao;
    int persons = 0;
    qint64 fen = 0;
    PaymentKind kind = PaymentKind::Monthly;

    friend bool operator==(const RosterLine&, const RosterLine&) = default;
};

} // namespace jiuzhu
