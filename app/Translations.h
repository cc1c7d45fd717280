#pragma once

class QCoreApplication;

namespace jiuzhu {

// Chinese is the default language; English only when the system locale
// asks for it (LANG=en_*), since the users are Chinese civil servants.
void installTranslations(QCoreApplication& application);

} // namespace jiuzhu
