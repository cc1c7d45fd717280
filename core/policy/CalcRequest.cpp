#include "core/policy/CalcRequest.h"

#include "core/domain/DomainKeys.h"
#include "core/domain/Money.h"
#include "core/policy/CalcKeys.h"
#include "core/policy/PolicyJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace jiuzhu {

namespace {

using policyjson::unknownMembers;

std::unexpected<Error> invalid(const QString& path, const QString& rule)
{
    return fail(ErrorCode::InvalidInput, path, rule);
}

// An amount given as "<name>_fen" (whole number) or "<name>_yuan" ("1,234.56");
// 0 when neither is present.
Result<qint64> readMoney(const QJsonObject& object, const QString& name, const QString& path)
{
    const QString fenKey = name + QStringLiteral("_fen");
    const QString yuanKey = name + QStringLiteral("_yuan");
    const bool hasFen = object.contains(fenKey);
    const bool hasYuan = object.contains(yuanKey);
    if (hasFen && hasYuan)
        return invalid(path + QChar(u'.') + name,
            CalcRequest::tr("Give either %1 or %2, not both.").arg(fenKey, yuanKey));
    qint64 fen = 0;
    if (hasFen) {
        const std::optional<qint64> number = policyjson::wholeNumber(object.value(fenKey));
        if (!number)
            return invalid(
                path + QChar(u'.') + fenKey, CalcRequest::tr("An amount in fen must be a whole number."));
        fen = *number;
    } else if (hasYuan) {
        const Result<Money> money
            = Money::parseYuan(object.value(yuanKey).toString(), path + QChar(u'.') + yuanKey);
        if (!money)
            return std::unexpected(money.error());
        fen = money->fen();
    }
    if (fen < 0 || fen > HouseholdSituation::kMaxAmountFen)
        return invalid(
            path + QChar(u'.') + name, CalcRequest::tr("The amount must be between 0 and 100,000,000 yuan."));
    return fen;
}

Result<bool> readFlag(const QJsonObject& object, const QString& key, bool fallback, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool())
        return invalid(path + QChar(u'.') + key, CalcRequest::tr("Must be true or false."));
    return value.toBool();
}

Result<SituationMember> readMember(const QJsonObject& object, const QString& path)
{
    const QStringList unknown = unknownMembers(object,
        {QStringLiteral("name"), QStringLiteral("birth_date"), QStringLiteral("relation"),
            QStringLiteral("co_resident"), QStringLiteral("monthly_income_fen"),
            QStringLiteral("monthly_income_yuan"), QStringLiteral("disability_grade"),
            QStringLiteral("serious_illness"), QStringLiteral("no_labour_capacity"),
            QStringLiteral("no_income_source"), QStringLiteral("no_able_supporter"),
            QStringLiteral("self_care_loss")});
    if (!unknown.isEmpty())
        return invalid(path + QChar(u'.') + unknown.first(), CalcRequest::tr("Unknown member field."));

    SituationMember member;
    member.name = object.value(QStringLiteral("name")).toString();
    member.birthDate = policyjson::isoDate(object.value(QStringLiteral("birth_date")));
    if (!member.birthDate.isValid())
        return invalid(path + QStringLiteral(".birth_date"),
            CalcRequest::tr("A real date written YYYY-MM-DD is required."));
    const QString relation = object.value(QStringLiteral("relation")).toString(QStringLiteral("other"));
    const std::optional<Relation> parsedRelation = relationFromKey(relation);
    if (!parsedRelation)
        return invalid(
            path + QStringLiteral(".relation"), CalcRequest::tr("“%1” is not a relation key.").arg(relation));
    member.relation = *parsedRelation;

    const QString selfCare = object.value(QStringLiteral("self_care_loss")).toString(QStringLiteral("none"));
    const std::optional<SelfCareLoss> parsedSelfCare = calckeys::selfCareFromKey(selfCare);
    if (!parsedSelfCare)
        return invalid(path + QStringLiteral(".self_care_loss"),
            CalcRequest::tr("Must be “none”, “partial” or “full”."));
    member.selfCareLoss = *parsedSelfCare;

    const QJsonValue grade = object.value(QStringLiteral("disability_grade"));
    const std::optional<qint64> parsedGrade
        = grade.isUndefined() ? qint64(0) : policyjson::wholeNumber(grade);
    if (!parsedGrade || *parsedGrade < 0 || *parsedGrade > 4)
        return invalid(
            path + QStringLiteral(".disability_grade"), CalcRequest::tr("Must be 0 (none) or 1 to 4."));
    member.disabilityGrade = int(*parsedGrade);

    const Result<qint64> income = readMoney(object, QStringLiteral("monthly_income"), path);
    if (!income)
        return std::unexpected(income.error());
    member.monthlyIncomeFen = *income;

    bool* const flags[] = {&member.coResident, &member.seriousIllness, &member.noLabourCapacity,
        &member.noIncomeSource, &member.noAbleSupporter};
    const QString flagKeys[] = {QStringLiteral("co_resident"), QStringLiteral("serious_illness"),
        QStringLiteral("no_labour_capacity"), QStringLiteral("no_income_source"),
        QStringLiteral("no_able_supporter")};
    for (int i = 0; i < 5; ++i) {
        const Result<bool> flag = readFlag(object, flagKeys[i], i == 0, path);
        if (!flag)
            return std::unexpected(flag.error());
        *flags[i] = *flag;
    }
    return member;
}

