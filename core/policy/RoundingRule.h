#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace jiuzhu {

// How a computed amount becomes the amount paid, by the name policy gives it
// (rounding.benefit). Rounding is a district decision, so it is data: one
// district pays 753.40 yuan, the next rounds up to 754.
class RoundingRule
{
    Q_DECLARE_TR_FUNCTIONS(RoundingRule)

public:
    enum class Kind {
        UpToYuan, // "up-to-yuan": the next whole yuan at or above (toward +∞)
        NearestYuan, // "nearest-yuan": the nearest whole yuan, halves away from zero
        Fen, // "fen": to the fen, i.e. unchanged
    };

    [[nodiscard]] static Result<RoundingRule> fromKey(const QString& key);
    [[nodiscard]] static QStringList keys();
    [[nodiscard]] static RoundingRule of(Kind kind) { return RoundingRule(kind); }

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString key() const;
    // For explanations: "向上取整到元", "四舍五入到元", "精确到分".
    [[nodiscard]] QString chineseName() const;

    [[nodiscard]] qint64 apply(qint64 fen) const;

    // `fen` × `basisPoints` / 10000, to the nearest fen with halves away from
    // zero: how a percentage or multiple of a standard is turned into money
    // before the benefit itself is rounded. Callers keep operands within the
    // policy catalogue's bounds, far from overflow.
    [[nodiscard]] static qint64 applyBasisPoints(qint64 fen, qint64 basisPoints);

private:
    explicit RoundingRule(Kind kind)
        : m_kind(kind)
    {
    }

    Kind m_kind = Kind::Fen;
};

} // namespace jiuzhu
