#include "core/demo/DemoCommunityGenerator.h"

#include "core/demo/DemoRandom.h"
#include "core/demo/DemoWordLists.h"

namespace jiuzhu {

namespace {

constexpr quint64 kCommunityStream = 0xC0CC;

// Integer steps rather than a logarithm: floating point could round
// differently on another compiler and change the whole demo.
constexpr std::pair<int, int> kCountBySize[] = {
    {100, 8},
    {200, 10},
    {500, 12},
    {1000, 15},
    {2000, 17},
    {5000, 20},
    {10000, 23},
    {20000, 25},
    {50000, 28},
    {100000, 30},
};

QStringList shuffled(QStringList items, DemoRandom& random)
{
    for (qsizetype index = items.size() - 1; index > 0; --index) {
        const auto other = static_cast<qsizetype>(random.below(static_cast<quint64>(index + 1)));
        items.swapItemsAt(index, other);
    }
    return items;
}

} // namespace

int DemoCommunityGenerator::countFor(int households)
{
    int count = kCountBySize[0].second;
    for (const auto& [size, communities] : kCountBySize) {
        if (households >= size)
            count = communities;
    }
    return count;
}

QList<DemoCommunitySpec> DemoCommunityGenerator::generate(
    const DemoWordLists& words, const QString& officeCode, int households, quint64 seed)
{
    DemoRandom random = DemoRandom::forItem(seed, kCommunityStream, 0);
    const int total = countFor(households);
    const int urban = qMin<int>(qMax(2, total / 3), static_cast<int>(words.communities.size()));
    const int rural = qMin<int>(total - urban, static_cast<int>(words.villages.size()));

    const QStringList communityNames = shuffled(words.communities.entries(), random);
    const QStringList villageNames = shuffled(words.villages.entries(), random);
    const QStringList compounds = shuffled(words.compounds.entries(), random);
    const QStringList streets = shuffled(words.streets.entries(), random);

    QList<DemoCommunitySpec> specs;
    qsizetype nextCompound = 0;
    for (int index = 0; index < urban; ++index) {
        DemoCommunitySpec spec;
        spec.community.code = officeCode + QStringLiteral("%1").arg(index + 1, 3, 10, QLatin1Char('0'));
        spec.community.name = communityNames.at(index);
        spec.community.kind = CommunityKind::Community;
        spec.community.area = AreaKind::Urban;
        spec.weight = static_cast<int>(random.between(80, 200));
        // Compounds are dealt out in turn so neighbouring communities rarely share one.
        const int compoundCount = static_cast<int>(random.between(2, 3));
        for (int c = 0; c < compoundCount; ++c)
            spec.compounds.append(compounds.at(nextCompound++ % compounds.size()));
        spec.streets.append(streets.at(index % streets.size()));
        spec.streets.append(streets.at((index + urban) % streets.size()));
        specs.append(spec);
    }
    for (int index = 0; index < rural; ++index) {
        DemoCommunitySpec spec;
        spec.community.code = officeCode + QStringLiteral("%1").arg(201 + index, 3, 10, QLatin1Char('0'));
        spec.community.name = villageNames.at(index);
        spec.community.kind = CommunityKind::Village;
        spec.community.area = AreaKind::Rural;
        spec.weight = static_cast<int>(random.between(50, 160));
        spec.groups = static_cast<int>(random.between(4, 12));
        specs.append(spec);
    }
    return specs;
}

} // namespace jiuzhu
