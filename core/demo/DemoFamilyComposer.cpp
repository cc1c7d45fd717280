#include "core/demo/DemoFamilyComposer.h"

#include "core/demo/DemoRandom.h"

namespace jiuzhu {

namespace {

constexpr int kOldestAge = 98;

class Family
{
public:
    explicit Family(DemoRandom& random)
        : m_random(random)
    {
    }

    int add(Relation relation, Sex sex, int age)
    {
        DemoPersonSketch person;
        person.relation = relation;
        person.sex = sex;
        person.age = qBound(0, age, kOldestAge);
        m_people.append(person);
        return static_cast<int>(m_people.size() - 1);
    }

    int head(int lowestAge, int highestAge, int malePerMille)
    {
        return add(Relation::Head, m_random.chance(malePerMille) ? Sex::Male : Sex::Female,
            static_cast<int>(m_random.between(lowestAge, highestAge)));
    }

    // A spouse of the other sex; husbands are usually a few years older.
    int spouseOf(int partner, Relation relation = Relation::Spouse)
    {
        const DemoPersonSketch& other = m_people.at(partner);
        const int gap = static_cast<int>(m_random.between(-1, 5));
        const bool partnerIsMale = other.sex == Sex::Male;
        const int age = partnerIsMale ? other.age - gap : other.age + gap;
        return add(relation, partnerIsMale ? Sex::Female : Sex::Male, qMax(age, 20));
    }

    // A child of `mother` and `father` (either may be -1), born when the
    // younger parent was at least 20.
    int childOf(Relation relation, int father, int mother, int lowestAge, int highestAge)
    {
        int youngestParent = kOldestAge;
        for (int parent : {father, mother}) {
            if (parent >= 0)
                youngestParent = qMin(youngestParent, m_people.at(parent).age);
        }
        const int oldest = qMin(highestAge, youngestParent - 20);
        const int age = static_cast<int>(m_random.between(qMin(lowestAge, oldest), qMax(oldest, 0)));
        const int child = add(relation, m_random.chance(515) ? Sex::Male : Sex::Female, qMax(age, 0));
        m_people[child].fatherIndex = father;
        m_people[child].surnameFrom = father >= 0 ? father : -1;
        return child;
    }

