#pragma once

#include "core/domain/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <array>

namespace jiuzhu {

// The six activities of the 生活自理能力评估 made at a 特困 home visit
// (民发〔2021〕43号《特困人员认定办法》).
enum class SelfCareItem { Eating, Dressing, BedTransfer, Toileting, IndoorWalking, Bathing };

inline constexpr std::array kAllSelfCareItems {
    SelfCareItem::Eating,
    SelfCareItem::Dressing,
    SelfCareItem::BedTransfer,
    SelfCareItem::Toileting,
    SelfCareItem::IndoorWalking,
    SelfCareItem::Bathing,
};

enum class SelfCareLevel {
    Full, // 具备生活自理能力（全自理）
    PartiallyLost, // 部分丧失生活自理能力
    FullyLost, // 完全丧失生活自理能力
};

// One assessment. Each item is scored 2 (does it unaided), 1 (needs some
// help) or 0 (cannot do it); an item is met only at 2. The level follows the
// national rule: all six met → full self-care; one to three not met →
// partially lost; four or more not met → fully lost. The level is derived,
// never typed in, so the support standard cannot drift from the scores.
class SelfCareAssessment
{
    Q_DECLARE_TR_FUNCTIONS(SelfCareAssessment)

public:
    static constexpr int kMet = 2;
    static constexpr int kItemCount = static_cast<int>(kAllSelfCareItems.size());

    [[nodiscard]] static Result<SelfCareAssessment> of(
        QDate assessedOn, const std::array<int, kItemCount>& scores);

    [[nodiscard]] QDate assessedOn() const { return m_assessedOn; }
    [[nodiscard]] int score(SelfCareItem item) const { return m_scores.at(static_cast<std::size_t>(item)); }
    [[nodiscard]] const std::array<int, kItemCount>& scores() const { return m_scores; }
    [[nodiscard]] int itemsNotMet() const;
    [[nodiscard]] SelfCareLevel level() const;

    [[nodiscard]] static QString itemKey(SelfCareItem item);
    [[nodiscard]] static QString levelKey(SelfCareLevel level);
    // 全自理 / 部分丧失生活自理能力 / 完全丧失生活自理能力: the wording of the forms.
    [[nodiscard]] static QString levelChineseName(SelfCareLevel level);

    friend bool operator==(const SelfCareAssessment&, const SelfCareAssessment&) = default;

private:
    SelfCareAssessment(QDate assessedOn, const std::array<int, kItemCount>& scores)
        : m_assessedOn(assessedOn)
        , m_scores(scores)
    {
    }

    QDate m_assessedOn;
    std::array<int, kItemCount> m_scores {};
};

} // namespace jiuzhu
