#include "core/policy/PolicyKeys.h"
#include "core/policy/PolicySet.h"

#include <QFile>
#include <QTest>

using namespace jiuzhu;
namespace pk = jiuzhu::policykey;

namespace {

QString policyDir()
{
    return QStringLiteral(JIUZHU_TEST_DATA_DIR "/../../resources/policy");
}

PolicyEntry entry(
    const QString& key, std::optional<AreaKind> area, QDate from, std::variant<qint64, QString> value)
{
    return PolicyEntry {key, area, from, std::move(value), QStringLiteral("test")};
}

// A rural standard raised on 1 July 2025 and an area-less one for both areas.
PolicySet raisedInJuly()
{
    PolicySet set;
    (void)set.add(entry(pk::kDibaoStandardMonthly, AreaKind::Rural, QDate(2024, 7, 1), qint64(61000)));
    (void)set.add(entry(pk::kDibaoStandardMonthly, AreaKind::Rural, QDate(2025, 7, 1), qint64(63000)));
    (void)set.add(entry(pk::kDibaoStandardMonthly, std::nullopt, QDate(2024, 1, 1), qint64(70000)));
    (void)set.add(entry(pk::kDibaoMethod, std::nullopt, QDate(2020, 1, 1), QStringLiteral("per-capita")));
    return set;
}

QByteArray policyJson(const QByteArray& entries)
{
    return QByteArray(R"({"version": 1, "entries": [)") + entries + QByteArray("]}");
}

} // namespace

class TestPolicySet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueInForce_data();
    void valueInForce();
    void missingValueNamesKeyAreaAndDate();
    void textAndIntegerKindsAreChecked();
    void addRejects_data();
    void addRejects();
    void duplicateIsRejected();
    void fromJsonRejects_data();
    void fromJsonRejects();
    void jsonRoundTrip();
    void catalogueIsComplete();
    void examplePolicyLoads();
    void examplePolicyCitesEveryEntry();
    void shippedAsResources();
};

void TestPolicySet::valueInForce_data()
{
    QTest::addColumn<int>("area"); // 0 none, 1 urban, 2 rural
    QTest::addColumn<QDate>("on");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("rural, the day before the raise") << 2 << QDate(2025, 6, 30) << qint64(61000);
    QTest::newRow("rural, in June") << 2 << QDate(2025, 6, 1) << qint64(61000);
    QTest::newRow("rural, the day of the raise") << 2 << QDate(2025, 7, 1) << qint64(63000);
    QTest::newRow("rural, months later") << 2 << QDate(2026, 3, 1) << qint64(63000);
    QTest::newRow("urban falls back to area-less") << 1 << QDate(2025, 7, 1) << qint64(70000);
    QTest::newRow("no area asks the area-less entry") << 0 << QDate(2025, 7, 1) << qint64(70000);
    QTest::newRow("rural before its own entries falls back") << 2 << QDate(2024, 3, 1) << qint64(70000);
}

void TestPolicySet::valueInForce()
{
    QFETCH(int, area);
    QFETCH(QDate, on);
    QFETCH(qint64, expected);
    const std::optional<AreaKind> kind
        = area == 0 ? std::nullopt : std::optional<AreaKind>(area == 1 ? AreaKind::Urban : AreaKind::Rural);
    const PolicySet set = raisedInJuly();
    const Result<qint64> value = set.integer(pk::kDibaoStandardMonthly, kind, on);
    QVERIFY2(value.has_value(), qPrintable(value ? QString() : value.error().toString()));
    QCOMPARE(*value, expected);
    const Result<PolicyEntry> inForce = set.entryInForce(pk::kDibaoStandardMonthly, kind, on);
    QVERIFY(inForce.has_value());
    QVERIFY(inForce->effectiveFrom <= on);
}

void TestPolicySet::missingValueNamesKeyAreaAndDate()
{
    PolicySet set;
    QVERIFY(set.add(entry(pk::kDibaoStandardMonthly, AreaKind::Rural, QDate(2026, 7, 1), qint64(65000)))
                .has_value());
    const Result<qint64> value = set.integer(pk::kDibaoStandardMonthly, AreaKind::Rural, QDate(2026, 3, 1));
    QVERIFY(!value.has_value());
    QCOMPARE(value.error().code, ErrorCode::NotFound);
    QCOMPARE(value.error().message,
        QStringLiteral("No dibao standard (dibao.standard.monthly, rural) is in force on 2026-03-01."));

    const Result<qint64> never = set.integer(pk::kTemporaryCapMonths, std::nullopt, QDate(2026, 3, 1));
    QVERIFY(!never.has_value());
    QCOMPARE(never.error().code, ErrorCode::NotFound);
    QVERIFY(never.error().message.contains(pk::kTemporaryCapMonths));
    QVERIFY(never.error().message.contains(QStringLiteral("any area")));

    const Result<qint64> unknown
        = set.integer(QStringLiteral("dibao.standard.yearly"), std::nullopt, QDate(2026, 3, 1));
    QVERIFY(!unknown.has_value());
    QCOMPARE(unknown.error().code, ErrorCode::InvalidInput);
}

