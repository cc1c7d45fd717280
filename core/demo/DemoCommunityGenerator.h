#pragma once

#include "core/demo/DemoPlan.h"

#include <QList>
#include <QString>

namespace jiuzhu {

class DemoWordLists;

// The villages and communities of the demo township: 8 to 30 depending on
// the number of households, about a third urban communities (社区) around
// the county seat and the rest villages (村), with 12-digit codes that
// extend the township code the usual way (001… communities, 201… villages).
class DemoCommunityGenerator
{
public:
    [[nodiscard]] static int countFor(int households);
    [[nodiscard]] static QList<DemoCommunitySpec> generate(
        const DemoWordLists& words, const QString& officeCode, int households, quint64 seed);
};

} // namespace jiuzhu
