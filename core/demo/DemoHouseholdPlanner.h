#pragma once

#include "core/demo/DemoPlan.h"

#include <QList>

namespace jiuzhu {

// Decides, for household n alone, where it lives, what shape of family it
// is and which cases it will have. Sixteen evenly spread "showcase"
// households get fixed (type, state) pairs so that every assistance type and
// every case state appears even in a 100-household demo.
class DemoHouseholdPlanner
{
public:
    DemoHouseholdPlanner(quint64 seed, qint64 householdCount, const QList<DemoCommunitySpec>& communities);

    [[nodiscard]] DemoHouseholdPlan plan(qint64 index) const;
    // The showcase slot of household `index`, or -1.
    [[nodiscard]] int showcaseSlot(qint64 index) const;
    [[nodiscard]] static int showcaseCount();

private:
    quint64 m_seed = 0;
    qint64 m_householdCount = 0;
    QList<int> m_communityWeights;
    QList<AreaKind> m_communityAreas;
};

} // namespace jiuzhu
