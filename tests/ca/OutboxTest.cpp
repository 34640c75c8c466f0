// The durable outbox against the training CA over loopback HTTP (Qt Network), on both
// SQL engines: offline queueing with backoff, delivery into the dossier, rejection with the
// CA's reason, the operator's retry and cancel, and exclusive claims.
#include "OutboxFixture.h"
#include "ca/renewal/CertificateRevocations.h"

#include <QSqlQuery>

namespace guichet::test {
namespace {

int countRows(Database& database, const QString& sql)
{
    QSqlQuery q = database.query();
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

TEST_P(OutboxTest, QueuedWhileTheCaIsDownThenDeliveredIntoTheDossier)
{
    const qint64 dossierId = readyDossier();
    const QByteArray request = csr();
    auto queued = requests->queueEnrolment(dossierId, request);
    ASSERT_TRUE(queued.ok()) << text(queued.error());
    auto dossier = service->find(dossierId);
    ASSERT_TRUE(dossier.ok());
    EXPECT_EQ(dossier->status, DossierStatus::SubmittedToCa) << "queued with the dossier change";

    auto network = transport();
    auto sender = delivery(*network);
    auto offline = sender->sendOne();
    ASSERT_TRUE(offline.ok()) << text(offline.error());
    EXPECT_EQ(offline->outcome, OutboxDelivery::Outcome::Unreachable);
    auto item = requests->outbox().find(queued->id);
    ASSERT_TRUE(item.ok());
    EXPECT_EQ(item->state, OutboxState::Queued);
    EXPECT_EQ(item->attempts, 1);
    EXPECT_GT(item->nextAttemptUtc, clock.nowUtc()) << "backoff before the next attempt";
    EXPECT_FALSE(item->lastError.isEmpty());
    auto early = sender->sendOne();
    ASSERT_TRUE(early.ok());
    EXPECT_EQ(early->outcome, OutboxDelivery::Outcome::Idle) << "not due before its backoff";

    startCa();
    clock.advanceMs(sender->options().maxBackoffMs + 1);
    auto online = sender->sendOne();
    ASSERT_TRUE(online.ok()) << text(online.error());
    ASSERT_EQ(online->outcome, OutboxDelivery::Outcome::Delivered)
        << text({ErrorCode::Io, online->message});
    dossier = service->find(dossierId);
    ASSERT_TRUE(dossier.ok());
    EXPECT_EQ(dossier->status, DossierStatus::CertificateIssued);
    auto certificates = requests->certificates(dossierId);
    ASSERT_TRUE(certificates.ok());
    ASSERT_EQ(certificates->size(), 1);
    openssl::X509Ptr cert = openssl::certificateFromDer(certificates->at(0).der);
    ASSERT_TRUE(cert);
    const auto* in = reinterpret_cast<const unsigned char*>(request.constData());
    openssl::X509ReqPtr req(d2i_X509_REQ(nullptr, &in, request.size()));
    EXPECT_EQ(EVP_PKEY_eq(X509_get0_pubkey(cert.get()), X509_REQ_get0_pubkey(req.get())), 1);
    item = requests->outbox().find(queued->id);
    EXPECT_EQ(item->state, OutboxState::Delivered);
    EXPECT_EQ(item->attempts, 2);
    auto waiting = requests->outbox().pendingCount();
    EXPECT_EQ(*waiting, 0);
}

TEST_P(OutboxTest, RejectionLandsInTheDossierWithTheCasReason)
{
    startCa();
    const qint64 dossierId = readyDossier();
    auto queued = requests->queueEnrolment(dossierId, csr());
    ASSERT_TRUE(queued.ok()) << text(queued.error());
    // A product the CA does not know: the training CA refuses it (a real refusal, with text).
    QSqlQuery q = db->query();
    ASSERT_TRUE(q.exec(
        QStringLiteral("UPDATE outbox_item SET params = '{\"product\":\"withdrawn-product\"}'")));
    auto network = transport();
    auto sender = delivery(*network);
    auto step = sender->sendOne();
    ASSERT_TRUE(step.ok()) << text(step.error());
    EXPECT_EQ(step->outcome, OutboxDelivery::Outcome::Rejected);
    auto dossier = service->find(dossierId);
    ASSERT_TRUE(dossier.ok());
    EXPECT_EQ(dossier->status, DossierStatus::RejectedPendingDocuments);
    ASSERT_FALSE(dossier->history.isEmpty());
    EXPECT_TRUE(dossier->history.last().reason.contains(QStringLiteral("withdrawn-product")))
        << dossier->history.last().reason.toStdString();
    auto item = requests->outbox().find(queued->id);
    EXPECT_EQ(item->state, OutboxState::Failed);

    // The operator retries (it fails again, the product is still unknown), then cancels.
    auto retried = requests->retry(queued->id);
    ASSERT_TRUE(retried.ok()) << text(retried.error());
    EXPECT_EQ(retried->state, OutboxState::Queued);
    auto cancelled = requests->cancel(queued->id);
    ASSERT_TRUE(cancelled.ok()) << text(cancelled.error());
    EXPECT_EQ(cancelled->state, OutboxState::Cancelled);
    auto again = requests->cancel(queued->id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Refused);
    auto idle = sender->sendOne();
    ASSERT_TRUE(idle.ok());
    EXPECT_EQ(idle->outcome, OutboxDelivery::Outcome::Idle) << "a cancelled item is not sent";
    auto trail = service->auditTrail(dossierId);
    ASSERT_TRUE(trail.ok());
    QStringList actions;
    for (const AuditEvent& event : *trail) {
        actions.append(event.action);
    }
    EXPECT_TRUE(actions.contains(QStringLiteral("ca.request.rejected")));
    EXPECT_TRUE(actions.contains(QStringLiteral("ca.request.cancelled")));
}

TEST_P(OutboxTest, DeliveredItemsCannotBeCancelledAndRevocationFollows)
{
    startCa();
    const qint64 dossierId = readyDossier();
    auto queued = requests->queueEnrolment(dossierId, csr());
    ASSERT_TRUE(queued.ok());
    auto network = transport();
    auto sender = delivery(*network);
    ASSERT_EQ(sender->sendOne()->outcome, OutboxDelivery::Outcome::Delivered);
    EXPECT_FALSE(requests->cancel(queued->id).ok());
    EXPECT_FALSE(requests->retry(queued->id).ok());

    CertificateRevocations revocations(
        *db, clock, ProductCatalogue::builtIn(),
        OperatorIdentity{QStringLiteral("op-alice"), QStringLiteral("Alice")});
    auto revocation = revocations.queue(dossierId, {}, RevocationReason::KeyCompromise);
    ASSERT_TRUE(revocation.ok()) << text(revocation.error());
    EXPECT_FALSE(revocations.queue(dossierId, {}, RevocationReason::KeyCompromise).ok())
        << "the same revocation is queued once";
    auto step = sender->sendOne();
    ASSERT_TRUE(step.ok()) << text(step.error());
    EXPECT_EQ(step->outcome, OutboxDelivery::Outcome::Delivered) << step->message.toStdString();
    auto certificates = requests->certificates(dossierId);
    ASSERT_EQ(certificates->size(), 1);
    EXPECT_TRUE(certificates->at(0).revokedUtc.has_value());
    EXPECT_EQ(countRows(*caDb, QStringLiteral(
                                   "SELECT COUNT(*) FROM training_ca_cert WHERE revoked_at <> 0")),
              1);
}

TEST_P(OutboxTest, TwoSendersNeverClaimTheSameItemAndADeadOnesItemIsResentOnce)
{
    const qint64 dossierId = readyDossier();
    auto queued = requests->queueEnrolment(dossierId, csr());
    ASSERT_TRUE(queued.ok());
    std::unique_ptr<Database> otherDb;
    auto other = secondWorkstation(otherDb);
    OutboxRepository second(*otherDb);
    auto first = requests->outbox().claimNext(QStringLiteral("training"), QStringLiteral("a"),
                                              clock.nowUtc(), 30);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(first->has_value());
    auto none =
        second.claimNext(QStringLiteral("training"), QStringLiteral("b"), clock.nowUtc(), 30);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value()) << "held by sender a";

    // Sender a dies mid-exchange; after its lease the item is sent again, and recorded so.
    startCa();
    clock.advanceMs(31000);
    auto network = transport();
    auto sender = delivery(*network);
    auto step = sender->sendOne();
    ASSERT_TRUE(step.ok()) << text(step.error());
    EXPECT_EQ(step->outcome, OutboxDelivery::Outcome::Delivered);
    EXPECT_TRUE(step->item.resumedAfterInterruption);
    EXPECT_FALSE(requests->outbox()
                     .markDelivered(queued->id, QStringLiteral("a"), {}, {}, clock.nowUtc())
                     .ok())
        << "the dead sender's late answer is not applied twice";
    auto trail = service->auditTrail(dossierId);
    ASSERT_TRUE(trail.ok());
    int resent = 0, issued = 0;
    for (const AuditEvent& event : *trail) {
        resent += event.action == u"ca.request.resent" ? 1 : 0;
        issued += event.action == u"ca.certificate.issued" ? 1 : 0;
        if (event.action == u"ca.request.resent") {
            EXPECT_FALSE(event.details()
                             .value(QStringLiteral("previousTransactionId"))
                             .toString()
                             .isEmpty());
        }
    }
    EXPECT_EQ(resent, 1);
    EXPECT_EQ(issued, 1);
}

TEST_P(OutboxTest, ApplicantCsrIsCheckedBeforeQueueing)
{
    const qint64 dossierId = readyDossier();
    auto wrongName = requests->queueEnrolment(dossierId, csr(QStringLiteral("Marie Curie")));
    ASSERT_FALSE(wrongName.ok());
    EXPECT_TRUE(wrongName.error().message.contains(QStringLiteral("Marie Curie")));
    openssl::PKey weak(EVP_RSA_gen(1024));
    auto weakKey = requests->queueEnrolment(
        dossierId, CaFixture::csrFor(weak.get(), QStringLiteral("Jean Dupont")));
    ASSERT_FALSE(weakKey.ok());
    EXPECT_TRUE(weakKey.error().message.contains(QStringLiteral("rsa-1024")))
        << text(weakKey.error());
    QByteArray tampered = csr();
    tampered[tampered.size() - 3] = static_cast<char>(tampered.at(tampered.size() - 3) ^ 0x01);
    auto badSignature = requests->queueEnrolment(dossierId, tampered);
    ASSERT_FALSE(badSignature.ok());
    auto dossier = service->find(dossierId);
    EXPECT_EQ(dossier->status, DossierStatus::IdentityVerified) << "nothing changed";
    EXPECT_EQ(*requests->outbox().pendingCount(), 0);
}

GUICHET_ON_BOTH_ENGINES(OutboxTest);

} // namespace
} // namespace guichet::test
