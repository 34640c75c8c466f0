// Issue 7, "Evidence package": "This package is what the outbox submits to the CA". The
// package goes through the real outbox (sealed at rest), the real sender step and the
// training CA's receiver, on both engines.
#include "EvidenceFixture.h"
#include "ca/TrainingEvidenceReceiver.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/EvidenceSubmissions.h"
#include "ca/outbox/OutboxDelivery.h"
#include "domain/ProductCatalogue.h"
#include "evidence/AsicContainer.h"
#include "evidence/EvidencePackageBuilder.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "smartcard/AtrCatalogue.h"

#include <QSqlQuery>

namespace guichet::test {
namespace {

class EvidenceSubmitTest : public EvidenceTest {
protected:
    void SetUp() override
    {
        EvidenceTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        receiver = std::make_unique<TrainingEvidenceReceiver>(
            *db, clock, QList<QByteArray>{OperatorPki::instance().rootDer()});
        submissions =
            std::make_unique<EvidenceSubmissions>(*db, clock, *encryption, actor, receiver.get());
        requests = std::make_unique<CaRequests>(*db, clock, ProductCatalogue::builtIn(), actor);
    }

    void TearDown() override
    {
        requests.reset();
        submissions.reset();
        receiver.reset();
        EvidenceTest::TearDown();
    }

    void verifyIdentity()
    {
        auto found = service->find(dossierId);
        ASSERT_TRUE(found);
        auto meeting = service->changeStatus(dossierId, found->version,
                                             DossierStatus::ReadyForMeeting, QString());
        ASSERT_TRUE(meeting) << meeting.error().message.toStdString();
        auto verified = service->changeStatus(dossierId, meeting->version,
                                              DossierStatus::IdentityVerified, QString());
        ASSERT_TRUE(verified) << verified.error().message.toStdString();
    }

    QByteArray package()
    {
        EvidencePackageBuilder builder(*service, *documents, IdentityDocumentCatalogue::builtIn(),
                                       AtrCatalogue::builtIn(), aliceProfile());
        auto built = builder.build(dossierId, *signer);
        EXPECT_TRUE(built) << (built ? "" : built.error().message.toStdString());
        return built ? built->bytes : QByteArray();
    }

    OutboxDelivery::Step sendOne(const QString& profileId)
    {
        OutboxOptions options;
        options.claimer = QStringLiteral("test-sender");
        OutboxDelivery delivery(*requests, clock, profileId, CmpEndpoint{}, CmpCredentials{},
                                options);
        delivery.setEvidenceSubmissions(submissions.get());
        auto step = delivery.sendOne();
        EXPECT_TRUE(step) << (step ? "" : step.error().message.toStdString());
        return step ? *step : OutboxDelivery::Step{};
    }

    QStringList actions()
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT action FROM audit_event WHERE object_id = ? "
                                 "ORDER BY seq"));
        q.addBindValue(QString::number(dossierId));
        EXPECT_TRUE(q.exec());
        QStringList list;
        while (q.next()) {
            list.append(q.value(0).toString());
        }
        return list;
    }

    DossierStatus status()
    {
        auto found = service->find(dossierId);
        EXPECT_TRUE(found);
        return found ? found->status : DossierStatus::Draft;
    }

    OperatorIdentity actor{QStringLiteral("op-alice"), QStringLiteral("Alice")};
    std::unique_ptr<TrainingEvidenceReceiver> receiver;
    std::unique_ptr<EvidenceSubmissions> submissions;
    std::unique_ptr<CaRequests> requests;
};

TEST_P(EvidenceSubmitTest, QueuedPackageIsDeliveredAcknowledgedAndAudited)
{
    addScans(2);
    verifyIdentity();
    const QByteArray bytes = package();
    ASSERT_FALSE(bytes.isEmpty());

    auto item = submissions->queueSubmission(dossierId, bytes);
    ASSERT_TRUE(item) << item.error().message.toStdString();
    EXPECT_EQ(item->kind, OutboxKind::Submit);
    EXPECT_EQ(status(), DossierStatus::SubmittedToCa);
    EXPECT_TRUE(actions().contains(u"ca.evidence.queued"));

    const OutboxDelivery::Step step = sendOne(item->caProfileId);
    EXPECT_EQ(step.outcome, OutboxDelivery::Outcome::Delivered) << step.message.toStdString();
    auto stored = requests->outbox().find(item->id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->state, OutboxState::Delivered);
    EXPECT_TRUE(stored->result.startsWith("training-"));
    EXPECT_TRUE(actions().contains(u"dossier.evidence_delivered"));
    EXPECT_EQ(status(), DossierStatus::SubmittedToCa);
    EXPECT_EQ(receiver->receivedCount().value(), 1);

    // Nothing left to send.
    EXPECT_EQ(sendOne(item->caProfileId).outcome, OutboxDelivery::Outcome::Idle);
}

