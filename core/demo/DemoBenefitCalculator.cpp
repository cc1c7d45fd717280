#include "core/demo/DemoBenefitCalculator.h"

#include "core/demo/DemoRandom.h"
#include "core/demo/DemoStandards.h"

namespace jiuzhu {

DemoBenefitCalculator::DemoBenefitCalculator(const DemoStandards& standards)
    : m_standards(standards)
{
}

qint64 DemoBenefitCalculator::value(const char* key, AreaKind area, YearMonth month) const
{
    // DemoWordLists::load() has checked that every key used here exists.
    return m_standards.valueAt(QLatin1String(key), area, month).value_or(0);
}

qint64 DemoBenefitCalculator::roundUp(qint64 fen, qint64 unit) const
{
    if (unit <= 1)
        return fen;
    return (fen + unit - 1) / unit * unit;
}

qint64 DemoBenefitCalculator::dibaoMonthly(
    const NewHousehold& household, AreaKind area, YearMonth month) const
{
    qint64 persons = 0;
    qint64 income = 0;
    for (const NewMember& member : household.members) {
        if (!member.coResident)
            continue;
        ++persons;
        income += member.monthlyIncomeFen;
    }
    persons = qMax<qint64>(persons, 1);
    const qint64 gap = value("dibao.standard", area, month) * persons - income;
    const qint64 floor = value("dibao.min-benefit", area, month) * persons;
    return roundUp(qMax(gap, floor), value("benefit.rounding", area, month));
}

qint64 DemoBenefitCalculator::tekunMonthly(AreaKind area, YearMonth month, DemoSelfCare selfCare) const
{
    const char* care = selfCare == DemoSelfCare::Full ? "tekun.care.full"
        : selfCare == DemoSelfCare::Partial           ? "tekun.care.partial"
                                                      : "tekun.care.none";
    return roundUp(
        value("tekun.basic", area, month) + value(care, area, month), value("benefit.rounding", area, month));
}

qint64 DemoBenefitCalculator::singlePersonMonthly(AreaKind area, YearMonth month) const
{
    return roundUp(value("dibao.standard", area, month), value("benefit.rounding", area, month));
}

qint64 DemoBenefitCalculator::emergencyOneOff(YearMonth month, DemoRandom& random) const
{
    const qint64 step = qMax<qint64>(value("temporary.step", AreaKind::Rural, month), 1);
    const qint64 lowest = value("temporary.emergency-min", AreaKind::Rural, month);
    const qint64 highest = value("temporary.emergency-cap", AreaKind::Rural, month);
    return lowest / step * step + step * random.between(0, (highest - lowest) / step);
}

qint64 DemoBenefitCalculator::expenditureOneOff(AreaKind area, YearMonth month, DemoRandom& random) const
{
    const qint64 step = qMax<qint64>(value("temporary.step", area, month), 1);
    const qint64 cap
        = value("temporary.township-cap-months", area, month) * value("dibao.standard", area, month);
    // Between one month of the standard and the cap, in whole steps, never above the cap.
    const qint64 lowest = roundUp(value("dibao.standard", area, month), step);
    const qint64 amount = lowest + step * random.between(0, qMax<qint64>(0, (cap - lowest) / step));
    return qMin(amount, cap / step * step);
}

} // namespace jiuzhu
