#pragma once

#include "core/domain/Error.h"
#include "core/domain/Household.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace jiuzhu {

class CaseStore;

struct DemoOptions
{
    int households = 1000; // 100 … 100000
    quint64 seed = 20261101; // same seed + same size + same `today` => identical store contents
    QDate today; // case dates are placed before this day (required)
    QString officeCode = QStringLiteral("130123101"); // 9-digit township code; digits 1-6 are the district
    QString officeName; // empty: "城关镇人民政府（演示）" (resources/demo/labels.tsv)
    QString districtName; // empty: "正定县民政局（演示）"
    int batchSize = 2000; // households per transaction in populate()
};

struct DemoSummary
{
    qint64 households = 0;
    qint64 members = 0;
    qint64 cases = 0;
    qint64 communities = 0;
    qint64 staff = 0;
    qint64 liveApplications = 0; // of `cases`, those run step by step through the procedure
};

// The demo office: a township with villages and communities, households of
// realistic shape with valid names, ID numbers, phones and bank accounts, and
// cases in every state of the procedure with their event histories.
//
// Everything is drawn from our own seeded generator (DemoRandom), never from
// <random> distributions or hash order, so one seed gives the same office on
// Linux and Windows. Household n is drawn from its own stream; only the
// rare ID-number collision makes it depend on the households before it.
class DemoOfficeGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoOfficeGenerator)

public:
    static constexpr int kMinHouseholds = 100;
    static constexpr int kMaxHouseholds = 100000;

    explicit DemoOfficeGenerator(DemoOptions options);

    // The options with their defaults filled in.
    [[nodiscard]] const DemoOptions& options() const { return m_options; }
    // InvalidInput naming the field for options out of range; Internal when
    // the embedded word lists are damaged (a build problem).
    [[nodiscard]] Status validate() const;

    // Pure and deterministic: no store needed (benchmarks insert these).
    // communityIds[i] is the store id of communities()[i]. Both return an
    // empty list when validate() fails or the ids do not match.
    [[nodiscard]] QList<Community> communities() const;
    [[nodiscard]] QList<NewHousehold> households(const QList<qint64>& communityIds) const;

    // Sets up the office (marked as demo), its communities, households and
    // cases in `store`, `batchSize` households per transaction.
    // `progress(done, total)` is called before the first batch and after each
    // one; returning false stops before the next batch, so no batch is ever
    // left half-written by a cancel. Returns what was created. Fails with
    // Conflict when the store already has an office.
    [[nodiscard]] Result<DemoSummary> populate(
        CaseStore& store, const std::function<bool(qint64 done, qint64 total)>& progress = {}) const;

private:
    struct Data;

    DemoOptions m_options;
    std::shared_ptr<const Data> m_data; // shared: copies of a generator need not reload the word lists
};

} // namespace jiuzhu
