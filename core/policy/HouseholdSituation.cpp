#include "core/policy/HouseholdSituation.h"

namespace jiuzhu {

Status HouseholdSituation::validate() const
{
    if (!assessedOn.isValid())
        return fail(ErrorCode::InvalidInput, tr("Assessment date"), tr("The assessment date is missing."));
    if (members.isEmpty() || members.size() > kMaxMembers)
        return fail(ErrorCode::InvalidInput, tr("Members"),
            tr("A household has 1 to %1 members, not %2.").arg(kMaxMembers).arg(members.size()));
    const auto amountOk = [](qint64 fen) { return fen >= 0 && fen <= kMaxAmountFen; };
    for (qsizetype i = 0; i < members.size(); ++i) {
        const SituationMember& member = members.at(i);
        const QString field = tr("Member %1").arg(i + 1);
        if (!member.birthDate.isValid() || member.birthDate > assessedOn)
            return fail(ErrorCode::InvalidInput, field,
                tr("The birth date must be a real date not after the assessment date."));
        if (!amountOk(member.monthlyIncomeFen))
            return fail(ErrorCode::InvalidInput, field,
                tr("The monthly income must be between 0 and 100,000,000 yuan."));
        if (member.disabilityGrade < 0 || member.disabilityGrade > 4)
            return fail(
                ErrorCode::InvalidInput, field, tr("The disability grade must be 0 (none) or 1 to 4."));
    }
    if (persons() == 0)
        return fail(ErrorCode::InvalidInput, tr("Members"),
            tr("At least one member must live in the household (co-resident)."));
    for (const qint64 fen : {monthlyRigid.medicalFen, monthlyRigid.educationFen, monthlyRigid.otherFen,
             temporaryExpenditureFen, emergencyNeedFen}) {
        if (!amountOk(fen))
            return fail(ErrorCode::InvalidInput, tr("Expenditure"),
                tr("Expenditure and needs must be between 0 and 100,000,000 yuan."));
    }
    return {};
}

QList<int> HouseholdSituation::coResidentIndexes() const
{
    QList<int> out;
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (members.at(i).coResident)
            out.append(int(i));
    }
    return out;
}

qint64 HouseholdSituation::householdIncomeFen() const
{
    qint64 total = 0;
    for (const SituationMember& member : members) {
        if (member.coResident)
            total += member.monthlyIncomeFen;
    }
    return total;
}

int HouseholdSituation::ageOf(const SituationMember& member) const
{
    if (!member.birthDate.isValid() || !assessedOn.isValid() || assessedOn < member.birthDate)
        return -1;
    int age = assessedOn.year() - member.birthDate.year();
    // Compare (month, day); 29 February is reached on 1 March in a common year.
    const int birthMonth = member.birthDate.month();
    int birthDay = member.birthDate.day();
    if (birthMonth == 2 && birthDay == 29 && !QDate::isLeapYear(assessedOn.year()))
        birthDay = 30; // after 28 February, before 1 March
    if (assessedOn.month() < birthMonth || (assessedOn.month() == birthMonth && assessedOn.day() < birthDay))
        --age;
    return age;
}

QString HouseholdSituation::displayName(int index) const
{
    const QString name = members.value(index).name.trimmed();
    return name.isEmpty() ? QStringLiteral("第%1名家庭成员").arg(index + 1) : name;
}

} // namespace jiuzhu
