// Issue 7: the postal dispatch of originals, on both engines; consistent with the meeting
// decision "originals-posted" (the rule of the same name) and the dossier's status.
#include "evidence/PostalDispatch.h"

#include "EvidenceFixture.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "meeting/MeetingRepository.h"
#include "meeting/MeetingService.h"
#include "support/Samples.h"

#include <QSqlQuery>

namespace guichet::test {
namespace {

class PostalDispatchTest : public EngineTest {
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        auto created = service->create(sampleDossier());
        ASSERT_TRUE(created) << created.error().message.toStdString();
        dossierId = created->id;
        postal = std::make_unique<PostalDispatchService>(
            *db, clock, OperatorIdentity{QStringLiteral("op-alice"), QStringLiteral("Alice")});
    }
    void TearDown() override
    {
        postal.reset();
        EngineTest::TearDown();
    }

    // Setup shortcut: the steps before submission (meeting, token, outbox) have their own
    // suites; here only the status they end in matters.
    void putStatus(const char* key)
    {
        QSqlQuery q = db->query();
        q.prepare(QStringLiteral("UPDATE dossier SET status = ? WHERE id = ?"));
        q.addBindValue(QString::fromLatin1(key));
        q.addBindValue(dossierId);
        ASSERT_TRUE(q.exec());
    }

    QDate today() const { return clock.nowUtc().date(); }

    std::unique_ptr<PostalDispatchService> postal;
    qint64 dossierId = 0;
};

TEST_P(PostalDispatchTest, SentThenReceivedIsRecordedAuditedAndMovesTheStatus)
{
    // The meeting was held (its decisions are where the rule looks).
    MeetingService meetings(*db, clock, ProductCatalogue::builtIn(),
                            IdentityDocumentCatalogue::builtIn(), aliceProfile());
    auto opened = meetings.open(dossierId);
    ASSERT_TRUE(opened);
    opened->place = QStringLiteral("Lyon");
    ASSERT_TRUE(meetings.save(*opened));
    putStatus("submitted-to-ca");
    auto sent = postal->recordSent(dossierId, today().addDays(-1), QStringLiteral("1A00123456789"));
    ASSERT_TRUE(sent) << sent.error().message.toStdString();
    EXPECT_EQ(sent->carrier, PostalDispatchService::DefaultCarrier);
    EXPECT_EQ(sent->trackingNumber, u"1A00123456789");
    EXPECT_EQ(sent->sentOn, today().addDays(-1));
    EXPECT_FALSE(sent->receivedOn);
    EXPECT_EQ(sent->sentRecordedBy, u"op-alice");

    auto dossier = service->find(dossierId);
    ASSERT_TRUE(dossier);
    EXPECT_EQ(dossier->status, DossierStatus::OriginalsPosted);

    // The rule reads the decision the dispatch recorded.
    auto meeting = MeetingRepository(*db).find(dossierId);
    ASSERT_TRUE(meeting);
    auto checklist = meetings.checklist(dossierId);
    ASSERT_TRUE(checklist);
    bool seen = false;
    for (const ChecklistItem& item : checklist->items) {
        if (item.ruleId == u"originals-posted") {
            seen = true;
            EXPECT_EQ(item.state, ChecklistItem::State::Satisfied) << item.reason.toStdString();
        }
    }
    EXPECT_TRUE(seen);

    auto received = postal->recordReceived(dossierId, today());
    ASSERT_TRUE(received) << received.error().message.toStdString();
    EXPECT_EQ(received->receivedOn, today());
    auto all = postal->forDossier(dossierId);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().receivedOn, today());
    EXPECT_TRUE(all->first().receivedRecordedAtUtc);

    auto trail = service->auditTrail(dossierId);
    ASSERT_TRUE(trail);
    QStringList actions;
    for (const AuditEvent& event : *trail) {
        actions.append(event.action);
    }
    EXPECT_TRUE(actions.contains(QStringLiteral("dossier.originals_sent")));
    EXPECT_EQ(actions.last(), u"dossier.originals_received");
    auto intact = service->verifyAudit();
    ASSERT_TRUE(intact);
    EXPECT_TRUE(intact->intact);
}

TEST_P(PostalDispatchTest, AfterIssuanceTheStatusStaysAndACarrierIsKept)
{
    putStatus("certificate-issued");
    auto sent = postal->recordSent(dossierId, today(), QStringLiteral("XY123"),
                                   QStringLiteral("Chronopost"));
    ASSERT_TRUE(sent) << sent.error().message.toStdString();
    EXPECT_EQ(sent->carrier, u"Chronopost");
    auto dossier = service->find(dossierId);
    ASSERT_TRUE(dossier);
    EXPECT_EQ(dossier->status, DossierStatus::CertificateIssued);
}

TEST_P(PostalDispatchTest, RefusesWhatCannotBeTrue)
{
    // Before the identity check there are no originals to post.
    auto draft = postal->recordSent(dossierId, today(), QStringLiteral("T1"));
    ASSERT_FALSE(draft);
    EXPECT_EQ(draft.error().code, ErrorCode::Refused);

    putStatus("submitted-to-ca");
    auto future = postal->recordSent(dossierId, today().addDays(1), QStringLiteral("T1"));
    ASSERT_FALSE(future);
    EXPECT_EQ(future.error().code, ErrorCode::InvalidInput);
    auto noTracking = postal->recordSent(dossierId, today(), QStringLiteral("  "));
    ASSERT_FALSE(noTracking);
    EXPECT_EQ(noTracking.error().code, ErrorCode::InvalidInput);

    auto nothingSent = postal->recordReceived(dossierId, today());
    ASSERT_FALSE(nothingSent);
    EXPECT_EQ(nothingSent.error().code, ErrorCode::Refused);

    ASSERT_TRUE(postal->recordSent(dossierId, today().addDays(-2), QStringLiteral("T2")));
    auto beforeSent = postal->recordReceived(dossierId, today().addDays(-3));
    ASSERT_FALSE(beforeSent);
    EXPECT_EQ(beforeSent.error().code, ErrorCode::InvalidInput);
    ASSERT_TRUE(postal->recordReceived(dossierId, today()));
    auto twice = postal->recordReceived(dossierId, today());
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Refused);

    auto unknown = postal->recordSent(dossierId + 1000, today(), QStringLiteral("T3"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

GUICHET_ON_BOTH_ENGINES(PostalDispatchTest);

} // namespace
} // namespace guichet::test
