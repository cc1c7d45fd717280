#include "core/policy/RoundingRule.h"

namespace jiuzhu {

namespace {

constexpr qint64 kFenPerYuan = 100;
constexpr qint64 kBasisPointsPerWhole = 10000;

// Integer division rounding halves away from zero; `divisor` > 0.
qint64 divideRoundingHalfAway(qint64 value, qint64 divisor)
{
    const qint64 half = divisor / 2;
    return value >= 0 ? (value + half) / divisor : -((-value + half) / divisor);
}

} // namespace

Result<RoundingRule> RoundingRule::fromKey(const QString& key)
{
    if (key == QLatin1String("up-to-yuan"))
        return RoundingRule(Kind::UpToYuan);
    if (key == QLatin1String("nearest-yuan"))
        return RoundingRule(Kind::NearestYuan);
    if (key == QLatin1String("fen"))
        return RoundingRule(Kind::Fen);
    return fail(ErrorCode::InvalidInput, tr("Rounding rule"),
        tr("“%1” is not a rounding rule; use one of %2.").arg(key, keys().join(QStringLiteral(", "))));
}

QStringList RoundingRule::keys()
{
    return {QStringLiteral("up-to-yuan"), QStringLiteral("nearest-yuan"), QStringLiteral("fen")};
}

QString RoundingRule::key() const
{
    switch (m_kind) {
    case Kind::UpToYuan:
        return QStringLiteral("up-to-yuan");
    case Kind::NearestYuan:
        return QStringLiteral("nearest-yuan");
    case Kind::Fen:
        return QStringLiteral("fen");
    }
    return QStringLiteral("fen");
}

QString RoundingRule::chineseName() const
{
    switch (m_kind) {
    case Kind::UpToYuan:
        return QStringLiteral("向上取整到元");
    case Kind::NearestYuan:
        return QStringLiteral("四舍五入到元");
    case Kind::Fen:
        return QStringLiteral("精确到分");
    }
    return QStringLiteral("精确到分");
}

qint64 RoundingRule::apply(qint64 fen) const
{
    switch (m_kind) {
    case Kind::UpToYuan: {
        // Ceiling toward +∞ written without overflow for any amount a policy allows.
        const qint64 remainder = fen % kFenPerYuan;
        return remainder > 0 ? fen - remainder + kFenPerYuan : fen - remainder;
    }
    case Kind::NearestYuan:
        return divideRoundingHalfAway(fen, kFenPerYuan) * kFenPerYuan;
    case Kind::Fen:
        return fen;
    }
    return fen;
}

qint64 RoundingRule::applyBasisPoints(qint64 fen, qint64 basisPoints)
{
    return divideRoundingHalfAway(fen * basisPoints, kBasisPointsPerWhole);
}

} // namespace jiuzhu