void TestPolicySet::textAndIntegerKindsAreChecked()
{
    const PolicySet set = raisedInJuly();
    QCOMPARE(
        set.text(pk::kDibaoMethod, AreaKind::Urban, QDate(2025, 1, 1)).value(), QStringLiteral("per-capita"));
    QVERIFY(!set.integer(pk::kDibaoMethod, AreaKind::Urban, QDate(2025, 1, 1)).has_value());
    QVERIFY(!set.text(pk::kDibaoStandardMonthly, AreaKind::Urban, QDate(2025, 1, 1)).has_value());
}

void TestPolicySet::addRejects_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<bool>("isText");
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("fragment");

    const QString src = QStringLiteral("test");
    const QDate day(2025, 1, 1);
    QTest::newRow("unknown key") << QStringLiteral("dibao.standard.yearly") << day << false << qint64(1)
                                 << QString() << src << QStringLiteral("not a known policy key");
    QTest::newRow("negative money") << pk::kDibaoStandardMonthly << day << false << qint64(-1) << QString()
                                    << src << QStringLiteral("outside the allowed range");
    QTest::newRow("grade out of range") << pk::kDibaoAddonSevereDisabilityGrade << day << false << qint64(5)
                                        << QString() << src << QStringLiteral("outside the allowed range");
    QTest::newRow("flag not 0/1") << pk::kPublicityWorkingDaysDefault << day << false << qint64(2)
                                  << QString() << src << QStringLiteral("outside the allowed range");
    QTest::newRow("share above 100%") << pk::kTemporaryExpenditureShare << day << false << qint64(10001)
                                      << QString() << src << QStringLiteral("outside the allowed range");
    QTest::newRow("text for a number")
        << pk::kDibaoStandardMonthly << day << true << qint64(0) << QStringLiteral("630") << src
        << QStringLiteral("whole number, not text");
    QTest::newRow("number for a word") << pk::kRoundingBenefit << day << false << qint64(1) << QString()
                                       << src << QStringLiteral("not a number");
    QTest::newRow("word not allowed")
        << pk::kRoundingBenefit << day << true << qint64(0) << QStringLiteral("down-to-yuan") << src
        << QStringLiteral("not allowed here");
    QTest::newRow("no date") << pk::kDibaoStandardMonthly << QDate() << false << qint64(1) << QString() << src
                             << QStringLiteral("not a real date");
    QTest::newRow("no source") << pk::kDibaoStandardMonthly << day << false << qint64(1) << QString()
                               << QStringLiteral("  ") << QStringLiteral("needs its source");
}

void TestPolicySet::addRejects()
{
    QFETCH(QString, key);
    QFETCH(QDate, from);
    QFETCH(bool, isText);
    QFETCH(qint64, number);
    QFETCH(QString, text);
    QFETCH(QString, source);
    QFETCH(QString, fragment);
    PolicySet set;
    PolicyEntry e {key, std::nullopt, from, number, source};
    if (isText)
        e.value = text;
    const Status added = set.add(e);
    QVERIFY(!added.has_value());
    QCOMPARE(added.error().code, ErrorCode::InvalidInput);
    QVERIFY2(added.error().message.contains(fragment), qPrintable(added.error().message));
    QVERIFY(set.isEmpty());
}

void TestPolicySet::duplicateIsRejected()
{
    PolicySet set = raisedInJuly();
    const Status again
        = set.add(entry(pk::kDibaoStandardMonthly, AreaKind::Rural, QDate(2025, 7, 1), qint64(64000)));
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY(again.error().message.contains(QStringLiteral("63000")));
    // Same key and date for another area, or area-less, is a different entry.
    QVERIFY(set.add(entry(pk::kDibaoStandardMonthly, AreaKind::Urban, QDate(2025, 7, 1), qint64(77000)))
                .has_value());
    QVERIFY(set.add(entry(pk::kDibaoStandardMonthly, std::nullopt, QDate(2025, 7, 1), qint64(77000)))
                .has_value());
    QCOMPARE(
        set.integer(pk::kDibaoStandardMonthly, AreaKind::Rural, QDate(2025, 7, 2)).value(), qint64(63000));
}

