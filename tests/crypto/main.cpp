#include "support/Hermetic.h"

#include <QGuiApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    guichet::test::makeHermetic();
    QGuiApplication app(argc, argv); // the intervention form's fonts need it; offscreen
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
