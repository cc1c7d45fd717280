#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace jiuzhu {

// What a value of a policy key is measured in; decides how it is checked on
// load and how it is worded in explanations.
enum class PolicyUnit {
    Fen, // money, integer fen
    BasisPoints, // 10000 = 1×
    Years,
    Months,
    Days,
    WorkingDays,
    DayOfMonth,
    Persons,
    Grade, // disability grade 1-4
    Flag, // 0 or 1
    Text, // one of allowedTexts
};

struct PolicyKeyInfo
{
    QString key;
    PolicyUnit unit = PolicyUnit::Fen;
    qint64 minimum = 0; // inclusive bounds of an integer value
    qint64 maximum = 0;
    QStringList allowedTexts; // for PolicyUnit::Text
    const char* label = ""; // English noun phrase for messages, marked for translation
};

// The documented catalogue (see PolicyKeys.h), in the order of that file.
const QList<PolicyKeyInfo>& policyCatalogue();
// The entry for `key`, or nullptr when the key is not in the catalogue.
const PolicyKeyInfo* policyKeyInfo(const QString& key);
// The translated label of `key` ("dibao standard"), or the key itself when unknown.
QString policyKeyLabel(const QString& key);

} // namespace jiuzhu
