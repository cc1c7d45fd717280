#include "ui/common/DisplayFormat.h"

#include "core/domain/Money.h"

namespace jiuzhu {

QString DisplayFormat::count(qint64 value)
{
    const bool negative = value < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    QString digits = QString::number(magnitude);
    for (qsizetype pos = digits.size() - 3; pos > 0; pos -= 3)
        digits.insert(pos, QChar(u','));
    return negative ? QChar(u'-') + digits : digits;
}

QString DisplayFormat::yuan(qint64 fen)
{
    return Money::fromFen(fen).toYuanString();
}

QString DisplayFormat::date(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString DisplayFormat::maskedIdNumber(const QString& idNumber)
{
    const QString text = idNumber.trimmed();
    if (text.size() <= 8)
        return QString(text.size(), QChar(u'*'));
    return text.left(4) + QString(text.size() - 8, QChar(u'*')) + text.right(4);
}

QString DisplayFormat::maskedBankAccount(const QString& account)
{
    const QString text = account.trimmed();
    if (text.size() <= 4)
        return text;
    return QString(text.size() - 4, QChar(u'*')) + text.right(4);
}

} // namespace jiuzhu
