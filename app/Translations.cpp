#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace jiuzhu {

void installTranslations(QCoreApplication& application)
{
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::English)
        return;
    const QLocale chinese(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    QLocale::setDefault(chinese);

    auto* own = new QTranslator(&application);
    if (own->load(QStringLiteral(":/i18n/jiuzhu_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, file dialogs) come from the system's Qt translations.
    auto* qt = new QTranslator(&application);
    if (qt->load(chinese, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace jiuzhu
