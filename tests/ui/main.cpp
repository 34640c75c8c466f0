#include <QApplication>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    // Test discovery runs without the test environment: never reach for a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true); // never the operator's own files
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QApplication::setApplicationName(QStringLiteral("guichet_ui_tests"));
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.info=false"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
