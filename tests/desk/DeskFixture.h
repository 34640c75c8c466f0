#pragma once

// A production workstation's desk for the desk tests (DeskProductionTest,
// DeskPersonalisationTest): the supervisor's SoftHSM2 card logged in, the files OpenSSL's own
// CMP server is started with (TESTING.md "CMP"), the CA profile a supervisor imports pointing
// at it, and the desk's services built by DeskServices as app/gui/main.cpp does.
#include "../ca/CaFixture.h"
#include "../ca/CmpServers.h"
#include "../crypto/TestPki.h"
#include "../ui/SessionFixture.h"
#include "ca/CaProfileRepository.h"
#include "desk/DeskCaPlan.h"
#include "desk/DeskServices.h"
#include "domain/ProductCatalogue.h"
#include "operators/CardLogin.h"
#include "security/MasterKeyUnlock.h"
#include "support/Samples.h"
#include "token/TokenService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace guichet::test {

class DeskTest : public SessionTest {
protected:
    void SetUp() override
    {
        SessionTest::SetUp();
        if (HasFatalFailure() || IsSkipped()) {
            return;
        }
        m_operatorCard =
            makeCard(QStringLiteral("Claire Martin"), OperatorRole::Supervisor, "246810");
        ASSERT_FALSE(m_operatorCard.isEmpty());
        logIn(m_operatorCard, "246810");
        ASSERT_TRUE(m_session->isLoggedIn());

        // The CA's side: it signs its answers with a certificate under its root, returns the
        // fixed certificate made beforehand for m_issuedKey (OpenSSL's mock server can return
        // no other), and trusts the operators' CA (here the training CA that made the
        // operator's card) to check the request's protection.
        m_issuedKey = CaFixture::newKey();
        m_issued = m_caPki.issueFor(openssl::toDer(m_issuedKey.get(), i2d_PUBKEY),
                                    QStringLiteral("Jean Dupont"));
        const TestPki::Issued server =
            m_caPki.issue(TestPki::KeyType::EcP256, QStringLiteral("Mock CMP server"));
        auto operatorAnchors = CardLogin::workstationTrustAnchors(*m_db, true);
        ASSERT_TRUE(operatorAnchors.ok()) << text(operatorAnchors.error());
        QByteArray operatorsPem;
        for (const QByteArray& der : *operatorAnchors) {
            operatorsPem += openssl::certificatePem(openssl::certificateFromDer(der).get());
        }
        ASSERT_TRUE(writeFile(path("server.crt"), server.certificatePem));
        ASSERT_TRUE(writeFile(path("server.key"), server.keyPem));
        ASSERT_TRUE(writeFile(path("ca.crt"), m_caPki.rootPem()));
        ASSERT_TRUE(writeFile(path("issued.crt"), m_issued.certificatePem));
        ASSERT_TRUE(writeFile(path("operators.crt"), operatorsPem));
    }

    void TearDown() override
    {
        closeDesk();
        SessionTest::TearDown();
    }