void TestPolicySet::fromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fragments");

    const QByteArray good
        = R"({"key": "dibao.standard.monthly", "area": "rural", "from": "2025-07-01", "value": 63000, "source": "s"})";
    QTest::newRow("not JSON") << QByteArray("{\"entries\": [")
                              << QStringList {QStringLiteral("not valid JSON")};
    QTest::newRow("not an object") << QByteArray("[]") << QStringList {QStringLiteral("JSON object")};
    QTest::newRow("no entries") << QByteArray("{}") << QStringList {QStringLiteral("no “entries”")};
    QTest::newRow("unknown root member")
        << QByteArray(R"({"entries": [], "entires": []})") << QStringList {QStringLiteral("entires")};
    QTest::newRow("wrong version") << QByteArray(R"({"version": 2, "entries": []})")
                                   << QStringList {QStringLiteral("version 1")};
    QTest::newRow("unknown key names index and key")
        << policyJson(good
               + R"(, {"key": "dibao.standard.yearly", "from": "2025-07-01", "value": 1, "source": "s"})")
        << QStringList {QStringLiteral("entry 1"), QStringLiteral("dibao.standard.yearly"),
               QStringLiteral("not a known policy key")};
    QTest::newRow("fraction") << policyJson(
        R"({"key": "dibao.standard.monthly", "from": "2025-07-01", "value": 630.5, "source": "s"})")
                              << QStringList {QStringLiteral("entry 0"),
                                     QStringLiteral("dibao.standard.monthly"),
                                     QStringLiteral("fractions are not allowed")};
    QTest::newRow("bad date") << policyJson(
        R"({"key": "dibao.standard.monthly", "from": "2025-7-1", "value": 1, "source": "s"})")
                              << QStringList {QStringLiteral("entry 0"), QStringLiteral("YYYY-MM-DD")};
    QTest::newRow("impossible date") << policyJson(
        R"({"key": "dibao.standard.monthly", "from": "2025-02-30", "value": 1, "source": "s"})")
                                     << QStringList {QStringLiteral("YYYY-MM-DD")};
    QTest::newRow("bad area") << policyJson(
        R"({"key": "dibao.standard.monthly", "area": "town", "from": "2025-07-01", "value": 1, "source": "s"})")
                              << QStringList {QStringLiteral("“area”")};
    QTest::newRow("misspelt member") << policyJson(
        R"({"key": "dibao.standard.monthly", "form": "2025-07-01", "value": 1, "source": "s"})")
                                     << QStringList {QStringLiteral("form")};
    QTest::newRow("no key") << policyJson(R"({"from": "2025-07-01", "value": 1, "source": "s"})")
                            << QStringList {QStringLiteral("entry 0"), QStringLiteral("no “key”")};
    QTest::newRow("no source") << policyJson(
        R"({"key": "dibao.standard.monthly", "from": "2025-07-01", "value": 1})")
                               << QStringList {QStringLiteral("source")};
    QTest::newRow("duplicate names the second entry") << policyJson(
        good + ", " + good) << QStringList {QStringLiteral("entry 1"), QStringLiteral("already a value")};
    QTest::newRow("entry not an object") << policyJson("3") << QStringList {QStringLiteral("entry 0")};
}

void TestPolicySet::fromJsonRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fragments);
    const Result<PolicySet> set = PolicySet::fromJson(json);
    QVERIFY(!set.has_value());
    QCOMPARE(set.error().code, ErrorCode::InvalidInput);
    const QString text = set.error().toString();
    for (const QString& fragment : fragments)
        QVERIFY2(text.contains(fragment), qPrintable(text));
}

void TestPolicySet::jsonRoundTrip()
{
    PolicySet set = raisedInJuly();
    set.setTitle(QStringLiteral("测试"));
    const Result<PolicySet> again = PolicySet::fromJson(set.toJson());
    QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(again->entries(), set.entries());
    QCOMPARE(again->title(), QStringLiteral("测试"));
    QCOMPARE(again->toJson(), set.toJson());
    // Sorted: key, then area-less before urban before rural, then date.
    const QList<PolicyEntry> entries = set.entries();
    QCOMPARE(entries.first().key, pk::kDibaoMethod);
    QCOMPARE(entries.at(1).area, std::nullopt);
    QCOMPARE(entries.at(2).effectiveFrom, QDate(2024, 7, 1));
}

