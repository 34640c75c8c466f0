#include "common/WorkstationSettings.h"

#include <QProcessEnvironment>

namespace guichet {
namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kDatabase = QStringLiteral("storage/database");
const QString kTraining = QStringLiteral("mode/training");
const QString kOperator = QStringLiteral("operator/name");
} // namespace

WorkstationSettings::WorkstationSettings() = default;

WorkstationSettings::WorkstationSettings(const QString& iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{
}

QString WorkstationSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void WorkstationSettings::setLanguage(const QString& language)
{
    m_settings.setValue(kLanguage, language);
}

DatabaseConfig WorkstationSettings::database() const
{
    const QString url = m_settings.value(kDatabase).toString();
    if (url.isEmpty()) {
        return DatabaseConfig::defaultSqlite();
    }
    auto config = DatabaseConfig::fromUrl(url);
    return config ? *config : DatabaseConfig::defaultSqlite();
}

void WorkstationSettings::setDatabaseUrl(const QString& url)
{
    if (url.isEmpty()) {
        m_settings.remove(kDatabase);
        return;
    }
    auto config = DatabaseConfig::fromUrl(url);
    // Store the display form, which never carries a password.
    m_settings.setValue(kDatabase, config ? config->toDisplayUrl() : url);
}

bool WorkstationSettings::trainingMode() const
{
    return m_settings.value(kTraining, true).toBool();
}

OperatorIdentity WorkstationSettings::operatorIdentity() const
{
    QString name = m_settings.value(kOperator).toString();
    if (name.isEmpty()) {
        const auto env = QProcessEnvironment::systemEnvironment();
        name = env.value(QStringLiteral("USER"), env.value(QStringLiteral("USERNAME")));
    }
    if (name.isEmpty()) {
        name = QStringLiteral("operator");
    }
    return {name, name};
}

void WorkstationSettings::setOperatorName(const QString& name)
{
    m_settings.setValue(kOperator, name);
}

} // namespace guichet
