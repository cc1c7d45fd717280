#pragma once

#include "core/demo/DemoPlan.h"
#include "core/domain/IdNumber.h"

#include <QList>

namespace jiuzhu {

class DemoRandom;

// One member before names and numbers are drawn. Indexes point to other
// members of the same list; -1 means "someone outside the household".
struct DemoPersonSketch
{
    Relation relation = Relation::Other;
    Sex sex = Sex::Male;
    int age = 0;
    int surnameFrom = -1; // shares this member's surname (a child its father's)
    int fatherIndex = -1; // this member's father, whose name ends a middle-dot name
    int siblingOf = -1; // has the same father as this member when he is not in the household
    bool severeDisability = false; // the disabled adult child of DisabledAdultChild
};

// Turns a composition into members with relations, sexes and ages that fit
// together: spouses of similar age, children at least 20 years younger than
// their parents, grandchildren younger still. Relations are to the head.
class DemoFamilyComposer
{
public:
    [[nodiscard]] static QList<DemoPersonSketch> compose(DemoComposition composition, DemoRandom& random);
};

} // namespace jiuzhu
