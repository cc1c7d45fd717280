#include "core/policy/CalcResult.h"

#include "core/domain/DomainKeys.h"
#include "core/domain/Money.h"
#include "core/policy/CalcKeys.h"
#include "core/policy/ClassifiedReview.h"
#include "core/policy/PolicyJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jiuzhu {

namespace {

constexpr int kFormatVersion = 1;

void insertMoney(QJsonObject& object, const QString& name, qint64 fen)
{
    object.insert(name + QStringLiteral("_fen"), QJsonValue(fen));
    object.insert(name + QStringLiteral("_yuan"), Money::fromFen(fen).toYuanString());
}

QJsonObject assessmentJson(const Assessment& assessment)
{
    QJsonObject object;
    object.insert(QStringLiteral("type"), domainKey(assessment.type));
    object.insert(QStringLiteral("type_name"), calckeys::typeChineseName(assessment.type));
    object.insert(QStringLiteral("eligible"), assessment.eligible);
    insertMoney(object, QStringLiteral("monthly_amount"), assessment.monthlyAmountFen);
    insertMoney(object, QStringLiteral("one_off_amount"), assessment.oneOffAmountFen);
    object.insert(QStringLiteral("requires_district_approval"), assessment.requiresDistrictApproval);
    object.insert(
        QStringLiteral("reasons_not_eligible"), QJsonArray::fromStringList(assessment.reasonsNotEligible));
    QJsonArray steps;
    for (const ExplanationStep& step : assessment.explanation.steps) {
        QJsonObject s;
        s.insert(QStringLiteral("rule"), step.rule);
        s.insert(QStringLiteral("formula"), step.formula);
        insertMoney(s, QStringLiteral("result"), step.resultFen);
        s.insert(QStringLiteral("text"), step.text);
        steps.append(s);
    }
    object.insert(QStringLiteral("explanation"), steps);
    return object;
}

} // namespace

Result<CalcResult> CalcResult::compute(const CalcRequest& request)
{
    Result<QList<Assessment>> assessments
        = ClassifiedReview(request.policy).assessAll(request.situation, request.types);
    if (!assessments)
        return std::unexpected(assessments.error());
    CalcResult result;
    result.assessedOn = request.situation.assessedOn;
    result.area = request.situation.area;
    result.persons = request.situation.persons();
    result.householdIncomeFen = request.situation.householdIncomeFen();
    result.assessments = std::move(*assessments);
    return result;
}

QByteArray CalcResult::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("assessed_on"), policyjson::isoDateText(assessedOn));
    root.insert(QStringLiteral("area"), domainKey(area));
    root.insert(QStringLiteral("persons"), persons);
    insertMoney(root, QStringLiteral("household_income"), householdIncomeFen);
    QJsonArray array;
    for (const Assessment& assessment : assessments)
        array.append(assessmentJson(assessment));
    root.insert(QStringLiteral("assessments"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray CalcResult::errorJson(const Error& error)
{
    QJsonObject detail;
    detail.insert(QStringLiteral("code"), errorCodeName(error.code));
    detail.insert(QStringLiteral("field"), error.field);
    detail.insert(QStringLiteral("message"), error.message);
    QJsonObject root;
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("error"), detail);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace jiuzhu
