#include "core/demo/DemoRandom.h"

namespace jiuzhu {

namespace {

constexpr quint64 rotateLeft(quint64 value, int bits)
{
    return (value << bits) | (value >> (64 - bits));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    // splitmix64 spreads any seed, even 0, over the whole xoshiro state.
    quint64 state = seed;
    for (quint64& word : m_state)
        word = splitMix(state);
}

DemoRandom DemoRandom::forItem(quint64 seed, quint64 stream, quint64 index)
{
    quint64 state = seed ^ (stream * 0x9E3779B97F4A7C15ULL);
    const quint64 mixedSeed = splitMix(state);
    state = mixedSeed ^ (index * 0xD1B54A32D192ED03ULL);
    return DemoRandom(splitMix(state));
}

quint64 DemoRandom::splitMix(quint64& state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

quint64 DemoRandom::below(quint64 bound)
{
    if (bound == 0)
        return 0;
    // Values under `threshold` would make the low residues more likely.
    const quint64 threshold = (0 - bound) % bound;
    while (true) {
        const quint64 value = next();
        if (value >= threshold)
            return value % bound;
    }
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const quint64 span = static_cast<quint64>(high - low) + 1;
    return low + static_cast<qint64>(below(span));
}

bool DemoRandom::chance(int perMille)
{
    return static_cast<int>(below(1000)) < perMille;
}

qsizetype DemoRandom::weightedIndex(const QList<int>& weights)
{
    quint64 total = 0;
    for (int weight : weights)
        total += static_cast<quint64>(qMax(weight, 0));
    if (total == 0)
        return 0;
    quint64 draw = below(total);
    for (qsizetype index = 0; index < weights.size(); ++index) {
        const quint64 weight = static_cast<quint64>(qMax(weights.at(index), 0));
        if (draw < weight)
            return index;
        draw -= weight;
    }
    return weights.size() - 1;
}

} // namespace jiuzhu
