#include "support/SoftHsmToken.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace guichet::test {

SoftHsmToken::SoftHsmToken()
{
    m_hadPrevious = qEnvironmentVariableIsSet("SOFTHSM2_CONF");
    m_previous = qgetenv("SOFTHSM2_CONF");
    QDir(m_dir.path()).mkpath(QStringLiteral("tokens"));
    QFile config(configPath());
    if (config.open(QIODevice::WriteOnly | QIODevice::Text)) {
        config.write("directories.tokendir = " +
                     QFile::encodeName(m_dir.filePath(QStringLiteral("tokens"))) +
                     "\nobjectstore.backend = file\nlog.level = ERROR\n");
    }
    qputenv("SOFTHSM2_CONF", QFile::encodeName(configPath()));
}

SoftHsmToken::~SoftHsmToken()
{
    if (m_hadPrevious) {
        qputenv("SOFTHSM2_CONF", m_previous);
    } else {
        qunsetenv("SOFTHSM2_CONF");
    }
}

bool SoftHsmToken::available() const
{
    return m_dir.isValid() && QFileInfo::exists(modulePath());
}

QString SoftHsmToken::modulePath()
{
    const QString configured = qEnvironmentVariable("GUICHET_TEST_PKCS11_MODULE");
    return configured.isEmpty() ? QStringLiteral("/usr/lib/softhsm/libsofthsm2.so") : configured;
}

} // namespace guichet::test
