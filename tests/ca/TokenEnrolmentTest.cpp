// The token personalisation's certificate request through the outbox (issue 6), on both SQL
// engines: a real SoftHSM2 token personalised without an issuer (the key generated and the CSR
// signed on the token), the request kept with the dossier and queued in one transaction with
// its move and audit events, delivered by the sender to the training CA in process (the
// window's path), and the certificate written back to the token's key and verified; offline,
// the item waits and the later write finishes once it is delivered; and `ca enroll` without a
// file queues the kept request exactly once.
#include "OutboxFixture.h"
#include "audit/AuditLog.h"
#include "support/PersonalisationRecords.h"
#include "support/SoftHsmCard.h"
#include "token/IssuedCertificateWriter.h"
#include "token/Pkcs11Module.h"
#include "token/TokenCrypto.h"
#include "token/TokenPersonaliser.h"
#include "token/TokenSession.h"

namespace guichet::test {
namespace {

const char kHolderPin[] = "583920";

SecretBytes holderPin()
{
    return SecretBytes::copyOf(QByteArrayView(kHolderPin));
}

class TokenEnrolmentTest : public OutboxTest {
protected:
    void SetUp() override
    {
        OutboxTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        card.start();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        records = std::make_unique<PersonalisationRecords>(*db, *encryption, clock,
                                                           QStringLiteral("op-alice"));
    }

    void TearDown() override
    {
        records.reset();
        inProcess.reset();
        card.stop(); // C_Finalize before the token folder goes
        OutboxTest::TearDown();
    }

    // The window's personalisation with no issuer: it stops once the CSR is signed.
    PersonalisationState personaliseUntilRequest()
    {
        auto blank = TokenSlot::findBlank(*card.module);
        EXPECT_TRUE(blank.ok());
        PersonalisationRequest request;
        request.slot = blank.ok() ? *blank : 0;
        request.label = QStringLiteral("Jean Dupont");
        request.subject.commonName = QStringLiteral("Jean Dupont");
        request.subject.givenName = QStringLiteral("Jean");
        request.subject.surname = QStringLiteral("Dupont");
        request.subject.country = QStringLiteral("FR");
        request.product = QStringLiteral("rgs2");
        PersonalisationSecrets secrets;
        secrets.holderPin = holderPin();
        PersonalisationState state;
        TokenPersonaliser personaliser(*card.module, records->vault, records->recorder, nullptr);
        const Status done = personaliser.run(request, secrets, state);
        EXPECT_TRUE(done.ok()) << (done ? "" : text(done.error()));
        EXPECT_EQ(state.done, PersonalisationStep::RequestSigned);
        m_request = request;
        return state;
    }

    static TokenRequest requestOf(const PersonalisationState& state)
    {
        TokenRequest request;
        request.tokenSerial = state.serial;
        request.keyId = state.key.id;
        request.requestDer = state.requestDer;
        return request;
    }

    // The certificates on the token under `keyId` (CKA_VALUE), as any application reads them.
    QList<QByteArray> certificatesFor(const QString& serial, const QByteArray& keyId)
    {
        QList<QByteArray> found;
        auto slot = TokenSlot::findBySerial(*card.module, serial);
        EXPECT_TRUE(slot.ok());
        if (!slot) {
            return found;
        }
        auto session = TokenSession::open(*card.module, *slot);
        EXPECT_TRUE(session.ok());
        if (!session) {
            return found;
        }
        CK_FUNCTION_LIST& api = card.module->api();
        CK_OBJECT_CLASS certificateClass = CKO_CERTIFICATE;
        QByteArray id = keyId;
        CK_ATTRIBUTE query[] = {{CKA_CLASS, &certificateClass, sizeof certificateClass},
                                {CKA_ID, id.data(), static_cast<CK_ULONG>(id.size())}};
        const CK_SESSION_HANDLE handle = (*session)->handle();
        if (api.C_FindObjectsInit(handle, query, 2) != CKR_OK) {
            return found;
        }
        CK_OBJECT_HANDLE objects[8];
        CK_ULONG count = 0;
        api.C_FindObjects(handle, objects, 8, &count);
        api.C_FindObjectsFinal(handle);
        for (CK_ULONG i = 0; i < count; ++i) {
            CK_ATTRIBUTE value{CKA_VALUE, nullptr, 0};
            if (api.C_GetAttributeValue(handle, objects[i], &value, 1) != CKR_OK) {
                continue;
            }
            QByteArray der(static_cast<qsizetype>(value.ulValueLen), Qt::Uninitialized);
            value.pValue = der.data();
            if (api.C_GetAttributeValue(handle, objects[i], &value, 1) == CKR_OK) {
                found << der;
            }
        }
        return found;
    }

