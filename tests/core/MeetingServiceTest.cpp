// MeetingService on both SQL engines: resume, conflicts, audited decisions and the
// "identity verified" gate (issue 3).
#include "meeting/MeetingService.h"

#include "EngineFixture.h"
#include "ca/outbox/CaRequests.h"
#include "core/MeetingSamples.h"
#include "documents/DocumentRepository.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "token/AuditPersonalisationRecorder.h"

#include <QJsonDocument>

using namespace guichet;
using namespace guichet::test;
using Kind = MeetingDecision::Kind;

namespace {

class MeetingServiceTest : public EngineTest {
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        Dossier draft = employeeDossier();
        draft.id = 0;
        auto created = service->create(draft);
        ASSERT_TRUE(created) << created.error().message.toStdString();
        dossierId = created->id;
        auto ready =
            service->changeStatus(dossierId, created->version, DossierStatus::ReadyForMeeting, {});
        ASSERT_TRUE(ready) << ready.error().message.toStdString();
        Transaction tx(*db);
        DocumentRepository documents(*db);
        int n = 0;
        for (DocumentInfo info : employeeDocuments(dossierId)) {
            info.uid = QStringLiteral("doc-%1").arg(++n);
            info.capturedAtUtc = clock.nowUtc();
            info.capturedBy = QStringLiteral("op-alice");
            ASSERT_TRUE(documents.insert(info));
        }
        ASSERT_TRUE(tx.commit());
        meetings = makeService(*db, trainedOperator());
    }

    void TearDown() override
    {
        meetings.reset();
        EngineTest::TearDown();
    }

    std::unique_ptr<MeetingService> makeService(Database& on, OperatorProfile op)
    {
        return std::make_unique<MeetingService>(on, clock, ProductCatalogue::builtIn(),
                                                IdentityDocumentCatalogue::builtIn(),
                                                std::move(op));
    }

    // The document and organisation steps, as the guided view saves them.
    Meeting fillIn()
    {
        auto opened = meetings->open(dossierId);
        EXPECT_TRUE(opened);
        Meeting m = *opened;
        const Meeting sample = completeMeeting(dossierId);
        m.step = QStringLiteral("organisation");
        m.place = sample.place;
        m.document = sample.document;
        m.organisation = sample.organisation;
        auto saved = meetings->save(m);
        EXPECT_TRUE(saved) << saved.error().message.toStdString();
        return saved ? *saved : m;
    }

    void recordAll(const QStringList& features)
    {
        for (MeetingDecision d : allDecisions()) {
            if (d.kind == Kind::SecurityFeatureChecked) {
                continue;
            }
            ASSERT_TRUE(meetings->record(dossierId, d));
        }
        for (const QString& feature : features) {
            ASSERT_TRUE(
                meetings->record(dossierId, decision(Kind::SecurityFeatureChecked, feature)));
        }
    }

    qint64 dossierId = 0;
    std::unique_ptr<MeetingService> meetings;
};

GUICHET_ON_BOTH_ENGINES(MeetingServiceTest);

} // namespace

TEST_P(MeetingServiceTest, ANewMeetingStartsNowWithTheActingOperator)
{
    auto opened = meetings->open(dossierId);
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->version, 0);
    EXPECT_EQ(opened->startedAtUtc, clock.nowUtc());
    EXPECT_EQ(opened->operatorId, QStringLiteral("op-alice"));
    EXPECT_TRUE(opened->suggestedFeatures.isEmpty());
    EXPECT_EQ(meetings->open(dossierId + 1000).error().code, ErrorCode::NotFound);
}

