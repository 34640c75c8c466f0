#pragma once

// A token in the test's own SoftHSM2, initialised as a card issuer does it (C_InitToken with
// the SO PIN, then C_InitPIN for the user) and opened in this process: the operator's card of
// the tests that sign on a card, or a holder's token. Shared by the tests that used to repeat
// these steps; assertions fail the calling test, so SetUp returns when
// IsSkipped() || HasFatalFailure():
//
//     card.start();          // skips without SoftHSM2 (fails under GUICHET_REQUIRE_SOFTHSM=1)
//     card.initialise(QStringLiteral("Operator card"), "12345678", "246810");
//     card.login("246810");  // card.session is logged in as the user
//
// or the three at once: card.startLoggedIn(QStringLiteral("Operator card"), "12345678",
// "246810"). unload() closes the module while a child process (guichet-cli) uses the token.
#include "crypto/SecretBytes.h"
#include "support/SoftHsmToken.h"
#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"

#include <gtest/gtest.h>
#include <memory>

namespace guichet::test {

class SoftHsmCard {
public:
    SoftHsmCard() = default;
    SoftHsmCard(const SoftHsmCard&) = delete;
    SoftHsmCard& operator=(const SoftHsmCard&) = delete;
    ~SoftHsmCard() { stop(); }

    // The private SoftHSM2 (SOFTHSM2_CONF pointed at it) and its module loaded.
    void start()
    {
        softHsm = std::make_unique<SoftHsmToken>();
        requireSoftHsm(*softHsm);
        if (::testing::Test::IsSkipped() || ::testing::Test::HasFatalFailure()) {
            return;
        }
        load();
    }

    // start(), initialise() and login(): a card ready to sign on, its session in `session`.
    void startLoggedIn(const QString& label, const char* soPin, const char* userPin)
    {
        start();
        if (::testing::Test::IsSkipped() || ::testing::Test::HasFatalFailure()) {
            return;
        }
        initialise(label, soPin, userPin);
        if (!::testing::Test::HasFatalFailure()) {
            login(userPin);
        }
    }

    // The module loaded (again, after unload()).
    void load()
    {
        auto loaded = Pkcs11Module::load(SoftHsmToken::modulePath());
        ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        module = std::move(loaded).value();
    }

    // A blank slot's token initialised with `label` and both PINs; its serial in `serial`.
    void initialise(const QString& label, const char* soPin, const char* userPin)
    {
        ASSERT_TRUE(module);
        auto blank = TokenSlot::findBlank(*module);
        ASSERT_TRUE(blank.ok()) << blank.error().message.toStdString();
        ASSERT_TRUE(TokenSlot::initialise(*module, *blank, secret(soPin), label).ok());
        auto info = TokenSlot::inspect(*module, *blank);
        ASSERT_TRUE(info.ok());
        serial = info->serial;
        auto slot = TokenSlot::findBySerial(*module, serial);
        ASSERT_TRUE(slot.ok());
        auto so = TokenSession::open(*module, *slot);
        ASSERT_TRUE(so.ok()) << so.error().message.toStdString();
        ASSERT_TRUE((*so)->login(CKU_SO, secret(soPin)).ok());
        ASSERT_TRUE((*so)->initUserPin(secret(userPin)).ok());
    }

    // A session on the token `serial`, logged in as its user, in `session`.
    void login(const char* userPin)
    {
        ASSERT_TRUE(module);
        auto slot = TokenSlot::findBySerial(*module, serial);
        ASSERT_TRUE(slot.ok()) << slot.error().message.toStdString();
        auto opened = TokenSession::open(*module, *slot);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        session = std::move(opened).value();
        ASSERT_TRUE(session->login(CKU_USER, secret(userPin)).ok());
    }

    // Session and module closed, tokens kept: another process (guichet-cli) may use them.
    void unload()
    {
        session.reset();
        module.reset();
    }

    // Session and module closed (C_Finalize before the token folder goes), then the SoftHSM2.
    void stop()
    {
        unload();
        softHsm.reset();
    }

    static SecretBytes secret(const char* text)
    {
        return SecretBytes::copyOf(QByteArrayView(text));
    }

    std::unique_ptr<SoftHsmToken> softHsm;
    std::unique_ptr<Pkcs11Module> module;
    std::unique_ptr<TokenSession> session;
    QString serial;
};

} // namespace guichet::test
