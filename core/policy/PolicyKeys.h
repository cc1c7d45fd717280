#pragma once

#include <QString>

// The catalogue of policy keys: every dated number or word the district sends
// and the calculators, deadlines and samplers read. A key not listed here is
// rejected when a policy is loaded, so a typo cannot hide a missing standard.
//
// JSON form of a policy set (PolicySet::fromJson / toJson):
//
//   {
//     "version": 1,                       optional; 1 is the only version
//     "title":   "重庆市大足区 2025",       optional, free text
//     "comment": "...",                   optional, free text
//     "entries": [
//       { "key":   "dibao.standard.monthly",
//         "area":  "rural",               optional: "urban" | "rural"; absent = both areas
//         "from":  "2025-07-01",          first day the value applies (ISO date)
//         "value": 63000,                 integer (JSON number without fraction) or text
//         "source": "渝民规〔2025〕6号" }   required citation; "illustrative" when not verified
//     ]
//   }
//
// No other member is accepted at either level. The value in force on a day is
// that of the entry with the latest "from" on or before the day, for the
// household's area first, else the area-less one. Units: money in integer fen
// (1 yuan = 100 fen), multiples and rates in basis points (10000 = 1×,
// 3000 = 30%), periods in whole days, working days, months or years.
namespace jiuzhu::policykey {

// --- 最低生活保障 (低保); the add-ons are 分类施保 ---
// fen per person per month: the 低保 standard; by area.
inline const QString kDibaoStandardMonthly = QStringLiteral("dibao.standard.monthly");
// text: "household-gap" = standard×persons − income; "per-capita" = (standard − per-capita income)×persons.
inline const QString kDibaoMethod = QStringLiteral("dibao.method");
// fen per person per month: the least a 低保 household is paid (保底), before add-ons.
inline const QString kDibaoMinimumPerPerson = QStringLiteral("dibao.minimum.per_person");
// basis points of the standard a month, per co-resident member aged dibao.addon.elderly_age or more.
inline const QString kDibaoAddonElderly = QStringLiteral("dibao.addon.elderly");
// basis points of the standard a month, per co-resident member younger than dibao.addon.minor_age.
inline const QString kDibaoAddonMinor = QStringLiteral("dibao.addon.minor");
// basis points of the standard a month, per member with disability grade 1..severe_disability_grade.
inline const QString kDibaoAddonSevereDisability = QStringLiteral("dibao.addon.severe_disability");
// basis points of the standard a month, per co-resident member with a serious illness.
inline const QString kDibaoAddonSeriousIllness = QStringLiteral("dibao.addon.serious_illness");
// years: a member of this completed age or more counts as elderly for the add-on.
inline const QString kDibaoAddonElderlyAge = QStringLiteral("dibao.addon.elderly_age");
// years: a member younger than this completed age counts as a minor for the add-on.
inline const QString kDibaoAddonMinorAge = QStringLiteral("dibao.addon.minor_age");
// grade 1-4: the least severe disability grade (残疾人证 1 = most severe) that counts as severe.
inline const QString kDibaoAddonSevereDisabilityGrade = QStringLiteral("dibao.addon.severe_disability_grade");
// text: "highest" = a member meeting several add-on conditions gets the highest one; "sum" = all of them.
inline const QString kDibaoAddonStacking = QStringLiteral("dibao.addon.stacking");

// --- Rounding ---
// text: how monthly and one-off amounts are rounded: "up-to-yuan", "nearest-yuan" (half up) or "fen" (none).
inline const QString kRoundingBenefit = QStringLiteral("rounding.benefit");

// --- 特困人员救助供养 ---
// basis points of the 低保 standard: basic living standard when tekun.basic.monthly is not in force.
inline const QString kTekunBasicMultiple = QStringLiteral("tekun.basic.multiple");
// fen per person per month: a published basic living standard; when in force it replaces the multiple.
inline const QString kTekunBasicMonthly = QStringLiteral("tekun.basic.monthly");
// fen per person per month: care standard for a person who has fully lost self-care ability (完全丧失).
inline const QString kTekunCareFull = QStringLiteral("tekun.care.full");
// fen per person per month: care standard for partial loss of self-care ability (部分丧失).
inline const QString kTekunCarePartial = QStringLiteral("tekun.care.partial");
// fen per person per month: care standard for a person who can fully care for themselves (全自理).
inline const QString kTekunCareNone = QStringLiteral("tekun.care.none");

// --- 低保边缘家庭 ---
// basis points of the 低保 standard: per-capita income from the standard up to this is 低保边缘.
inline const QString kNearDibaoIncomeMultiple = QStringLiteral("near_dibao.income.multiple");

// --- 刚性支出困难家庭 ---
// basis points of household income: monthly rigid expenditure must exceed this share of it.
inline const QString kRigidExpenseThresholdRatio = QStringLiteral("rigid.expense.threshold_ratio");
// basis points of the 低保 standard: per-capita income after rigid expenditure must be below this.
inline const QString kRigidExpenseIncomeCeilingMultiple
    = QStringLiteral("rigid.expense.monthly_income_ceiling.multiple");
// basis points: share of the expenditure above the threshold paid monthly; 0 = recognition only, no cash.
inline const QString kRigidExpenseBenefitShare = QStringLiteral("rigid.expense.benefit.share");
// basis points of one person's 低保 standard: the most paid a household per month.
inline const QString kRigidExpenseBenefitCapMultiple = QStringLiteral("rigid.expense.benefit.cap.multiple");

// --- 临时救助 ---
// months of the current 低保 standard the township may grant; above it the district approves.
inline const QString kTemporaryCapMonths = QStringLiteral("temporary.cap.months");
// fen: the most an emergency (急难型) grant paid first may be.
inline const QString kTemporaryEmergencyCap = QStringLiteral("temporary.emergency.cap");
// basis points of the eligible expenditure paid as 支出型 assistance.
inline const QString kTemporaryExpenditureShare = QStringLiteral("temporary.expenditure.share");

// --- 因病致贫重病患者 ---
// basis points of the 低保 standard: per-capita income at or above the standard and up to this qualifies.
inline const QString kSeriousIllnessIncomeMultiple = QStringLiteral("serious_illness.income.multiple");
// basis points of the 低保 standard: each ill member's one-person (单人户) level, less own income.
inline const QString kSeriousIllnessBenefitMultiple = QStringLiteral("serious_illness.benefit.multiple");

// --- Publicity (公示) ---
// days: length of the publicity of a preliminary opinion.
inline const QString kPublicityDaysDefault = QStringLiteral("publicity.days.default");
// flag 0/1: 1 when publicity.days.default counts working days rather than calendar days.
inline const QString kPublicityWorkingDaysDefault = QStringLiteral("publicity.working_days.default");
// days: publicity of 支出型临时救助.
inline const QString kPublicityDaysTemporaryExpenditure
    = QStringLiteral("publicity.days.temporary_expenditure");
// flag 0/1: 1 when publicity.days.temporary_expenditure counts working days.
inline const QString kPublicityWorkingDaysTemporaryExpenditure
    = QStringLiteral("publicity.working_days.temporary_expenditure");
// days (calendar): publicity of a 一事一议 decision.
inline const QString kPublicityDaysCaseByCase = QStringLiteral("publicity.days.case_by_case");

// --- Deadlines ---
// working days from intake to confirmation.
inline const QString kDeadlineConfirmWorkingDays = QStringLiteral("deadline.confirm.working_days");
// working days from intake to confirmation when the economic check took too long.
inline const QString kDeadlineConfirmExtendedWorkingDays
    = QStringLiteral("deadline.confirm.extended_working_days");
// days: an economic check longer than this allows the extended deadline.
inline const QString kDeadlineEconomicCheckExtensionAfterDays
    = QStringLiteral("deadline.economic_check.extension_after_days");
// working days from intake to a decision on temporary assistance.
inline const QString kDeadlineTemporaryWorkingDays = QStringLiteral("deadline.temporary.working_days");
// working days to deliver a written refusal (不予受理/不予批准告知书).
inline const QString kDeadlineRefusalNoticeWorkingDays
    = QStringLiteral("deadline.refusal_notice.working_days");
// days (calendar): paperwork of an emergency grant completed after the aid.
inline const QString kDeadlineEmergencyPaperworkDays = QStringLiteral("deadline.emergency.paperwork_days");
// working days: a 一事一议 decision filed with the district after approval.
inline const QString kDeadlineCaseByCaseFilingWorkingDays
    = QStringLiteral("deadline.case_by_case.filing_working_days");

// --- Appraisal, review, payment, sampling, filing ---
// persons: the least number of participants in a 一事一议 democratic appraisal.
inline const QString kAppraisalCaseByCaseMinParticipants
    = QStringLiteral("appraisal.case_by_case.min_participants");
// months between reviews of a 低保 household.
inline const QString kReviewIntervalMonthsDibao = QStringLiteral("review.interval_months.dibao");
// months between reviews of a 特困 person.
inline const QString kReviewIntervalMonthsTekun = QStringLiteral("review.interval_months.tekun");
// months between reviews of a 一事一议 case.
inline const QString kReviewIntervalMonthsCaseByCase = QStringLiteral("review.interval_months.case_by_case");
// day of month: monthly benefits are paid by this day.
inline const QString kPaymentMonthlyDay = QStringLiteral("payment.monthly.day");
// working days from approval to payment of temporary assistance.
inline const QString kPaymentTemporaryWorkingDays = QStringLiteral("payment.temporary.working_days");
// basis points: share of new beneficiaries the district spot-checks.
inline const QString kSamplingNewBeneficiaries = QStringLiteral("sampling.new_beneficiaries");
// basis points: share of temporary-assistance cases spot-checked.
inline const QString kSamplingTemporary = QStringLiteral("sampling.temporary");
// basis points: share of close-relative (近亲属备案) cases checked.
inline const QString kSamplingCloseRelative = QStringLiteral("sampling.close_relative");
// day of month: adjustments (new, exits, changes) done by this day.
inline const QString kFilingAdjustmentsDay = QStringLiteral("filing.adjustments.day");
// day of month: payments reconciled and the statistics table sent by this day.
inline const QString kFilingReconciliationDay = QStringLiteral("filing.reconciliation.day");

} // namespace jiuzhu::policykey