    // The window, the sender (it signs through the card session), the card session (its
    // logout checkpoint signs on the card) while the holder-token service still has the same
    // SoftHSM2 module loaded, then the desk and the dossier worker.
    void closeDesk()
    {
        m_window.reset();
        if (m_desk) {
            m_desk->stopOutbox();
        }
        m_session.reset();
        m_desk.reset();
        m_worker.reset();
    }

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // The CA profile file a supervisor imports (`guichet-cli ca profile import`).
    void importProfile(quint16 port, const QString& protection)
    {
        const QJsonObject file{
            {QStringLiteral("format"), 1},
            {QStringLiteral("id"), QStringLiteral("mock-ca")},
            {QStringLiteral("name"), QStringLiteral("OpenSSL CMP server")},
            {QStringLiteral("trustAnchors"), QJsonArray{QString::fromLatin1(m_caPki.rootPem())}},
            {QStringLiteral("cmp"),
             QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(port)},
                         {QStringLiteral("path"), QStringLiteral("pkix/")},
                         {QStringLiteral("protection"), protection}}},
            {QStringLiteral("products"),
             QJsonObject{
                 {QStringLiteral("rgs2"),
                  QJsonObject{{QStringLiteral("certificateProfile"), QStringLiteral("rgs2")},
                              {QStringLiteral("policyOid"), QStringLiteral("1.2.250.1.9.1.2")}}}}},
            {QStringLiteral("interventionFormTemplate"), QStringLiteral("default")},
            {QStringLiteral("retention"),
             QJsonObject{{QStringLiteral("registrationRecordYears"), 7},
                         {QStringLiteral("identityValidationMonths"), 36}}},
            {QStringLiteral("documentsRequired"), QJsonArray{QStringLiteral("id-front")}},
        };
        auto profile = CaProfiles::parse(QJsonDocument(file).toJson(), ProductCatalogue::builtIn());
        ASSERT_TRUE(profile.ok()) << text(profile.error());
        ASSERT_TRUE(CaProfileRepository(*m_db, m_clock, ProductCatalogue::builtIn())
                        .store(*profile, m_session->account().profile().identity)
                        .ok());
    }

    // What app/gui/main.cpp gives DeskServices after the login, from the settings.
    DeskServices::Inputs deskInputs(std::shared_ptr<MasterKeyUnlock> masterKey)
    {
        DeskServices::Inputs inputs;
        inputs.training = m_settings->trainingMode();
        inputs.database = m_config;
        inputs.actor = m_session->account().profile().identity;
        inputs.clock = &m_clock;
        inputs.holderTokenModule = m_settings->holderTokenModule();
        inputs.caProfileId = m_settings->caProfile();
        inputs.profiles = DeskCaPlan::loadInBackground(m_config).get();
        inputs.masterKey = std::move(masterKey);
        inputs.operatorSigner = m_session->remoteSigner();
        return inputs;
    }

    // Starts the desk's token service and waits for its answer (in m_tokensReady, the reason
    // in m_tokensProblem); the caller starts the outbox after it (main.cpp's order).
    void startTokens()
    {
        ASSERT_NE(m_desk->tokens(), nullptr);
        QObject here;
        QObject::connect(m_desk->tokens(), &TokenService::ready, &here,
                         [this](bool ok, const QString& message) {
                             m_tokensReady = ok;
                             m_tokensProblem = message;
                         });
        m_desk->tokens()->start();
        ASSERT_TRUE(
            waitUntil([this] { return m_tokensReady.has_value(); }, std::chrono::seconds(30)));
    }

    // A dossier for the imported CA, as the meeting leaves it: identity verified.
    Dossier verifiedDossier()
    {
        Dossier draft = sampleDossier();
        draft.caProfileId = QStringLiteral("mock-ca");
        auto created = m_other->create(draft);
        EXPECT_TRUE(created.ok()) << text(created.error());
        if (!created) {
            return {};
        }
        auto meeting = m_other->changeStatus(created->id, created->version,
                                             DossierStatus::ReadyForMeeting, QString());
        EXPECT_TRUE(meeting.ok());
        auto verified = m_other->changeStatus(created->id, meeting->version,
                                              DossierStatus::IdentityVerified, QString());
        EXPECT_TRUE(verified.ok());
        return verified.ok() ? *verified : Dossier{};
    }

    // `openssl cmp -port` as the CA: the fixed certificate, the operators' CA trusted.
    QStringList caServerArguments() const
    {
        return {QStringLiteral("-srv_cert"),    path("server.crt"),
                QStringLiteral("-srv_key"),     path("server.key"),
                QStringLiteral("-srv_trusted"), path("operators.crt"),
                QStringLiteral("-rsp_cert"),    path("issued.crt"),
                QStringLiteral("-rsp_capubs"),  path("ca.crt")};
    }

    static bool writeFile(const QString& where, const QByteArray& bytes)
    {
        QFile file(where);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    TestPki m_caPki{QStringLiteral("Mock CMP CA")};
    openssl::PKey m_issuedKey; // the key of the certificate the CA returns
    TestPki::Issued m_issued;
    QString m_operatorCard;
    std::unique_ptr<DeskServices> m_desk;
    std::optional<bool> m_tokensReady;
    QString m_tokensProblem;
};

} // namespace guichet::test