TEST_P(MeetingServiceTest, ResumesAtTheSavedStepWithEverythingFilledIn)
{
    const Meeting saved = fillIn();
    EXPECT_EQ(saved.version, 1);
    clock.advanceMs(3'600'000);
    std::unique_ptr<Database> other = openDb(); // another session, later
    auto reopened = makeService(*other, trainedOperator())->open(dossierId);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->version, 1);
    EXPECT_EQ(reopened->step, QStringLiteral("organisation"));
    EXPECT_EQ(reopened->document, completeMeeting().document);
    EXPECT_EQ(reopened->organisation, completeMeeting().organisation);
    EXPECT_EQ(reopened->startedAtUtc, saved.startedAtUtc);
    EXPECT_EQ(reopened->suggestedFeatures, saved.suggestedFeatures);
}

TEST_P(MeetingServiceTest, SuggestsThreeDifferentFeaturesOfTheTypeOnce)
{
    const Meeting saved = fillIn();
    const IdentityDocumentType* type =
        IdentityDocumentCatalogue::builtIn().type(QStringLiteral("passport"));
    ASSERT_NE(type, nullptr);
    ASSERT_EQ(saved.suggestedFeatures.size(), 3);
    EXPECT_EQ(
        QSet<QString>(saved.suggestedFeatures.cbegin(), saved.suggestedFeatures.cend()).size(), 3);
    for (const QString& feature : saved.suggestedFeatures) {
        EXPECT_TRUE(type->securityFeatures.contains(feature)) << feature.toStdString();
    }
    Meeting edited = saved;
    edited.step = QStringLiteral("features");
    auto again = meetings->save(edited);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->suggestedFeatures, saved.suggestedFeatures); // drawn once
}

TEST_P(MeetingServiceTest, ASaveOfAStaleVersionIsAConflictNamingWhoAndWhen)
{
    const Meeting read = fillIn();
    std::unique_ptr<Database> bobDb = openDb();
    OperatorProfile bob = trainedOperator();
    bob.identity = {QStringLiteral("op-bob"), QStringLiteral("Bob")};
    auto bobMeetings = makeService(*bobDb, bob);
    Meeting bobEdit = read;
    bobEdit.place = QStringLiteral("Agence de Lyon, bureau 2");
    ASSERT_TRUE(bobMeetings->save(bobEdit));

    Meeting aliceEdit = read;
    aliceEdit.step = QStringLiteral("summary");
    auto refused = meetings->save(aliceEdit);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("op-bob")))
        << refused.error().message.toStdString();
    auto stored = meetings->open(dossierId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->place, bobEdit.place);
    EXPECT_EQ(stored->version, 2);
}

TEST_P(MeetingServiceTest, EveryDecisionIsStoredWithOperatorAndTimeAndAudited)
{
    fillIn();
    clock.advanceMs(5000);
    auto recorded = meetings->record(
        dossierId, MeetingDecision{Kind::SecurityFeatureChecked, QStringLiteral("watermark"), true,
                                   QStringLiteral("forged"), QDateTime()});
    ASSERT_TRUE(recorded) << recorded.error().message.toStdString();
    const MeetingDecision& stored = recorded->decisions.last();
    EXPECT_EQ(stored.operatorId, QStringLiteral("op-alice")); // filled in by the service
    EXPECT_EQ(stored.atUtc, clock.nowUtc());

    auto reopened = meetings->open(dossierId);
    ASSERT_TRUE(reopened);
    ASSERT_EQ(reopened->decisions.size(), 1);
    EXPECT_EQ(reopened->decisions[0].subject, QStringLiteral("watermark"));
    EXPECT_EQ(reopened->decisions[0].atUtc, clock.nowUtc());

    auto trail = service->auditTrail(dossierId);
    ASSERT_TRUE(trail);
    const AuditEvent& event = trail->last();
    EXPECT_EQ(event.action, QStringLiteral("meeting.decision"));
    EXPECT_EQ(event.operatorId, QStringLiteral("op-alice"));
    EXPECT_EQ(event.details().value(u"kind").toString(), QStringLiteral("feature"));
    EXPECT_EQ(event.details().value(u"subject").toString(), QStringLiteral("watermark"));
    // Names, never personal values: the saved document's number and names are not in the log.
    for (const AuditEvent& each : *trail) {
        EXPECT_FALSE(each.detailsJson.contains("L898902C3")) << each.detailsJson.toStdString();
        EXPECT_FALSE(each.detailsJson.contains("ERIKSSON"));
    }
    auto verified = service->verifyAudit();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->intact) << verified->problem.toStdString();
}

