#include "support/Hermetic.h"

#include <QApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    guichet::test::makeHermetic();
    // The scanner service built with these tests, whoever runs them (ctest or by hand).
    if (!qEnvironmentVariableIsSet("GUICHET_SCAN_HELPER")) {
        qputenv("GUICHET_SCAN_HELPER", GUICHET_TEST_SCAN_HELPER);
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv); // the dialog test needs widgets
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
