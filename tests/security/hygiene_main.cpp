#include "support/Hermetic.h"

#include <QGuiApplication>
#include <gtest/gtest.h>

// The ID scan's marker is painted with QPainter, which needs a GUI application (offscreen).
int main(int argc, char** argv)
{
    guichet::test::makeHermetic();
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
