#include "core/workflow/CaseFileJson.h"

#include "core/domain/DomainKeys.h"

#include <QJsonArray>

#include <algorithm>

namespace jiuzhu {

namespace {

std::unexpected<Error> bad(const QString& member)
{
    return fail(ErrorCode::InvalidInput, CaseFileJson::tr("Case file"),
        CaseFileJson::tr("The member \"%1\" is not valid.").arg(member));
}

void putDate(QJsonObject& json, const QString& key, QDate date)
{
    if (date.isValid())
        json.insert(key, date.toString(Qt::ISODate));
}

// An absent date is a valid "not yet"; a present one must parse.
Result<QDate> date(const QJsonObject& json, const QString& key)
{
    if (!json.contains(key))
        return QDate();
    const QDate parsed = QDate::fromString(json.value(key).toString(), Qt::ISODate);
    if (!parsed.isValid())
        return bad(key);
    return parsed;
}

QString channelKey(ApplicationChannel channel)
{
    switch (channel) {
    case ApplicationChannel::HouseholdHead:
        return QStringLiteral("household-head");
    case ApplicationChannel::Agent:
        return QStringLiteral("agent");
    case ApplicationChannel::ActiveDiscovery:
        return QStringLiteral("active-discovery");
    }
    return QString();
}

constexpr ApplicationChannel kChannels[] {
    ApplicationChannel::HouseholdHead, ApplicationChannel::Agent, ApplicationChannel::ActiveDiscovery};

QJsonArray ids(const QList<qint64>& values)
{
    QJsonArray array;
    for (qint64 value : values)
        array.append(value);
    return array;
}

Status readDate(const QJsonObject& json, const QString& key, QDate& out)
{
    auto parsed = date(json, key);
    if (!parsed)
        return std::unexpected(parsed.error());
    out = *parsed;
    return {};
}

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& element : value.toArray())
        result.append(element.toString());
    return result;
}

QList<qint64> idsFrom(const QJsonValue& value)
{
    QList<qint64> result;
    for (const QJsonValue& element : value.toArray())
        result.append(element.toInteger());
    return result;
}

} // namespace

QJsonObject CaseFileJson::eventToJson(const CaseEvent& event)
{
    QJsonObject json {{QStringLiteral("action"), event.action},
        {QStringLiteral("actorUserId"), event.actorUserId},
        {QStringLiteral("at"), event.at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("to"), domainKey(event.toState)}, {QStringLiteral("reason"), event.reason},
        {QStringLiteral("data"), event.data}};
    if (event.fromState)
        json.insert(QStringLiteral("from"), domainKey(*event.fromState));
    return json;
}

Result<CaseEvent> CaseFileJson::eventFromJson(const QJsonObject& json)
{
    CaseEvent event;
    event.action = json.value(QStringLiteral("action")).toString();
    event.actorUserId = json.value(QStringLiteral("actorUserId")).toInteger();
    event.at = QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    if (event.action.isEmpty() || event.actorUserId <= 0 || !event.at.isValid())
        return bad(QStringLiteral("events"));
    const auto to = caseStateFromKey(json.value(QStringLiteral("to")).toString());
    if (!to)
        return bad(QStringLiteral("events.to"));
    event.toState = *to;
    if (json.contains(QStringLiteral("from"))) {
        event.fromState = caseStateFromKey(json.value(QStringLiteral("from")).toString());
        if (!event.fromState)
            return bad(QStringLiteral("events.from"));
    }
    event.reason = json.value(QStringLiteral("reason")).toString();
    event.data = json.value(QStringLiteral("data")).toObject();
    return event;
}

