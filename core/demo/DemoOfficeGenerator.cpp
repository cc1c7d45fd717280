#include "core/demo/DemoOfficeGenerator.h"

#include "core/demo/DemoCaseGenerator.h"
#include "core/demo/DemoCommunityGenerator.h"
#include "core/demo/DemoHouseholdGenerator.h"
#include "core/demo/DemoHouseholdPlanner.h"
#include "core/demo/DemoIdNumberAllocator.h"
#include "core/demo/DemoOfficeLife.h"
#include "core/demo/DemoWordLists.h"
#include "core/domain/IdNumber.h"
#include "core/store/CaseStore.h"
#include "core/store/HouseholdRepository.h"
#include "core/store/OfficeRepository.h"
#include "core/store/PolicyRepository.h"
#include "core/store/SqliteDatabase.h"

#include <algorithm>
#include <optional>

namespace jiuzhu {

namespace {

// The audit log's name for changes made by the program itself.
const QString kActor = QStringLiteral("system");

bool isAsciiDigits(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

Status validateOptions(const DemoOptions& options)
{
    if (options.households < DemoOfficeGenerator::kMinHouseholds
        || options.households > DemoOfficeGenerator::kMaxHouseholds)
        return fail(ErrorCode::InvalidInput, DemoOfficeGenerator::tr("Number of households"),
            DemoOfficeGenerator::tr("A demo office has %1 to %2 households, not %3.")
                .arg(DemoOfficeGenerator::kMinHouseholds)
                .arg(DemoOfficeGenerator::kMaxHouseholds)
                .arg(options.households));
    if (!options.today.isValid() || options.today.year() < 2000 || options.today.year() > 2999)
        return fail(ErrorCode::InvalidInput, DemoOfficeGenerator::tr("Today"),
            DemoOfficeGenerator::tr(
                "The demo needs today's date (2000 or later) to place its cases in time."));
    if (options.officeCode.size() != 9 || !isAsciiDigits(options.officeCode)
        || !IdNumber::isKnownProvinceCode(options.officeCode.left(2).toInt()))
        return fail(ErrorCode::InvalidInput, DemoOfficeGenerator::tr("Office code"),
            DemoOfficeGenerator::tr(
                "The township code has 9 digits and begins with a province code, such as 130123101."));
    if (options.batchSize < 1)
        return fail(ErrorCode::InvalidInput, DemoOfficeGenerator::tr("Batch size"),
            DemoOfficeGenerator::tr("At least one household must be written per transaction."));
    return {};
}

} // namespace

struct DemoOfficeGenerator::Data
{
    std::optional<Error> error;
    DemoWordLists words;
    QList<DemoCommunitySpec> communities;
    // These keep references to `words`, so Data is never moved once built.
    std::unique_ptr<DemoHouseholdPlanner> planner;
    std::unique_ptr<DemoHouseholdGenerator> households;
    std::unique_ptr<DemoCaseGenerator> cases;
};

DemoOfficeGenerator::DemoOfficeGenerator(DemoOptions options)
    : m_options(std::move(options))
{
    auto data = std::make_shared<Data>();
    auto words = DemoWordLists::load();
    if (!words) {
        data->error = words.error();
    } else {
        data->words = std::move(*words);
        if (m_options.officeName.trimmed().isEmpty())
            m_options.officeName = data->words.label(QStringLiteral("office.name"));
        if (m_options.districtName.trimmed().isEmpty())
            m_options.districtName = data->words.label(QStringLiteral("office.district"));
        if (auto valid = validateOptions(m_options); !valid) {
            data->error = valid.error();
        } else {
            data->communities = DemoCommunityGenerator::generate(
                data->words, m_options.officeCode, m_options.households, m_options.seed);
            data->planner = std::make_unique<DemoHouseholdPlanner>(
                m_options.seed, m_options.households, data->communities);
            data->households = std::make_unique<DemoHouseholdGenerator>(
                data->words, data->communities, m_options.seed, m_options.today);
            data->cases = std::make_unique<DemoCaseGenerator>(data->words, m_options.seed, m_options.today);
        }
    }
    m_data = std::move(data);
}

Status DemoOfficeGenerator::validate() const
{
    if (m_data->error)
        return std::unexpected(*m_data->error);
    return {};
}

QList<Community> DemoOfficeGenerator::communities() const
{
    QList<Community> result;
    if (m_data->error)
        return result;
    for (const DemoCommunitySpec& spec : m_data->communities)
        result.append(spec.community);
    return result;
}

QList<NewHousehold> DemoOfficeGenerator::households(const QList<qint64>& communityIds) const
{
    QList<NewHousehold> result;
    if (m_data->error || communityIds.size() != m_data->communities.size())
        return result;
    DemoIdNumberAllocator idNumbers(m_options.officeCode.left(6));
    result.reserve(m_options.households);
    for (qint64 index = 0; index < m_options.households; ++index) {
        const DemoHouseholdPlan plan = m_data->planner->plan(index);
        result.append(m_data->households->generate(plan, communityIds.at(plan.communityIndex), idNumbers));
    }
    return result;
}

Result<DemoSummary> DemoOfficeGenerator::populate(
    CaseStore& store, const std::function<bool(qint64, qint64)>& progress) const
{
    if (auto valid = validate(); !valid)
        return std::unexpected(valid.error());
    auto existing = store.office().office();
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->has_value())
        return fail(ErrorCode::Conflict, tr("Office"),
            tr("This data folder already holds the office %1; the demo office needs an empty one.")
                .arg((*existing)->name));

