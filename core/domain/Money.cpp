#include "core/domain/Money.h"

#include <limits>

namespace jiuzhu {

namespace {

// GCC and Clang give exact overflow detection for free; elsewhere (MSVC) the
// checks are written out so that no signed overflow is ever evaluated.
bool addOverflows(qint64 a, qint64 b, qint64* out)
{
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_add_overflow(a, b, out);
#else
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    if ((b > 0 && a > max - b) || (b < 0 && a < min - b))
        return true;
    *out = a + b;
    return false;
#endif
}

bool subOverflows(qint64 a, qint64 b, qint64* out)
{
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_sub_overflow(a, b, out);
#else
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    if ((b < 0 && a > max + b) || (b > 0 && a < min + b))
        return true;
    *out = a - b;
    return false;
#endif
}

bool mulOverflows(qint64 a, qint64 b, qint64* out)
{
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_mul_overflow(a, b, out);
#else
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    if (a == 0 || b == 0) {
        *out = 0;
        return false;
    }
    if ((a == -1 && b == min) || (b == -1 && a == min))
        return true;
    if (a > 0 ? (b > 0 ? a > max / b : b < min / a) : (b > 0 ? a < min / b : b < max / a))
        return true;
    *out = a * b;
    return false;
#endif
}

bool isCurrencySign(QChar c)
{
    return c == QChar(u'\u00A5') || c == QChar(u'\uFFE5');
}

// Chinese input methods commonly switch to full-width forms mid-number.
QString normalizeCharacters(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'\uFF10' && u <= u'\uFF19')
            out.append(QChar(char16_t(u'0' + (u - u'\uFF10'))));
        else if (u == u'\uFF0E')
            out.append(QChar(u'.'));
        else if (u == u'\uFF0C')
            out.append(QChar(u','));
        else if (u == u'\uFF0D' || u == u'\u2212')
            out.append(QChar(u'-'));
        else
            out.append(c);
    }
    return out;
}

bool hasValidGrouping(QStringView integerPart)
{
    if (!integerPart.contains(u','))
        return true;
    qsizetype groupIndex = 0;
    for (QStringView group : integerPart.split(u',')) {
        const bool ok = groupIndex == 0 ? (group.size() >= 1 && group.size() <= 3) : group.size() == 3;
        if (!ok)
            return false;
        ++groupIndex;
    }
    return true;
}

} // namespace

Result<Money> Money::parseYuan(const QString& text, const QString& field)
{
    const QString name = field.isEmpty() ? tr("Amount") : field;
    const QString s = normalizeCharacters(text.trimmed());
    if (s.isEmpty())
        return fail(ErrorCode::InvalidInput, name, tr("An amount is required."));

    qsizetype i = 0;
    bool negative = false;
    if (s.at(i) == u'-') {
        negative = true;
        ++i;
    }
    if (i < s.size() && isCurrencySign(s.at(i))) {
        ++i;
        while (i < s.size() && s.at(i).isSpace())
            ++i;
        if (!negative && i < s.size() && s.at(i) == u'-') {
            negative = true;
            ++i;
        }
    }

    const QStringView body = QStringView(s).mid(i);
    for (QChar c : body) {
        if (!(c >= u'0' && c <= u'9') && c != u',' && c != u'.')
            return fail(ErrorCode::InvalidInput, name,
                tr("“%1” cannot appear in an amount; use digits, a minus sign, thousands "
                   "separators and a decimal point.")
                    .arg(c));
    }
    if (body.count(u'.') > 1)
        return fail(ErrorCode::InvalidInput, name, tr("An amount can have only one decimal point."));

    const qsizetype dot = body.indexOf(u'.');
    const QStringView integerPart = dot < 0 ? body : body.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : body.mid(dot + 1);

    if (body.isEmpty())
        return fail(ErrorCode::InvalidInput, name, tr("An amount needs digits, not just a sign."));
    if (integerPart.isEmpty())
        return fail(ErrorCode::InvalidInput, name,
            tr("An amount needs at least one digit before the decimal point."));
    if (fraction.contains(u',') || !hasValidGrouping(integerPart))
        return fail(ErrorCode::InvalidInput, name,
            tr("Thousands separators must split the yuan into groups of three digits, as in "
               "1,234,567.89."));
    if (dot >= 0 && fraction.isEmpty())
        return fail(
            ErrorCode::InvalidInput, name, tr("A decimal point must be followed by one or two digits."));
    if (fraction.size() > 2)
        return fail(ErrorCode::InvalidInput, name,
            tr("An amount can have at most two decimal places (fen), but this one has %1.")
                .arg(fraction.size()));

    // Accumulating towards the sign keeps the most negative amount reachable.
    qint64 value = 0;
    const auto pushDigit = [&](QChar c) {
        const qint64 digit = c.unicode() - u'0';
        return !mulOverflows(value, 10, &value)
            && !(negative ? subOverflows(value, digit, &value) : addOverflows(value, digit, &value));
    };
    bool ok = true;
    for (QChar c : integerPart) {
        if (c != u',')
            ok = ok && pushDigit(c);
    }
    for (qsizetype k = 0; k < 2; ++k)
        ok = ok && pushDigit(k < fraction.size() ? fraction.at(k) : QChar(u'0'));
    if (!ok)
        return fail(ErrorCode::InvalidInput, name, tr("The amount is too large to be stored."));

    return Money(value);
}

