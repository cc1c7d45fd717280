#include "core/demo/DemoOfficeGenerator.h"
#include "core/demo/DemoOfficeLife.h"
#include "core/domain/Clock.h"
#include "core/domain/IdNumber.h"
#include "core/domain/PersonName.h"
#include "core/domain/PhoneNumber.h"
#include "core/domain/YearMonth.h"
#include "core/store/CaseRepository.h"
#include "core/store/CaseStore.h"
#include "core/store/HouseholdRepository.h"
#include "core/store/OfficeRepository.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace jiuzhu;

namespace {

const QDate kToday(2026, 11, 22);

DemoOptions optionsFor(int households, quint64 seed = 20261101)
{
    DemoOptions options;
    options.households = households;
    options.seed = seed;
    options.today = kToday;
    return options;
}

QList<qint64> fakeCommunityIds(const DemoOfficeGenerator& generator)
{
    QList<qint64> ids;
    for (qsizetype index = 0; index < generator.communities().size(); ++index)
        ids.append(100 + index);
    return ids;
}

// Every field, so two lists compare equal only if they are the same data.
QString describe(const NewHousehold& household)
{
    QStringList parts {
        QString::number(household.communityId), household.address, household.phone, household.bankAccount};
    for (const NewMember& member : household.members) {
        parts << member.name << member.idNumber << QString::number(static_cast<int>(member.relation))
              << QString::number(member.disabilityGrade) << member.disabilityKind << member.illness
              << member.employment << QString::number(member.monthlyIncomeFen)
              << QString::number(member.coResident);
    }
    return parts.join(QLatin1Char('|'));
}

QStringList describeAll(const QList<NewHousehold>& households)
{
    QStringList result;
    for (const NewHousehold& household : households)
        result.append(describe(household));
    return result;
}

bool passesLuhn(const QString& number)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype index = number.size() - 1; index >= 0; --index) {
        int digit = number.at(index).digitValue();
        if (digit < 0)
            return false;
        if (doubleIt)
            digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        sum += digit;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

} // namespace

class TestDemoOfficeGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void sameSeedGivesSameHouseholds();
    void communitiesFollowTheTownship();
    void everyFieldPassesTheDomainParsers();
    void familiesFitTogether();
    void smallOfficeHasEveryStateAndType();
    void populateMatchesTheSummary();
    void sameSeedGivesSameStore();
    void cancelLeavesNoPartialBatch();
    void cancelBeforeStartWritesNothing();
    void populateTwiceConflicts();

private:
    std::unique_ptr<CaseStore> openStore(const QTemporaryDir& directory);

    FixedClock m_clock {QDateTime(kToday, QTime(8, 0), QTimeZone::utc())};
};

std::unique_ptr<CaseStore> TestDemoOfficeGenerator::openStore(const QTemporaryDir& directory)
{
    auto store = CaseStore::open(directory.path(), m_clock);
    if (!store) {
        qWarning("%s", qPrintable(store.error().toString()));
        return {};
    }
    return std::move(*store);
}

void TestDemoOfficeGenerator::rejectsBadOptions_data()
{
    QTest::addColumn<int>("households");
    QTest::addColumn<QString>("officeCode");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("field");

    QTest::newRow("too few") << 99 << QStringLiteral("130123101") << kToday
                             << QStringLiteral("Number of households");
    QTest::newRow("none") << 0 << QStringLiteral("130123101") << kToday
                          << QStringLiteral("Number of households");
    QTest::newRow("too many") << 100001 << QStringLiteral("130123101") << kToday
                              << QStringLiteral("Number of households");
    QTest::newRow("short code") << 100 << QStringLiteral("1301231") << kToday
                                << QStringLiteral("Office code");
    QTest::newRow("no province") << 100 << QStringLiteral("990123101") << kToday
                                 << QStringLiteral("Office code");
    QTest::newRow("full-width") << 100 << QStringLiteral("１３０１２３１０１") << kToday
                                << QStringLiteral("Office code");
    QTest::newRow("no today") << 100 << QStringLiteral("130123101") << QDate() << QStringLiteral("Today");
}

