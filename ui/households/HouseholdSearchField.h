#pragma once

#include <QLineEdit>

namespace jiuzhu {

// The search box above the household list. Keyboard-first: Esc clears what
// was typed, Down hands the focus to the results, so a clerk can search and
// pick a household without reaching for the mouse.
class HouseholdSearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit HouseholdSearchField(QWidget* parent = nullptr);

Q_SIGNALS:
    // Esc on a non-empty field: the text is already cleared when this fires.
    void cleared();
    void moveToResultsRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace jiuzhu
