#include "ui/setup/OfficeSetupForm.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>

namespace jiuzhu {

namespace {

QLabel* errorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
    return label;
}

} // namespace

OfficeSetupForm::OfficeSetupForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("officeSetupForm"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_township = new QRadioButton(tr("&Township or street office"));
    m_township->setObjectName(QStringLiteral("profileTownship"));
    m_township->setChecked(true);
    m_district = new QRadioButton(tr("District civil-affairs &bureau"));
    m_district->setObjectName(QStringLiteral("profileDistrict"));
    auto* profiles = new QButtonGroup(this);
    profiles->addButton(m_township);
    profiles->addButton(m_district);
    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_township);
    profileRow->addWidget(m_district);
    profileRow->addStretch();
    m_form->addRow(tr("This office is a:"), profileRow);

    // The names passed as storeField are OfficeRepository's own field names:
    // its errors say which field is wrong in those words.
    m_code = addField(QStringLiteral("officeCode"), tr("Office &code:"),
        QT_TRANSLATE_NOOP("OfficeRepository", "Office code"));
    m_name = addField(QStringLiteral("officeName"), tr("Office &name:"),
        QT_TRANSLATE_NOOP("OfficeRepository", "Office name"), tr("e.g. 城关镇人民政府"));
    m_districtCode = addField(QStringLiteral("districtCode"), tr("&District code:"),
        QT_TRANSLATE_NOOP("OfficeRepository", "District code"), tr("6 digits, e.g. 110105"));
    m_districtName = addField(QStringLiteral("districtName"), tr("District na&me:"),
        QT_TRANSLATE_NOOP("OfficeRepository", "District name"), tr("e.g. 某某县民政局"));
    m_phone = addField(
        QStringLiteral("officePhone"), tr("&Phone:"), QT_TRANSLATE_NOOP("OfficeRepository", "Office phone"));
    m_address = addField(QStringLiteral("officeAddress"), tr("&Address:"),
        QT_TRANSLATE_NOOP("OfficeRepository", "Office address"));

    // Codes are digits only; length and prefix rules stay with the store.
    for (QLineEdit* code : {m_code, m_districtCode}) {
        code->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), code));
        code->setMaxLength(12);
    }
    m_districtCode->setMaxLength(6);

    m_generalError = errorLabel(QStringLiteral("officeFormError"));
    m_form->addRow(m_generalError);

    // The district code is the head of the office code: fill it in until the
    // clerk types one of their own.
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString& code) {
        if (!m_districtCodeTouched)
            m_districtCode->setText(code.left(6));
    });
    connect(m_districtCode, &QLineEdit::textEdited, this, [this] { m_districtCodeTouched = true; });
    connect(m_township, &QRadioButton::toggled, this, &OfficeSetupForm::updateForProfile);
    updateForProfile();
    clearErrors();
}

QLineEdit* OfficeSetupForm::addField(
    const QString& objectName, const QString& label, const char* storeField, const QString& placeholder)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    m_form->addRow(label, edit);
    QLabel* error = errorLabel(objectName + QStringLiteral("Error"));
    m_form->addRow(QString(), error);
    m_fields.insert(QCoreApplication::translate("OfficeRepository", storeField), {edit, error});
    return edit;
}

void OfficeSetupForm::updateForProfile()
{
    m_code->setPlaceholderText(
        m_township->isChecked() ? tr("9 digits, e.g. 110105001") : tr("6 digits, the district's own code"));
}

OfficeInfo OfficeSetupForm::info() const
{
    OfficeInfo info;
    info.profile = m_district->isChecked() ? OfficeProfile::District : OfficeProfile::Township;
    info.code = m_code->text().trimmed();
    info.name = m_name->text();
    info.districtCode = m_districtCode->text().trimmed();
    info.districtName = m_districtName->text();
    info.phone = m_phone->text();
    info.address = m_address->text();
    info.isDemo = false;
    return info;
}

void OfficeSetupForm::clearErrors()
{
    for (const auto& [edit, error] : std::as_const(m_fields)) {
        error->clear();
        m_form->setRowVisible(error, false);
    }
    m_generalError->clear();
    m_generalError->setVisible(false);
}

void OfficeSetupForm::showError(const Error& error)
{
    clearErrors();
    const auto field = m_fields.constFind(error.field);
    if (field == m_fields.constEnd()) {
        m_generalError->setText(error.toString());
        m_generalError->setVisible(true);
        return;
    }
    const auto& [edit, label] = *field;
    label->setText(error.message);
    m_form->setRowVisible(label, true);
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
}

} // namespace jiuzhu
