// The holder-only PIN prompt on its own: the operator's screen first, the PIN never shown,
// checked live, handed over once as SecretBytes; on a pinpad, nothing typed here.
#include "token/HolderPinDialog.h"

#include "crypto/SecretBytes.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace guichet;

TEST(HolderPinDialog, OnAPinpadNothingIsTypedHere)
{
    HolderPinDialog prompt(PinPolicy(), true);
    prompt.show();
    QTest::mouseClick(prompt.findChild<QPushButton*>(QStringLiteral("holderReadyButton")),
                      Qt::LeftButton);
    EXPECT_EQ(prompt.findChild<QLineEdit*>(), nullptr);
    auto* text = prompt.findChild<QLabel*>(QStringLiteral("holderPinpadMessage"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->isVisible());
    EXPECT_TRUE(text->text().contains(QStringLiteral("reader")));
    QTest::mouseClick(prompt.findChild<QPushButton*>(QStringLiteral("holderPinAccept")),
                      Qt::LeftButton);
    EXPECT_EQ(prompt.result(), QDialog::Accepted);
    EXPECT_TRUE(prompt.takePin().isEmpty());
}

TEST(HolderPinDialog, ThePinIsNeverShownAndLeavesTheFieldsOnce)
{
    HolderPinDialog prompt(PinPolicy(6, 8, true), false);
    prompt.show();
    auto* edit = prompt.findChild<QLineEdit*>(QStringLiteral("holderPin"));
    auto* again = prompt.findChild<QLineEdit*>(QStringLiteral("holderPinConfirm"));
    auto* accept = prompt.findChild<QPushButton*>(QStringLiteral("holderPinAccept"));
    // The operator's screen comes first: the PIN fields are not shown yet.
    EXPECT_FALSE(edit->isVisible());
    QTest::mouseClick(prompt.findChild<QPushButton*>(QStringLiteral("holderReadyButton")),
                      Qt::LeftButton);
    EXPECT_TRUE(edit->isVisible());
    EXPECT_EQ(edit->echoMode(), QLineEdit::Password);
    EXPECT_EQ(edit->contextMenuPolicy(), Qt::NoContextMenu);
    EXPECT_EQ(edit->displayText().contains(QLatin1Char('5')), false);
    QTest::keyClicks(edit, QStringLiteral("5839a0"));
    EXPECT_FALSE(edit->displayText().contains(QStringLiteral("5839")));
    QTest::keyClicks(again, QStringLiteral("5839a0"));
    EXPECT_FALSE(accept->isEnabled()); // digits only
    edit->clear();
    again->clear();
    QTest::keyClicks(edit, QStringLiteral("583920"));
    QTest::keyClicks(again, QStringLiteral("583921"));
    EXPECT_FALSE(accept->isEnabled()); // they differ
    again->clear();
    QTest::keyClicks(again, QStringLiteral("583920"));
    ASSERT_TRUE(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    EXPECT_EQ(prompt.result(), QDialog::Accepted);
    EXPECT_TRUE(edit->text().isEmpty());
    EXPECT_TRUE(again->text().isEmpty());
    const SecretBytes chosen = prompt.takePin();
    EXPECT_TRUE(chosen.equals(SecretBytes::copyOf(QByteArrayView("583920"))));
    EXPECT_TRUE(prompt.takePin().isEmpty());
}
