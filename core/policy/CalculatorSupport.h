#pragma once

#include "core/policy/Explanation.h"
#include "core/policy/HouseholdSituation.h"
#include "core/policy/PolicySet.h"

#include <QString>

// Steps several calculators share, worded once so that the 低保, 低保边缘,
// 刚性支出 and 重病 parts of one confirmation form read alike.
namespace jiuzhu::calcsupport {

// "家庭成员4人，其中共同生活家庭成员3人；赵六非共同生活家庭成员，其人口和收入不计入。"
// Added only when someone is left out.
void explainMembers(Explanation& explanation, const HouseholdSituation& situation);

// "农村低保标准每人每月630.00元（2025年7月起执行）×共同生活家庭成员3人＝1,890.00元"
void explainStandardTotal(
    Explanation& explanation, const HouseholdSituation& situation, const PolicyEntry& standard);

// "共同生活家庭成员月收入合计1,200.00元（张三1,000.00元、…），月人均收入400.00元"
void explainIncome(Explanation& explanation, const HouseholdSituation& situation);

// "农村低保标准630.00元"
QString standardPhrase(const HouseholdSituation& situation, qint64 standardFen);

// Whole fen of a per-person share, truncated toward zero: what the form shows.
// Eligibility is always decided on exact cross-multiplied totals instead.
qint64 perCapita(qint64 totalFen, int persons);

// "张三" etc. joined with "、"
QString joinedNames(const HouseholdSituation& situation, const QList<int>& indexes);

} // namespace jiuzhu::calcsupport
