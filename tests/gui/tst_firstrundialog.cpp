#include "KeyboardInput.h"
#include "core/domain/Clock.h"
#include "core/store/CaseStore.h"
#include "core/store/HouseholdRepository.h"
#include "core/store/OfficeRepository.h"
#include "ui/setup/FirstRunDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace jiuzhu;
using jiuzhu::test::KeyboardInput;

class TestFirstRunDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void demoIsTheDefaultChoice();
    void invalidCodeShowsInlineErrorAndWritesNothing();
    void mismatchedDistrictCodeIsReportedAtTheOfficeCode();
    void missingNameIsReportedAtTheName();
    void validOfficeIsSetUp();
    void enterProceedsEscapeCancels();
    void demoOfficeIsGeneratedOnAWorker();
    void stoppingTheDemoKeepsTheDialogSafe();
    void stoppingAfterABatchKeepsThePartialDemo();

private:
    template <typename T> T* child(const char* name) const
    {
        T* found = m_dialog->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    void chooseOwnOffice();
    void fill(const char* field, const QString& text);
    std::optional<OfficeInfo> storedOffice() const;

    FixedClock m_clock {QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<FirstRunDialog> m_dialog;
};

void TestFirstRunDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = CaseStore::open(m_dir->path(), m_clock);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    m_store = std::move(*store);
    m_dialog = std::make_unique<FirstRunDialog>(*m_store);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestFirstRunDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_dir.reset();
}

void TestFirstRunDialog::chooseOwnOffice()
{
    auto* choice = child<QRadioButton>("choiceOwnOffice");
    // On the indicator: the button is wider than its clickable text.
    QTest::mouseClick(choice, Qt::LeftButton, {}, QPoint(8, choice->height() / 2));
    QVERIFY(child<QRadioButton>("choiceOwnOffice")->isChecked());
    QVERIFY(child<QLineEdit>("officeCode")->isVisible());
}

void TestFirstRunDialog::fill(const char* field, const QString& text)
{
    auto* edit = child<QLineEdit>(field);
    QVERIFY(edit);
    edit->clear();
    KeyboardInput::type(edit, text);
}

std::optional<OfficeInfo> TestFirstRunDialog::storedOffice() const
{
    auto office = m_store->office().office();
    if (!office)
        qFatal("office(): %s", qPrintable(office.error().toString()));
    return *office;
}

void TestFirstRunDialog::demoIsTheDefaultChoice()
{
    QCOMPARE(m_dialog->objectName(), QStringLiteral("firstRunDialog"));
    QVERIFY(child<QRadioButton>("choiceDemo")->isChecked());
    auto* count = child<QSpinBox>("demoHouseholdCount");
    QCOMPARE(count->value(), FirstRunDialog::kDefaultDemoHouseholds);
    QCOMPARE(count->minimum(), 100);
    QCOMPARE(count->maximum(), 100000);
    QVERIFY(count->isVisible());
    QVERIFY(!child<QLineEdit>("officeCode")->isVisible());
}

void TestFirstRunDialog::invalidCodeShowsInlineErrorAndWritesNothing()
{
    chooseOwnOffice();
    fill("officeCode", QStringLiteral("12345"));
    fill("officeName", QStringLiteral("城关镇人民政府"));
    fill("districtCode", QStringLiteral("110105"));
    fill("districtName", QStringLiteral("某某县民政局"));
    auto* codeError = child<QLabel>("officeCodeError");
    QVERIFY(!codeError->isVisible());

    QTest::mouseClick(child<QPushButton>("firstRunStart"), Qt::LeftButton);
    QVERIFY(codeError->isVisible());
    QVERIFY(!codeError->text().isEmpty());
    QVERIFY(child<QLineEdit>("officeCode")->hasFocus());
    QVERIFY(!child<QLabel>("officeNameError")->isVisible());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!storedOffice().has_value());

    // Fixing the field clears the message on the next attempt.
    fill("officeCode", QStringLiteral("110105001"));
    QTest::mouseClick(child<QPushButton>("firstRunStart"), Qt::LeftButton);
    QVERIFY(!codeError->isVisible());
    QVERIFY(storedOffice().has_value());
}

void TestFirstRunDialog::mismatchedDistrictCodeIsReportedAtTheOfficeCode()
{
    chooseOwnOffice();
    fill("officeCode", QStringLiteral("110105001"));
    fill("districtCode", QStringLiteral("120101")); // typed by hand: no longer mirrors the office code
    fill("officeName", QStringLiteral("城关镇人民政府"));
    fill("districtName", QStringLiteral("某某县民政局"));
    QTest::mouseClick(child<QPushButton>("firstRunStart"), Qt::LeftButton);
    QVERIFY(child<QLabel>("officeCodeError")->isVisible());
    QVERIFY(child<QLabel>("officeCodeError")->text().contains(QStringLiteral("120101")));
    QVERIFY(!storedOffice().has_value());
}

