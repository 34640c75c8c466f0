#include "EngineFixture.h"
#include "support/Samples.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace guichet;
using namespace guichet::test;

namespace {

class DossierServiceTest : public EngineTest {};
GUICHET_ON_BOTH_ENGINES(DossierServiceTest);

qint64 count(Database& db, const QString& table)
{
    QSqlQuery q = db.query();
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
    EXPECT_TRUE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_P(DossierServiceTest, CreatesAndReadsBackEveryField)
{
    auto created = service->create(sampleOrganisationDossier());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_GT(created->id, 0);
    EXPECT_EQ(created->version, 1);
    EXPECT_EQ(created->status, DossierStatus::Draft);
    EXPECT_EQ(created->ownerOperatorId, QStringLiteral("op-alice"));
    EXPECT_EQ(created->caProfileId, QStringLiteral("training"));

    auto read = service->find(created->id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->holder, created->holder);
    EXPECT_EQ(read->organisation, created->organisation);
    EXPECT_EQ(read->subscriber, created->subscriber);
    EXPECT_EQ(read->holder.givenNames, QStringLiteral("Élodie"));
    EXPECT_EQ(read->createdAtUtc, clock.nowUtc());
    ASSERT_EQ(read->history.size(), 1);
    EXPECT_FALSE(read->history[0].from.has_value());
    EXPECT_EQ(read->history[0].to, DossierStatus::Draft);
    EXPECT_EQ(read->history[0].operatorId, QStringLiteral("op-alice"));
}

// A production desk's dossiers are for the CA its outbox sends to (DeskServices::caProfileId);
// a draft that names its CA keeps it.
TEST_P(DossierServiceTest, ANewDossierIsForTheDesksCaProfile)
{
    service->setDefaultCaProfile(QStringLiteral("acme-ca"));
    auto created = service->create(sampleDossier());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_EQ(service->find(created->id)->caProfileId, QStringLiteral("acme-ca"));

    Dossier named = sampleDossier();
    named.caProfileId = QStringLiteral("other-ca");
    auto kept = service->create(named);
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    EXPECT_EQ(service->find(kept->id)->caProfileId, QStringLiteral("other-ca"));
}

TEST_P(DossierServiceTest, RefusesInvalidDossiersAndStoresNothing)
{
    Dossier bad = sampleDossier();
    bad.holder.email = QStringLiteral("not-an-address");
    auto created = service->create(bad);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(created.error().message.contains(QStringLiteral("holder.email")));
    EXPECT_EQ(count(*db, QStringLiteral("dossier")), 0);
    EXPECT_EQ(count(*db, QStringLiteral("audit_event")), 0);
}

TEST_P(DossierServiceTest, EditsBumpTheVersionAndAreAudited)
{
    auto created = service->create(sampleDossier());
    ASSERT_TRUE(created.ok());
    Dossier edited = *created;
    edited.holder.email = QStringLiteral("j.dupont@example.net");
    edited.holder.address.city = QStringLiteral("Lille");
    clock.advanceMs(60'000);
    auto saved = service->save(edited);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(saved->version, 2);
    EXPECT_EQ(saved->updatedAtUtc, clock.nowUtc());
    EXPECT_EQ(service->find(created->id)->holder.email, QStringLiteral("j.dupont@example.net"));

    auto trail = service->auditTrail(created->id);
    ASSERT_TRUE(trail.ok());
    ASSERT_EQ(trail->size(), 2);
    EXPECT_EQ(trail->at(0).action, QStringLiteral("dossier.created"));
    EXPECT_EQ(trail->at(1).action, QStringLiteral("dossier.updated"));
    const QJsonObject details = trail->at(1).details();
    EXPECT_EQ(details.value(u"changed").toArray().toVariantList(),
              (QVariantList{QStringLiteral("holder.email"), QStringLiteral("holder.address")}));
    // Names of the changed fields, never their values (personal data outlives no retention).
    EXPECT_FALSE(trail->at(1).detailsJson.contains("example.net"));
}

TEST_P(DossierServiceTest, SecondSaveOfTheSameVersionIsAConflictNotALostUpdate)
{
    auto created = service->create(sampleDossier());
    ASSERT_TRUE(created.ok());
    std::unique_ptr<Database> bobDb;
    auto bob = secondWorkstation(bobDb);
    ASSERT_TRUE(bobDb);

    Dossier alicesCopy = *created;
    Dossier bobsCopy = *bob->find(created->id);
    bobsCopy.holder.phone = QStringLiteral("+33 6 11 22 33 44");
    ASSERT_TRUE(bob->save(bobsCopy).ok());

    alicesCopy.holder.email = QStringLiteral("alice-wins@example.org");
    auto conflict = service->save(alicesCopy);
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(conflict.error().message.contains(QStringLiteral("op-bob")));

    const Dossier stored = *service->find(created->id);
    EXPECT_EQ(stored.holder.phone, QStringLiteral("+33 6 11 22 33 44"));
    EXPECT_EQ(stored.holder.email, created->holder.email);
    EXPECT_EQ(stored.version, 2);

    // A status change on a stale version is refused the same way.
    auto staleStatus = service->changeStatus(created->id, 1, DossierStatus::ReadyForMeeting, {});
    ASSERT_FALSE(staleStatus.ok());
    EXPECT_EQ(staleStatus.error().code, ErrorCode::Conflict);
}

TEST_P(DossierServiceTest, StatusTransitionsRecordWhoWhenAndWhy)
{
    auto created = service->create(sampleDossier());
    ASSERT_TRUE(created.ok());
    int version = created->version;
    const qint64 id = created->id;
    for (DossierStatus to : {DossierStatus::ReadyForMeeting, DossierStatus::IdentityVerified,
                             DossierStatus::TokenPersonalised, DossierStatus::SubmittedToCa}) {
        clock.advanceMs(1000);
        auto moved = service->changeStatus(id, version, to, {});
        ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
        version = moved->version;
    }
    clock.advanceMs(1000);
    const QString reason = QStringLiteral("Kbis extract older than three months");
    auto rejected =
        service->changeStatus(id, version, DossierStatus::RejectedPendingDocuments, reason);
    ASSERT_TRUE(rejected.ok());

    const Dossier stored = *service->find(id);
    EXPECT_EQ(stored.status, DossierStatus::RejectedPendingDocuments);
    ASSERT_EQ(stored.history.size(), 6);
    EXPECT_EQ(stored.history.back().from, DossierStatus::SubmittedToCa);
    EXPECT_EQ(stored.history.back().reason, reason);
    EXPECT_EQ(stored.history.back().atUtc, clock.nowUtc());
    EXPECT_EQ(stored.history.back().operatorId, QStringLiteral("op-alice"));
    EXPECT_EQ(service->auditTrail(id)->size(), 6);
}

TEST_P(DossierServiceTest, ForbiddenTransitionChangesNothing)
{
    auto created = service->create(sampleDossier());
    ASSERT_TRUE(created.ok());
    auto refused =
        service->changeStatus(created->id, created->version, DossierStatus::CertificateIssued, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    const Dossier stored = *service->find(created->id);
    EXPECT_EQ(stored.status, DossierStatus::Draft);
    EXPECT_EQ(stored.version, 1);
    EXPECT_EQ(stored.history.size(), 1);
    EXPECT_EQ(count(*db, QStringLiteral("audit_event")), 1);
}

TEST_P(DossierServiceTest, MissingDossierIsNotFound)
{
    auto missing = service->find(424242);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    Dossier ghost = sampleDossier();
    ghost.id = 424242;
    ghost.version = 1;
    EXPECT_EQ(service->save(ghost).error().code, ErrorCode::NotFound);
}
