#include "ui/main/StoreMaintenance.h"

#include "core/domain/Clock.h"
#include "core/store/CaseStore.h"
#include "ui/common/DisplayFormat.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace jiuzhu {

StoreMaintenance::StoreMaintenance(CaseStore& store, QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{
    setObjectName(QStringLiteral("storeMaintenance"));
}

QString StoreMaintenance::suggestedBackupPath() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    // Local time in the name: it is what the clerk will look for on the USB stick.
    const QString stamp = m_store.clock().now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    return QDir(folder).filePath(QStringLiteral("jiuzhu-backup-%1.db").arg(stamp));
}

void StoreMaintenance::backUpInteractively()
{
    const QString target = QFileDialog::getSaveFileName(
        m_window, tr("Back up the case store"), suggestedBackupPath(), tr("Jiuzhu backups (*.db)"));
    if (target.isEmpty())
        return;
    if (auto done = backUpTo(target); !done) {
        QMessageBox::critical(m_window, tr("Backup failed"),
            tr("The backup was not written.\n\n%1").arg(done.error().toString()));
        return;
    }
    QMessageBox::information(m_window, tr("Backup written"),
        tr("The case store was backed up to:\n%1\n\nKeep the copy somewhere other than this "
           "computer, for example on a USB stick in the locked cabinet.")
            .arg(QDir::toNativeSeparators(target)));
}

Status StoreMaintenance::backUpTo(const QString& targetPath)
{
    // The backup API copies in steps on this thread; the modal progress
    // dialog keeps the window painted and stops other edits meanwhile.
    // SQLite's online backup cannot be abandoned half-way safely here, so
    // there is no cancel button.
    QProgressDialog progress(tr("Backing up the case store…"), QString(), 0, 100, m_window);
    progress.setObjectName(QStringLiteral("backupProgress"));
    progress.setWindowTitle(tr("Back up"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status done = m_store.backupTo(targetPath, [&progress](int percent) { progress.setValue(percent); });
    QApplication::restoreOverrideCursor();
    progress.setValue(100);
    return done;
}

void StoreMaintenance::verifyInteractively()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto verified = m_store.verify();
    QApplication::restoreOverrideCursor();
    if (!verified) {
        QMessageBox::critical(m_window, tr("Data check failed"),
            tr("The data check found a problem:\n\n%1\n\nDo not delete anything. Restore the latest "
               "backup or ask the district for help.")
                .arg(verified.error().toString()));
        return;
    }
    QMessageBox::information(m_window, tr("Data check passed"),
        tr("The case store is intact.\n\nAudit records checked: %1\nEvidence files checked: %2\n"
           "Audit chain head: %3")
            .arg(DisplayFormat::count(verified->auditRowsChecked),
                DisplayFormat::count(verified->attachmentsChecked), verified->auditHeadHash.left(16)));
}

} // namespace jiuzhu
