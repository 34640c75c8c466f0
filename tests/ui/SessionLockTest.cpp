// The window as the logged-in operator (operators issue): the account's name and role in the
// status bar, actions the role may not do disabled with the reason, the lock after inactivity
// and when the card goes (nothing of a dossier visible), unlocking with the PIN, logout.
#include "SessionFixture.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

namespace guichet::test {
namespace {

class SessionWindowTest : public SessionTest {
protected:
    // A supervisor (the bootstrap account) logged in, and a dossier to hide.
    void logInSupervisor()
    {
        m_serial = makeCard(QStringLiteral("Sophie Leclerc"), OperatorRole::Supervisor, "246810");
        ASSERT_FALSE(m_serial.isEmpty());
        logIn(m_serial, "246810");
        ASSERT_TRUE(m_session->isLoggedIn());
    }

    bool isLockedOnScreen()
    {
        auto* stack = widget<QStackedWidget>(QStringLiteral("sessionStack"));
        return stack->currentWidget() == widget<QWidget>(QStringLiteral("lockScreen"));
    }

    void unlockWith(const QString& pin)
    {
        auto* edit = widget<QLineEdit>(QStringLiteral("lockPinEdit"));
        edit->setFocus();
        QTest::keyClicks(edit, pin);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    QString m_serial;
};

TEST_F(SessionWindowTest, WindowShowsTheAccountAndItsRole)
{
    logInSupervisor();
    openSessionWindow();
    EXPECT_EQ(widget<QLabel>(QStringLiteral("operatorLabel"))->text(),
              QStringLiteral("Operator: Sophie Leclerc (Supervisor)"));
    auto* operators = widget<QAction>(QStringLiteral("operatorsAction"));
    EXPECT_TRUE(operators->isEnabled()) << "a supervisor manages operators";
}

TEST_F(SessionWindowTest, DraOperatorSeesTheOperatorsActionDisabledWithTheReason)
{
    logInSupervisor();
    const OperatorAccount supervisor = m_session->account();
    const QString draCard =
        makeCard(QStringLiteral("Marc Petit"), OperatorRole::DraOperator, "864213", supervisor);
    ASSERT_FALSE(draCard.isEmpty());
    bool out = false;
    QObject context;
    QObject::connect(m_session.get(), &SessionWorker::loggedOut, &context, [&] { out = true; });
    m_session->logout();
    ASSERT_TRUE(waitUntil([&] { return out; }));

    logIn(draCard, "864213");
    ASSERT_EQ(m_session->account().role, OperatorRole::DraOperator);
    openSessionWindow();
    EXPECT_EQ(widget<QLabel>(QStringLiteral("operatorLabel"))->text(),
              QStringLiteral("Operator: Marc Petit (DRA operator)"));
    auto* operators = widget<QAction>(QStringLiteral("operatorsAction"));
    EXPECT_FALSE(operators->isEnabled());
    EXPECT_TRUE(operators->toolTip().contains(u"supervisor")) << operators->toolTip().toStdString();
    operators->trigger(); // a disabled action does nothing
    EXPECT_EQ(m_window->findChild<QDialog*>(QStringLiteral("operatorsDialog")), nullptr);
}

TEST_F(SessionWindowTest, InactivityLocksAndHidesTheDossiers)
{
    logInSupervisor();
    seed(QStringLiteral("DUPONT"), QStringLiteral("Jeanne"), QStringLiteral("CMD-LOCK-1"));
    openSessionWindow(std::chrono::seconds(1));
    auto* table = widget<QTableView>(QStringLiteral("dossierTable"));
    ASSERT_TRUE(waitUntil([&] { return listModel().rowCount() == 1; }));
    // The title as it is unlocked (the lock may already have come while the list loaded).
    const QString title = m_settings->trainingMode() ? QStringLiteral("Guichet — training")
                                                     : QStringLiteral("Guichet");

    // Without input the session locks by itself (polled, never a fixed sleep).
    ASSERT_TRUE(waitUntil([&] { return isLockedOnScreen(); }, std::chrono::seconds(15)));
    EXPECT_TRUE(m_session->isLocked());
    EXPECT_FALSE(table->isVisible()) << "no dossier is visible while locked";
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("Guichet — locked"));
    EXPECT_FALSE(m_window->windowTitle().contains(u"DUPONT"));
    EXPECT_TRUE(widget<QWidget>(QStringLiteral("lockScreen"))->isVisible());
    EXPECT_TRUE(waitUntil(
        [&] { return auditActions().contains(QStringLiteral("operator.session_locked")); }));

    // A wrong PIN keeps it locked and says why; the right one unlocks.
    unlockWith(QStringLiteral("111111"));
    auto* message = widget<QLabel>(QStringLiteral("lockMessage"));
    ASSERT_TRUE(
        waitUntil([&] { return message->text().contains(u"refused"); }, std::chrono::seconds(30)))
        << message->text().toStdString();
    EXPECT_TRUE(isLockedOnScreen());
    EXPECT_FALSE(table->isVisible());

    unlockWith(QStringLiteral("246810"));
    ASSERT_TRUE(waitUntil([&] { return !isLockedOnScreen(); }, std::chrono::seconds(30)))
        << message->text().toStdString();
    EXPECT_FALSE(m_session->isLocked());
    EXPECT_TRUE(table->isVisible());
    EXPECT_EQ(m_window->windowTitle(), title);
    EXPECT_TRUE(auditActions().contains(QStringLiteral("operator.session_unlocked")));
}

TEST_F(SessionWindowTest, RemovingTheCardLocksAtOnce)
{
    logInSupervisor();
    openSessionWindow(std::chrono::milliseconds(0)); // no inactivity lock in this test
    ASSERT_FALSE(isLockedOnScreen());
    // The card leaves its reader (the switchable presence: SoftHSM2 cannot be unplugged).
    m_presence->present.store(false);
    ASSERT_TRUE(waitUntil([&] { return isLockedOnScreen(); }));
    EXPECT_FALSE(widget<QTableView>(QStringLiteral("dossierTable"))->isVisible());
    ASSERT_TRUE(waitUntil(
        [&] { return auditActions().contains(QStringLiteral("operator.session_locked")); }));

    // Back in the reader: the same card's PIN unlocks.
    m_presence->present.store(true);
    unlockWith(QStringLiteral("246810"));
    ASSERT_TRUE(waitUntil([&] { return !isLockedOnScreen(); }, std::chrono::seconds(30)))
        << widget<QLabel>(QStringLiteral("lockMessage"))->text().toStdString();
}

TEST_F(SessionWindowTest, LogoutFromTheLockScreenEndsTheSession)
{
    logInSupervisor();
    openSessionWindow(std::chrono::milliseconds(0));
    bool windowToldLoggedOut = false;
    QObject::connect(m_window.get(), &MainWindow::loggedOut, m_window.get(),
                     [&] { windowToldLoggedOut = true; });
    widget<QAction>(QStringLiteral("lockSessionAction"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return isLockedOnScreen(); }));
    QTest::mouseClick(widget<QPushButton>(QStringLiteral("lockLogoutButton")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return windowToldLoggedOut; }));
    EXPECT_FALSE(m_session->isLoggedIn());
    EXPECT_TRUE(auditActions().contains(QStringLiteral("operator.logout")));
}

} // namespace
} // namespace guichet::test