    QStringList dossierActions(qint64 dossierId)
    {
        auto events =
            AuditLog(*db, clock).eventsFor(QStringLiteral("dossier"), QString::number(dossierId));
        EXPECT_TRUE(events.ok());
        QStringList actions;
        for (const AuditEvent& event : *events) {
            actions << event.action;
        }
        return actions;
    }

    SoftHsmCard card; // the holder's token: a blank slot the personalisation initialises
    std::unique_ptr<PersonalisationRecords> records;
    PersonalisationRequest m_request;
};

TEST_P(TokenEnrolmentTest, PersonalisationQueuedDeliveredAndWrittenToTheTokensKey)
{
    const qint64 dossierId = readyDossier();
    PersonalisationState state = personaliseUntilRequest();
    ASSERT_FALSE(state.requestDer.isEmpty());

    auto queued = requests->recordTokenRequest(dossierId, requestOf(state), true);
    ASSERT_TRUE(queued.ok()) << text(queued.error());
    ASSERT_TRUE(queued->has_value());
    auto dossier = service->find(dossierId);
    ASSERT_TRUE(dossier.ok());
    EXPECT_EQ(dossier->status, DossierStatus::SubmittedToCa);
    EXPECT_EQ((*queued)->params.value(QStringLiteral("tokenSerial")).toString(), state.serial);
    EXPECT_EQ((*queued)->payload, state.requestDer);

    auto delivered = inProcessDelivery()->sendOne();
    ASSERT_TRUE(delivered.ok()) << text(delivered.error());
    ASSERT_EQ(delivered->outcome, OutboxDelivery::Outcome::Delivered)
        << delivered->message.toStdString();
    dossier = service->find(dossierId);
    EXPECT_EQ(dossier->status, DossierStatus::CertificateIssued);
    auto item = requests->outbox().find((*queued)->id);
    ASSERT_TRUE(item.ok());
    ASSERT_EQ(item->state, OutboxState::Delivered);

    // What the dialog does once the answer is there: the token worker writes and verifies.
    TokenPersonaliser::supplyCertificate(state, item->result);
    PersonalisationSecrets secrets;
    secrets.holderPin = holderPin();
    TokenPersonaliser personaliser(*card.module, records->vault, records->recorder, nullptr);
    const Status finished = personaliser.run(m_request, secrets, state);
    ASSERT_TRUE(finished.ok()) << text(finished.error());
    EXPECT_EQ(state.done, PersonalisationStep::Verified);

    const QList<QByteArray> onToken = certificatesFor(state.serial, state.key.id);
    ASSERT_EQ(onToken.size(), 1);
    EXPECT_EQ(onToken.first(), item->result);
    auto fields = TokenCrypto::certificateFields(onToken.first());
    ASSERT_TRUE(fields.ok());
    auto slot = TokenSlot::findBySerial(*card.module, state.serial);
    auto session = TokenSession::open(*card.module, *slot);
    auto keyOnToken = (*session)->publicKeyInfo(state.key.id);
    ASSERT_TRUE(keyOnToken.ok());
    EXPECT_EQ(fields->publicKeyInfo, *keyOnToken) << "the certificate carries the token's key";

    const QStringList actions = dossierActions(dossierId);
    for (const char* expected : {"dossier.token_personalised", "dossier.status", "ca.enrol.queued",
                                 "ca.certificate.issued"}) {
        EXPECT_TRUE(actions.contains(QString::fromLatin1(expected))) << expected;
    }
    EXPECT_EQ(actions.count(QStringLiteral("dossier.token_personalised")), 1);
    QList<DossierStatus> reached;
    for (const StatusChange& change : std::as_const(dossier->history)) {
        reached << change.to;
    }
    EXPECT_TRUE(reached.contains(DossierStatus::TokenPersonalised));
    EXPECT_TRUE(reached.contains(DossierStatus::SubmittedToCa));
}

TEST_P(TokenEnrolmentTest, OfflineTheItemWaitsAndTheLaterWriteFinishesOnceDelivered)
{
    const qint64 dossierId = readyDossier();
    PersonalisationState state = personaliseUntilRequest();
    auto queued = requests->recordTokenRequest(dossierId, requestOf(state), true);
    ASSERT_TRUE(queued.ok()) << text(queued.error());

    // The CA is down: the item stays queued, nothing to write yet.
    auto network = transport();
    auto offline = delivery(*network)->sendOne();
    ASSERT_TRUE(offline.ok()) << text(offline.error());
    EXPECT_EQ(offline->outcome, OutboxDelivery::Outcome::Unreachable);
    auto item = requests->outbox().find((*queued)->id);
    ASSERT_TRUE(item.ok());
    EXPECT_EQ(item->state, OutboxState::Queued);
    auto early = requests->certificateForToken(dossierId);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, ErrorCode::NotFound);

    // Back online, once its backoff is over.
    clock.advanceMs(OutboxOptions{}.maxBackoffMs + 1);
    auto online = inProcessDelivery()->sendOne();
    ASSERT_TRUE(online.ok()) << text(online.error());
    ASSERT_EQ(online->outcome, OutboxDelivery::Outcome::Delivered) << online->message.toStdString();

