#pragma once

#include "core/domain/Household.h"
#include "core/domain/IdNumber.h"

#include <QDate>
#include <QString>

namespace jiuzhu::testing {

// A valid 18-digit ID number for a person born on `birth`, with `serial`
// (0–999) making it unique and deciding the sex by its parity.
inline QString makeIdNumber(const QDate& birth, int serial, const QString& region = QStringLiteral("130123"))
{
    const QString first17 = region + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(serial % 1000, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkDigitFor(first17);
}

inline NewMember makeMember(const QString& name, const QDate& birth, int serial, Relation relation)
{
    NewMember member;
    member.name = name;
    member.idNumber = makeIdNumber(birth, serial);
    member.relation = relation;
    return member;
}

inline NewHousehold makeHousehold(qint64 communityId, const QString& headName, int serial)
{
    NewHousehold household;
    household.communityId = communityId;
    household.address = QStringLiteral("西王庄村3组%1号").arg(serial);
    household.members.append(
        makeMember(headName, QDate(1960, 1, 1).addDays(serial), serial % 1000, Relation::Head));
    return household;
}

} // namespace jiuzhu::testing