void TestDemoOfficeGenerator::rejectsBadOptions()
{
    QFETCH(int, households);
    QFETCH(QString, officeCode);
    QFETCH(QDate, today);
    QFETCH(QString, field);

    DemoOptions options = optionsFor(households);
    options.officeCode = officeCode;
    options.today = today;
    const DemoOfficeGenerator generator(options);
    QVERIFY(!generator.validate());
    QCOMPARE(generator.validate().error().code, ErrorCode::InvalidInput);
    QCOMPARE(generator.validate().error().field, field);
    QVERIFY(generator.communities().isEmpty());

    QTemporaryDir directory;
    auto store = openStore(directory);
    QVERIFY(store);
    auto populated = generator.populate(*store);
    QVERIFY(!populated);
    QCOMPARE(populated.error().code, ErrorCode::InvalidInput);
    QCOMPARE(populated.error().field, field);
    QVERIFY(!store->office().office()->has_value());
}

void TestDemoOfficeGenerator::sameSeedGivesSameHouseholds()
{
    const DemoOfficeGenerator first(optionsFor(1000));
    const DemoOfficeGenerator second(optionsFor(1000));
    const QStringList a = describeAll(first.households(fakeCommunityIds(first)));
    const QStringList b = describeAll(second.households(fakeCommunityIds(second)));
    QCOMPARE(a.size(), 1000);
    QCOMPARE(a, b);

    QCOMPARE(first.communities().size(), second.communities().size());
    for (qsizetype index = 0; index < first.communities().size(); ++index)
        QCOMPARE(first.communities().at(index).name, second.communities().at(index).name);

    const DemoOfficeGenerator other(optionsFor(1000, 7));
    const QStringList c = describeAll(other.households(fakeCommunityIds(other)));
    QCOMPARE(c.size(), 1000);
    qsizetype same = 0;
    for (qsizetype index = 0; index < a.size(); ++index)
        same += a.at(index) == c.at(index) ? 1 : 0;
    QCOMPARE(same, 0);

    // Ids that do not match the communities give nothing rather than garbage.
    QVERIFY(first.households({1, 2}).isEmpty());
}

void TestDemoOfficeGenerator::communitiesFollowTheTownship()
{
    for (int size : {100, 1000, 10000, 100000}) {
        const DemoOfficeGenerator generator(optionsFor(size));
        const QList<Community> communities = generator.communities();
        QVERIFY2(communities.size() >= 8 && communities.size() <= 30, qPrintable(QString::number(size)));
        QSet<QString> names;
        QSet<QString> codes;
        bool village = false;
        bool urban = false;
        for (const Community& community : communities) {
            QCOMPARE(community.code.size(), 12);
            QVERIFY(community.code.startsWith(QLatin1String("130123101")));
            names.insert(community.name);
            codes.insert(community.code);
            if (community.kind == CommunityKind::Village) {
                village = true;
                QCOMPARE(community.area, AreaKind::Rural);
                QVERIFY(community.name.endsWith(QStringLiteral("村")));
            } else {
                urban = true;
                QCOMPARE(community.area, AreaKind::Urban);
                QVERIFY(community.name.endsWith(QStringLiteral("社区")));
            }
        }
        QCOMPARE(names.size(), communities.size());
        QCOMPARE(codes.size(), communities.size());
        QVERIFY(village && urban);
    }
    QCOMPARE(DemoOfficeGenerator(optionsFor(100)).communities().size(), 8);
    QCOMPARE(DemoOfficeGenerator(optionsFor(100000)).communities().size(), 30);
}

