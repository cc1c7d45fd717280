#pragma once

#include "core/domain/Household.h"

#include <QDate>
#include <QString>

// Wording shared by the explanation sentences. These are the fixed Chinese
// of official forms (data, not UI text), so they are not translated.
namespace jiuzhu::chinesetext {

// "1,815.00元"
QString yuan(qint64 fen);
// "城市" / "农村"
QString area(AreaKind area);
// "2025年7月起执行", or "2025年7月15日起执行" when not the first of a month
QString inForceSince(QDate from);
// "2025年8月15日"
QString date(QDate day);
// 13000 → "1.3倍", 10000 → "1倍"
QString multiple(qint64 basisPoints);
// 3000 → "30%", 1250 → "12.5%"
QString percent(qint64 basisPoints);

} // namespace jiuzhu::chinesetext