void TestPolicySet::catalogueIsComplete()
{
    const QStringList keys = PolicySet::knownKeys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
    // The keys the brief names, and the other parts of the program read.
    for (const QString& key :
        {pk::kDibaoStandardMonthly, pk::kDibaoMethod, pk::kDibaoMinimumPerPerson, pk::kDibaoAddonElderly,
            pk::kDibaoAddonMinor, pk::kDibaoAddonSevereDisability, pk::kDibaoAddonSeriousIllness,
            pk::kDibaoAddonElderlyAge, pk::kDibaoAddonMinorAge, pk::kRoundingBenefit, pk::kTekunBasicMultiple,
            pk::kTekunCareFull, pk::kTekunCarePartial, pk::kTekunCareNone, pk::kNearDibaoIncomeMultiple,
            pk::kRigidExpenseThresholdRatio, pk::kRigidExpenseIncomeCeilingMultiple, pk::kTemporaryCapMonths,
            pk::kTemporaryEmergencyCap, pk::kTemporaryExpenditureShare, pk::kPublicityDaysDefault,
            pk::kPublicityDaysTemporaryExpenditure, pk::kPublicityWorkingDaysTemporaryExpenditure,
            pk::kDeadlineConfirmWorkingDays, pk::kDeadlineConfirmExtendedWorkingDays,
            pk::kDeadlineEconomicCheckExtensionAfterDays, pk::kDeadlineTemporaryWorkingDays,
            pk::kDeadlineRefusalNoticeWorkingDays, pk::kDeadlineEmergencyPaperworkDays,
            pk::kDeadlineCaseByCaseFilingWorkingDays, pk::kAppraisalCaseByCaseMinParticipants,
            pk::kReviewIntervalMonthsDibao, pk::kReviewIntervalMonthsTekun,
            pk::kReviewIntervalMonthsCaseByCase, pk::kPaymentMonthlyDay, pk::kPaymentTemporaryWorkingDays,
            pk::kSamplingNewBeneficiaries, pk::kSamplingTemporary, pk::kSamplingCloseRelative,
            pk::kFilingAdjustmentsDay, pk::kFilingReconciliationDay})
        QVERIFY2(keys.contains(key), qPrintable(key));
}

void TestPolicySet::examplePolicyLoads()
{
    QFile file(policyDir() + QStringLiteral("/example_policy.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<PolicySet> set = PolicySet::fromJson(file.readAll());
    QVERIFY2(set.has_value(), qPrintable(set ? QString() : set.error().toString()));
    // 渝民规〔2025〕6号: urban 750 → 770 and rural 610 → 630 yuan a person a
    // month from 1 July 2025; 特困 basic living 975 → 1001 yuan.
    QCOMPARE(
        set->integer(pk::kDibaoStandardMonthly, AreaKind::Urban, QDate(2025, 6, 30)).value(), qint64(75000));
    QCOMPARE(
        set->integer(pk::kDibaoStandardMonthly, AreaKind::Urban, QDate(2025, 7, 1)).value(), qint64(77000));
    QCOMPARE(
        set->integer(pk::kDibaoStandardMonthly, AreaKind::Rural, QDate(2025, 6, 30)).value(), qint64(61000));
    QCOMPARE(
        set->integer(pk::kDibaoStandardMonthly, AreaKind::Rural, QDate(2025, 7, 1)).value(), qint64(63000));
    QCOMPARE(
        set->integer(pk::kTekunBasicMonthly, AreaKind::Rural, QDate(2025, 7, 1)).value(), qint64(100100));
    // Every catalogued key has a value from the example's baseline on, so
    // every calculator and deadline can run on it.
    for (const QString& key : PolicySet::knownKeys())
        QVERIFY2(set->entryInForce(key, AreaKind::Rural, QDate(2024, 7, 1)).has_value(), qPrintable(key));
}

void TestPolicySet::examplePolicyCitesEveryEntry()
{
    QFile file(policyDir() + QStringLiteral("/example_policy.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<PolicySet> set = PolicySet::fromJson(file.readAll());
    QVERIFY(set.has_value());
    for (const PolicyEntry& e : set->entries()) {
        // A verified figure cites its notice; anything else says "illustrative".
        const bool cited = e.source.contains(QStringLiteral("〔")) || e.source.contains(QStringLiteral("《"))
            || e.source.contains(QStringLiteral("illustrative"));
        QVERIFY2(cited, qPrintable(e.key + QStringLiteral(": ") + e.source));
    }
}

void TestPolicySet::shippedAsResources()
{
    // The library carries both district files so a fresh installation has
    // a calendar and an example policy before the first bundle arrives.
    for (const QString& name :
        {QStringLiteral("example_policy.json"), QStringLiteral("calendar_2026.json")}) {
        QFile embedded(QStringLiteral(":/jiuzhu/policy/") + name);
        QVERIFY2(embedded.open(QIODevice::ReadOnly), qPrintable(name));
        QFile source(policyDir() + QChar(u'/') + name);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(embedded.readAll(), source.readAll());
    }
}

QTEST_GUILESS_MAIN(TestPolicySet)
#include "tst_policyset.moc"
