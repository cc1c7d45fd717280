#include "core/policy/DibaoCalculator.h"
#include "core/policy/PolicyKeys.h"
#include "core/policy/RoundingRule.h"
#include "tests/policy/PolicyFixtures.h"

#include <QTest>

using namespace jiuzhu;
using jiuzhu::testing::syntheticPolicy;
using jiuzhu::testing::withValue;
namespace pk = jiuzhu::policykey;

namespace {

// SplitMix64: a tiny, fully specified generator, so the property test draws
// the same households on every platform and Qt version.
class SplitMix
{
public:
    explicit SplitMix(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform enough in [low, high] for test data.
    qint64 between(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }

private:
    quint64 m_state;
};

SituationMember member(QDate birth, qint64 incomeFen)
{
    SituationMember m;
    m.birthDate = birth;
    m.monthlyIncomeFen = incomeFen;
    return m;
}

HouseholdSituation household(QList<SituationMember> members)
{
    HouseholdSituation s;
    s.area = AreaKind::Rural;
    s.assessedOn = QDate(2025, 8, 15);
    s.members = std::move(members);
    return s;
}

qint64 amountOf(const PolicySet& policy, const HouseholdSituation& situation)
{
    const Result<Assessment> a = DibaoCalculator(policy).assess(situation);
    if (!a)
        qFatal("%s", qPrintable(a.error().toString()));
    return a->monthlyAmountFen;
}

} // namespace

class TestDibaoCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingParameterIsAnErrorNotZero();
    void invalidSituationIsAnError();
    void methodsDifferOnlyByPerCapitaTruncation();
    void minimumPaymentPerPerson();
    void addonStacking();
    void nonResidentsAreLeftOut();
    void explanationSentence();
    void propertyBoundsAndMonotonicity();
};

void TestDibaoCalculator::missingParameterIsAnErrorNotZero()
{
    PolicySet policy;
    for (const PolicyEntry& e : syntheticPolicy().entries()) {
        if (!(e.key == pk::kDibaoStandardMonthly && e.area == AreaKind::Rural))
            (void)policy.add(e);
    }
    // Rural has no standard of its own and there is no area-less one.
    const Result<Assessment> a = DibaoCalculator(policy).assess(household({member(QDate(1960, 1, 1), 0)}));
    QVERIFY(!a.has_value());
    QCOMPARE(a.error().code, ErrorCode::NotFound);
    QVERIFY(a.error().message.contains(QStringLiteral("dibao.standard.monthly, rural")));
    QVERIFY(a.error().message.contains(QStringLiteral("2025-08-15")));

    // A standard that starts after the assessment date is just as missing.
    PolicySet later = policy;
    (void)later.add(PolicyEntry {pk::kDibaoStandardMonthly, AreaKind::Rural, QDate(2025, 9, 1), qint64(60000),
        QStringLiteral("test")});
    QVERIFY(!DibaoCalculator(later).assess(household({member(QDate(1960, 1, 1), 0)})).has_value());
}

void TestDibaoCalculator::invalidSituationIsAnError()
{
    const PolicySet policy = syntheticPolicy();
    QVERIFY(!DibaoCalculator(policy).assess(household({})).has_value());
    SituationMember away = member(QDate(1960, 1, 1), 0);
    away.coResident = false;
    QVERIFY(!DibaoCalculator(policy).assess(household({away})).has_value());
    QVERIFY(!DibaoCalculator(policy).assess(household({member(QDate(1960, 1, 1), -1)})).has_value());
    QVERIFY(!DibaoCalculator(policy).assess(household({member(QDate(2030, 1, 1), 0)})).has_value());
}

void TestDibaoCalculator::methodsDifferOnlyByPerCapitaTruncation()
{
    // Three adults (no add-ons), income 100 fen in total: per-capita 33.33 fen.
    // household-gap: 3 × 60000 − 100 = 179900; per-capita: (60000 − 33) × 3 = 179901.
    PolicySet base = withValue(syntheticPolicy(), pk::kRoundingBenefit, QStringLiteral("fen"));
    const HouseholdSituation s = household(
        {member(QDate(1980, 1, 1), 100), member(QDate(1981, 1, 1), 0), member(QDate(1982, 1, 1), 0)});
    QCOMPARE(amountOf(base, s), qint64(179900));
    QCOMPARE(amountOf(withValue(base, pk::kDibaoMethod, QStringLiteral("per-capita")), s), qint64(179901));
}

void TestDibaoCalculator::minimumPaymentPerPerson()
{
    // Two adults, income 1190 yuan: gap 10 yuan < minimum 50 × 2 = 100 yuan.
    const HouseholdSituation s = household({member(QDate(1980, 1, 1), 119000), member(QDate(1981, 1, 1), 0)});
    QCOMPARE(amountOf(syntheticPolicy(), s), qint64(10000));
    // Income exactly the standard total: not eligible, nothing paid.
    const HouseholdSituation atLine
        = household({member(QDate(1980, 1, 1), 120000), member(QDate(1981, 1, 1), 0)});
    const Result<Assessment> a = DibaoCalculator(syntheticPolicy()).assess(atLine);
    QVERIFY(a.has_value());
    QVERIFY(!a->eligible);
    QCOMPARE(a->monthlyAmountFen, qint64(0));
    QCOMPARE(a->reasonsNotEligible.size(), 1);
}

