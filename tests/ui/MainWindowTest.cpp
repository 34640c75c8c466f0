// What the window says about the workstation, its settings and its keyboard shortcuts.
#include "UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace guichet;
using namespace guichet::test;

namespace {

using MainWindowTest = WindowTest;

TEST_F(MainWindowTest, SaysPlainlyThatItIsTrainingMode)
{
    openWindow();
    EXPECT_EQ(m_window->objectName(), QStringLiteral("mainWindow"));
    auto* banner = widget<QLabel>(QStringLiteral("trainingBanner"));
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().startsWith(u"TRAINING MODE"));
    EXPECT_GT(banner->height(), 10);
    EXPECT_EQ(widget<QLabel>(QStringLiteral("modeLabel"))->text(), QStringLiteral("Training mode"));
    EXPECT_EQ(widget<QLabel>(QStringLiteral("databaseLabel"))->text(),
              QStringLiteral("Database: sqlite:") + m_config.sqlitePath);
    EXPECT_TRUE(widget<QLabel>(QStringLiteral("operatorLabel"))->text().contains(u"Alice Martin"));
}

TEST_F(MainWindowTest, SettingsDialogStoresTheChoicesForTheNextStart)
{
    openWindow();
    widget<QAction>(QStringLiteral("settingsAction"))->trigger();
    auto* dialog = widget<QDialog>(QStringLiteral("settingsDialog"));
    ASSERT_TRUE(dialog->isVisible());
    EXPECT_TRUE(widget<QLabel>(QStringLiteral("restartNote"))->isVisible());
    auto* language = widget<QComboBox>(QStringLiteral("languageCombo"));
    ASSERT_EQ(language->count(), 3);
    EXPECT_EQ(language->currentIndex(), 0); // the system language until chosen
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    typeInto(widget<QLineEdit>(QStringLiteral("operatorNameEdit")),
             QStringLiteral("Claire Dubois"));

    // A PostgreSQL choice that is not a PostgreSQL address is refused in the dialog.
    widget<QRadioButton>(QStringLiteral("postgresDatabaseRadio"))->setChecked(true);
    typeInto(widget<QLineEdit>(QStringLiteral("postgresUrlEdit")), QStringLiteral("mysql://db/x"));
    auto* ok = widget<QPushButton>(QStringLiteral("saveSettingsButton"));
    ok->click();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(widget<QLabel>(QStringLiteral("settingsError"))->isVisible());

    const QString file = m_dir.filePath(QStringLiteral("office.sqlite"));
    widget<QRadioButton>(QStringLiteral("sqliteDatabaseRadio"))->setChecked(true);
    typeInto(widget<QLineEdit>(QStringLiteral("sqlitePathEdit")), file);
    ok->click();
    ASSERT_TRUE(waitUntil([&] {
        return m_window->findChild<QDialog*>(QStringLiteral("settingsDialog")) == nullptr;
    }));

    const WorkstationSettings reread(m_dir.filePath(QStringLiteral("settings.ini")));
    EXPECT_EQ(reread.language(), QStringLiteral("fr"));
    EXPECT_EQ(reread.operatorIdentity().displayName, QStringLiteral("Claire Dubois"));
    EXPECT_EQ(reread.database().sqlitePath, file);
}

TEST_F(MainWindowTest, KeyboardShortcutsReachTheirCommands)
{
    openWindow();
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));

    QTest::keySequence(m_window.get(), QKeySequence::New);
    EXPECT_EQ(widget<QLabel>(QStringLiteral("dossierTitle"))->text(),
              QStringLiteral("New dossier"));

    QTest::keySequence(m_window.get(), QKeySequence::Find);
    EXPECT_EQ(QApplication::focusWidget(), widget<QLineEdit>(QStringLiteral("searchEdit")));

    // Ctrl+S with problems left: nothing is saved, the first faulty field gets the focus.
    QTest::keySequence(m_window.get(), QKeySequence::Save);
    EXPECT_TRUE(widget<QLabel>(QStringLiteral("productIdError"))->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), widget<QWidget>(QStringLiteral("productCombo")));
}

} // namespace
