#pragma once

#include "core/demo/DemoNameGenerator.h"
#include "core/demo/DemoPlan.h"

#include <QDate>
#include <QList>

namespace jiuzhu {

class DemoIdNumberAllocator;
class DemoRandom;
class DemoWordLists;
struct DemoPersonSketch;

struct DemoGeneratedHousehold
{
    NewHousehold household;
    DemoHouseholdPlan plan;
};

// Fills a planned household with people: names, ID numbers that match each
// member's sex and age, disabilities and illnesses, work and income, and the
// household's address, phone and bank account.
class DemoHouseholdGenerator
{
public:
    DemoHouseholdGenerator(
        const DemoWordLists& words, const QList<DemoCommunitySpec>& communities, quint64 seed, QDate today);

    [[nodiscard]] NewHousehold generate(
        const DemoHouseholdPlan& plan, qint64 communityId, DemoIdNumberAllocator& idNumbers) const;

private:
    QStringList names(const DemoHouseholdPlan& plan, const QList<DemoPersonSketch>& people,
        const QList<QDate>& birthDates, DemoRandom& random) const;
    void addHealth(const DemoHouseholdPlan& plan, const QList<DemoPersonSketch>& people,
        QList<NewMember>& members, DemoRandom& random) const;
    void addWork(AreaKind area, const QList<DemoPersonSketch>& people, QList<NewMember>& members,
        DemoRandom& random) const;
    [[nodiscard]] qint64 income(const QString& source, DemoRandom& random) const;
    [[nodiscard]] QString address(const DemoCommunitySpec& community, DemoRandom& random) const;
    [[nodiscard]] QString phone(DemoRandom& random) const;
    [[nodiscard]] QString bankAccount(DemoRandom& random) const;

    const DemoWordLists& m_words;
    QList<DemoCommunitySpec> m_communities;
    DemoNameGenerator m_names;
    quint64 m_seed = 0;
    QDate m_today;
};

} // namespace jiuzhu
