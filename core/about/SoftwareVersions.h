#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace guichet {

// The versions a support call asks for (issue 8, "Release"): Guichet's own, from the CMake
// project version, and the libraries it runs on. Shared by the About box and
// `guichet-cli --version` so that both say the same thing.
struct ComponentVersion {
    enum class Source {
        InUse,     // reported by the library loaded in this process
        BuildTime, // the library does not report it: the headers Guichet was built with
    };
    QString name;
    QString version;
    Source source = Source::InUse;
};

class SoftwareVersions {
    Q_DECLARE_TR_FUNCTIONS(SoftwareVersions)
public:
    static QString guichetVersion();
    // Qt, OpenSSL and pcsc-lite, in that order.
    static QList<ComponentVersion> libraries();
    // "OpenSSL 3.0.11 19 Sep 2023" or "pcsc-lite 1.9.9 (build time)".
    static QString describe(const ComponentVersion& component);
};

} // namespace guichet
