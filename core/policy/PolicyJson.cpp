#include "core/policy/PolicyJson.h"

#include <algorithm>

namespace jiuzhu::policyjson {

std::optional<qint64> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    // toInteger() returns its default for anything that is not a whole
    // number in range: two different defaults agreeing means a real value.
    const qint64 a = value.toInteger(0);
    const qint64 b = value.toInteger(1);
    if (a != b)
        return std::nullopt;
    return a;
}

QDate isoDate(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    const QString text = value.toString();
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QStringList unknownMembers(const QJsonObject& object, const QStringList& allowed)
{
    QStringList out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            out.append(it.key());
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString isoDateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace jiuzhu::policyjson
