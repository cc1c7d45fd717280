#include "core/domain/Clock.h"
#include "core/store/AuditLog.h"
#include "core/store/CaseStore.h"
#include "core/store/PolicyRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace jiuzhu;

class TestPolicyRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedDefaultsRoundTrip();
    void replacingPolicyReplacesEveryEntry();
    void emptyStoreHasNoStandard();

private:
    FixedClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC)};
};

void TestPolicyRepository::shippedDefaultsRoundTrip()
{
    QTemporaryDir directory;
    {
        auto store = CaseStore::open(directory.path(), m_clock);
        QVERIFY(store.has_value());
        QVERIFY((*store)->policy().installShippedDefaults(QStringLiteral("test")).has_value());
    }
    auto store = CaseStore::open(directory.path(), m_clock);
    auto policy = (*store)->policy().policy();
    QVERIFY2(policy.has_value(), qPrintable(policy ? QString() : policy.error().message));
    // 重庆市大足区, 渝民规〔2025〕6号: rural 低保 630 yuan from 2025-07-01 (610 before).
    QCOMPARE(*policy->integer(QStringLiteral("dibao.standard.monthly"), AreaKind::Rural, QDate(2025, 7, 1)),
        qint64(63000));
    QCOMPARE(*policy->integer(QStringLiteral("dibao.standard.monthly"), AreaKind::Rural, QDate(2025, 6, 30)),
        qint64(61000));
    auto calendar = (*store)->policy().calendar();
    QVERIFY(calendar.has_value());
    QVERIFY(!calendar->isWorkingDay(QDate(2026, 10, 1))); // 国庆节
    QVERIFY(calendar->isWorkingDay(QDate(2026, 11, 23))); // an ordinary Monday
    QVERIFY((*store)->audit().verify().has_value());
}

void TestPolicyRepository::replacingPolicyReplacesEveryEntry()
{
    QTemporaryDir directory;
    auto store = CaseStore::open(directory.path(), m_clock);
    QVERIFY((*store)->policy().installShippedDefaults(QStringLiteral("test")).has_value());
    PolicySet small;
    PolicyEntry entry;
    entry.key = QStringLiteral("dibao.standard.monthly");
    entry.area = AreaKind::Urban;
    entry.effectiveFrom = QDate(2026, 1, 1);
    entry.value = qint64(80000);
    entry.source = QStringLiteral("illustrative");
    QVERIFY(small.add(entry).has_value());
    QVERIFY((*store)->policy().replacePolicy(small, QStringLiteral("district")).has_value());
    auto policy = (*store)->policy().policy();
    QCOMPARE(policy->entries().size(), 1);
    QVERIFY(!policy->integer(QStringLiteral("dibao.standard.monthly"), AreaKind::Rural, QDate(2026, 3, 1))
                 .has_value());
    QCOMPARE(*policy->integer(QStringLiteral("dibao.standard.monthly"), AreaKind::Urban, QDate(2026, 3, 1)),
        qint64(80000));
}

void TestPolicyRepository::emptyStoreHasNoStandard()
{
    QTemporaryDir directory;
    auto store = CaseStore::open(directory.path(), m_clock);
    auto policy = (*store)->policy().policy();
    QVERIFY(policy.has_value());
    auto standard
        = policy->integer(QStringLiteral("dibao.standard.monthly"), AreaKind::Rural, QDate(2026, 3, 1));
    QVERIFY(!standard.has_value());
    QCOMPARE(standard.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestPolicyRepository)
#include "tst_policyrepository.moc"