QJsonObject CaseFileJson::toJson(const CaseFile& f)
{
    QJsonObject json {
        {QStringLiteral("id"), f.id},
        {QStringLiteral("sourceCaseId"), f.sourceCaseId},
        {QStringLiteral("type"), domainKey(f.type)},
        {QStringLiteral("state"), domainKey(f.state)},
        {QStringLiteral("channel"), channelKey(f.channel)},
        {QStringLiteral("householdId"), f.householdId},
        {QStringLiteral("area"),
            f.area == AreaKind::Urban ? QStringLiteral("urban") : QStringLiteral("rural")},
        {QStringLiteral("coResidentAdults"), ids(f.coResidentAdults)},
        {QStringLiteral("closeRelative"), f.closeRelative},
        {QStringLiteral("preliminaryOpinion"), f.preliminaryOpinion},
        {QStringLiteral("collectiveDecision"), f.collectiveDecision},
        {QStringLiteral("appraisalPending"), f.appraisalPending},
        {QStringLiteral("longTermPublicity"), f.longTermPublicity},
        {QStringLiteral("referralReason"), f.referralReason},
    };
    QList<qint64> signedAdults(f.authorizationsSigned.cbegin(), f.authorizationsSigned.cend());
    std::sort(signedAdults.begin(), signedAdults.end());
    json.insert(QStringLiteral("authorizationsSigned"), ids(signedAdults));
    QJsonObject materials;
    for (auto it = f.materials.constBegin(); it != f.materials.constEnd(); ++it)
        materials.insert(it.key(), materialStatusKey(it.value()));
    json.insert(QStringLiteral("materials"), materials);
    QJsonArray events;
    for (const CaseEvent& event : f.events)
        events.append(eventToJson(event));
    json.insert(QStringLiteral("events"), events);

    if (f.homeVisit) {
        QJsonObject visit {{QStringLiteral("visitors"), QJsonArray::fromStringList(f.homeVisit->visitors)},
            {QStringLiteral("findings"), f.homeVisit->findings}};
        putDate(visit, QStringLiteral("visitedOn"), f.homeVisit->visitedOn);
        json.insert(QStringLiteral("homeVisit"), visit);
    }
    if (f.selfCare) {
        QJsonArray scores;
        for (int score : f.selfCare->scores())
            scores.append(score);
        QJsonObject care {{QStringLiteral("scores"), scores}};
        putDate(care, QStringLiteral("assessedOn"), f.selfCare->assessedOn());
        json.insert(QStringLiteral("selfCare"), care);
    }
    putDate(json, QStringLiteral("economicCheckRequestedOn"), f.economicCheckRequestedOn);
    putDate(json, QStringLiteral("economicCheckReportOn"), f.economicCheckReportOn);
    putDate(json, QStringLiteral("collectiveDecisionOn"), f.collectiveDecisionOn);
    putDate(json, QStringLiteral("paperworkCompletedOn"), f.paperworkCompletedOn);
    putDate(json, QStringLiteral("noticeServedOn"), f.noticeServedOn);
    putDate(json, QStringLiteral("filedOn"), f.filedOn);

    QJsonArray publicity;
    for (const PublicityRound& round : f.publicity) {
        QJsonObject r {{QStringLiteral("workingDays"), round.workingDays}};
        putDate(r, QStringLiteral("start"), round.start);
        putDate(r, QStringLiteral("end"), round.end);
        publicity.append(r);
    }
    json.insert(QStringLiteral("publicity"), publicity);
    QJsonArray objections;
    for (const Objection& objection : f.objections) {
        QJsonObject o {{QStringLiteral("text"), objection.text}, {QStringLiteral("round"), objection.round}};
        putDate(o, QStringLiteral("raisedOn"), objection.raisedOn);
        objections.append(o);
    }
    json.insert(QStringLiteral("objections"), objections);
    QJsonArray appraisals;
    for (const AppraisalRecord& record : f.appraisals) {
        QJsonArray participants;
        for (const AppraisalParticipant& p : record.participants)
            participants.append(QJsonObject {{QStringLiteral("name"), p.name},
                {QStringLiteral("role"), appraisalRoleKey(p.role)}, {QStringLiteral("signer"), p.signer}});
        QJsonObject a {
            {QStringLiteral("minutes"), record.minutes}, {QStringLiteral("participants"), participants}};
        putDate(a, QStringLiteral("heldOn"), record.heldOn);
        appraisals.append(a);
    }
    json.insert(QStringLiteral("appraisals"), appraisals);
    if (f.decision) {
        QJsonObject d {{QStringLiteral("approved"), f.decision->approved},
            {QStringLiteral("monthlyAmountFen"), f.decision->monthlyAmountFen},
            {QStringLiteral("oneOffAmountFen"), f.decision->oneOffAmountFen},
            {QStringLiteral("explanation"), f.decision->explanation},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(f.decision->reasons)}};
        putDate(d, QStringLiteral("decidedOn"), f.decision->decidedOn);
        if (f.decision->startMonth)
            d.insert(QStringLiteral("startMonth"), f.decision->startMonth->toString());
        json.insert(QStringLiteral("decision"), d);
    }
    if (f.emergencyAid) {
        QJsonObject aid {{QStringLiteral("amountFen"), f.emergencyAid->amountFen},
            {QStringLiteral("situation"), f.emergencyAid->situation}};
        putDate(aid, QStringLiteral("grantedOn"), f.emergencyAid->grantedOn);
        json.insert(QStringLiteral("emergencyAid"), aid);
    }
    QJsonArray reviews;
    for (QDate review : f.reviews)
        reviews.append(review.toString(Qt::ISODate));
    json.insert(QStringLiteral("reviews"), reviews);
    return json;
}

