#include "ui/common/DeskUser.h"

#include <QtGlobal>

namespace jiuzhu {

QString DeskUser::actor()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME"); // Windows
    if (login.isEmpty())
        login = QStringLiteral("desk");
    return QStringLiteral("desk:") + login;
}

} // namespace jiuzhu