void TestDemoOfficeGenerator::everyFieldPassesTheDomainParsers()
{
    const DemoOfficeGenerator generator(optionsFor(3000));
    const QList<NewHousehold> households = generator.households(fakeCommunityIds(generator));
    QCOMPARE(households.size(), 3000);

    QSet<QString> idNumbers;
    int members = 0;
    int minorityNames = 0;
    int rareNames = 0;
    int compoundSurnames = 0;
    int phones = 0;
    int bankAccounts = 0;
    int zeroIncomes = 0;
    int disabled = 0;
    int ill = 0;
    const QStringList compound {QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("诸葛"),
        QStringLiteral("上官"), QStringLiteral("尉迟"), QStringLiteral("万俟"), QStringLiteral("皇甫"),
        QStringLiteral("令狐")};
    const QString rare = QStringLiteral("堃喆玥镕焱淼犇昇䶮");
    for (const NewHousehold& household : households) {
        QVERIFY(!household.address.isEmpty());
        QVERIFY(household.communityId >= 100);
        int heads = 0;
        for (const NewMember& member : household.members) {
            ++members;
            auto name = PersonName::parse(member.name);
            QVERIFY2(name, qPrintable(member.name));
            QCOMPARE(name->text(), member.name); // already in its one stored spelling
            minorityNames += name->isMinorityStyle() ? 1 : 0;
            const bool hasRare = std::any_of(member.name.cbegin(), member.name.cend(),
                [&](QChar c) { return c.isSurrogate() || rare.contains(c); });
            rareNames += hasRare ? 1 : 0;
            compoundSurnames += std::any_of(compound.cbegin(), compound.cend(),
                                    [&](const QString& surname) { return member.name.startsWith(surname); })
                ? 1
                : 0;

            auto id = IdNumber::parse(member.idNumber, kToday);
            QVERIFY2(id, qPrintable(member.idNumber));
            QCOMPARE(id->text(), member.idNumber);
            QCOMPARE(id->regionCode(), QStringLiteral("130123"));
            QVERIFY2(!idNumbers.contains(member.idNumber), qPrintable(member.idNumber));
            idNumbers.insert(member.idNumber);

            heads += member.relation == Relation::Head ? 1 : 0;
            QVERIFY(member.disabilityGrade >= 0 && member.disabilityGrade <= 4);
            QCOMPARE(member.disabilityGrade == 0, member.disabilityKind.isEmpty());
            disabled += member.disabilityGrade > 0 ? 1 : 0;
            ill += member.illness.isEmpty() ? 0 : 1;
            QVERIFY(member.monthlyIncomeFen >= 0);
            zeroIncomes += member.monthlyIncomeFen == 0 ? 1 : 0;
        }
        QCOMPARE(heads, 1);
        if (!household.phone.isEmpty()) {
            ++phones;
            QVERIFY2(PhoneNumber::parse(household.phone), qPrintable(household.phone));
        }
        if (!household.bankAccount.isEmpty()) {
            ++bankAccounts;
            QCOMPARE(household.bankAccount.size(), 19);
            QVERIFY2(passesLuhn(household.bankAccount), qPrintable(household.bankAccount));
        }
    }
    // The variety the demo exists to show.
    QVERIFY(minorityNames > 0);
    QVERIFY(rareNames > 0);
    QVERIFY(compoundSurnames > 0);
    QVERIFY(phones > 0 && phones < households.size());
    QVERIFY(bankAccounts > 0 && bankAccounts < households.size());
    QVERIFY(zeroIncomes > members / 5);
    QVERIFY(disabled > 0 && ill > 0);
    QCOMPARE(idNumbers.size(), members);
}

void TestDemoOfficeGenerator::familiesFitTogether()
{
    const DemoOfficeGenerator generator(optionsFor(2000));
    const QList<NewHousehold> households = generator.households(fakeCommunityIds(generator));
    for (const NewHousehold& household : households) {
        const auto headIt = std::find_if(household.members.cbegin(), household.members.cend(),
            [](const NewMember& m) { return m.relation == Relation::Head; });
        QVERIFY(headIt != household.members.cend());
        const IdNumber head = *IdNumber::parse(headIt->idNumber, kToday);
        QVERIFY(head.ageOn(kToday) >= 18);
        for (const NewMember& member : household.members) {
            const IdNumber id = *IdNumber::parse(member.idNumber, kToday);
            const int gap = head.ageOn(kToday) - id.ageOn(kToday); // positive: younger than the head
            const QByteArray what = member.name.toUtf8() + " in " + household.address.toUtf8();
            switch (member.relation) {
            case Relation::Spouse:
                QVERIFY2(qAbs(gap) <= 10, what.constData());
                QVERIFY2(id.sex() != head.sex(), what.constData());
                break;
            case Relation::Child:
                QVERIFY2(gap >= 16, what.constData());
                break;
            case Relation::Grandchild:
                QVERIFY2(gap >= 32, what.constData());
                break;
            case Relation::Parent:
                QVERIFY2(gap <= -16, what.constData());
                break;
            default:
                break;
            }
        }
        // Grandchildren living with their grandparents are siblings: one surname.
        QSet<QChar> grandchildSurnames;
        for (const NewMember& member : household.members) {
            if (member.relation == Relation::Grandchild
                && !member.name.contains(QChar(PersonName::kMiddleDot)))
                grandchildSurnames.insert(member.name.at(0));
        }
        QVERIFY2(grandchildSurnames.size() <= 1, qPrintable(household.address));
    }
}

