#include "support/Hermetic.h"

#include <QApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    guichet::test::makeHermetic();
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv); // the dialog test needs widgets
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
