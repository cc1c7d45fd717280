#include "core/workflow/ActionInput.h"

#include <algorithm>

namespace jiuzhu {

const QStringList& ActionInput::fieldKeys()
{
    static const QStringList keys {
        QStringLiteral("reason"),
        QStringLiteral("reasons"),
        QStringLiteral("materials"),
        QStringLiteral("authorizations"),
        QStringLiteral("home-visit"),
        QStringLiteral("self-care"),
        QStringLiteral("date"),
        QStringLiteral("opinion"),
        QStringLiteral("objection"),
        QStringLiteral("appraisal"),
        QStringLiteral("monthly-amount"),
        QStringLiteral("one-off-amount"),
        QStringLiteral("start-month"),
        QStringLiteral("explanation"),
    };
    return keys;
}

QString ActionInput::fieldLabel(const QString& key)
{
    if (key == QLatin1String("reason"))
        return tr("Reason");
    if (key == QLatin1String("reasons"))
        return tr("Reasons");
    if (key == QLatin1String("materials"))
        return tr("Materials");
    if (key == QLatin1String("authorizations"))
        return tr("Authorizations");
    if (key == QLatin1String("home-visit"))
        return tr("Home visit");
    if (key == QLatin1String("self-care"))
        return tr("Self-care assessment");
    if (key == QLatin1String("date"))
        return tr("Date");
    if (key == QLatin1String("opinion"))
        return tr("Preliminary opinion");
    if (key == QLatin1String("objection"))
        return tr("Objection");
    if (key == QLatin1String("appraisal"))
        return tr("Democratic appraisal");
    if (key == QLatin1String("monthly-amount"))
        return tr("Monthly amount");
    if (key == QLatin1String("one-off-amount"))
        return tr("One-off amount");
    if (key == QLatin1String("start-month"))
        return tr("Start month");
    if (key == QLatin1String("explanation"))
        return tr("Explanation");
    return key;
}

bool ActionInput::has(const QString& key) const
{
    const auto blank = [](const QString& text) { return text.trimmed().isEmpty(); };
    if (key == QLatin1String("reason"))
        return !blank(reason);
    if (key == QLatin1String("reasons"))
        return std::any_of(reasons.cbegin(), reasons.cend(), [&](const QString& r) { return !blank(r); });
    if (key == QLatin1String("materials"))
        return !materials.isEmpty();
    if (key == QLatin1String("authorizations"))
        return !authorizations.isEmpty();
    if (key == QLatin1String("home-visit"))
        return homeVisit.has_value();
    if (key == QLatin1String("self-care"))
        return selfCare.has_value();
    if (key == QLatin1String("date"))
        return date.has_value() && date->isValid();
    if (key == QLatin1String("opinion"))
        return !blank(opinion);
    if (key == QLatin1String("objection"))
        return !blank(objection);
    if (key == QLatin1String("appraisal"))
        return appraisal.has_value();
    if (key == QLatin1String("monthly-amount"))
        return monthlyAmountFen.has_value();
    if (key == QLatin1String("one-off-amount"))
        return oneOffAmountFen.has_value();
    if (key == QLatin1String("start-month"))
        return startMonth.has_value();
    if (key == QLatin1String("explanation"))
        return !blank(explanation);
    return false;
}

} // namespace jiuzhu
