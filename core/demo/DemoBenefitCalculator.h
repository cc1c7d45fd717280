#pragma once

#include "core/domain/Household.h"
#include "core/domain/YearMonth.h"

namespace jiuzhu {

class DemoRandom;
class DemoStandards;

enum class DemoSelfCare { Full, Partial, None }; // 全自理 / 半失能 / 全失能

// Benefit amounts of the demo cases, all in fen and all from the dated
// figures in standards.tsv for the case's area and decision month. A
// simplified version of the rules (the real calculators live in the policy
// layer): the demo needs plausible amounts, not an audit trail.
class DemoBenefitCalculator
{
public:
    explicit DemoBenefitCalculator(const DemoStandards& standards);

    // 低保 (and 一事一议 cases decided like it): the gap between the standard
    // for every co-resident member and their income, at least the minimum
    // benefit per person, rounded up.
    [[nodiscard]] qint64 dibaoMonthly(const NewHousehold& household, AreaKind area, YearMonth month) const;
    // 特困: basic living standard plus the care standard for the self-care ability.
    [[nodiscard]] qint64 tekunMonthly(AreaKind area, YearMonth month, DemoSelfCare selfCare) const;
    // 重病 single-person inclusion (单人保): one person's 低保 standard.
    [[nodiscard]] qint64 singlePersonMonthly(AreaKind area, YearMonth month) const;
    // 急难型: within the emergency cap, in whole steps.
    [[nodiscard]] qint64 emergencyOneOff(YearMonth month, DemoRandom& random) const;
    // 支出型: some months of the 低保 standard, within the township's cap.
    [[nodiscard]] qint64 expenditureOneOff(AreaKind area, YearMonth month, DemoRandom& random) const;

private:
    [[nodiscard]] qint64 value(const char* key, AreaKind area, YearMonth month) const;
    [[nodiscard]] qint64 roundUp(qint64 fen, qint64 unit) const;

    const DemoStandards& m_standards;
};

} // namespace jiuzhu
