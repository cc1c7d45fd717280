#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QString>
#include <QtGlobal>

#include <compare>

namespace jiuzhu {

// An amount of renminbi held as a whole number of fen (0.01 yuan). Floating
// point is never used: assistance amounts are summed and audited to the fen.
//
// Text is locale independent on purpose ("1,234.56", "-0.05"): the same
// figure must read the same on every office computer and in every export.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    constexpr Money() noexcept = default;

    [[nodiscard]] static constexpr Money fromFen(qint64 fen) noexcept { return Money(fen); }
    [[nodiscard]] constexpr qint64 fen() const noexcept { return m_fen; }

    // Accepts "1234.56", "1,234.56", "1234.5", "1234", "-12.30", an optional
    // "¥"/"￥" before or after the minus sign, full-width digits and
    // surrounding spaces. Rejects more than two decimals, thousands separators
    // not in groups of three, and values outside the qint64 range of fen.
    // `field` names the input in the error; empty means "Amount".
    [[nodiscard]] static Result<Money> parseYuan(const QString& text, const QString& field = QString());

    // As parseYuan(), and the amount must be zero or more.
    [[nodiscard]] static Result<Money> parseNonNegativeYuan(const QString& text, const QString& field);

    // This amount if it is zero or more, else an error naming `field`.
    [[nodiscard]] Result<Money> requireNonNegative(const QString& field) const;

    // "1,234.56", "-0.05", "0.00": always two decimals, thousands separators.
    [[nodiscard]] QString toYuanString() const;
    // "1234.56": for form fields and CSV, where separators get in the way.
    [[nodiscard]] QString toPlainYuanString() const;

    [[nodiscard]] Result<Money> checkedAdd(Money other) const;
    [[nodiscard]] Result<Money> checkedSub(Money other) const;
    [[nodiscard]] Result<Money> checkedMultiply(qint64 factor) const;
    [[nodiscard]] Result<Money> checkedNegate() const;

    [[nodiscard]] constexpr bool isNegative() const noexcept { return m_fen < 0; }
    [[nodiscard]] constexpr bool isZero() const noexcept { return m_fen == 0; }

    friend constexpr auto operator<=>(const Money&, const Money&) noexcept = default;
    friend constexpr bool operator==(const Money&, const Money&) noexcept = default;
    friend size_t qHash(Money money, size_t seed = 0) noexcept { return qHash(money.m_fen, seed); }

private:
    constexpr explicit Money(qint64 fen) noexcept
        : m_fen(fen)
    {
    }

    qint64 m_fen = 0;
};

} // namespace jiuzhu
