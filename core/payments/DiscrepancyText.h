#pragma once

#include "core/payments/Discrepancy.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace jiuzhu {

// Wording shared by the reconciliation checks. Every hint is written once, in
// English, inside QT_TRANSLATE_NOOP("DiscrepancyText", …). `setHint` words it
// twice: translated for the user, with translated names in it, and wholly in
// English (the source text and English names) for logs and support staff.
class DiscrepancyText
{
    Q_DECLARE_TR_FUNCTIONS(DiscrepancyText)

public:
    enum class Wording { User, English };

    // `arguments(wording)` gives the QStringList for %1, %2, … in that wording.
    template <typename Arguments>
    static void setHint(Discrepancy& discrepancy, const char* source, Arguments arguments)
    {
        discrepancy.hint = fill(tr(source), arguments(Wording::User));
        discrepancy.hintEnglish = fill(QString::fromUtf8(source), arguments(Wording::English));
    }

    // A message marked with QT_TRANSLATE_NOOP(context, …), in `wording`.
    [[nodiscard]] static QString text(const char* context, const char* source, Wording wording);

    // "Minimum living allowance, monthly", "Temporary assistance (emergency),
    // one-off" or "Overall".
    [[nodiscard]] static QString row(const Discrepancy& discrepancy, Wording wording);
    [[nodiscard]] static QString typeName(AssistanceType type, Wording wording);
    // "households", "persons" or "amount".
    [[nodiscard]] static QString figureName(RosterFigure figure, Wording wording);
    // A count as a number, an amount in yuan ("1,234.56 yuan").
    [[nodiscard]] static QString value(RosterFigure figure, qint64 value, Wording wording);
    // "Case 42 (Minimum living allowance)".
    [[nodiscard]] static QString caseName(qint64 caseId, AssistanceType type, Wording wording);

private:
    [[nodiscard]] static QString fill(QString text, const QStringList& arguments);
};

} // namespace jiuzhu
