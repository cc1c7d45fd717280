// GCC 12 reports the std::variant inside PolicyEntry as "maybe
// uninitialized" when QList relocates entries; it is always initialised
// (default-constructed variants hold qint64 0). Later GCCs do not warn.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include "core/policy/PolicySet.h"

#include "core/policy/PolicyCatalogue.h"
#include "core/policy/PolicyJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace jiuzhu {

namespace {

constexpr qint64 kFormatVersion = 1;

int areaOrder(std::optional<AreaKind> area)
{
    if (!area)
        return 0;
    return *area == AreaKind::Urban ? 1 : 2;
}

bool entryLess(const PolicyEntry& a, const PolicyEntry& b)
{
    if (a.key != b.key)
        return a.key < b.key;
    if (areaOrder(a.area) != areaOrder(b.area))
        return areaOrder(a.area) < areaOrder(b.area);
    return a.effectiveFrom < b.effectiveFrom;
}

QString valueText(const std::variant<qint64, QString>& value)
{
    if (const qint64* number = std::get_if<qint64>(&value))
        return QString::number(*number);
    return std::get<QString>(value);
}

} // namespace

QString policyAreaKey(std::optional<AreaKind> area)
{
    if (!area)
        return QStringLiteral("any area");
    return *area == AreaKind::Urban ? QStringLiteral("urban") : QStringLiteral("rural");
}

Status PolicySet::validate(const PolicyEntry& entry)
{
    const PolicyKeyInfo* info = policyKeyInfo(entry.key);
    const QString field = entry.key.isEmpty() ? tr("Policy key") : entry.key;
    if (!info)
        return fail(ErrorCode::InvalidInput, field,
            tr("“%1” is not a known policy key; see the catalogue in PolicyKeys.h.").arg(entry.key));
    if (!entry.effectiveFrom.isValid())
        return fail(ErrorCode::InvalidInput, field,
            tr("The date from which the value applies is missing or not a real date."));
    if (entry.source.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, field,
            tr("Every policy value needs its source: the notice it comes from, or “illustrative”."));

    if (info->unit == PolicyUnit::Text) {
        const QString* text = std::get_if<QString>(&entry.value);
        if (!text)
            return fail(ErrorCode::InvalidInput, field,
                tr("The value must be one of the words %1, not a number.")
                    .arg(info->allowedTexts.join(QStringLiteral(", "))));
        if (!info->allowedTexts.contains(*text))
            return fail(ErrorCode::InvalidInput, field,
                tr("“%1” is not allowed here; use one of %2.")
                    .arg(*text, info->allowedTexts.join(QStringLiteral(", "))));
        return {};
    }
    const qint64* number = std::get_if<qint64>(&entry.value);
    if (!number)
        return fail(ErrorCode::InvalidInput, field, tr("The value must be a whole number, not text."));
    if (*number < info->minimum || *number > info->maximum)
        return fail(ErrorCode::InvalidInput, field,
            tr("The value %1 is outside the allowed range %2 to %3.")
                .arg(*number)
                .arg(info->minimum)
                .arg(info->maximum));
    return {};
}

Status PolicySet::add(const PolicyEntry& entry)
{
    if (const Status valid = validate(entry); !valid)
        return valid;
    QList<PolicyEntry>& list = m_byKey[entry.key];
    for (const PolicyEntry& existing : std::as_const(list)) {
        if (existing.area == entry.area && existing.effectiveFrom == entry.effectiveFrom)
            return fail(ErrorCode::Conflict, entry.key,
                tr("There is already a value for %1 (%2) from %3: %4.")
                    .arg(entry.key, policyAreaKey(entry.area), policyjson::isoDateText(entry.effectiveFrom),
                        valueText(existing.value)));
    }
    list.append(entry);
    return {};
}

Result<PolicySet> PolicySet::fromJson(const QByteArray& json)
{
    const QString documentField = tr("Policy");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput, documentField,
            tr("The policy is not valid JSON: %1 at byte %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return fail(ErrorCode::InvalidInput, documentField,
            tr("The policy must be a JSON object with an “entries” list."));
    const QJsonObject root = document.object();
    const QStringList unknownRoot = policyjson::unknownMembers(root,
        {QStringLiteral("version"), QStringLiteral("title"), QStringLiteral("comment"),
            QStringLiteral("entries")});
    if (!unknownRoot.isEmpty())
        return fail(ErrorCode::InvalidInput, documentField,
            tr("Unknown member “%1”; a policy has only version, title, comment and entries.")
                .arg(unknownRoot.first()));
    if (root.contains(QStringLiteral("version"))
        && policyjson::wholeNumber(root.value(QStringLiteral("version"))) != kFormatVersion)
        return fail(
            ErrorCode::InvalidInput, documentField, tr("Only version 1 of the policy format is understood."));
    if (!root.value(QStringLiteral("entries")).isArray())
        return fail(ErrorCode::InvalidInput, documentField, tr("The policy has no “entries” list."));

    PolicySet set;
    set.m_title = root.value(QStringLiteral("title")).toString();
    set.m_comment = root.value(QStringLiteral("comment")).toString();
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const QJsonObject object = entries.at(index).toObject();
        const QString key = object.value(QStringLiteral("key")).toString();
        const QString field = key.isEmpty() ? tr("Policy entry %1").arg(index)
                                            : tr("Policy entry %1 (%2)").arg(index).arg(key);
        const auto reject = [&](const QString& rule) { return fail(ErrorCode::InvalidInput, field, rule); };

        if (!entries.at(index).isObject())
            return reject(tr("An entry must be a JSON object."));
        const QStringList unknown = policyjson::unknownMembers(object,
            {QStringLiteral("key"), QStringLiteral("area"), QStringLiteral("from"), QStringLiteral("value"),
                QStringLiteral("source")});
        if (!unknown.isEmpty())
            return reject(tr("Unknown member “%1”; an entry has only key, area, from, value and source.")
                              .arg(unknown.first()));
        if (key.isEmpty())
            return reject(tr("The entry has no “key”."));

        PolicyEntry entry;
        entry.key = key;
        const QJsonValue area = object.value(QStringLiteral("area"));
        if (area.isString() && area.toString() == QLatin1String("urban"))
            entry.area = AreaKind::Urban;
        else if (area.isString() && area.toString() == QLatin1String("rural"))
            entry.area = AreaKind::Rural;
        else if (!area.isUndefined() && !area.isNull())
            return reject(tr("“area” must be “urban” or “rural”, or be left out for both."));

        entry.effectiveFrom = policyjson::isoDate(object.value(QStringLiteral("from")));
        if (!entry.effectiveFrom.isValid())
            return reject(tr("“from” must be a real date written YYYY-MM-DD."));

        const QJsonValue value = object.value(QStringLiteral("value"));
        if (value.isString()) {
            entry.value = value.toString();
        } else if (const std::optional<qint64> number = policyjson::wholeNumber(value)) {
            entry.value = *number;
        } else {
            return reject(tr("“value” must be a whole number (fen, basis points, days) or a word; "
                             "fractions are not allowed."));
        }
        entry.source = object.value(QStringLiteral("source")).toString();

        if (const Status added = set.add(entry); !added)
            return reject(added.error().message);
    }
    return set;
}

