#pragma once

#include <QList>
#include <QtGlobal>

#include <array>

namespace jiuzhu {

// The demo data's only source of randomness: xoshiro256** seeded through
// splitmix64, with our own bounded and weighted draws. The standard
// <random> distributions are avoided on purpose: their algorithms are not
// specified, so libstdc++ and MSVC would build different demo offices from
// the same seed.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    // An independent stream for one item (a household, its cases, a
    // community) so that item n does not depend on how many came before.
    [[nodiscard]] static DemoRandom forItem(quint64 seed, quint64 stream, quint64 index);

    // One step of splitmix64; also used to mix seeds.
    [[nodiscard]] static quint64 splitMix(quint64& state);

    [[nodiscard]] quint64 next();
    // Uniform in [0, bound); 0 when bound is 0. Unbiased (rejection sampling).
    [[nodiscard]] quint64 below(quint64 bound);
    // Uniform in [low, high], both included; low when high < low.
    [[nodiscard]] qint64 between(qint64 low, qint64 high);
    // True with probability perMille / 1000.
    [[nodiscard]] bool chance(int perMille);
    // An index drawn with the given non-negative weights; 0 when all are 0.
    [[nodiscard]] qsizetype weightedIndex(const QList<int>& weights);

    template <typename T> [[nodiscard]] const T& pick(const QList<T>& items)
    {
        return items.at(static_cast<qsizetype>(below(static_cast<quint64>(items.size()))));
    }

private:
    std::array<quint64, 4> m_state {};
};

} // namespace jiuzhu