    DemoPersonSketch& at(int index) { return m_people[index]; }
    QList<DemoPersonSketch> people() const { return m_people; }

private:
    DemoRandom& m_random;
    QList<DemoPersonSketch> m_people;
};

int childCount(DemoRandom& random)
{
    return static_cast<int>(random.weightedIndex({40, 45, 15})) + 1;
}

} // namespace

QList<DemoPersonSketch> DemoFamilyComposer::compose(DemoComposition composition, DemoRandom& random)
{
    Family family(random);
    switch (composition) {
    case DemoComposition::SingleElderly:
        family.head(60, 94, 450);
        break;
    case DemoComposition::ElderlyCouple: {
        const int head = family.head(62, 90, 900);
        family.spouseOf(head);
        break;
    }
    case DemoComposition::CoupleWithChildren: {
        const int head = family.head(28, 55, 900);
        const int spouse = family.spouseOf(head);
        const bool headIsFather = family.at(head).sex == Sex::Male;
        const int father = headIsFather ? head : spouse;
        const int mother = headIsFather ? spouse : head;
        for (int count = childCount(random); count > 0; --count)
            family.childOf(Relation::Child, father, mother, 0, 22);
        break;
    }
    case DemoComposition::SingleParent: {
        const int head = family.head(26, 55, 350);
        const bool father = family.at(head).sex == Sex::Male;
        int firstChild = -1;
        for (int count = static_cast<int>(random.between(1, 2)); count > 0; --count) {
            const int child = family.childOf(Relation::Child, father ? head : -1, father ? -1 : head, 0, 20);
            if (father)
                continue;
            if (firstChild < 0) {
                firstChild = child;
                // After a divorce children mostly keep their father's
                // surname, sometimes they take their mother's.
                if (random.chance(300))
                    family.at(child).surnameFrom = head;
            } else {
                family.at(child).surnameFrom = firstChild;
                family.at(child).siblingOf = firstChild;
            }
        }
        break;
    }
    case DemoComposition::ThreeGenerations:
        if (random.chance(500)) {
            // Head of the middle generation with their parents and children.
            const int head = family.head(35, 58, 850);
            const int spouse = family.spouseOf(head);
            const bool headIsMale = family.at(head).sex == Sex::Male;
            const int parentAge = family.at(head).age + static_cast<int>(random.between(22, 34));
            const bool bothParents = random.chance(450);
            const bool withFather = bothParents || random.chance(400);
            if (withFather) {
                const int grandfather = family.add(Relation::Parent, Sex::Male, parentAge);
                family.at(head).fatherIndex = grandfather;
                family.at(grandfather).surnameFrom = head; // the head carries their father's surname
            }
            if (bothParents || !withFather)
                family.add(Relation::Parent, Sex::Female, parentAge - static_cast<int>(random.between(0, 4)));
            const int father = headIsMale ? head : spouse;
            const int mother = headIsMale ? spouse : head;
            for (int count = static_cast<int>(random.between(1, 2)); count > 0; --count)
                family.childOf(Relation::Child, father, mother, 0, 20);
        } else {
            // Elderly head with an adult child, the child's spouse and grandchildren.
            const int head = family.head(60, 80, 800);
            int spouse = -1;
            if (random.chance(700))
                spouse = family.spouseOf(head);
            const bool headIsMale = family.at(head).sex == Sex::Male;
            const int grandfather = headIsMale ? head : spouse;
            const int grandmother = headIsMale ? spouse : head;
            const int child = family.childOf(Relation::Child, grandfather, grandmother, 30, 48);
            const int inLaw = family.spouseOf(child, Relation::ChildInLaw);
            const bool childIsMale = family.at(child).sex == Sex::Male;
            const int father = childIsMale ? child : inLaw;
            const int mother = childIsMale ? inLaw : child;
            for (int count = static_cast<int>(random.between(1, 2)); count > 0; --count)
                family.childOf(Relation::Grandchild, father, mother, 0, 18);
        }
        break;
    case DemoComposition::DisabledAdultChild: {
        const int head = family.head(55, 82, 700);
        int spouse = -1;
        if (random.chance(650))
            spouse = family.spouseOf(head);
        const bool headIsMale = family.at(head).sex == Sex::Male;
        const int child
            = family.childOf(Relation::Child, headIsMale ? head : spouse, headIsMale ? spouse : head, 18, 50);
        family.at(child).severeDisability = true;
        break;
    }
    case DemoComposition::SingleAdult:
        family.head(30, 59, 600);
        break;
    case DemoComposition::GrandparentsWithGrandchildren: {
        const int head = family.head(58, 78, 600);
        int spouse = -1;
        if (random.chance(700))
            spouse = family.spouseOf(head);
        const bool headIsMale = family.at(head).sex == Sex::Male;
        // A son's children carry the grandfather's surname; a daughter's do not.
        const int grandfather = headIsMale ? head : spouse;
        const bool sonsChildren = random.chance(700);
        int firstGrandchild = -1;
        for (int count = static_cast<int>(random.between(1, 2)); count > 0; --count) {
            const int grandchild = family.add(Relation::Grandchild,
                random.chance(515) ? Sex::Male : Sex::Female, static_cast<int>(random.between(3, 16)));
            if (firstGrandchild >= 0) {
                // Siblings: the same absent parents.
                family.at(grandchild).surnameFrom = firstGrandchild;
                family.at(grandchild).siblingOf = firstGrandchild;
            } else {
                firstGrandchild = grandchild;
                if (sonsChildren && grandfather >= 0)
                    family.at(grandchild).surnameFrom = grandfather;
            }
        }
        break;
    }
    }
    return family.people();
}

} // namespace jiuzhu
