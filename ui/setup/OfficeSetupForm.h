#pragma once

#include "core/domain/Error.h"
#include "core/store/OfficeRepository.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace jiuzhu {

// The "set up my office" half of the first-run dialog: the office's profile,
// codes and names. It does not validate on its own; OfficeRepository::setUp
// is the one judge, and its errors are shown next to the field they name.
class OfficeSetupForm : public QWidget
{
    Q_OBJECT

public:
    explicit OfficeSetupForm(QWidget* parent = nullptr);

    OfficeInfo info() const;
    void clearErrors();
    // Shows the message under the field Error::field names and focuses it;
    // an error about no particular field goes below the form.
    void showError(const Error& error);

private:
    QLineEdit* addField(const QString& objectName, const QString& label, const char* storeField,
        const QString& placeholder = QString());
    void updateForProfile();

    QFormLayout* m_form = nullptr;
    QRadioButton* m_township = nullptr;
    QRadioButton* m_district = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_districtCode = nullptr;
    QLineEdit* m_districtName = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_generalError = nullptr;
    // The store's translated field name → the input and its error label.
    QHash<QString, std::pair<QLineEdit*, QLabel*>> m_fields;
    bool m_districtCodeTouched = false;
};

} // namespace jiuzhu
