#pragma once

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Strict JSON reading shared by the policy, calendar and calculation files:
// these files are typed by hand at the district, so a misspelt member or a
// fraction where whole fen are meant must be refused, not ignored.
namespace jiuzhu::policyjson {

// The whole number a JSON number holds, without going through floating
// point; nullopt for fractions, non-numbers and values beyond qint64.
std::optional<qint64> wholeNumber(const QJsonValue& value);

// A date written exactly as YYYY-MM-DD; an invalid QDate otherwise.
QDate isoDate(const QJsonValue& value);

// Members of `object` not in `allowed`, sorted.
QStringList unknownMembers(const QJsonObject& object, const QStringList& allowed);

// "2025-07-01"
QString isoDateText(QDate date);

} // namespace jiuzhu::policyjson
