// The operator's card login in the window (operators issue): the login dialog driven with the
// keyboard against SoftHSM2 operator cards made by the training CA, the training card
// offered on a fresh workstation, and a wrong PIN refused with the card's words.
#include "SessionFixture.h"
#include "session/LoginDialog.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace guichet::test {
namespace {

class LoginDialogTest : public SessionTest {
protected:
    template <typename T> T* child(QWidget& parent, const char* name)
    {
        T* found = parent.findChild<T*>(QString::fromLatin1(name));
        if (found == nullptr) {
            throw std::runtime_error(std::string("no widget named ") + name);
        }
        return found;
    }

    bool waitForTokens(LoginDialog& dialog, int count)
    {
        auto* tokens = child<QComboBox>(dialog, "loginTokenCombo");
        return waitUntil([&] { return tokens->count() == count && tokens->isEnabled(); });
    }
};

TEST_F(LoginDialogTest, OperatorLogsInWithTheKeyboard)
{
    const QString serial =
        makeCard(QStringLiteral("Sophie Leclerc"), OperatorRole::Supervisor, "246810");
    ASSERT_FALSE(serial.isEmpty());

    LoginDialog dialog(*m_session);
    dialog.show();
    ASSERT_TRUE(waitForTokens(dialog, 1));
    auto* tokens = child<QComboBox>(dialog, "loginTokenCombo");
    EXPECT_EQ(tokens->currentData().toString(), serial);
    EXPECT_FALSE(child<QGroupBox>(dialog, "trainingCardGroup")->isVisible())
        << "an account exists: no training card is offered";

    auto* pin = child<QLineEdit>(dialog, "loginPinEdit");
    EXPECT_EQ(pin->echoMode(), QLineEdit::Password);
    pin->setFocus();
    QTest::keyClicks(pin, QStringLiteral("246810"));
    QTest::keyClick(pin, Qt::Key_Return);
    EXPECT_TRUE(pin->text().isEmpty()) << "the PIN leaves the field as soon as it is used";
    ASSERT_TRUE(
        waitUntil([&] { return dialog.result() == QDialog::Accepted; }, std::chrono::seconds(30)))
        << child<QLabel>(dialog, "loginMessage")->text().toStdString();
    EXPECT_TRUE(m_session->isLoggedIn());
    EXPECT_EQ(m_session->account().displayName, QStringLiteral("Sophie Leclerc"));
    EXPECT_EQ(m_session->account().role, OperatorRole::Supervisor);
    EXPECT_EQ(m_session->tokenSerial(), serial);
    EXPECT_TRUE(auditActions().contains(QStringLiteral("operator.login")));
}

TEST_F(LoginDialogTest, WrongPinIsRefusedWithTheCardsMessage)
{
    const QString serial =
        makeCard(QStringLiteral("Sophie Leclerc"), OperatorRole::Supervisor, "246810");
    ASSERT_FALSE(serial.isEmpty());

    LoginDialog dialog(*m_session);
    dialog.show();
    ASSERT_TRUE(waitForTokens(dialog, 1));
    auto* pin = child<QLineEdit>(dialog, "loginPinEdit");
    auto* message = child<QLabel>(dialog, "loginMessage");
    pin->setFocus();
    QTest::keyClicks(pin, QStringLiteral("999999"));
    QTest::keyClick(pin, Qt::Key_Return);
    ASSERT_TRUE(
        waitUntil([&] { return message->text().contains(u"refused"); }, std::chrono::seconds(30)))
        << message->text().toStdString();
    EXPECT_TRUE(message->text().contains(u"PIN", Qt::CaseInsensitive))
        << message->text().toStdString();
    EXPECT_FALSE(message->text().contains(u"999999")) << "a PIN never appears in a message";
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(m_session->isLoggedIn());
    EXPECT_TRUE(auditActions().contains(QStringLiteral("operator.login_refused")));

    // The right PIN still works afterwards.
    QTest::keyClicks(pin, QStringLiteral("246810"));
    QTest::keyClick(pin, Qt::Key_Return);
    EXPECT_TRUE(
        waitUntil([&] { return dialog.result() == QDialog::Accepted; }, std::chrono::seconds(30)))
        << message->text().toStdString();
}

TEST_F(LoginDialogTest, FreshTrainingWorkstationOffersTheTrainingCard)
{
    LoginDialog dialog(*m_session);
    dialog.show();
    auto* group = child<QGroupBox>(dialog, "trainingCardGroup");
    ASSERT_TRUE(waitUntil([&] { return group->isVisible(); }))
        << "no account yet: the training card must be offered";
    auto* message = child<QLabel>(dialog, "loginMessage");

    // QTest types ASCII only; the accent checks the name's way into the certificate.
    child<QLineEdit>(dialog, "trainingNameEdit")->setText(QStringLiteral("Léa Fournier"));
    QTest::keyClicks(child<QLineEdit>(dialog, "trainingPinEdit"), QStringLiteral("135790"));
    QTest::keyClicks(child<QLineEdit>(dialog, "trainingPinConfirmEdit"), QStringLiteral("135791"));
    QTest::mouseClick(child<QPushButton>(dialog, "createTrainingCardButton"), Qt::LeftButton);
    EXPECT_TRUE(message->text().contains(u"differ", Qt::CaseInsensitive))
        << message->text().toStdString();
    EXPECT_TRUE(group->isVisible());

    QTest::keyClicks(child<QLineEdit>(dialog, "trainingPinEdit"), QStringLiteral("135790"));
    QTest::keyClicks(child<QLineEdit>(dialog, "trainingPinConfirmEdit"), QStringLiteral("135790"));
    QTest::mouseClick(child<QPushButton>(dialog, "createTrainingCardButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !group->isVisible() && waitForTokens(dialog, 1); },
                          std::chrono::seconds(60)))
        << message->text().toStdString();

    auto* pin = child<QLineEdit>(dialog, "loginPinEdit");
    pin->setFocus();
    QTest::keyClicks(pin, QStringLiteral("135790"));
    QTest::keyClick(pin, Qt::Key_Return);
    ASSERT_TRUE(
        waitUntil([&] { return dialog.result() == QDialog::Accepted; }, std::chrono::seconds(30)))
        << message->text().toStdString();
    EXPECT_EQ(m_session->account().displayName, QStringLiteral("Léa Fournier"));
    EXPECT_EQ(m_session->account().role, OperatorRole::Supervisor) << "the bootstrap account";
}

} // namespace
} // namespace guichet::test
