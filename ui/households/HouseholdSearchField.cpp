#include "ui/households/HouseholdSearchField.h"

#include <QKeyEvent>

namespace jiuzhu {

HouseholdSearchField::HouseholdSearchField(QWidget* parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
}

void HouseholdSearchField::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && !text().isEmpty()) {
        clear();
        Q_EMIT cleared();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Down || event->key() == Qt::Key_PageDown)
        && event->modifiers() == Qt::NoModifier) {
        Q_EMIT moveToResultsRequested();
        event->accept();
        return;
    }
    // An empty field lets Esc through, so it still closes whatever hosts it.
    QLineEdit::keyPressEvent(event);
}

} // namespace jiuzhu