TEST_P(MeetingServiceTest, RefusesAFeatureTheDocumentTypeDoesNotHave)
{
    EXPECT_EQ(
        meetings
            ->record(dossierId, decision(Kind::SecurityFeatureChecked, QStringLiteral("watermark")))
            .error()
            .code,
        ErrorCode::Refused); // no document type yet
    fillIn();
    EXPECT_EQ(meetings
                  ->record(dossierId,
                           decision(Kind::SecurityFeatureChecked, QStringLiteral("tactile-relief")))
                  .error()
                  .code,
              ErrorCode::InvalidInput);
    EXPECT_EQ(meetings->record(dossierId, decision(Kind::TermsAccepted)).error().code,
              ErrorCode::InvalidInput); // which version?
}

TEST_P(MeetingServiceTest, VerifyIdentityIsRefusedNamingTheRulesThenAccepted)
{
    fillIn();
    auto refused = meetings->verifyIdentity(dossierId);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    const QString message = refused.error().message;
    EXPECT_TRUE(message.contains(RequirementRules::title(QStringLiteral("face-compared"))))
        << message.toStdString();
    EXPECT_TRUE(message.contains(RequirementRules::title(QStringLiteral("security-features"))));
    EXPECT_FALSE(message.contains(RequirementRules::title(QStringLiteral("id-valid"))));
    EXPECT_EQ(service->find(dossierId)->status, DossierStatus::ReadyForMeeting);

    recordAll({QStringLiteral("watermark"), QStringLiteral("intaglio")});
    auto twoFeatures = meetings->verifyIdentity(dossierId);
    ASSERT_FALSE(twoFeatures);
    EXPECT_TRUE(twoFeatures.error().message.contains(
        RequirementRules::title(QStringLiteral("security-features"))));

    ASSERT_TRUE(meetings->record(
        dossierId, decision(Kind::SecurityFeatureChecked, QStringLiteral("laser-photo"))));
    auto checklist = meetings->checklist(dossierId);
    ASSERT_TRUE(checklist);
    EXPECT_TRUE(checklist->satisfied());

    clock.advanceMs(60'000);
    auto verified = meetings->verifyIdentity(dossierId);
    ASSERT_TRUE(verified) << verified.error().message.toStdString();
    ASSERT_TRUE(verified->identityVerifiedAtUtc.has_value());
    EXPECT_EQ(*verified->identityVerifiedAtUtc, clock.nowUtc());

    auto dossier = service->find(dossierId);
    ASSERT_TRUE(dossier);
    EXPECT_EQ(dossier->status, DossierStatus::IdentityVerified);
    EXPECT_EQ(dossier->history.last().to, DossierStatus::IdentityVerified);
    EXPECT_EQ(dossier->history.last().operatorId, QStringLiteral("op-alice"));
    auto trail = service->auditTrail(dossierId);
    ASSERT_TRUE(trail);
    QStringList actions;
    for (const AuditEvent& event : *trail) {
        actions.append(event.action);
    }
    EXPECT_EQ(actions.last(), QStringLiteral("meeting.identity-verified"));
    EXPECT_EQ(actions[actions.size() - 2], QStringLiteral("dossier.status"));
    EXPECT_TRUE(service->verifyAudit()->intact);

    // The evidence the identity was verified on is frozen; verifying twice is refused.
    Meeting edit = *meetings->open(dossierId);
    edit.document.number = QStringLiteral("X1234567");
    EXPECT_EQ(meetings->save(edit).error().code, ErrorCode::Refused);
    EXPECT_EQ(meetings->verifyIdentity(dossierId).error().code, ErrorCode::Refused);
}

TEST_P(MeetingServiceTest, TheOperatorWhoIsTheHolderCannotVerify)
{
    OperatorProfile holder = trainedOperator();
    holder.identity = {QStringLiteral("op-anna"), QStringLiteral("Anna Maria Eriksson")};
    meetings = makeService(*db, holder);
    fillIn();
    recordAll(
        {QStringLiteral("watermark"), QStringLiteral("intaglio"), QStringLiteral("laser-photo")});
    auto refused = meetings->verifyIdentity(dossierId);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(
        RequirementRules::title(QStringLiteral("operator-not-holder"))))
        << refused.error().message.toStdString();
    EXPECT_EQ(service->find(dossierId)->status, DossierStatus::ReadyForMeeting);
}

