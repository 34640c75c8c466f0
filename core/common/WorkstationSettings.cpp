#include "common/WorkstationSettings.h"

#include <QProcessEnvironment>

namespace guichet {
namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kDatabase = QStringLiteral("storage/database");
const QString kTraining = QStringLiteral("mode/training");
const QString kOperator = QStringLiteral("operator/name");
const QString kOperatorRole = QStringLiteral("operator/role");
const QString kCaRegistration = QStringLiteral("operator/caRegistrationNumber");
const QString kOperatorOrganisation = QStringLiteral("operator/organisation");
const QString kTrainingDate = QStringLiteral("operator/trainingDate");
const QString kTermsVersion = QStringLiteral("ca/termsOfUseVersion");
const QString kImportLimit = QStringLiteral("documents/importLimitMiB");
const QString kSessionLock = QStringLiteral("session/lockMinutes");
const QString kOperatorCardModule = QStringLiteral("session/operatorCardModule");
const QString kCaProfile = QStringLiteral("ca/profile");
const QString kHolderTokenModule = QStringLiteral("token/holderModule");
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

void WorkstationSettings::setTrainingMode(bool training)
{
    m_settings.setValue(kTraining, training);
}

QString WorkstationSettings::caProfile() const
{
    return m_settings.value(kCaProfile).toString();
}

void WorkstationSettings::setCaProfile(const QString& id)
{
    m_settings.setValue(kCaProfile, id.trimmed());
}

QString WorkstationSettings::holderTokenModule() const
{
    return m_settings.value(kHolderTokenModule).toString();
}

void WorkstationSettings::setHolderTokenModule(const QString& path)
{
    m_settings.setValue(kHolderTokenModule, path.trimmed());
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

OperatorRole WorkstationSettings::operatorRole() const
{
    return operatorRoleFromKey(m_settings.value(kOperatorRole).toString())
        .value_or(OperatorRole::DraOperator);
}

QString WorkstationSettings::caRegistrationNumber() const
{
    return m_settings.value(kCaRegistration).toString();
}

QString WorkstationSettings::operatorOrganisation() const
{
    return m_settings.value(kOperatorOrganisation).toString();
}

QString WorkstationSettings::termsOfUseVersion() const
{
    return m_settings.value(kTermsVersion, QStringLiteral("1.0")).toString();
}

void WorkstationSettings::setTermsOfUseVersion(const QString& version)
{
    m_settings.setValue(kTermsVersion, version.trimmed());
}

QDate WorkstationSettings::operatorTrainingDate() const
{
    return QDate::fromString(m_settings.value(kTrainingDate).toString(), Qt::ISODate);
}

OperatorProfile WorkstationSettings::operatorProfile() const
{
    OperatorProfile profile;
    profile.identity = operatorIdentity();
    profile.role = operatorRole();
    profile.caRegistrationNumber = caRegistrationNumber();
    profile.organisationName = operatorOrganisation();
    profile.trainingDate = operatorTrainingDate();
    return profile;
}

int WorkstationSettings::documentImportLimitMiB() const
{
    bool ok = false;
    const int mebibytes = m_settings.value(kImportLimit).toInt(&ok);
    return ok && mebibytes > 0 ? mebibytes : 50;
}

void WorkstationSettings::setDocumentImportLimitMiB(int mebibytes)
{
    m_settings.setValue(kImportLimit, mebibytes);
}

int WorkstationSettings::sessionLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kSessionLock).toInt(&ok);
    return ok && minutes >= 0 ? minutes : 10;
}

void WorkstationSettings::setSessionLockMinutes(int minutes)
{
    m_settings.setValue(kSessionLock, minutes);
}

QString WorkstationSettings::operatorCardModule() const
{
    return m_settings.value(kOperatorCardModule).toString();
}

void WorkstationSettings::setOperatorCardModule(const QString& path)
{
    m_settings.setValue(kOperatorCardModule, path.trimmed());
}

} // namespace guichet