Result<CaseFile> CaseFileJson::fromJson(const QJsonObject& json)
{
    CaseFile f;
    const auto type = assistanceTypeFromKey(json.value(QStringLiteral("type")).toString());
    const auto state = caseStateFromKey(json.value(QStringLiteral("state")).toString());
    if (!type)
        return bad(QStringLiteral("type"));
    if (!state)
        return bad(QStringLiteral("state"));
    f.type = *type;
    f.state = *state;
    const QString channel = json.value(QStringLiteral("channel")).toString();
    const auto channelIt = std::find_if(std::begin(kChannels), std::end(kChannels),
        [&](ApplicationChannel c) { return channelKey(c) == channel; });
    if (channelIt == std::end(kChannels))
        return bad(QStringLiteral("channel"));
    f.channel = *channelIt;
    const QString area = json.value(QStringLiteral("area")).toString();
    if (area != QLatin1String("urban") && area != QLatin1String("rural"))
        return bad(QStringLiteral("area"));
    f.area = area == QLatin1String("urban") ? AreaKind::Urban : AreaKind::Rural;
    f.id = json.value(QStringLiteral("id")).toInteger();
    f.sourceCaseId = json.value(QStringLiteral("sourceCaseId")).toInteger();
    f.householdId = json.value(QStringLiteral("householdId")).toInteger();
    f.coResidentAdults = idsFrom(json.value(QStringLiteral("coResidentAdults")));
    for (qint64 adult : idsFrom(json.value(QStringLiteral("authorizationsSigned"))))
        f.authorizationsSigned.insert(adult);
    f.closeRelative = json.value(QStringLiteral("closeRelative")).toBool();
    f.preliminaryOpinion = json.value(QStringLiteral("preliminaryOpinion")).toString();
    f.collectiveDecision = json.value(QStringLiteral("collectiveDecision")).toString();
    f.appraisalPending = json.value(QStringLiteral("appraisalPending")).toBool();
    f.longTermPublicity = json.value(QStringLiteral("longTermPublicity")).toBool();
    f.referralReason = json.value(QStringLiteral("referralReason")).toString();

    const QJsonObject materials = json.value(QStringLiteral("materials")).toObject();
    for (auto it = materials.constBegin(); it != materials.constEnd(); ++it) {
        const auto status = materialStatusFromKey(it.value().toString());
        if (!status)
            return bad(QStringLiteral("materials"));
        f.materials.insert(it.key(), *status);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("events")).toArray()) {
        auto event = eventFromJson(value.toObject());
        if (!event)
            return std::unexpected(event.error());
        f.events.append(*event);
    }
    const std::initializer_list<std::pair<QString, QDate*>> dates {
        {QStringLiteral("economicCheckRequestedOn"), &f.economicCheckRequestedOn},
        {QStringLiteral("economicCheckReportOn"), &f.economicCheckReportOn},
        {QStringLiteral("collectiveDecisionOn"), &f.collectiveDecisionOn},
        {QStringLiteral("paperworkCompletedOn"), &f.paperworkCompletedOn},
        {QStringLiteral("noticeServedOn"), &f.noticeServedOn},
        {QStringLiteral("filedOn"), &f.filedOn},
    };
    for (const auto& [key, target] : dates) {
        if (auto ok = readDate(json, key, *target); !ok)
            return std::unexpected(ok.error());
    }

    if (json.contains(QStringLiteral("homeVisit"))) {
        const QJsonObject v = json.value(QStringLiteral("homeVisit")).toObject();
        HomeVisit visit {
            {}, strings(v.value(QStringLiteral("visitors"))), v.value(QStringLiteral("findings")).toString()};
        if (auto ok = readDate(v, QStringLiteral("visitedOn"), visit.visitedOn); !ok)
            return std::unexpected(ok.error());
        f.homeVisit = visit;
    }
    if (json.contains(QStringLiteral("selfCare"))) {
        const QJsonObject c = json.value(QStringLiteral("selfCare")).toObject();
        const QJsonArray values = c.value(QStringLiteral("scores")).toArray();
        std::array<int, SelfCareAssessment::kItemCount> scores {};
        if (values.size() != SelfCareAssessment::kItemCount)
            return bad(QStringLiteral("selfCare"));
        for (int i = 0; i < SelfCareAssessment::kItemCount; ++i)
            scores.at(static_cast<std::size_t>(i)) = values.at(i).toInt(-1);
        auto assessment
            = SelfCareAssessment::of(date(c, QStringLiteral("assessedOn")).value_or(QDate()), scores);
        if (!assessment)
            return std::unexpected(assessment.error());
        f.selfCare = *assessment;
    }
    for (const QJsonValue& value : json.value(QStringLiteral("publicity")).toArray()) {
        const QJsonObject r = value.toObject();
        PublicityRound round {{}, {}, r.value(QStringLiteral("workingDays")).toBool()};
        if (auto ok = readDate(r, QStringLiteral("start"), round.start); !ok)
            return std::unexpected(ok.error());
        if (auto ok = readDate(r, QStringLiteral("end"), round.end); !ok)
            return std::unexpected(ok.error());
        f.publicity.append(round);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("objections")).toArray()) {
        const QJsonObject o = value.toObject();
        Objection objection {
            {}, o.value(QStringLiteral("text")).toString(), o.value(QStringLiteral("round")).toInt()};
        if (auto ok = readDate(o, QStringLiteral("raisedOn"), objection.raisedOn); !ok)
            return std::unexpected(ok.error());
        f.objections.append(objection);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("appraisals")).toArray()) {
        const QJsonObject a = value.toObject();
        AppraisalRecord record {{}, a.value(QStringLiteral("minutes")).toString(), {}};
        if (auto ok = readDate(a, QStringLiteral("heldOn"), record.heldOn); !ok)
            return std::unexpected(ok.error());
        for (const QJsonValue& p : a.value(QStringLiteral("participants")).toArray()) {
            const auto role = appraisalRoleFromKey(p.toObject().value(QStringLiteral("role")).toString());
            if (!role)
                return bad(QStringLiteral("appraisals.participants.role"));
            record.participants.append({p.toObject().value(QStringLiteral("name")).toString(), *role,
                p.toObject().value(QStringLiteral("signer")).toBool()});
        }
        f.appraisals.append(record);
    }
    if (json.contains(QStringLiteral("decision"))) {
        const QJsonObject d = json.value(QStringLiteral("decision")).toObject();
        Decision decision;
        decision.approved = d.value(QStringLiteral("approved")).toBool();
        decision.monthlyAmountFen = d.value(QStringLiteral("monthlyAmountFen")).toInteger();
        decision.oneOffAmountFen = d.value(QStringLiteral("oneOffAmountFen")).toInteger();
        decision.explanation = d.value(QStringLiteral("explanation")).toString();
        decision.reasons = strings(d.value(QStringLiteral("reasons")));
        if (auto ok = readDate(d, QStringLiteral("decidedOn"), decision.decidedOn); !ok)
            return std::unexpected(ok.error());
        if (d.contains(QStringLiteral("startMonth"))) {
            auto month = YearMonth::parse(d.value(QStringLiteral("startMonth")).toString());
            if (!month)
                return bad(QStringLiteral("decision.startMonth"));
            decision.startMonth = *month;
        }
        f.decision = decision;
    }
    if (json.contains(QStringLiteral("emergencyAid"))) {
        const QJsonObject a = json.value(QStringLiteral("emergencyAid")).toObject();
        EmergencyAid aid {{}, a.value(QStringLiteral("amountFen")).toInteger(),
            a.value(QStringLiteral("situation")).toString()};
        if (auto ok = readDate(a, QStringLiteral("grantedOn"), aid.grantedOn); !ok)
            return std::unexpected(ok.error());
        f.emergencyAid = aid;
    }
    for (const QJsonValue& value : json.value(QStringLiteral("reviews")).toArray()) {
        const QDate review = QDate::fromString(value.toString(), Qt::ISODate);
        if (!review.isValid())
            return bad(QStringLiteral("reviews"));
        f.reviews.append(review);
    }
    return f;
}

} // namespace jiuzhu