void TestFirstRunDialog::missingNameIsReportedAtTheName()
{
    chooseOwnOffice();
    fill("officeCode", QStringLiteral("110105001"));
    fill("districtName", QStringLiteral("某某县民政局"));
    QTest::mouseClick(child<QPushButton>("firstRunStart"), Qt::LeftButton);
    QVERIFY(child<QLabel>("officeNameError")->isVisible());
    QVERIFY(!child<QLabel>("officeCodeError")->isVisible());
    QVERIFY(child<QLineEdit>("officeName")->hasFocus());
    QVERIFY(!storedOffice().has_value());
}

void TestFirstRunDialog::validOfficeIsSetUp()
{
    chooseOwnOffice();
    fill("officeCode", QStringLiteral("110105001"));
    // The district code follows the office code until typed by hand.
    QCOMPARE(child<QLineEdit>("districtCode")->text(), QStringLiteral("110105"));
    fill("officeName", QStringLiteral("城关镇人民政府"));
    fill("districtName", QStringLiteral("某某县民政局"));
    fill("officePhone", QStringLiteral("0311-12345678"));
    fill("officeAddress", QStringLiteral("城关镇政府路1号"));
    QTest::mouseClick(child<QPushButton>("firstRunStart"), Qt::LeftButton);

    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    const auto office = storedOffice();
    QVERIFY(office.has_value());
    QCOMPARE(office->profile, OfficeProfile::Township);
    QCOMPARE(office->code, QStringLiteral("110105001"));
    QCOMPARE(office->name, QStringLiteral("城关镇人民政府"));
    QCOMPARE(office->districtCode, QStringLiteral("110105"));
    QCOMPARE(office->districtName, QStringLiteral("某某县民政局"));
    QCOMPARE(office->address, QStringLiteral("城关镇政府路1号"));
    QVERIFY(!office->isDemo);
}

void TestFirstRunDialog::enterProceedsEscapeCancels()
{
    chooseOwnOffice();
    fill("officeCode", QStringLiteral("110105001"));
    fill("officeName", QStringLiteral("城关镇人民政府"));
    fill("districtName", QStringLiteral("某某县民政局"));
    QTest::keyClick(child<QLineEdit>("districtName"), Qt::Key_Return);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(storedOffice().has_value());

    // A second dialog over a fresh store: Esc closes it without writing.
    cleanup();
    init();
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!storedOffice().has_value());
}

void TestFirstRunDialog::demoOfficeIsGeneratedOnAWorker()
{
    child<QSpinBox>("demoHouseholdCount")->setValue(150);
    QTest::keyClick(child<QSpinBox>("demoHouseholdCount"), Qt::Key_Return);
    QVERIFY(m_dialog->isBusy());
    // While the worker owns the store the dialog's own controls are off.
    QVERIFY(!child<QPushButton>("firstRunStart")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 120000);

    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const auto office = storedOffice();
    QVERIFY(office.has_value());
    QVERIFY(office->isDemo);
    QCOMPARE(*m_store->households().count(), qint64(150));
}

void TestFirstRunDialog::stoppingTheDemoKeepsTheDialogSafe()
{
    child<QSpinBox>("demoHouseholdCount")->setValue(100000);
    QTest::mouseClick(child<QPushButton>("firstRunStart"), Qt::LeftButton);
    QVERIFY(m_dialog->isBusy());
    // Esc asks the worker to stop; it must not close the dialog under it.
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(m_dialog->isVisible() || !m_dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 120000);

    const auto office = storedOffice();
    const qint64 households = *m_store->households().count();
    QVERIFY2(households < 100000, "the stop was honoured");
    if (m_dialog->result() == QDialog::Accepted) {
        // Stopped after whole batches: the office is there, marked as demo.
        QVERIFY(office.has_value());
        QVERIFY(office->isDemo);
    } else {
        // Stopped before anything was written: nothing is, and the choice is open again.
        QVERIFY(!office.has_value());
        QCOMPARE(households, qint64(0));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(child<QPushButton>("firstRunStart")->isEnabled());
        QVERIFY(!child<QLabel>("firstRunStatus")->text().isEmpty());
    }
}

void TestFirstRunDialog::stoppingAfterABatchKeepsThePartialDemo()
{
    child<QSpinBox>("demoHouseholdCount")->setValue(100000);
    QTest::mouseClick(child<QPushButton>("firstRunStart"), Qt::LeftButton);
    auto* progress = m_dialog->findChild<QProgressDialog*>(QStringLiteral("demoProgress"));
    QVERIFY(progress);
    // The first batch of households is committed once the bar moves.
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 120000);
    QTest::mouseClick(progress->findChild<QPushButton*>(), Qt::LeftButton); // Stop
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 120000);

    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const auto office = storedOffice();
    QVERIFY(office.has_value());
    QVERIFY(office->isDemo);
    const qint64 households = *m_store->households().count();
    QVERIFY(households > 0);
    QVERIFY(households < 100000);
}

QTEST_MAIN(TestFirstRunDialog)
#include "tst_firstrundialog.moc"
