#include "core/documents/Privacy.h"

#include <QRegularExpression>

namespace jiuzhu {

namespace {

constexpr qsizetype kKeptAtEachEnd = 4;
constexpr qsizetype kKeptOfAccount = 4;

bool isDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19);
}

bool looksLikeIdNumber(const QString& compact)
{
    if (compact.size() != 18 && compact.size() != 15)
        return false;
    for (qsizetype i = 0; i < compact.size(); ++i) {
        const QChar c = compact.at(i);
        const bool lastMayBeX = i == compact.size() - 1 && (c == QLatin1Char('X') || c == QLatin1Char('x'));
        if (!isDigit(c) && !lastMayBeX)
            return false;
    }
    return true;
}

} // namespace

QString maskIdNumber(const QString& idNumber)
{
    const QString trimmed = idNumber.trimmed();
    if (trimmed.size() <= 2 * kKeptAtEachEnd)
        return QString(trimmed.size(), QLatin1Char('*'));
    return trimmed.left(kKeptAtEachEnd) + QString(trimmed.size() - 2 * kKeptAtEachEnd, QLatin1Char('*'))
        + trimmed.right(kKeptAtEachEnd);
}

QString maskBankAccount(const QString& account)
{
    QString compact = account;
    compact.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (compact.size() <= kKeptOfAccount)
        return QString(compact.size(), QLatin1Char('*'));
    return QString(compact.size() - kKeptOfAccount, QLatin1Char('*')) + compact.right(kKeptOfAccount);
}

QString redactSensitiveNumbers(const QString& text)
{
    // Twelve digits or more, possibly grouped by single spaces or hyphens
    // (as account numbers are often written), possibly ending in the X of
    // an identity number.
    static const QRegularExpression sensitiveRun(
        QStringLiteral("(?<![0-9\\x{FF10}-\\x{FF19}])[0-9\\x{FF10}-\\x{FF19}](?:[ \\-]?[0-9\\x{FF10}-\\x{FF19}]){11,}"
                       "[Xx]?(?![0-9\\x{FF10}-\\x{FF19}])"));
    QString result;
    qsizetype copiedUpTo = 0;
    auto matches = sensitiveRun.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += QStringView(text).mid(copiedUpTo, match.capturedStart() - copiedUpTo);
        QString compact = match.captured();
        compact.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        result += looksLikeIdNumber(compact) ? maskIdNumber(compact) : maskBankAccount(compact);
        copiedUpTo = match.capturedEnd();
    }
    result += QStringView(text).mid(copiedUpTo);
    return result;
}

} // namespace jiuzhu
