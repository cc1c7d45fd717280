#include "core/policy/ChineseText.h"

#include "core/domain/Money.h"

namespace jiuzhu::chinesetext {

namespace {

// `value` / 10^`decimals` written with only the decimals needed: 13000, 4 → "1.3".
QString trimmedDecimal(qint64 value, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = value < 0;
    const qint64 magnitude = negative ? -value : value;
    QString out = QString::number(magnitude / scale);
    QString fraction = QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QChar(u'0'));
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        out += QChar(u'.') + fraction;
    return negative ? QChar(u'-') + out : out;
}

} // namespace

QString yuan(qint64 fen)
{
    return Money::fromFen(fen).toYuanString() + QStringLiteral("元");
}

QString area(AreaKind kind)
{
    return kind == AreaKind::Urban ? QStringLiteral("城市") : QStringLiteral("农村");
}

QString inForceSince(QDate from)
{
    if (from.day() == 1)
        return QStringLiteral("%1年%2月起执行").arg(from.year()).arg(from.month());
    return QStringLiteral("%1年%2月%3日起执行").arg(from.year()).arg(from.month()).arg(from.day());
}

QString date(QDate day)
{
    return QStringLiteral("%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day());
}

QString multiple(qint64 basisPoints)
{
    return trimmedDecimal(basisPoints, 4) + QStringLiteral("倍");
}

QString percent(qint64 basisPoints)
{
    return trimmedDecimal(basisPoints, 2) + QStringLiteral("%");
}

} // namespace jiuzhu::chinesetext
