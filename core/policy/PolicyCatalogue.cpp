#include "core/policy/PolicyCatalogue.h"

#include "core/policy/PolicyKeys.h"

#include <QCoreApplication>
#include <QHash>

namespace jiuzhu {

namespace {

// Bounds keep every product a calculator forms (income × 10000, standard ×
// multiple × persons) far inside qint64, and catch a value typed in yuan
// where fen were meant only when it is absurd; plausibility is the district's.
constexpr qint64 kMaxFen = 1'000'000'000; // 10 million yuan
constexpr qint64 kMaxBasisPoints = 1'000'000; // 100×
constexpr qint64 kWholeShare = 10'000; // 100%

PolicyKeyInfo money(const QString& key, const char* label)
{
    return {key, PolicyUnit::Fen, 0, kMaxFen, {}, label};
}

PolicyKeyInfo basisPoints(const QString& key, const char* label, qint64 maximum = kMaxBasisPoints)
{
    return {key, PolicyUnit::BasisPoints, 0, maximum, {}, label};
}

PolicyKeyInfo integer(const QString& key, PolicyUnit unit, qint64 minimum, qint64 maximum, const char* label)
{
    return {key, unit, minimum, maximum, {}, label};
}

PolicyKeyInfo text(const QString& key, QStringList allowed, const char* label)
{
    return {key, PolicyUnit::Text, 0, 0, std::move(allowed), label};
}

QList<PolicyKeyInfo> buildCatalogue()
{
    using namespace policykey;
    return {
        money(kDibaoStandardMonthly, QT_TRANSLATE_NOOP("PolicyCatalogue", "dibao standard")),
        text(kDibaoMethod, {QStringLiteral("household-gap"), QStringLiteral("per-capita")},
            QT_TRANSLATE_NOOP("PolicyCatalogue", "dibao calculation method")),
        money(
            kDibaoMinimumPerPerson, QT_TRANSLATE_NOOP("PolicyCatalogue", "dibao minimum payment per person")),
        basisPoints(kDibaoAddonElderly, QT_TRANSLATE_NOOP("PolicyCatalogue", "dibao add-on for the elderly")),
        basisPoints(kDibaoAddonMinor, QT_TRANSLATE_NOOP("PolicyCatalogue", "dibao add-on for minors")),
        basisPoints(kDibaoAddonSevereDisability,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "dibao add-on for severe disability")),
        basisPoints(kDibaoAddonSeriousIllness,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "dibao add-on for serious illness")),
        integer(kDibaoAddonElderlyAge, PolicyUnit::Years, 0, 150,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "age from which a member counts as elderly")),
        integer(kDibaoAddonMinorAge, PolicyUnit::Years, 0, 150,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "age below which a member counts as a minor")),
        integer(kDibaoAddonSevereDisabilityGrade, PolicyUnit::Grade, 1, 4,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "least severe disability grade counted as severe")),
        text(kDibaoAddonStacking, {QStringLiteral("highest"), QStringLiteral("sum")},
            QT_TRANSLATE_NOOP("PolicyCatalogue", "rule for members meeting several add-on conditions")),
        text(kRoundingBenefit,
            {QStringLiteral("up-to-yuan"), QStringLiteral("nearest-yuan"), QStringLiteral("fen")},
            QT_TRANSLATE_NOOP("PolicyCatalogue", "benefit rounding rule")),
        basisPoints(kTekunBasicMultiple, QT_TRANSLATE_NOOP("PolicyCatalogue", "tekun basic living multiple")),
        money(kTekunBasicMonthly, QT_TRANSLATE_NOOP("PolicyCatalogue", "tekun basic living standard")),
        money(kTekunCareFull,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "tekun care standard for full loss of self-care")),
        money(kTekunCarePartial,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "tekun care standard for partial loss of self-care")),
        money(kTekunCareNone, QT_TRANSLATE_NOOP("PolicyCatalogue", "tekun care standard for full self-care")),
        basisPoints(
            kNearDibaoIncomeMultiple, QT_TRANSLATE_NOOP("PolicyCatalogue", "near-dibao income multiple")),
        basisPoints(kRigidExpenseThresholdRatio,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "rigid expenditure threshold ratio")),
        basisPoints(kRigidExpenseIncomeCeilingMultiple,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "rigid expenditure income ceiling multiple")),
        basisPoints(kRigidExpenseBenefitShare,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "rigid expenditure benefit share"), kWholeShare),
        basisPoints(kRigidExpenseBenefitCapMultiple,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "rigid expenditure benefit cap multiple")),
        integer(kTemporaryCapMonths, PolicyUnit::Months, 0, 120,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "temporary assistance cap in months of the standard")),
        money(kTemporaryEmergencyCap, QT_TRANSLATE_NOOP("PolicyCatalogue", "emergency assistance cap")),
        basisPoints(kTemporaryExpenditureShare,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "share of expenditure paid as temporary assistance"),
            kWholeShare),
        basisPoints(kSeriousIllnessIncomeMultiple,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "serious illness income multiple")),
        basisPoints(kSeriousIllnessBenefitMultiple,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "serious illness benefit multiple")),
        integer(kPublicityDaysDefault, PolicyUnit::Days, 1, 365,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "publicity period")),
        integer(kPublicityWorkingDaysDefault, PolicyUnit::Flag, 0, 1,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "publicity period counted in working days")),
        integer(kPublicityDaysTemporaryExpenditure, PolicyUnit::Days, 1, 365,
            QT_TRANSLATE_NOOP(
                "PolicyCatalogue", "publicity period of expenditure-type temporary assistance")),
        integer(kPublicityWorkingDaysTemporaryExpenditure, PolicyUnit::Flag, 0, 1,
            QT_TRANSLATE_NOOP(
                "PolicyCatalogue", "expenditure-type publicity period counted in working days")),
        integer(kPublicityDaysCaseByCase, PolicyUnit::Days, 1, 365,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "publicity period of a case-by-case decision")),
        integer(kDeadlineConfirmWorkingDays, PolicyUnit::WorkingDays, 1, 365,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "confirmation deadline")),
        integer(kDeadlineConfirmExtendedWorkingDays, PolicyUnit::WorkingDays, 1, 365,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "extended confirmation deadline")),
        integer(kDeadlineEconomicCheckExtensionAfterDays, PolicyUnit::Days, 1, 365,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "economic check length that allows the extension")),
        integer(kDeadlineTemporaryWorkingDays, PolicyUnit::WorkingDays, 1, 365,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "temporary assistance decision deadline")),
        integer(kDeadlineRefusalNoticeWorkingDays, PolicyUnit::WorkingDays, 1, 365,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "refusal notice deadline")),
        integer(kDeadlineEmergencyPaperworkDays, PolicyUnit::Days, 1, 365,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "emergency paperwork deadline")),
        integer(kDeadlineCaseByCaseFilingWorkingDays, PolicyUnit::WorkingDays, 1, 365,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "case-by-case filing deadline")),
        integer(kAppraisalCaseByCaseMinParticipants, PolicyUnit::Persons, 1, 1000,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "minimum participants in a case-by-case appraisal")),
        integer(kReviewIntervalMonthsDibao, PolicyUnit::Months, 1, 120,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "dibao review interval")),
        integer(kReviewIntervalMonthsTekun, PolicyUnit::Months, 1, 120,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "tekun review interval")),
        integer(kReviewIntervalMonthsCaseByCase, PolicyUnit::Months, 1, 120,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "case-by-case review interval")),
        integer(kPaymentMonthlyDay, PolicyUnit::DayOfMonth, 1, 31,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "monthly payment day")),
        integer(kPaymentTemporaryWorkingDays, PolicyUnit::WorkingDays, 1, 365,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "temporary assistance payment deadline")),
        basisPoints(kSamplingNewBeneficiaries,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "spot-check share of new beneficiaries"), kWholeShare),
        basisPoints(kSamplingTemporary,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "spot-check share of temporary assistance"), kWholeShare),
        basisPoints(kSamplingCloseRelative,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "check share of close-relative cases"), kWholeShare),
        integer(kFilingAdjustmentsDay, PolicyUnit::DayOfMonth, 1, 31,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "monthly adjustment filing day")),
        integer(kFilingReconciliationDay, PolicyUnit::DayOfMonth, 1, 31,
            QT_TRANSLATE_NOOP("PolicyCatalogue", "monthly reconciliation filing day")),
    };
}

} // namespace

const QList<PolicyKeyInfo>& policyCatalogue()
{
    static const QList<PolicyKeyInfo> catalogue = buildCatalogue();
    return catalogue;
}

const PolicyKeyInfo* policyKeyInfo(const QString& key)
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> out;
        const QList<PolicyKeyInfo>& catalogue = policyCatalogue();
        for (qsizetype i = 0; i < catalogue.size(); ++i)
            out.insert(catalogue.at(i).key, i);
        return out;
    }();
    const auto it = index.constFind(key);
    return it == index.constEnd() ? nullptr : &policyCatalogue().at(it.value());
}

QString policyKeyLabel(const QString& key)
{
    const PolicyKeyInfo* info = policyKeyInfo(key);
    return info ? QCoreApplication::translate("PolicyCatalogue", info->label) : key;
}

} // namespace jiuzhu