void TestDemoOfficeGenerator::smallOfficeHasEveryStateAndType()
{
    QTemporaryDir directory;
    auto store = openStore(directory);
    QVERIFY(store);
    auto summary = DemoOfficeGenerator(optionsFor(100)).populate(*store);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));

    auto states = store->cases().countByState();
    QVERIFY(states);
    for (CaseState state : kAllCaseStates)
        QVERIFY2(states->value(state) > 0, qPrintable(QString::number(static_cast<int>(state))));

    HouseholdQuery query;
    query.limit = 1000;
    auto households = store->households().find(query);
    QVERIFY(households);
    QCOMPARE(households->size(), 100);
    QSet<AssistanceType> types;
    qint64 withCase = 0;
    bool closeRelative = false;
    for (const HouseholdSummary& household : *households) {
        auto detail = store->households().detail(household.id);
        QVERIFY(detail);
        withCase += detail->cases.isEmpty() ? 0 : 1;
        for (const CaseSummary& record : detail->cases) {
            types.insert(record.type);
            closeRelative = closeRelative || record.closeRelative;
        }
    }
    for (AssistanceType type : kAllAssistanceTypes)
        QVERIFY2(types.contains(type), qPrintable(QString::number(static_cast<int>(type))));
    QVERIFY(closeRelative);
    QVERIFY2(withCase >= 55 && withCase <= 80, qPrintable(QString::number(withCase)));
}

void TestDemoOfficeGenerator::populateMatchesTheSummary()
{
    QTemporaryDir directory;
    auto store = openStore(directory);
    QVERIFY(store);
    DemoOptions options = optionsFor(300);
    options.batchSize = 128; // several batches, the last one short
    QList<std::pair<qint64, qint64>> calls;
    auto summary = DemoOfficeGenerator(options).populate(*store, [&](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    const QList<std::pair<qint64, qint64>> expectedCalls {{0, 300}, {128, 300}, {256, 300}, {300, 300}};
    QCOMPARE(calls, expectedCalls);

    QCOMPARE(summary->households, 300);
    QCOMPARE(summary->staff, qint64(DemoOfficeLife::staff().size()));
    QVERIFY(summary->liveApplications >= 6);
    QCOMPARE(qint64(store->cases().workflowFiles()->size()), summary->liveApplications);
    QCOMPARE(*store->households().count(), summary->households);
    QCOMPARE(*store->cases().count(), summary->cases);
    QCOMPARE(store->households().communities()->size(), summary->communities);
    QVERIFY(summary->cases >= 180 && summary->cases <= 300);

    HouseholdQuery query;
    query.limit = 1000;
    auto households = store->households().find(query);
    QVERIFY(households);
    qint64 members = 0;
    for (const HouseholdSummary& household : *households) {
        members += household.memberCount;
        auto detail = store->households().detail(household.id);
        QVERIFY(detail);
        for (const CaseSummary& record : detail->cases) {
            QVERIFY(record.appliedOn.isValid() && record.appliedOn < kToday);
            QVERIFY(!record.decidedOn.isValid()
                || (record.decidedOn >= record.appliedOn && record.decidedOn < kToday));
            if (record.state == CaseState::Approved
                && (record.type == AssistanceType::Dibao || record.type == AssistanceType::Tekun)) {
                QVERIFY(record.monthlyAmountFen > 0);
                QVERIFY(YearMonth::parse(record.startMonth));
            }
        }
    }
    QCOMPARE(members, summary->members);

    auto office = store->office().office();
    QVERIFY(office && office->has_value());
    QVERIFY((*office)->isDemo);
    QCOMPARE((*office)->code, QStringLiteral("130123101"));
    QCOMPARE((*office)->districtCode, QStringLiteral("130123"));
    QCOMPARE((*office)->name, QStringLiteral("城关镇人民政府（演示）"));
    QCOMPARE((*office)->districtName, QStringLiteral("正定县民政局（演示）"));

    auto verified = store->verify();
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().toString()));
    QVERIFY(verified->auditRowsChecked > 0);
}