Result<HouseholdSituation> readHousehold(const QJsonObject& object)
{
    const QString path = QStringLiteral("household");
    const QStringList unknown = unknownMembers(object,
        {QStringLiteral("area"), QStringLiteral("assessed_on"), QStringLiteral("members"),
            QStringLiteral("rigid_expenditure_monthly"), QStringLiteral("temporary_expenditure_fen"),
            QStringLiteral("temporary_expenditure_yuan"), QStringLiteral("emergency_need_fen"),
            QStringLiteral("emergency_need_yuan")});
    if (!unknown.isEmpty())
        return invalid(path + QChar(u'.') + unknown.first(), CalcRequest::tr("Unknown household field."));

    HouseholdSituation situation;
    const std::optional<AreaKind> area = areaKindFromKey(object.value(QStringLiteral("area")).toString());
    if (!area)
        return invalid(path + QStringLiteral(".area"), CalcRequest::tr("Must be “urban” or “rural”."));
    situation.area = *area;
    situation.assessedOn = policyjson::isoDate(object.value(QStringLiteral("assessed_on")));
    if (!situation.assessedOn.isValid())
        return invalid(path + QStringLiteral(".assessed_on"),
            CalcRequest::tr("A real date written YYYY-MM-DD is required."));

    const QJsonValue members = object.value(QStringLiteral("members"));
    if (!members.isArray() || members.toArray().isEmpty())
        return invalid(
            path + QStringLiteral(".members"), CalcRequest::tr("A non-empty list of members is required."));
    const QJsonArray array = members.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString memberPath = QStringLiteral("household.members[%1]").arg(i);
        if (!array.at(i).isObject())
            return invalid(memberPath, CalcRequest::tr("A member must be a JSON object."));
        const Result<SituationMember> member = readMember(array.at(i).toObject(), memberPath);
        if (!member)
            return std::unexpected(member.error());
        situation.members.append(*member);
    }

    const QJsonValue rigidValue = object.value(QStringLiteral("rigid_expenditure_monthly"));
    if (!rigidValue.isUndefined()) {
        const QString rigidPath = path + QStringLiteral(".rigid_expenditure_monthly");
        if (!rigidValue.isObject())
            return invalid(
                rigidPath, CalcRequest::tr("Must be an object with medical, education and other amounts."));
        const QJsonObject rigid = rigidValue.toObject();
        const QStringList unknownRigid = unknownMembers(rigid,
            {QStringLiteral("medical_fen"), QStringLiteral("medical_yuan"), QStringLiteral("education_fen"),
                QStringLiteral("education_yuan"), QStringLiteral("other_fen"), QStringLiteral("other_yuan")});
        if (!unknownRigid.isEmpty())
            return invalid(
                rigidPath + QChar(u'.') + unknownRigid.first(), CalcRequest::tr("Unknown expenditure kind."));
        qint64* const targets[] = {&situation.monthlyRigid.medicalFen, &situation.monthlyRigid.educationFen,
            &situation.monthlyRigid.otherFen};
        const QString names[]
            = {QStringLiteral("medical"), QStringLiteral("education"), QStringLiteral("other")};
        for (int i = 0; i < 3; ++i) {
            const Result<qint64> fen = readMoney(rigid, names[i], rigidPath);
            if (!fen)
                return std::unexpected(fen.error());
            *targets[i] = *fen;
        }
    }
    const Result<qint64> expenditure = readMoney(object, QStringLiteral("temporary_expenditure"), path);
    if (!expenditure)
        return std::unexpected(expenditure.error());
    situation.temporaryExpenditureFen = *expenditure;
    const Result<qint64> need = readMoney(object, QStringLiteral("emergency_need"), path);
    if (!need)
        return std::unexpected(need.error());
    situation.emergencyNeedFen = *need;

    if (const Status valid = situation.validate(); !valid)
        return std::unexpected(valid.error());
    return situation;
}

