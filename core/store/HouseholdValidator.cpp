#include "core/store/HouseholdValidator.h"

#include "core/domain/IdNumber.h"
#include "core/domain/PersonName.h"
#include "core/domain/PhoneNumber.h"
#include "core/store/FieldRules.h"

#include <QCoreApplication>
#include <QSet>

namespace jiuzhu {

namespace {

class HouseholdText
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdRepository)
};

constexpr int kMaxAddressLength = 200;
constexpr int kMaxShortTextLength = 100;
constexpr int kMaxBankAccountLength = 40;

Error withMemberField(Error error, qsizetype index)
{
    error.field = HouseholdValidator::memberField(index, error.field);
    return error;
}

} // namespace

QString HouseholdValidator::memberField(qsizetype index, const QString& field)
{
    return HouseholdText::tr("Member %1: %2").arg(index + 1).arg(field);
}

Result<ValidatedMember> HouseholdValidator::validateMember(const NewMember& member, qsizetype index) const
{
    auto name = PersonName::parse(member.name);
    if (!name)
        return std::unexpected(withMemberField(name.error(), index));
    auto idNumber = IdNumber::parse(member.idNumber, m_today);
    if (!idNumber)
        return std::unexpected(withMemberField(idNumber.error(), index));
    if (member.disabilityGrade < 0 || member.disabilityGrade > 4)
        return fail(ErrorCode::InvalidInput, memberField(index, HouseholdText::tr("Disability grade")),
            HouseholdText::tr("The disability grade must be 1 to 4, or none."));
    if (member.monthlyIncomeFen < 0)
        return fail(ErrorCode::InvalidInput, memberField(index, HouseholdText::tr("Monthly income")),
            HouseholdText::tr("Income cannot be negative."));

    ValidatedMember validated;
    validated.fields = member;
    validated.fields.name = name->text();
    validated.fields.idNumber = idNumber->text();
    validated.sex = idNumber->sex();
    validated.birthDate = idNumber->birthDate();
    const std::pair<QString, QString*> texts[] = {
        {HouseholdText::tr("Disability type"), &validated.fields.disabilityKind},
        {HouseholdText::tr("Illness"), &validated.fields.illness},
        {HouseholdText::tr("Employment"), &validated.fields.employment},
    };
    for (const auto& [field, text] : texts) {
        auto checked = FieldRules::optionalText(memberField(index, field), *text, kMaxShortTextLength);
        if (!checked)
            return std::unexpected(checked.error());
        *text = *checked;
    }
    return validated;
}

Result<ValidatedHousehold> HouseholdValidator::validate(const NewHousehold& household) const
{
    if (household.communityId <= 0)
        return fail(ErrorCode::InvalidInput, HouseholdText::tr("Village or community"),
            HouseholdText::tr("Choose the village or community the household lives in."));
    ValidatedHousehold validated;
    validated.communityId = household.communityId;
    auto address
        = FieldRules::requiredText(HouseholdText::tr("Address"), household.address, kMaxAddressLength);
    if (!address)
        return std::unexpected(address.error());
    validated.address = *address;
    if (!household.phone.trimmed().isEmpty()) {
        auto phone = PhoneNumber::parse(household.phone);
        if (!phone)
            return std::unexpected(phone.error());
        validated.phone = phone->text();
    }
    auto bank = FieldRules::optionalText(
        HouseholdText::tr("Bank account"), household.bankAccount, kMaxBankAccountLength);
    if (!bank)
        return std::unexpected(bank.error());
    validated.bankAccount = *bank;
    if (household.members.isEmpty())
        return fail(ErrorCode::InvalidInput, HouseholdText::tr("Members"),
            HouseholdText::tr("A household needs at least one member."));

    int heads = 0;
    QSet<QString> idNumbers;
    for (qsizetype index = 0; index < household.members.size(); ++index) {
        auto member = validateMember(household.members.at(index), index);
        if (!member)
            return std::unexpected(member.error());
        if (idNumbers.contains(member->fields.idNumber))
            return fail(ErrorCode::InvalidInput, memberField(index, HouseholdText::tr("ID number")),
                HouseholdText::tr("The same ID number is entered for two members."));
        idNumbers.insert(member->fields.idNumber);
        if (member->fields.relation == Relation::Head)
            ++heads;
        validated.members.append(std::move(*member));
    }
    if (heads != 1)
        return fail(ErrorCode::InvalidInput, HouseholdText::tr("Household head"),
            HouseholdText::tr("Exactly one member must be the household head (found %1).").arg(heads));
    return validated;
}

} // namespace jiuzhu