void TestDemoOfficeGenerator::sameSeedGivesSameStore()
{
    QTemporaryDir firstDirectory;
    QTemporaryDir secondDirectory;
    auto first = openStore(firstDirectory);
    auto second = openStore(secondDirectory);
    QVERIFY(first && second);
    DemoOptions options = optionsFor(100);
    options.batchSize = 30;
    QVERIFY(DemoOfficeGenerator(options).populate(*first));
    options.batchSize = 2000; // the batch size does not change the data
    QVERIFY(DemoOfficeGenerator(options).populate(*second));

    HouseholdQuery query;
    query.limit = 1000;
    const auto a = first->households().find(query);
    const auto b = second->households().find(query);
    QVERIFY(a && b);
    QCOMPARE(a->size(), b->size());
    for (qsizetype index = 0; index < a->size(); ++index) {
        const auto left = first->households().detail(a->at(index).id);
        const auto right = second->households().detail(b->at(index).id);
        QVERIFY(left && right);
        QCOMPARE(left->summary.headName, right->summary.headName);
        QCOMPARE(left->summary.address, right->summary.address);
        QCOMPARE(left->members.size(), right->members.size());
        for (qsizetype m = 0; m < left->members.size(); ++m)
            QCOMPARE(left->members.at(m).idNumber, right->members.at(m).idNumber);
        QCOMPARE(left->cases.size(), right->cases.size());
        for (qsizetype c = 0; c < left->cases.size(); ++c) {
            QCOMPARE(left->cases.at(c).caseNo, right->cases.at(c).caseNo);
            QCOMPARE(left->cases.at(c).state, right->cases.at(c).state);
            QCOMPARE(left->cases.at(c).appliedOn, right->cases.at(c).appliedOn);
            QCOMPARE(left->cases.at(c).monthlyAmountFen, right->cases.at(c).monthlyAmountFen);
        }
    }
}

void TestDemoOfficeGenerator::cancelLeavesNoPartialBatch()
{
    QTemporaryDir directory;
    auto store = openStore(directory);
    QVERIFY(store);
    DemoOptions options = optionsFor(300);
    options.batchSize = 100;
    auto summary
        = DemoOfficeGenerator(options).populate(*store, [](qint64 done, qint64) { return done < 100; });
    QVERIFY(summary);
    QCOMPARE(summary->households, 100);
    QCOMPARE(*store->households().count(), 100);
    QCOMPARE(*store->cases().count(), summary->cases);
    QVERIFY(summary->cases > 0);
    QVERIFY(store->verify());
}

void TestDemoOfficeGenerator::cancelBeforeStartWritesNothing()
{
    QTemporaryDir directory;
    auto store = openStore(directory);
    QVERIFY(store);
    auto summary
        = DemoOfficeGenerator(optionsFor(100)).populate(*store, [](qint64, qint64) { return false; });
    QVERIFY(summary);
    QCOMPARE(summary->households, 0);
    QCOMPARE(summary->communities, 0);
    QVERIFY(!store->office().office()->has_value());
    QCOMPARE(*store->households().count(), 0);
}

void TestDemoOfficeGenerator::populateTwiceConflicts()
{
    QTemporaryDir directory;
    auto store = openStore(directory);
    QVERIFY(store);
    const DemoOfficeGenerator generator(optionsFor(100));
    QVERIFY(generator.populate(*store));
    const qint64 households = *store->households().count();
    auto again = generator.populate(*store);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(*store->households().count(), households);
}

QTEST_GUILESS_MAIN(TestDemoOfficeGenerator)
#include "tst_demoofficegenerator.moc"
