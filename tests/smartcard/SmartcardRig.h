#pragma once

#include <QString>
#include <chrono>
#include <functional>
#include <optional>

namespace guichet::test {

// The pcscd + vpcd rig the CTest fixture started (tests/support/pcscd-rig.sh), as the tests
// see it through GUICHET_PCSCD_RIG.
class SmartcardRig {
public:
    static constexpr char kReader0[] = "Guichet Test Reader 00 00"; // vpcd port 40000
    static constexpr char kReader1[] = "Guichet Test Reader 00 01"; // vpcd port 40001

    // Why the rig cannot be used, or nullopt when pcscd runs with the test readers.
    static std::optional<QString> unavailableReason();
    // GUICHET_REQUIRE_PCSCD=1: a missing rig is a failure, not a skip.
    static bool required();
    // The rig started pcscd itself, so a test may kill and restart it.
    static bool ownsDaemon();
    // Runs pcscd-rig.sh COMMAND DIR; returns its output, or nullopt when it failed.
    static std::optional<QString> run(const QString& command);
};

// Pumps the Qt event loop until `done` or the timeout; never a fixed sleep.
bool waitFor(const std::function<bool()>& done,
             std::chrono::milliseconds timeout = std::chrono::seconds(10));

} // namespace guichet::test

// Skips (or fails under GUICHET_REQUIRE_PCSCD=1) a test that needs the rig, saying why.
#define GUICHET_REQUIRE_PCSC_RIG()                                                                 \
    do {                                                                                           \
        if (const auto reason = ::guichet::test::SmartcardRig::unavailableReason()) {              \
            if (::guichet::test::SmartcardRig::required()) {                                       \
                FAIL() << "GUICHET_REQUIRE_PCSCD=1 but " << reason->toStdString();                 \
            }                                                                                      \
            GTEST_SKIP() << "pcscd rig unavailable: " << reason->toStdString();                    \
        }                                                                                          \
    } while (false)
