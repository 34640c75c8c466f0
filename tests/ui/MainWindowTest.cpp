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
#include <QSettings>
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
    EXPECT_EQ(reread.database().sqlitePath, file);
}

// GEN-6.5.5-04: the operator is who logged in with their card; the settings offer no name,
// role, CA registration number or training date of their own, and write none.
TEST_F(MainWindowTest, SettingsDialogOffersNoOperatorIdentity)
{
    openWindow();
    widget<QAction>(QStringLiteral("settingsAction"))->trigger();
    auto* dialog = widget<QDialog>(QStringLiteral("settingsDialog"));
    ASSERT_TRUE(dialog->isVisible());
    for (const char* name :
         {"operatorNameEdit", "operatorRoleCombo", "caRegistrationEdit", "trainingDateEdit"}) {
        EXPECT_EQ(dialog->findChild<QWidget*>(QString::fromLatin1(name)), nullptr) << name;
    }
    for (const QWidget* child : dialog->findChildren<QWidget*>()) {
        EXPECT_FALSE(child->objectName().contains(u"operator", Qt::CaseInsensitive))
            << child->objectName().toStdString();
    }
    for (const QLabel* label : dialog->findChildren<QLabel*>()) {
        for (const QString& word : {QStringLiteral("operator"), QStringLiteral("role"),
                                    QStringLiteral("registration"), QStringLiteral("training")}) {
            EXPECT_FALSE(label->text().contains(word, Qt::CaseInsensitive))
                << label->text().toStdString();
        }
    }
    // Nor is any operator identity written when the dialog is accepted.
    widget<QPushButton>(QStringLiteral("saveSettingsButton"))->click();
    ASSERT_TRUE(waitUntil([&] {
        return m_window->findChild<QDialog*>(QStringLiteral("settingsDialog")) == nullptr;
    }));
    const QSettings stored(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    EXPECT_FALSE(stored.childGroups().contains(QStringLiteral("operator")))
        << stored.childGroups().join(u',').toStdString();
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