namespace {

// SDP-6.5.1-02/04: the checklist reads the token personalised for the dossier back from the
// audit trail: pending before, refused for a model that is not a certified QSCD, met for one
// that is, with the key generated on the device.
class TokenQscdRuleTest : public MeetingServiceTest {
protected:
    ChecklistItem::State tokenRule()
    {
        auto checklist = meetings->checklist(dossierId);
        EXPECT_TRUE(checklist) << checklist.error().message.toStdString();
        for (const ChecklistItem& item : checklist->items) {
            if (item.ruleId == u"token-qscd") {
                return item.state;
            }
        }
        ADD_FAILURE() << "no token-qscd rule for an RGS*** dossier";
        return ChecklistItem::State::Satisfied;
    }

    // What TokenPersonaliser records when it generates the key, then the link the window and
    // the CLI make when they keep the token's certificate request (not queued here).
    void personalise(const QString& serial, const QString& model, const QString& manufacturer)
    {
        AuditPersonalisationRecorder recorder(*db, clock, QStringLiteral("op-alice"));
        ASSERT_TRUE(recorder.record(QStringLiteral("token.key_generated"),
                                    {{QStringLiteral("serial"), serial},
                                     {QStringLiteral("model"), model},
                                     {QStringLiteral("manufacturer"), manufacturer},
                                     {QStringLiteral("local"), true},
                                     {QStringLiteral("never_extractable"), true},
                                     {QStringLiteral("always_sensitive"), true}}));
        TokenRequest request;
        request.tokenSerial = serial;
        request.keyId = QByteArray::fromHex("01");
        request.requestDer = "certificate request made on " + serial.toUtf8();
        CaRequests requests(*db, clock, ProductCatalogue::builtIn(),
                            {QStringLiteral("op-alice"), QStringLiteral("Alice")});
        auto recorded = requests.recordTokenRequest(dossierId, request, false);
        ASSERT_TRUE(recorded) << recorded.error().message.toStdString();
        EXPECT_FALSE(*recorded); // kept, not queued
    }
};

GUICHET_ON_BOTH_ENGINES(TokenQscdRuleTest);

TEST_P(TokenQscdRuleTest, FollowsTheTokenPersonalisedForTheDossier)
{
    auto dossier = service->find(dossierId);
    ASSERT_TRUE(dossier);
    Dossier edited = *dossier;
    edited.productId = QStringLiteral("rgs3");
    ASSERT_TRUE(service->save(edited));

    EXPECT_EQ(tokenRule(), ChecklistItem::State::Pending);
    personalise(QStringLiteral("SOFT-1"), QStringLiteral("SoftHSM v2"),
                QStringLiteral("SoftHSM project"));
    EXPECT_EQ(tokenRule(), ChecklistItem::State::Failed);
    personalise(QStringLiteral("IDP-940-1"), QStringLiteral("IDPrime 940"),
                QStringLiteral("Thales (Gemalto)"));
    EXPECT_EQ(tokenRule(), ChecklistItem::State::Satisfied);
}

} // namespace
