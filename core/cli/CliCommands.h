#pragma once

#include "core/domain/Household.h"
#include "core/domain/YearMonth.h"
#include "core/payments/ChangeEffects.h"

#include <QDate>
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

// A change in a beneficiary household (`change`) or a review's outcome
// (`review`): with --amount/--persons or --ineligible the recalculation.
struct ChangeRequest
{
    bool reviewOnly = false;
    qint64 caseId = 0;
    qint64 userId = 0;
    ChangeEventKind event = ChangeEventKind::Death;
    QDate date;
    qint64 incomeFen = 0;
    std::optional<int> persons;
    std::optional<qint64> amountFen;
    bool ineligible = false;
    QDate decidedOn;
};

int runRoster(CliContext& context, YearMonth month, std::optional<qint64> closeAsUser);
int runReviewsDue(CliContext& context, YearMonth month);
int runChange(CliContext& context, const ChangeRequest& request);
int runOverpayments(CliContext& context);
int runFollowUp(
    CliContext& context, qint64 caseId, std::optional<AssistanceType> type, std::optional<qint64> userId);

} // namespace jiuzhu
