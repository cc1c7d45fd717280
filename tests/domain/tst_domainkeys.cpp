#include "core/domain/DomainKeys.h"

#include <QSet>
#include <QTest>

using namespace jiuzhu;

// Keys are written into databases, packets and files that outlive a
// release: each value has one key, each key leads back to its value, and a
// renamed key is caught here.
class TestDomainKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyValueRoundTrips();
    void publishedKeysNeverChange();
    void unknownKeysAreRefused();
};

template <typename Enum, std::size_t N, typename FromKey>
static void checkRoundTrip(const std::array<Enum, N>& values, FromKey fromKey)
{
    QSet<QString> keys;
    for (Enum value : values) {
        const QString key = domainKey(value);
        QVERIFY(!key.isEmpty());
        QCOMPARE(fromKey(key), std::optional<Enum>(value));
        keys.insert(key);
    }
    QCOMPARE(keys.size(), static_cast<qsizetype>(N));
}

void TestDomainKeys::everyValueRoundTrips()
{
    checkRoundTrip(kAllAssistanceTypes, &assistanceTypeFromKey);
    checkRoundTrip(kAllCaseStates, &caseStateFromKey);
    checkRoundTrip(std::array {AreaKind::Urban, AreaKind::Rural}, &areaKindFromKey);
    checkRoundTrip(std::array {CommunityKind::Village, CommunityKind::Community}, &communityKindFromKey);
    checkRoundTrip(std::array {Sex::Male, Sex::Female}, &sexFromKey);
    checkRoundTrip(
        std::array {Relation::Head, Relation::Spouse, Relation::Child, Relation::Parent, Relation::Grandchild,
            Relation::Grandparent, Relation::Sibling, Relation::ChildInLaw, Relation::Other},
        &relationFromKey);
    checkRoundTrip(std::array {ApplicationChannel::HouseholdHead, ApplicationChannel::Agent,
                       ApplicationChannel::ActiveDiscovery},
        &applicationChannelFromKey);
}

void TestDomainKeys::publishedKeysNeverChange()
{
    QCOMPARE(domainKey(AssistanceType::Dibao), QStringLiteral("dibao"));
    QCOMPARE(domainKey(AssistanceType::TemporaryEmergency), QStringLiteral("temporary-emergency"));
    QCOMPARE(domainKey(AssistanceType::CaseByCase), QStringLiteral("case-by-case"));
    QCOMPARE(domainKey(CaseState::Approved), QStringLiteral("approved"));
    QCOMPARE(domainKey(CaseState::EmergencyAidGranted), QStringLiteral("emergency-aid-granted"));
    QCOMPARE(domainKey(Relation::ChildInLaw), QStringLiteral("child-in-law"));
}

void TestDomainKeys::unknownKeysAreRefused()
{
    QVERIFY(!assistanceTypeFromKey(QStringLiteral("lottery")));
    QVERIFY(!caseStateFromKey(QStringLiteral("Approved")));
    QVERIFY(!relationFromKey(QString()));
}

QTEST_GUILESS_MAIN(TestDomainKeys)
#include "tst_domainkeys.moc"
