#include "support/Hermetic.h"

#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    guichet::test::makeHermetic(); // offscreen platform, LANG=C, TZ=UTC
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
