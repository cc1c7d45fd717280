#include "core/payments/DiscrepancyText.h"

#include "core/domain/Money.h"

namespace jiuzhu {

QString DiscrepancyText::fill(QString text, const QStringList& arguments)
{
    // One at a time is safe: no argument contains a %-marker of its own.
    for (const QString& argument : arguments)
        text = text.arg(argument);
    return text;
}

QString DiscrepancyText::text(const char* context, const char* source, Wording wording)
{
    return wording == Wording::User ? QCoreApplication::translate(context, source)
                                    : QString::fromUtf8(source);
}

QString DiscrepancyText::typeName(AssistanceType type, Wording wording)
{
    // The same sources as displayName() in core/domain/DomainText.cpp, in its
    // context, so they share its translations; here the English is reachable too.
    const char* source = "";
    switch (type) {
    case AssistanceType::Dibao:
        source = QT_TRANSLATE_NOOP("DomainText", "Minimum living allowance");
        break;
    case AssistanceType::Tekun:
        source = QT_TRANSLATE_NOOP("DomainText", "Extreme-poverty support");
        break;
    case AssistanceType::TemporaryEmergency:
        source = QT_TRANSLATE_NOOP("DomainText", "Temporary assistance (emergency)");
        break;
    case AssistanceType::TemporaryExpenditure:
        source = QT_TRANSLATE_NOOP("DomainText", "Temporary assistance (expenditure)");
        break;
    case AssistanceType::NearDibao:
        source = QT_TRANSLATE_NOOP("DomainText", "Near-minimum household");
        break;
    case AssistanceType::RigidExpense:
        source = QT_TRANSLATE_NOOP("DomainText", "Rigid-expense hardship household");
        break;
    case AssistanceType::SeriousIllness:
        source = QT_TRANSLATE_NOOP("DomainText", "Seriously ill patient impoverished by illness");
        break;
    case AssistanceType::CaseByCase:
        source = QT_TRANSLATE_NOOP("DomainText", "Case-by-case deliberation");
        break;
    }
    return text("DomainText", source, wording);
}

QString DiscrepancyText::row(const Discrepancy& discrepancy, Wording wording)
{
    if (!discrepancy.type)
        return text("DiscrepancyText", QT_TR_NOOP("Overall"), wording);
    const QString type = typeName(*discrepancy.type, wording);
    if (!discrepancy.part)
        return type;
    return (discrepancy.part == PaymentKind::Monthly
            ? text("DiscrepancyText", QT_TR_NOOP("%1, monthly"), wording)
            : text("DiscrepancyText", QT_TR_NOOP("%1, one-off"), wording))
        .arg(type);
}

QString DiscrepancyText::figureName(RosterFigure figure, Wording wording)
{
    switch (figure) {
    case RosterFigure::Households:
        return text("DiscrepancyText", QT_TR_NOOP("households"), wording);
    case RosterFigure::Persons:
        return text("DiscrepancyText", QT_TR_NOOP("persons"), wording);
    case RosterFigure::Fen:
        return text("DiscrepancyText", QT_TR_NOOP("amount"), wording);
    }
    return QString();
}

QString DiscrepancyText::value(RosterFigure figure, qint64 value, Wording wording)
{
    if (figure == RosterFigure::Fen)
        return text("DiscrepancyText", QT_TR_NOOP("%1 yuan"), wording)
            .arg(Money::fromFen(value).toYuanString());
    return QString::number(value);
}

QString DiscrepancyText::caseName(qint64 caseId, AssistanceType type, Wording wording)
{
    // "Case %1" in the context of PayableCase::caseLabel(), sharing its translation.
    const QString label
        = text("PayableCase", QT_TRANSLATE_NOOP("PayableCase", "Case %1"), wording).arg(caseId);
    return text("DiscrepancyText", QT_TR_NOOP("%1 (%2)"), wording).arg(label, typeName(type, wording));
}

} // namespace jiuzhu