TEST_P(EvidenceSubmitTest, RepeatedDeliveryIsStoredOnce)
{
    addScans(1);
    verifyIdentity();
    const QByteArray bytes = package();
    auto item = submissions->queueSubmission(dossierId, bytes);
    ASSERT_TRUE(item) << item.error().message.toStdString();

    // The first answer is lost (the sender stopped): the package is sent again.
    auto first = submissions->send(*item);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_FALSE(first->repeat);
    EXPECT_TRUE(first->signatureTrusted);
    auto second = submissions->send(*item);
    ASSERT_TRUE(second) << second.error().message.toStdString();
    EXPECT_TRUE(second->repeat);
    EXPECT_EQ(second->receiptId, first->receiptId);
    EXPECT_EQ(second->sha256, first->sha256);
    EXPECT_EQ(receiver->receivedCount().value(), 1);

    // The same package queued again is refused: it is already in the outbox.
    auto again = submissions->queueSubmission(dossierId, bytes);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Refused);
}

TEST_P(EvidenceSubmitTest, TamperedPackageIsRejectedWithTheReason)
{
    addScans(2);
    verifyIdentity();
    auto contents = AsicContainer::read(package());
    ASSERT_TRUE(contents);
    QList<AsicEntry> entries = contents->entries;
    QString changedName;
    for (AsicEntry& entry : entries) {
        if (entry.name.startsWith(u"documents/") && entry.name.endsWith(u".jpg")) {
            entry.data[entry.data.size() / 2] =
                static_cast<char>(entry.data.at(entry.data.size() / 2) ^ 0x01);
            changedName = entry.name;
            break;
        }
    }
    ASSERT_FALSE(changedName.isEmpty());
    auto forged = AsicContainer::write(entries, clock.nowUtc());
    ASSERT_TRUE(forged);

    auto item = submissions->queueSubmission(dossierId, *forged);
    ASSERT_TRUE(item) << item.error().message.toStdString();
    const OutboxDelivery::Step step = sendOne(item->caProfileId);
    EXPECT_EQ(step.outcome, OutboxDelivery::Outcome::Rejected);
    auto stored = requests->outbox().find(item->id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->state, OutboxState::Failed);
    EXPECT_TRUE(stored->lastError.contains(changedName)) << stored->lastError.toStdString();
    EXPECT_TRUE(actions().contains(u"ca.evidence.rejected"));
    EXPECT_EQ(receiver->receivedCount().value(), 0);
}

TEST_P(EvidenceSubmitTest, OutboxHoldsNoPlaintextScan)
{
    addScans(2);
    verifyIdentity();
    const QByteArray bytes = package();
    auto contents = AsicContainer::read(bytes);
    ASSERT_TRUE(contents);
    QByteArray scan;
    for (const AsicEntry& entry : contents->entries) {
        if (entry.name.endsWith(u".jpg")) {
            scan = entry.data;
            break;
        }
    }
    ASSERT_GT(scan.size(), 200);
    // The scan is stored (not deflated) in the package: this is what a plaintext copy shows.
    ASSERT_TRUE(scan.startsWith("\xFF\xD8\xFF"));
    ASSERT_TRUE(bytes.contains(scan.mid(0, 64)));

    auto item = submissions->queueSubmission(dossierId, bytes);
    ASSERT_TRUE(item) << item.error().message.toStdString();
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT payload FROM outbox_item")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        const QByteArray payload = q.value(0).toByteArray();
        EXPECT_FALSE(payload.contains(scan.mid(0, 64))) << "JPEG header in clear";
        EXPECT_FALSE(payload.contains(scan.mid(scan.size() / 2, 64))) << "scan data in clear";
        EXPECT_FALSE(payload.contains("META-INF/ASiCManifest.xml"));
    }
    EXPECT_EQ(rows, 1);
    // And yet the sender gets the exact package back.
    auto sent = submissions->send(*item);
    ASSERT_TRUE(sent) << sent.error().message.toStdString();
    EXPECT_EQ(sent->sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
}

TEST_P(EvidenceSubmitTest, DraftDossierCannotBeSubmitted)
{
    addScans(1);
    const QByteArray bytes = package();
    auto item = submissions->queueSubmission(dossierId, bytes);
    ASSERT_FALSE(item);
    EXPECT_EQ(status(), DossierStatus::Draft);
    auto pending = requests->outbox().pendingCount();
    ASSERT_TRUE(pending);
    EXPECT_EQ(*pending, 0);
}

GUICHET_ON_BOTH_ENGINES(EvidenceSubmitTest);

} // namespace
} // namespace guichet::test
