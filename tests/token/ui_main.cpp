#include "support/Hermetic.h"

#include <QApplication>
#include <gtest/gtest.h>

// The token dialogs need a QApplication (widgets); the test support sets
// QT_QPA_PLATFORM=offscreen.
int main(int argc, char** argv)
{
    guichet::test::makeHermetic();
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