void TestDibaoCalculator::addonStacking()
{
    // One person aged 70 with a grade-1 disability: elderly 10% (60 yuan) and
    // severe disability 20% (120 yuan). Income 500 yuan: gap 100 yuan.
    SituationMember old = member(QDate(1955, 3, 1), 50000);
    old.disabilityGrade = 1;
    const HouseholdSituation s = household({old});
    QCOMPARE(amountOf(syntheticPolicy(), s), qint64(10000 + 12000));
    QCOMPARE(amountOf(withValue(syntheticPolicy(), pk::kDibaoAddonStacking, QStringLiteral("sum")), s),
        qint64(10000 + 6000 + 12000));
    // Grade 3 is not severe under severe_disability_grade 2.
    old.disabilityGrade = 3;
    QCOMPARE(amountOf(syntheticPolicy(), household({old})), qint64(10000 + 6000));
    // Turning 60 on the assessment day counts; the day before does not.
    QCOMPARE(amountOf(syntheticPolicy(), household({member(QDate(1965, 8, 15), 50000)})), qint64(16000));
    QCOMPARE(amountOf(syntheticPolicy(), household({member(QDate(1965, 8, 16), 50000)})), qint64(10000));
}

void TestDibaoCalculator::nonResidentsAreLeftOut()
{
    SituationMember away = member(QDate(1990, 1, 1), 900000);
    away.coResident = false;
    away.name = QStringLiteral("赵六");
    const HouseholdSituation s = household({member(QDate(1980, 1, 1), 0), away});
    const Result<Assessment> a = DibaoCalculator(syntheticPolicy()).assess(s);
    QVERIFY(a.has_value());
    QVERIFY(a->eligible);
    QCOMPARE(a->monthlyAmountFen, qint64(60000));
    QCOMPARE(a->explanation.steps.first().rule, QStringLiteral("household.members"));
    QVERIFY(a->explanation.steps.first().text.contains(QStringLiteral("赵六非共同生活家庭成员")));
}

void TestDibaoCalculator::explanationSentence()
{
    HouseholdSituation s = household(
        {member(QDate(1980, 1, 1), 0), member(QDate(1981, 1, 1), 0), member(QDate(1982, 1, 1), 0)});
    const Result<Assessment> a = DibaoCalculator(syntheticPolicy()).assess(s);
    QVERIFY(a.has_value());
    QCOMPARE(a->explanation.steps.first().text,
        QStringLiteral("农村低保标准每人每月600.00元（2020年1月起执行）×共同生活家庭成员3人＝1,800.00元"));
    QVERIFY(a->explanation.toChinese().startsWith(QStringLiteral("1. 农村低保标准")));
    QVERIFY(a->explanation.toChinese().contains(QStringLiteral("\n2. ")));
}

void TestDibaoCalculator::propertyBoundsAndMonotonicity()
{
    SplitMix random(20250701);
    const QStringList methods {QStringLiteral("household-gap"), QStringLiteral("per-capita")};
    const QStringList stackings {QStringLiteral("highest"), QStringLiteral("sum")};
    const QStringList roundings {
        QStringLiteral("up-to-yuan"), QStringLiteral("nearest-yuan"), QStringLiteral("fen")};
    const qint64 addonSumBasisPoints = 1000 + 1000 + 2000 + 1500; // every add-on of syntheticPolicy()

    for (int round = 0; round < 400; ++round) {
        PolicySet policy = syntheticPolicy();
        policy = withValue(policy, pk::kDibaoMethod, methods.at(random.between(0, 1)));
        policy = withValue(policy, pk::kDibaoAddonStacking, stackings.at(random.between(0, 1)));
        policy = withValue(policy, pk::kRoundingBenefit, roundings.at(random.between(0, 2)));
        const qint64 standard = random.between(30000, 150000);
        (void)policy.add(PolicyEntry {pk::kDibaoStandardMonthly, AreaKind::Rural, QDate(2024, 1, 1), standard,
            QStringLiteral("random")});
        policy = withValue(policy, pk::kDibaoMinimumPerPerson, random.between(0, standard));

        HouseholdSituation s = household({});
        const int size = int(random.between(1, 6));
        for (int i = 0; i < size; ++i) {
            SituationMember m = member(QDate(1930, 1, 1).addDays(random.between(0, 34000)),
                random.between(0, 3) == 0 ? 0 : random.between(0, standard * 2));
            m.disabilityGrade = int(random.between(0, 4));
            m.seriousIllness = random.between(0, 5) == 0;
            m.coResident = i == 0 || random.between(0, 6) != 0;
            s.members.append(m);
        }
        const int persons = s.persons();
        const qint64 amount = amountOf(policy, s);
        const qint64 bound = standard * persons
            + persons * RoundingRule::applyBasisPoints(standard, addonSumBasisPoints)
            + persons * 4 /* half-fen roundings of four add-ons */ + 99 /* rounding up to the yuan */;
        QVERIFY2(amount >= 0, qPrintable(QString::number(amount)));
        QVERIFY2(amount <= bound, qPrintable(QStringLiteral("%1 > %2").arg(amount).arg(bound)));

        // More income for any co-resident member never raises the benefit.
        const QList<int> residents = s.coResidentIndexes();
        qint64 previous = amount;
        for (int step = 0; step < 6; ++step) {
            const int who = residents.at(int(random.between(0, residents.size() - 1)));
            s.members[who].monthlyIncomeFen += random.between(1, standard / 2);
            const qint64 next = amountOf(policy, s);
            QVERIFY2(next <= previous,
                qPrintable(QStringLiteral("round %1: %2 -> %3").arg(round).arg(previous).arg(next)));
            previous = next;
        }
    }
}

QTEST_GUILESS_MAIN(TestDibaoCalculator)
#include "tst_dibaocalculator.moc"
