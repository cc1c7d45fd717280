#include "core/demo/DemoHouseholdGenerator.h"

#include "core/demo/DemoFamilyComposer.h"
#include "core/demo/DemoIdNumberAllocator.h"
#include "core/demo/DemoRandom.h"
#include "core/demo/DemoWordLists.h"

namespace jiuzhu {

namespace {

constexpr quint64 kHouseholdStream = 0x40B5;

// Shares per mille; they shape the demo and are not policy.
constexpr int kDisabledElderlyPerMille = 80;
constexpr int kDisabledPerMille = 45;
constexpr int kIllElderlyPerMille = 90;
constexpr int kIllAdultPerMille = 35;
constexpr int kAdultStudentPerMille = 350; // 18-22 year olds still at school or college
constexpr int kMigrantAwayPerMille = 200; // migrant workers not living with the family
constexpr int kPhonePerMille = 720;
constexpr int kLandlinePerMille = 100; // of the phones
constexpr int kBankAccountPerMille = 620;
constexpr int kStreetAddressPerMille = 250; // urban houses outside the compounds
constexpr int kElderlyAge = 60;

QString digits(DemoRandom& random, int count)
{
    QString text;
    text.reserve(count);
    for (int index = 0; index < count; ++index)
        text.append(QLatin1Char(static_cast<char>('0' + random.below(10))));
    return text;
}

// The Luhn digit that makes `number` pass the card-number check.
QChar luhnDigit(const QString& number)
{
    int sum = 0;
    bool doubleIt = true;
    for (qsizetype index = number.size() - 1; index >= 0; --index) {
        int digit = number.at(index).digitValue();
        if (doubleIt) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        doubleIt = !doubleIt;
    }
    return QLatin1Char(static_cast<char>('0' + (10 - sum % 10) % 10));
}

QString resolveSurname(const QList<DemoPersonSketch>& people, const QStringList& ownSurnames, int index)
{
    // Follow "shares the surname of" links; the chain is short and acyclic,
    // the bound only guards against a composition mistake.
    for (int step = 0; step < people.size() && people.at(index).surnameFrom >= 0; ++step)
        index = people.at(index).surnameFrom;
    return ownSurnames.at(index);
}

} // namespace

DemoHouseholdGenerator::DemoHouseholdGenerator(
    const DemoWordLists& words, const QList<DemoCommunitySpec>& communities, quint64 seed, QDate today)
    : m_words(words)
    , m_communities(communities)
    , m_names(words)
    , m_seed(seed)
    , m_today(today)
{
}

NewHousehold DemoHouseholdGenerator::generate(
    const DemoHouseholdPlan& plan, qint64 communityId, DemoIdNumberAllocator& idNumbers) const
{
    DemoRandom random = DemoRandom::forItem(m_seed, kHouseholdStream, static_cast<quint64>(plan.index));
    const QList<DemoPersonSketch> people = DemoFamilyComposer::compose(plan.composition, random);

    QList<QDate> birthDates;
    for (const DemoPersonSketch& person : people)
        birthDates.append(m_today.addYears(-person.age).addDays(-random.between(1, 364)));
    const QStringList memberNames = names(plan, people, birthDates, random);

    NewHousehold household;
    household.communityId = communityId;
    for (qsizetype index = 0; index < people.size(); ++index) {
        NewMember member;
        member.name = memberNames.at(index);
        member.relation = people.at(index).relation;
        member.idNumber = idNumbers.allocate(birthDates.at(index), people.at(index).sex, random);
        household.members.append(member);
    }
    addHealth(plan, people, household.members, random);
    addWork(plan.area, people, household.members, random);

    household.address = address(m_communities.at(plan.communityIndex), random);
    if (random.chance(kPhonePerMille))
        household.phone = phone(random);
    if (random.chance(kBankAccountPerMille))
        household.bankAccount = bankAccount(random);
    return household;
}

QStringList DemoHouseholdGenerator::names(const DemoHouseholdPlan& plan,
    const QList<DemoPersonSketch>& people, const QList<QDate>& birthDates, DemoRandom& random) const
{
    // Everyone's own part first, then the parts taken from relatives, so a
    // link may point forwards in the list (a head to their own father).
    QStringList own;
    QStringList surnames;
    for (qsizetype index = 0; index < people.size(); ++index) {
        const DemoPersonSketch& person = people.at(index);
        if (plan.minority) {
            own.append(m_names.minorityGivenName(person.sex, random));
            surnames.append(QString());
        } else {
            own.append(m_names.givenName(person.sex, birthDates.at(index).year(), random));
            surnames.append(m_names.surname(random));
        }
    }
    QStringList result;
    QStringList fathers; // the father's given name of each member, for the middle-dot names
    for (qsizetype index = 0; index < people.size(); ++index) {
        const DemoPersonSketch& person = people.at(index);
        if (plan.minority) {
            QString father;
            if (person.fatherIndex >= 0)
                father = own.at(person.fatherIndex);
            else if (person.siblingOf >= 0 && person.siblingOf < index)
                father = fathers.at(person.siblingOf);
            else
                father = m_names.minorityGivenName(Sex::Male, random);
            fathers.append(father);
            result.append(DemoNameGenerator::minorityName(own.at(index), father));
        } else {
            result.append(resolveSurname(people, surnames, static_cast<int>(index)) + own.at(index));
        }
    }
    return result;
}

void DemoHouseholdGenerator::addHealth(const DemoHouseholdPlan& plan, const QList<DemoPersonSketch>& people,
    QList<NewMember>& members, DemoRandom& random) const
{
    for (qsizetype index = 0; index < people.size(); ++index) {
        const DemoPersonSketch& person = people.at(index);
        NewMember& member = members[index];
        const bool elderly = person.age >= kElderlyAge;
        const bool severe = person.severeDisability || (plan.needsSevereDisability && index == 0);
        if (severe) {
            member.disabilityGrade = static_cast<int>(random.between(1, 2));
            member.disabilityKind = m_words.disabilityKinds.pick(random);
        } else if (person.age >= 3 && random.chance(elderly ? kDisabledElderlyPerMille : kDisabledPerMille)) {
            member.disabilityGrade = m_words.disabilityGrades.pick(random).toInt();
            member.disabilityKind = m_words.disabilityKinds.pick(random);
        }
        if (person.age >= 18 && random.chance(elderly ? kIllElderlyPerMille : kIllAdultPerMille))
            member.illness = m_words.illnesses.pick(random);
    }
    if (plan.needsIllness) {
        bool anyIll = false;
        for (const NewMember& member : std::as_const(members))
            anyIll = anyIll || !member.illness.isEmpty();
        if (!anyIll) {
            // Usually the head; in larger families sometimes another member.
            qsizetype ill = 0;
            if (members.size() > 1 && random.chance(400))
                ill = static_cast<qsizetype>(random.below(static_cast<quint64>(members.size())));
            members[ill].illness = m_words.illnesses.pick(random);
        }
    }
}

void DemoHouseholdGenerator::addWork(
    AreaKind area, const QList<DemoPersonSketch>& people, QList<NewMember>& members, DemoRandom& random) const
{
    const bool urban = area == AreaKind::Urban;
    for (qsizetype index = 0; index < people.size(); ++index) {
        const int age = people.at(index).age;
        NewMember& member = members[index];
        const bool unableToWork
            = (member.disabilityGrade >= 1 && member.disabilityGrade <= 2) || !member.illness.isEmpty();
        if (age < 6)
            continue; // pre-school children: no occupation written
        if (age < 18 || (age <= 22 && random.chance(kAdultStudentPerMille))) {
            member.employment = m_words.label(QStringLiteral("employment.student"));
        } else if (unableToWork) {
            member.employment = m_words.label(QStringLiteral("employment.unemployed"));
            if (age >= kElderlyAge)
                member.monthlyIncomeFen = income(QStringLiteral("pension"), random);
        } else if (age >= kElderlyAge) {
            if (urban && random.chance(350)) {
                member.employment = m_words.label(QStringLiteral("employment.retired"));
                member.monthlyIncomeFen = income(QStringLiteral("retired"), random);
            } else if (!urban && random.chance(420)) {
                member.employment = m_words.label(QStringLiteral("employment.farming"));
                member.monthlyIncomeFen = income(QStringLiteral("farming.elderly"), random);
            } else {
                member.employment = m_words.label(QStringLiteral("employment.unemployed"));
                member.monthlyIncomeFen = income(QStringLiteral("pension"), random);
            }
        } else {
            // Order: farming, migrant work, flexible work, none.
            const QList<int> weights
                = urban ? QList<int> {0, 120, 480, 400} : QList<int> {450, 250, 100, 200};
            static const char* const kSources[] = {"farming", "migrant", "flexible", nullptr};
            const char* source = kSources[random.weightedIndex(weights)];
            if (!source) {
                member.employment = m_words.label(QStringLiteral("employment.unemployed"));
            } else {
                const QString key = QLatin1String(source);
                member.employment = m_words.label(QStringLiteral("employment.") + key);
                member.monthlyIncomeFen = income(key, random);
                if (key == QLatin1String("migrant") && people.at(index).relation != Relation::Head
                    && random.chance(kMigrantAwayPerMille))
                    member.coResident = false;
            }
        }
    }
}

qint64 DemoHouseholdGenerator::income(const QString& source, DemoRandom& random) const
{
    const DemoIncomeRange range = m_words.income(source);
    if (random.chance(range.nonePerMille))
        return 0;
    const qint64 steps = (range.highestFen - range.lowestFen) / range.stepFen;
    return range.lowestFen + range.stepFen * random.between(0, steps);
}

QString DemoHouseholdGenerator::address(const DemoCommunitySpec& community, DemoRandom& random) const
{
    const QString& place = community.community.name;
    if (community.community.kind == CommunityKind::Village) {
        return m_words.label(QStringLiteral("address.village"))
            .arg(place, QString::number(random.between(1, community.groups)),
                QString::number(random.between(1, 120)));
    }
    if (community.compounds.isEmpty() || random.chance(kStreetAddressPerMille)) {
        return m_words.label(QStringLiteral("address.street"))
            .arg(place, random.pick(community.streets), QString::number(random.between(1, 180)));
    }
    const int floor = static_cast<int>(random.between(1, 6));
    const int room = floor * 100 + static_cast<int>(random.between(1, 2));
    return m_words.label(QStringLiteral("address.building"))
        .arg(place, random.pick(community.compounds), QString::number(random.between(1, 24)),
            QString::number(random.between(1, 4)), QString::number(room));
}

QString DemoHouseholdGenerator::phone(DemoRandom& random) const
{
    if (random.chance(kLandlinePerMille))
        return m_words.landlinePrefixes.pick(random) + digits(random, 7);
    return m_words.mobilePrefixes.pick(random) + digits(random, 8);
}

QString DemoHouseholdGenerator::bankAccount(DemoRandom& random) const
{
    const QString number = m_words.bankPrefixes.pick(random) + digits(random, 12);
    return number + luhnDigit(number);
}

} // namespace jiuzhu