Result<Money> Money::parseNonNegativeYuan(const QString& text, const QString& field)
{
    // GCC 12's std::expected has no and_then() yet.
    const Result<Money> parsed = parseYuan(text, field);
    if (!parsed)
        return parsed;
    return parsed->requireNonNegative(field);
}

Result<Money> Money::requireNonNegative(const QString& field) const
{
    if (isNegative()) {
        const QString name = field.isEmpty() ? tr("Amount") : field;
        return fail(ErrorCode::InvalidInput, name, tr("%1 cannot be negative.").arg(name));
    }
    return *this;
}

QString Money::toPlainYuanString() const
{
    // Through the unsigned magnitude so that the most negative amount prints.
    const quint64 magnitude = m_fen < 0 ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + QChar(u'.')
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QChar(u'0'));
}

QString Money::toYuanString() const
{
    const quint64 magnitude = m_fen < 0 ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    QString yuan = QString::number(magnitude / 100);
    for (qsizetype pos = yuan.size() - 3; pos > 0; pos -= 3)
        yuan.insert(pos, QChar(u','));
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + yuan + QChar(u'.')
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QChar(u'0'));
}

Result<Money> Money::checkedAdd(Money other) const
{
    qint64 out = 0;
    if (addOverflows(m_fen, other.m_fen, &out))
        return fail(ErrorCode::InvalidInput, tr("Amount"),
            tr("Adding %1 to %2 gives an amount too large to be stored.")
                .arg(other.toYuanString(), toYuanString()));
    return Money(out);
}

Result<Money> Money::checkedSub(Money other) const
{
    qint64 out = 0;
    if (subOverflows(m_fen, other.m_fen, &out))
        return fail(ErrorCode::InvalidInput, tr("Amount"),
            tr("Subtracting %1 from %2 gives an amount too large to be stored.")
                .arg(other.toYuanString(), toYuanString()));
    return Money(out);
}

Result<Money> Money::checkedMultiply(qint64 factor) const
{
    qint64 out = 0;
    if (mulOverflows(m_fen, factor, &out))
        return fail(ErrorCode::InvalidInput, tr("Amount"),
            tr("Multiplying %1 by %2 gives an amount too large to be stored.")
                .arg(toYuanString())
                .arg(factor));
    return Money(out);
}

Result<Money> Money::checkedNegate() const
{
    qint64 out = 0;
    if (subOverflows(0, m_fen, &out))
        return fail(ErrorCode::InvalidInput, tr("Amount"),
            tr("The amount %1 has no positive counterpart that can be stored.").arg(toYuanString()));
    return Money(out);
}

} // namespace jiuzhu
