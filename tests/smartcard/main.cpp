#include "support/Hermetic.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

// The reader monitor delivers its signals through the event loop: tests need an application.
int main(int argc, char* argv[])
{
    // Hermetic, and the rig folder of the CTest fixture unless the caller names another.
    guichet::test::makeHermetic();
    if (qEnvironmentVariableIsEmpty("GUICHET_PCSCD_RIG")) {
        qputenv("GUICHET_PCSCD_RIG", GUICHET_PCSCD_RIG_DEFAULT);
    }
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
