#include "app/Translations.h"
#include "core/cli/CommandLine.h"
#include "core/domain/Clock.h"
#include "core/store/CaseStore.h"
#include "core/store/OfficeRepository.h"
#include "ui/main/MainWindow.h"
#include "ui/setup/FirstRunDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Jiuzhu"));
    QCoreApplication::setApplicationName(QStringLiteral("jiuzhu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIUZHU_VERSION));
}

// The Windows build is a GUI-subsystem program (no console window behind
// the desk); a subcommand run from cmd.exe reattaches to that console so its
// output and exit code reach the administrator.
void attachParentConsole()
{
#ifdef Q_OS_WIN
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        FILE* stream = nullptr;
        freopen_s(&stream, "CONOUT$", "w", stdout);
        freopen_s(&stream, "CONOUT$", "w", stderr);
    }
#endif
}

int runHeadless(int argc, char* argv[])
{
    attachParentConsole();
    QCoreApplication application(argc, argv);
    describeApplication();
    jiuzhu::installTranslations(application);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const jiuzhu::SystemClock clock;
    return jiuzhu::CommandLine::run(QCoreApplication::arguments(), out, err, clock);
}

QString dataDirectoryFrom(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("DIR"));
    parser.addOption(dataDir);
    parser.parse(arguments);
    return parser.isSet(dataDir) ? parser.value(dataDir) : jiuzhu::CaseStore::defaultDataDirectory();
}

int runDesktop(int argc, char* argv[])
{
    QApplication application(argc, argv);
    describeApplication();
    jiuzhu::installTranslations(application);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Jiuzhu"));

    const jiuzhu::SystemClock clock;
    const QString dataDirectory = dataDirectoryFrom(QCoreApplication::arguments());
    auto store = jiuzhu::CaseStore::open(dataDirectory, clock);
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the case store"),
            store.error().message);
        return 1;
    }
    auto office = (*store)->office().office();
    if (!office) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the case store"),
            office.error().message);
        return 1;
    }
    if (!office->has_value()) {
        jiuzhu::FirstRunDialog setup(**store);
        if (setup.exec() != QDialog::Accepted)
            return 0;
    }
    jiuzhu::MainWindow window(**store);
    window.show();
    return application.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int index = 0; index < argc; ++index)
        arguments.append(QString::fromLocal8Bit(argv[index]));
    if (jiuzhu::CommandLine::wantsHeadless(arguments))
        return runHeadless(argc, argv);
    return runDesktop(argc, argv);
}