    // "Write the issued certificate to the token…": token by serial, key by CKA_ID.
    auto target = requests->certificateForToken(dossierId);
    ASSERT_TRUE(target.ok()) << text(target.error());
    EXPECT_EQ(target->tokenSerial, state.serial);
    EXPECT_EQ(target->keyId, state.key.id);
    IssuedCertificateWriter writer(*card.module, records->vault, records->recorder);
    const SecretBytes wrongPin = SecretBytes::copyOf(QByteArrayView("000000"));
    EXPECT_FALSE(
        writer.write({target->tokenSerial, target->keyId, target->certificateDer, {}}, wrongPin)
            .ok());
    EXPECT_TRUE(certificatesFor(state.serial, state.key.id).isEmpty());
    const Status written = writer.write(
        {target->tokenSerial, target->keyId, target->certificateDer, QString::number(dossierId)},
        holderPin());
    ASSERT_TRUE(written.ok()) << text(written.error());
    EXPECT_EQ(certificatesFor(state.serial, state.key.id),
              QList<QByteArray>{target->certificateDer});

    // Once written, the action has nothing more to do.
    const Status again = writer.write(
        {target->tokenSerial, target->keyId, target->certificateDer, QString::number(dossierId)},
        holderPin());
    EXPECT_FALSE(again.ok());
    EXPECT_EQ(certificatesFor(state.serial, state.key.id).size(), 1);
}

TEST_P(TokenEnrolmentTest, ACertificateForAnotherKeyIsNeverWritten)
{
    const qint64 dossierId = readyDossier();
    PersonalisationState state = personaliseUntilRequest();
    ASSERT_TRUE(requests->recordTokenRequest(dossierId, requestOf(state), false).ok());
    // A real certificate from the same CA, for a key that is not on the token.
    const qint64 otherDossier = readyDossier(QStringLiteral("Durand"));
    ASSERT_TRUE(requests->queueEnrolment(otherDossier, csr(QStringLiteral("Jean Durand"))).ok());
    auto sent = inProcessDelivery()->sendOne();
    ASSERT_TRUE(sent.ok() && sent->outcome == OutboxDelivery::Outcome::Delivered);
    auto other = requests->certificates(otherDossier);
    ASSERT_TRUE(other.ok() && other->size() == 1);

    IssuedCertificateWriter writer(*card.module, records->vault, records->recorder);
    const Status refused =
        writer.write({state.serial, state.key.id, other->first().der, {}}, holderPin());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    EXPECT_TRUE(certificatesFor(state.serial, state.key.id).isEmpty());
}

TEST_P(TokenEnrolmentTest, CaEnrolWithoutAFileQueuesTheKeptRequestExactlyOnce)
{
    const qint64 dossierId = readyDossier();
    auto none = requests->queueStoredRequest(dossierId);
    ASSERT_FALSE(none.ok()) << "nothing kept yet";
    EXPECT_EQ(none.error().code, ErrorCode::Refused);

    PersonalisationState state = personaliseUntilRequest();
    auto kept = requests->recordTokenRequest(dossierId, requestOf(state), false);
    ASSERT_TRUE(kept.ok()) << text(kept.error());
    EXPECT_FALSE(kept->has_value()) << "kept, not queued";
    EXPECT_EQ(service->find(dossierId)->status, DossierStatus::TokenPersonalised);
    auto stored = requests->tokenRequest(dossierId);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->requestDer, state.requestDer);
    EXPECT_EQ((*stored)->keyId, state.key.id);

    auto first = requests->queueStoredRequest(dossierId);
    ASSERT_TRUE(first.ok()) << text(first.error());
    EXPECT_EQ(first->payload, state.requestDer);
    EXPECT_EQ(service->find(dossierId)->status, DossierStatus::SubmittedToCa);
    auto second = requests->queueStoredRequest(dossierId);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Refused);
    EXPECT_TRUE(second.error().message.contains(QString::number(first->id)));
    auto items = requests->outbox().forDossier(dossierId);
    ASSERT_TRUE(items.ok());
    EXPECT_EQ(items->size(), 1);

    // Delivered: still never twice. Cancelled by the operator: it may go again.
    auto resent = requests->recordTokenRequest(dossierId, requestOf(state), true);
    EXPECT_FALSE(resent.ok());
    ASSERT_TRUE(requests->cancel(first->id).ok());
    auto afterCancel = requests->queueStoredRequest(dossierId);
    ASSERT_TRUE(afterCancel.ok()) << text(afterCancel.error());
    EXPECT_NE(afterCancel->id, first->id);
}

} // namespace

GUICHET_ON_BOTH_ENGINES(TokenEnrolmentTest);

} // namespace guichet::test