Result<PolicySet> readPolicy(const QJsonObject& root, const QString& baseDirectory)
{
    const bool inline_ = root.contains(QStringLiteral("policy"));
    const bool file = root.contains(QStringLiteral("policy_file"));
    if (inline_ == file)
        return invalid(QStringLiteral("policy"),
            CalcRequest::tr(
                "Give the policy either inline as “policy” or as a “policy_file” path, exactly one."));
    if (inline_) {
        const QJsonValue policy = root.value(QStringLiteral("policy"));
        if (!policy.isObject())
            return invalid(QStringLiteral("policy"), CalcRequest::tr("“policy” must be a policy object."));
        return PolicySet::fromJson(QJsonDocument(policy.toObject()).toJson(QJsonDocument::Compact));
    }
    const QString relative = root.value(QStringLiteral("policy_file")).toString();
    if (relative.isEmpty())
        return invalid(QStringLiteral("policy_file"), CalcRequest::tr("“policy_file” must be a path."));
    const QString path
        = QDir(baseDirectory.isEmpty() ? QDir::currentPath() : baseDirectory).filePath(relative);
    QFile file_(path);
    if (!file_.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("policy_file"),
            CalcRequest::tr("Cannot read the policy file %1: %2")
                .arg(QDir::toNativeSeparators(path), file_.errorString()));
    return PolicySet::fromJson(file_.readAll());
}

} // namespace

Result<CalcRequest> CalcRequest::fromJson(const QByteArray& json, const QString& baseDirectory)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("Calculation request"),
            tr("The request is not valid JSON: %1 at byte %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return invalid(tr("Calculation request"), tr("The request must be a JSON object."));
    const QJsonObject root = document.object();
    const QStringList unknown = unknownMembers(root,
        {QStringLiteral("comment"), QStringLiteral("household"), QStringLiteral("types"),
            QStringLiteral("policy"), QStringLiteral("policy_file")});
    if (!unknown.isEmpty())
        return invalid(unknown.first(),
            tr("Unknown member; a request has only comment, household, types, policy and policy_file."));

    CalcRequest request;
    const QJsonValue comment = root.value(QStringLiteral("comment"));
    request.comment
        = comment.isArray() ? comment.toVariant().toStringList().join(QChar(u'\n')) : comment.toString();

    if (!root.value(QStringLiteral("household")).isObject())
        return invalid(QStringLiteral("household"), tr("A “household” object is required."));
    Result<HouseholdSituation> situation = readHousehold(root.value(QStringLiteral("household")).toObject());
    if (!situation)
        return std::unexpected(situation.error());
    request.situation = std::move(*situation);

    const QJsonValue types = root.value(QStringLiteral("types"));
    if (!types.isUndefined()) {
        if (!types.isArray())
            return invalid(QStringLiteral("types"), tr("“types” must be a list of assistance type keys."));
        for (const QJsonValue& value : types.toArray()) {
            const std::optional<AssistanceType> type = assistanceTypeFromKey(value.toString());
            if (!type)
                return invalid(
                    QStringLiteral("types"), tr("“%1” is not an assistance type key.").arg(value.toString()));
            if (*type == AssistanceType::CaseByCase)
                return invalid(
                    QStringLiteral("types"), tr("Case-by-case deliberation (一事一议) has no calculator."));
            request.types.append(*type);
        }
    }

    Result<PolicySet> policy = readPolicy(root, baseDirectory);
    if (!policy)
        return std::unexpected(policy.error());
    request.policy = std::move(*policy);
    return request;
}

Result<CalcRequest> CalcRequest::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QDir::toNativeSeparators(path),
            tr("Cannot read the calculation request: %1").arg(file.errorString()));
    return fromJson(file.readAll(), QFileInfo(path).absolutePath());
}

} // namespace jiuzhu
