#include "support/Hermetic.h"

#include <QApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    guichet::test::makeHermetic();
    QStandardPaths::setTestModeEnabled(true); // never the operator's own files
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QApplication::setApplicationName(QStringLiteral("guichet_documents_ui_tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
