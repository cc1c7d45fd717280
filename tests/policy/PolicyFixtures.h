#pragma once

#include "core/policy/PolicyKeys.h"
#include "core/policy/PolicySet.h"

#include <QTest>

namespace jiuzhu::testing {

// A complete synthetic policy with round figures, in force from 2020: rural
// standard 600 yuan, urban 800 yuan a person a month. Tests change single
// values with setValue().
inline PolicySet syntheticPolicy()
{
    namespace pk = jiuzhu::policykey;
    const QDate from(2020, 1, 1);
    const QString source = QStringLiteral("synthetic test figure");
    PolicySet set;
    const auto put = [&](const QString& key, std::variant<qint64, QString> value,
                         std::optional<AreaKind> area = std::nullopt) {
        const Status added = set.add(PolicyEntry {key, area, from, std::move(value), source});
        if (!added)
            qFatal("%s", qPrintable(added.error().toString()));
    };
    put(pk::kDibaoStandardMonthly, qint64(60000), AreaKind::Rural);
    put(pk::kDibaoStandardMonthly, qint64(80000), AreaKind::Urban);
    put(pk::kDibaoMethod, QStringLiteral("household-gap"));
    put(pk::kDibaoMinimumPerPerson, qint64(5000));
    put(pk::kDibaoAddonElderly, qint64(1000));
    put(pk::kDibaoAddonMinor, qint64(1000));
    put(pk::kDibaoAddonSevereDisability, qint64(2000));
    put(pk::kDibaoAddonSeriousIllness, qint64(1500));
    put(pk::kDibaoAddonElderlyAge, qint64(60));
    put(pk::kDibaoAddonMinorAge, qint64(18));
    put(pk::kDibaoAddonSevereDisabilityGrade, qint64(2));
    put(pk::kDibaoAddonStacking, QStringLiteral("highest"));
    put(pk::kRoundingBenefit, QStringLiteral("up-to-yuan"));
    put(pk::kTekunBasicMultiple, qint64(13000));
    put(pk::kTekunCareFull, qint64(90000));
    put(pk::kTekunCarePartial, qint64(40000));
    put(pk::kTekunCareNone, qint64(15000));
    put(pk::kNearDibaoIncomeMultiple, qint64(15000));
    put(pk::kRigidExpenseThresholdRatio, qint64(5000));
    put(pk::kRigidExpenseIncomeCeilingMultiple, qint64(15000));
    put(pk::kRigidExpenseBenefitShare, qint64(3000));
    put(pk::kRigidExpenseBenefitCapMultiple, qint64(10000));
    put(pk::kTemporaryCapMonths, qint64(5));
    put(pk::kTemporaryEmergencyCap, qint64(500000));
    put(pk::kTemporaryExpenditureShare, qint64(5000));
    put(pk::kSeriousIllnessIncomeMultiple, qint64(15000));
    put(pk::kSeriousIllnessBenefitMultiple, qint64(10000));
    put(pk::kDeadlineEmergencyPaperworkDays, qint64(7));
    return set;
}

// `set` with `key` given a new value from 2020-01-01 (area-less), replacing the old one.
inline PolicySet withValue(const PolicySet& set, const QString& key, std::variant<qint64, QString> value)
{
    PolicySet out;
    for (const PolicyEntry& entry : set.entries()) {
        if (entry.key == key && !entry.area)
            continue;
        (void)out.add(entry);
    }
    (void)out.add(
        PolicyEntry {key, std::nullopt, QDate(2020, 1, 1), std::move(value), QStringLiteral("test")});
    return out;
}

} // namespace jiuzhu::testing
