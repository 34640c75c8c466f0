#pragma once

#include <QString>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace guichet::test {

// A private SoftHSM2 for one test (TESTING.md, "PKCS#11: SoftHSM2"): its own softhsm2.conf
// and token folder in a temporary directory, SOFTHSM2_CONF pointed at it while it lives.
// Load the module after constructing it: SoftHSM2 reads the configuration in C_Initialize.
class SoftHsmToken {
public:
    SoftHsmToken();
    ~SoftHsmToken();
    SoftHsmToken(const SoftHsmToken&) = delete;
    SoftHsmToken& operator=(const SoftHsmToken&) = delete;

    bool available() const;
    QString folder() const { return m_dir.path(); }
    QString configPath() const { return m_dir.filePath(QStringLiteral("softhsm2.conf")); }
    static QString modulePath();

private:
    QTemporaryDir m_dir;
    QByteArray m_previous;
    bool m_hadPrevious = false;
};

// For a fixture's SetUp: skips the test when SoftHSM2 is not installed, or fails it under
// GUICHET_REQUIRE_SOFTHSM=1 (as CI runs), so that no run skips it silently. The caller
// returns when IsSkipped() || HasFatalFailure(). Inline, so that the benchmarks that use
// SoftHsmToken without GoogleTest do not link it.
inline void requireSoftHsm(const SoftHsmToken& softHsm)
{
    if (!softHsm.available()) {
        if (qEnvironmentVariableIntValue("GUICHET_REQUIRE_SOFTHSM") == 1) {
            FAIL() << "SoftHSM2 is not installed";
        }
        GTEST_SKIP() << "SoftHSM2 is not installed (apt-get install softhsm2)";
    }
}

} // namespace guichet::test
