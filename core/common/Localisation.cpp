#include "common/Localisation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace guichet {

QString installTranslations(QCoreApplication& app, const QString& language)
{
    const QString chosen = language.isEmpty() ? (QLocale::system().language() == QLocale::French
                                                     ? QStringLiteral("fr")
                                                     : QStringLiteral("en"))
                                              : language;
    QLocale::setDefault(QLocale(chosen == u"fr" ? QLocale::French : QLocale::English,
                                chosen == u"fr" ? QLocale::France : QLocale::UnitedKingdom));

    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto* translator = new QTranslator(&app);
    // Compiled into the binary by qt_add_translations (resource prefix /i18n).
    if (translator->load(QStringLiteral(":/i18n/guichet_%1.qm").arg(chosen))) {
        QCoreApplication::installTranslator(translator);
    }
    return chosen;
}

} // namespace guichet
