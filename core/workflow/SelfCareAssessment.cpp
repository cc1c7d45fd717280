#include "core/workflow/SelfCareAssessment.h"

#include <algorithm>

namespace jiuzhu {

Result<SelfCareAssessment> SelfCareAssessment::of(QDate assessedOn, const std::array<int, kItemCount>& scores)
{
    if (!assessedOn.isValid())
        return fail(ErrorCode::InvalidInput, tr("Self-care assessment"),
            tr("The assessment needs the date it was made."));
    for (int score : scores) {
        if (score < 0 || score > kMet) {
            return fail(ErrorCode::InvalidInput, tr("Self-care assessment"),
                tr("Each self-care item is scored 0, 1 or 2, not %1.").arg(score));
        }
    }
    return SelfCareAssessment(assessedOn, scores);
}

int SelfCareAssessment::itemsNotMet() const
{
    return static_cast<int>(std::count_if(m_scores.begin(), m_scores.end(), [](int s) { return s < kMet; }));
}

SelfCareLevel SelfCareAssessment::level() const
{
    const int notMet = itemsNotMet();
    if (notMet == 0)
        return SelfCareLevel::Full;
    if (notMet <= 3)
        return SelfCareLevel::PartiallyLost;
    return SelfCareLevel::FullyLost;
}

QString SelfCareAssessment::itemKey(SelfCareItem item)
{
    switch (item) {
    case SelfCareItem::Eating:
        return QStringLiteral("eating");
    case SelfCareItem::Dressing:
        return QStringLiteral("dressing");
    case SelfCareItem::BedTransfer:
        return QStringLiteral("bed-transfer");
    case SelfCareItem::Toileting:
        return QStringLiteral("toileting");
    case SelfCareItem::IndoorWalking:
        return QStringLiteral("indoor-walking");
    case SelfCareItem::Bathing:
        return QStringLiteral("bathing");
    }
    return QString();
}

QString SelfCareAssessment::levelKey(SelfCareLevel level)
{
    switch (level) {
    case SelfCareLevel::Full:
        return QStringLiteral("full");
    case SelfCareLevel::PartiallyLost:
        return QStringLiteral("partially-lost");
    case SelfCareLevel::FullyLost:
        return QStringLiteral("fully-lost");
    }
    return QString();
}

QString SelfCareAssessment::levelChineseName(SelfCareLevel level)
{
    switch (level) {
    case SelfCareLevel::Full:
        return QStringLiteral("全自理");
    case SelfCareLevel::PartiallyLost:
        return QStringLiteral("部分丧失生活自理能力");
    case SelfCareLevel::FullyLost:
        return QStringLiteral("完全丧失生活自理能力");
    }
    return QString();
}

} // namespace jiuzhu
