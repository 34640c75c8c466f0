#pragma once

#include <QString>

class QCoreApplication;

namespace guichet {

// Installs Guichet's and Qt's translations for `language` ("fr", "en"), or for the system
// locale when it is empty. Returns the language in use.
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace guichet
