#include "EngineFixture.h"
#include "support/Samples.h"

#include <QSqlQuery>

using namespace guichet;
using namespace guichet::test;

namespace {

// Tampering as someone with write access to the database would: every kind of change must
// be caught, and the report must name the first event that no longer holds.
class AuditTamperTest : public EngineTest {
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        auto created = service->create(sampleDossier());
        ASSERT_TRUE(created.ok());
        Dossier d = *created;
        for (int i = 0; i < 4; ++i) {
            clock.advanceMs(1000);
            d.holder.phone = QStringLiteral("+33 1 00 00 00 0%1").arg(i);
            auto saved = service->save(d);
            ASSERT_TRUE(saved.ok());
            d = *saved;
        }
        ASSERT_TRUE(
            service->changeStatus(d.id, d.version, DossierStatus::ReadyForMeeting, {}).ok());
        auto report = service->verifyAudit();
        ASSERT_TRUE(report.ok());
        ASSERT_TRUE(report->intact);
        ASSERT_EQ(report->eventsChecked, 6);
    }

    void tamper(const QString& sql)
    {
        QSqlQuery q = db->query();
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
    }

    AuditVerification verify()
    {
        auto report = service->verifyAudit();
        EXPECT_TRUE(report.ok());
        return report.ok() ? *report : AuditVerification{};
    }
};
GUICHET_ON_BOTH_ENGINES(AuditTamperTest);

} // namespace

TEST_P(AuditTamperTest, DetectsAFlippedField)
{
    tamper(QStringLiteral("UPDATE audit_event SET operator = 'op-mallory' WHERE seq = 3"));
    const AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 3);
    EXPECT_TRUE(report.problem.contains(QStringLiteral("changed")));
}

TEST_P(AuditTamperTest, DetectsChangedDetailsEvenWithARecomputedOwnHash)
{
    // Rewriting an event and its own hash still breaks the link from the next event.
    auto events = service->auditTrail(1);
    ASSERT_TRUE(events.ok());
    AuditEvent forged = events->at(1);
    forged.detailsJson = R"({"changed":["nothing"],"version":2})";
    forged.hash = forged.computeHash();
    tamper(
        QStringLiteral("UPDATE audit_event SET details = '%1', hash = '%2' WHERE seq = 2")
            .arg(QString::fromUtf8(forged.detailsJson), QString::fromLatin1(forged.hash.toHex())));
    const AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 3);
}

TEST_P(AuditTamperTest, DetectsADeletedEvent)
{
    tamper(QStringLiteral("DELETE FROM audit_event WHERE seq = 4"));
    const AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 4);
    EXPECT_TRUE(report.problem.contains(QStringLiteral("missing")));
}

TEST_P(AuditTamperTest, DetectsDeletedEventsRenumbered)
{
    tamper(QStringLiteral("DELETE FROM audit_event WHERE seq = 2"));
    tamper(QStringLiteral("UPDATE audit_event SET seq = seq - 1 WHERE seq > 2"));
    const AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 2);
}

TEST_P(AuditTamperTest, DetectsTheEndCutOff)
{
    tamper(QStringLiteral("DELETE FROM audit_event WHERE seq >= 5"));
    const AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 5);
}

TEST_P(AuditTamperTest, DetectsReorderedEvents)
{
    tamper(QStringLiteral("UPDATE audit_event SET seq = 100 WHERE seq = 2"));
    tamper(QStringLiteral("UPDATE audit_event SET seq = 2 WHERE seq = 3"));
    tamper(QStringLiteral("UPDATE audit_event SET seq = 3 WHERE seq = 100"));
    const AuditVerification report = verify();
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.firstBadSeq, 2);
    EXPECT_TRUE(report.problem.contains(QStringLiteral("follow")));
}

TEST_P(AuditTamperTest, KeepsCountingAfterNewEvents)
{
    auto created = service->create(sampleOrganisationDossier());
    ASSERT_TRUE(created.ok());
    const AuditVerification report = verify();
    EXPECT_TRUE(report.intact);
    EXPECT_EQ(report.eventsChecked, 7);
    EXPECT_TRUE(report.problem.isEmpty());
}
