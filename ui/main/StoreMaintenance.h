#pragma once

#include "core/domain/Error.h"

#include <QObject>

class QWidget;

namespace jiuzhu {

class CaseStore;

// The File menu's care of the data folder: backups and the integrity check.
// Kept out of MainWindow so the window only wires menus to it, and so tests
// can run a backup without a file dialog.
class StoreMaintenance : public QObject
{
    Q_OBJECT

public:
    StoreMaintenance(CaseStore& store, QWidget* window);

    // Asks where to write, backs up with a progress dialog, reports the outcome.
    void backUpInteractively();
    // The backup itself with a progress dialog but no questions or message boxes.
    Status backUpTo(const QString& targetPath);
    // Runs CaseStore::verify and shows what was checked or what is wrong.
    void verifyInteractively();

    QString suggestedBackupPath() const;

private:
    CaseStore& m_store;
    QWidget* m_window;
};

} // namespace jiuzhu
