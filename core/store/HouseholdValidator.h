#pragma once

#include "core/domain/Error.h"
#include "core/domain/Household.h"

#include <QDate>

namespace jiuzhu {

// A member whose fields have passed every rule, in canonical form (trimmed,
// normalised name, 18-digit ID) with what the ID number tells.
struct ValidatedMember
{
    NewMember fields;
    Sex sex = Sex::Male;
    QDate birthDate;
};

struct ValidatedHousehold
{
    qint64 communityId = 0;
    QString address;
    QString phone; // normalised, or empty
    QString bankAccount;
    QList<ValidatedMember> members;
};

// The rules a household must meet before it is stored, with errors that
// name the field ("Member 2: ID number") and the rule. Parsing happens once
// here, so the store writes exactly what was checked.
class HouseholdValidator
{
public:
    explicit HouseholdValidator(QDate today)
        : m_today(today)
    {
    }

    Result<ValidatedHousehold> validate(const NewHousehold& household) const;
    // "Member 2: ID number": the field of one member, as errors name it.
    static QString memberField(qsizetype index, const QString& field);

private:
    Result<ValidatedMember> validateMember(const NewMember& member, qsizetype index) const;

    QDate m_today;
};

} // namespace jiuzhu