    DemoSummary summary;
    const qint64 total = m_options.households;
    if (progress && !progress(0, total))
        return summary;

    OfficeInfo office;
    office.profile = OfficeProfile::Township;
    office.code = m_options.officeCode;
    office.name = m_options.officeName;
    office.districtCode = m_options.officeCode.left(6);
    office.districtName = m_options.districtName;
    office.address = m_data->words.label(QStringLiteral("office.address"));
    office.isDemo = true;
    if (auto setUp = store.office().setUp(office, kActor); !setUp)
        return std::unexpected(setUp.error());
    // Until a district bundle arrives, the demo works with the shipped
    // example policy and calendar, like a new office would.
    if (auto installed = store.policy().installShippedDefaults(kActor); !installed)
        return std::unexpected(installed.error());

    QList<qint64> communityIds;
    for (const DemoCommunitySpec& spec : m_data->communities) {
        auto id = store.households().addCommunity(spec.community, kActor);
        if (!id)
            return std::unexpected(id.error());
        communityIds.append(*id);
        ++summary.communities;
    }

    DemoIdNumberAllocator idNumbers(m_options.officeCode.left(6));
    QList<qint64> allHouseholdIds;
    for (qint64 start = 0; start < total; start += m_options.batchSize) {
        const qint64 end = qMin(total, start + m_options.batchSize);
        QList<DemoHouseholdPlan> plans;
        QList<NewHousehold> households;
        plans.reserve(end - start);
        households.reserve(end - start);
        qint64 members = 0;
        for (qint64 index = start; index < end; ++index) {
            plans.append(m_data->planner->plan(index));
            households.append(m_data->households->generate(
                plans.constLast(), communityIds.at(plans.constLast().communityIndex), idNumbers));
            members += households.constLast().members.size();
        }
        // Households and their cases commit together: a batch is all or nothing.
        auto batch = store.beginTransaction();
        if (!batch)
            return std::unexpected(batch.error());
        auto householdIds = store.households().addMany(households, kActor);
        if (!householdIds)
            return std::unexpected(householdIds.error());

        QList<CaseRecordInput> cases;
        for (qsizetype index = 0; index < households.size(); ++index)
            cases.append(
                m_data->cases->generate(plans.at(index), households.at(index), householdIds->at(index)));
        if (!cases.isEmpty()) {
            auto caseIds = store.cases().addMany(cases, kActor);
            if (!caseIds)
                return std::unexpected(caseIds.error());
        }
        if (auto committed = batch->commit(); !committed)
            return std::unexpected(committed.error());
        allHouseholdIds.append(*householdIds);
        summary.households += households.size();
        summary.members += members;
        summary.cases += cases.size();
        if (progress && !progress(end, total) && end < total)
            return summary; // stopped: households without staff or history
    }
    auto activity = DemoOfficeLife(m_options.seed, m_options.today).bringToLife(store, allHouseholdIds);
    if (!activity)
        return std::unexpected(activity.error());
    summary.staff = activity->staff;
    summary.liveApplications = activity->liveApplications;
    summary.cases += activity->liveApplications;
    if (auto optimized = store.households().optimizeSearchIndex(); !optimized)
        return std::unexpected(optimized.error());
    return summary;
}

} // namespace jiuzhu