QByteArray PolicySet::toJson() const
{
    QJsonArray array;
    for (const PolicyEntry& entry : entries()) {
        QJsonObject object;
        object.insert(QStringLiteral("key"), entry.key);
        if (entry.area)
            object.insert(QStringLiteral("area"), policyAreaKey(entry.area));
        object.insert(QStringLiteral("from"), policyjson::isoDateText(entry.effectiveFrom));
        if (const qint64* number = std::get_if<qint64>(&entry.value))
            object.insert(QStringLiteral("value"), QJsonValue(*number));
        else
            object.insert(QStringLiteral("value"), std::get<QString>(entry.value));
        object.insert(QStringLiteral("source"), entry.source);
        array.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), kFormatVersion);
    if (!m_title.isEmpty())
        root.insert(QStringLiteral("title"), m_title);
    if (!m_comment.isEmpty())
        root.insert(QStringLiteral("comment"), m_comment);
    root.insert(QStringLiteral("entries"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const PolicyEntry* PolicySet::latest(const QString& key, std::optional<AreaKind> area, QDate on) const
{
    const auto it = m_byKey.constFind(key);
    if (it == m_byKey.constEnd())
        return nullptr;
    const auto best = [&](std::optional<AreaKind> wanted) -> const PolicyEntry* {
        const PolicyEntry* found = nullptr;
        for (const PolicyEntry& entry : it.value()) {
            if (entry.area == wanted && entry.effectiveFrom <= on
                && (!found || entry.effectiveFrom > found->effectiveFrom))
                found = &entry;
        }
        return found;
    };
    if (area) {
        if (const PolicyEntry* specific = best(area))
            return specific;
    }
    return best(std::nullopt);
}

Result<PolicyEntry> PolicySet::entryInForce(const QString& key, std::optional<AreaKind> area, QDate on) const
{
    if (!policyKeyInfo(key))
        return fail(ErrorCode::InvalidInput, key, tr("“%1” is not a known policy key.").arg(key));
    if (!on.isValid())
        return fail(ErrorCode::InvalidInput, key, tr("A policy value was asked for without a valid date."));
    const PolicyEntry* entry = latest(key, area, on);
    if (!entry)
        return fail(ErrorCode::NotFound, key,
            tr("No %1 (%2, %3) is in force on %4.")
                .arg(policyKeyLabel(key), key, policyAreaKey(area), policyjson::isoDateText(on)));
    return *entry;
}

Result<qint64> PolicySet::integer(const QString& key, std::optional<AreaKind> area, QDate on) const
{
    const Result<PolicyEntry> entry = entryInForce(key, area, on);
    if (!entry)
        return std::unexpected(entry.error());
    if (const qint64* number = std::get_if<qint64>(&entry->value))
        return *number;
    return fail(
        ErrorCode::InvalidInput, key, tr("%1 (%2) is a word, not a number.").arg(policyKeyLabel(key), key));
}

Result<QString> PolicySet::text(const QString& key, std::optional<AreaKind> area, QDate on) const
{
    const Result<PolicyEntry> entry = entryInForce(key, area, on);
    if (!entry)
        return std::unexpected(entry.error());
    if (const QString* word = std::get_if<QString>(&entry->value))
        return *word;
    return fail(
        ErrorCode::InvalidInput, key, tr("%1 (%2) is a number, not a word.").arg(policyKeyLabel(key), key));
}

QList<PolicyEntry> PolicySet::entries() const
{
    QList<PolicyEntry> out;
    for (const QList<PolicyEntry>& list : m_byKey)
        out.append(list);
    std::sort(out.begin(), out.end(), entryLess);
    return out;
}

QStringList PolicySet::knownKeys()
{
    QStringList keys;
    for (const PolicyKeyInfo& info : policyCatalogue())
        keys.append(info.key);
    return keys;
}

} // namespace jiuzhu
