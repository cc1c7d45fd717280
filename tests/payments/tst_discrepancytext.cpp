#include "core/domain/DomainText.h"
#include "core/payments/DiscrepancyText.h"
#include "core/payments/Reconciliation.h"
#include "tests/payments/PaymentsFixture.h"

#include <QTest>
#include <QTranslator>

using namespace jiuzhu;
using jiuzhu::testing::ym;
using Wording = DiscrepancyText::Wording;

namespace {

// Marks every translated string, to tell the user's wording from the English.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return u'\u00AB' + QString::fromUtf8(source) + u'\u00BB';
    }
    bool isEmpty() const override { return false; }
};

// Installed for the lifetime of one test function.
class Translated
{
public:
    Translated() { QCoreApplication::installTranslator(&m_translator); }
    ~Translated() { QCoreApplication::removeTranslator(&m_translator); }
    Translated(const Translated&) = delete;
    Translated& operator=(const Translated&) = delete;

private:
    MarkingTranslator m_translator;
};

Discrepancy row(std::optional<AssistanceType> type, std::optional<PaymentKind> part)
{
    Discrepancy discrepancy;
    discrepancy.type = type;
    discrepancy.part = part;
    return discrepancy;
}

} // namespace

class TestDiscrepancyText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRowsFiguresAndCases();
    void typeNamesMatchTheDomainsDisplayNames();
    void englishWordingIgnoresTheTranslator();
    void setHintFillsBothWordings();
    void reconciliationHintsInBothWordings();
};

void TestDiscrepancyText::namesRowsFiguresAndCases()
{
    QCOMPARE(
        DiscrepancyText::row(row(std::nullopt, std::nullopt), Wording::English), QStringLiteral("Overall"));
    QCOMPARE(DiscrepancyText::row(row(AssistanceType::Tekun, std::nullopt), Wording::English),
        QStringLiteral("Extreme-poverty support"));
    QCOMPARE(DiscrepancyText::row(row(AssistanceType::Dibao, PaymentKind::Monthly), Wording::English),
        QStringLiteral("Minimum living allowance, monthly"));
    QCOMPARE(
        DiscrepancyText::row(row(AssistanceType::TemporaryEmergency, PaymentKind::OneOff), Wording::English),
        QStringLiteral("Temporary assistance (emergency), one-off"));
    QCOMPARE(DiscrepancyText::figureName(RosterFigure::Persons, Wording::English), QStringLiteral("persons"));
    QCOMPARE(DiscrepancyText::value(RosterFigure::Fen, 123456789, Wording::English),
        QStringLiteral("1,234,567.89 yuan"));
    QCOMPARE(DiscrepancyText::value(RosterFigure::Households, 12, Wording::English), QStringLiteral("12"));
    QCOMPARE(DiscrepancyText::caseName(42, AssistanceType::CaseByCase, Wording::English),
        QStringLiteral("Case 42 (Case-by-case deliberation)"));
}

void TestDiscrepancyText::typeNamesMatchTheDomainsDisplayNames()
{
    // Without a translator the user's wording is the English source, which
    // must be the very string displayName() uses, or the two drift apart.
    for (AssistanceType type : kAllAssistanceTypes) {
        QCOMPARE(DiscrepancyText::typeName(type, Wording::User), displayName(type));
        QCOMPARE(DiscrepancyText::typeName(type, Wording::English), displayName(type));
    }
}

void TestDiscrepancyText::englishWordingIgnoresTheTranslator()
{
    const Translated translated;
    QCOMPARE(DiscrepancyText::caseName(7, AssistanceType::Dibao, Wording::User),
        QStringLiteral("\u00AB%1 (%2)\u00BB")
            .arg(QStringLiteral("\u00ABCase 7\u00BB"),
                QStringLiteral("\u00ABMinimum living allowance\u00BB")));
    QCOMPARE(DiscrepancyText::caseName(7, AssistanceType::Dibao, Wording::English),
        QStringLiteral("Case 7 (Minimum living allowance)"));
    QCOMPARE(
        DiscrepancyText::typeName(AssistanceType::Dibao, Wording::User), displayName(AssistanceType::Dibao));
}

void TestDiscrepancyText::setHintFillsBothWordings()
{
    const Translated translated;
    Discrepancy discrepancy;
    DiscrepancyText::setHint(
        discrepancy, QT_TRANSLATE_NOOP("DiscrepancyText", "%1 yuan"), [](Wording wording) {
            return QStringList {DiscrepancyText::figureName(RosterFigure::Fen, wording)};
        });
    QCOMPARE(discrepancy.hint, QStringLiteral("\u00AB\u00ABamount\u00BB yuan\u00BB"));
    QCOMPARE(discrepancy.hintEnglish, QStringLiteral("amount yuan"));
}

void TestDiscrepancyText::reconciliationHintsInBothWordings()
{
    const RosterLine paid {3, 30, AssistanceType::Dibao, 2, 110000, PaymentKind::Monthly};
    RosterLine wrong = paid;
    wrong.fen = 110100;
    const auto previous = PaymentRoster::fromLines(ym(2026, 6), {paid});
    const auto current = PaymentRoster::fromLines(ym(2026, 7), {wrong});
    VERIFY_OK(previous);
    VERIFY_OK(current);
    const RosterChanges none {ym(2026, 7), {}, {}, {}, {}};

    QList<Discrepancy> all;
    {
        const Translated translated;
        all = Reconciliation::check(*previous, none, *current, current->totals());
    }
    QVERIFY(!all.isEmpty());
    for (const Discrepancy& discrepancy : all) {
        QVERIFY2(discrepancy.hint.startsWith(u'\u00AB'), qPrintable(discrepancy.hint));
        QVERIFY2(!discrepancy.hintEnglish.contains(u'\u00AB'), qPrintable(discrepancy.hintEnglish));
    }
    const Discrepancy& line = all.last();
    QCOMPARE(line.kind, DiscrepancyKind::LineNotExplained);
    QVERIFY(line.hint.contains(QStringLiteral("\u00ABCase %1\u00BB").arg(3)));
    QCOMPARE(line.hintEnglish,
        QStringLiteral(
            "Case 3 (Minimum living allowance), amount: the roster line has 1,101.00 yuan, but last "
            "month's roster and the changes give 1,100.00 yuan; correct the line, or record the change."));
}

QTEST_GUILESS_MAIN(TestDiscrepancyText)
#include "tst_discrepancytext.moc"
