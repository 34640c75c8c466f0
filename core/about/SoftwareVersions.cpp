#include "about/SoftwareVersions.h"

#include <openssl/crypto.h>
#if __has_include(<pcsclite.h>)
#include <pcsclite.h>
#endif

namespace guichet {

QString SoftwareVersions::guichetVersion()
{
    return QStringLiteral(GUICHET_VERSION);
}

QList<ComponentVersion> SoftwareVersions::libraries()
{
    // OpenSSL_version(OPENSSL_VERSION) is the library loaded now, which may be newer than the
    // headers. libpcsclite has no call that returns its version (the client protocol version
    // is not the package's), so the header's is given and labelled as such.
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), ComponentVersion::Source::InUse},
        {QStringLiteral("OpenSSL"),
         QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)).remove(QStringLiteral("OpenSSL ")),
         ComponentVersion::Source::InUse},
#ifdef PCSCLITE_VERSION_NUMBER
        {QStringLiteral("pcsc-lite"), QStringLiteral(PCSCLITE_VERSION_NUMBER),
         ComponentVersion::Source::BuildTime},
#else
        // Windows: the system's WinSCard, versioned with Windows itself.
        {QStringLiteral("WinSCard"), QStringLiteral("(Windows)"), ComponentVersion::Source::InUse},
#endif
    };
}

QString SoftwareVersions::describe(const ComponentVersion& component)
{
    return component.source == ComponentVersion::Source::BuildTime
               ? tr("%1 %2 (build time)").arg(component.name, component.version)
               : tr("%1 %2").arg(component.name, component.version);
}

} // namespace guichet
