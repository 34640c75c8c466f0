// Renewal (issue 6): opening a dossier from an existing certificate, and the rule that
// decides between a key update and a new face-to-face meeting (REG-6.3.1, RFC 9483 4.1.3).
#include "OutboxFixture.h"
#include "ca/renewal/RenewalService.h"

#include <QSqlQuery>

namespace guichet::test {
namespace {

const QDateTime kVerified(QDate(2026, 1, 10), QTime(10, 0), Qt::UTC);

RenewalFacts validFacts(const QDateTime& now)
{
    RenewalFacts facts;
    facts.nowUtc = now;
    facts.certificateNotAfterUtc = now.addYears(1);
    facts.identityVerifiedUtc = kVerified;
    facts.identityValidationMonths = 36;
    return facts;
}

TEST(RenewalPolicyTest, KeyUpdateWhileTheIdentityValidationIsUsable)
{
    const RenewalDecision decision = RenewalPolicy::decide(validFacts(kVerified.addMonths(35)));
    EXPECT_EQ(decision.path, RenewalPath::KeyUpdate);
    ASSERT_TRUE(decision.reusableUntil.has_value());
    EXPECT_EQ(decision.reusableUntil->date(), QDate(2029, 1, 10));
    ASSERT_EQ(decision.reasons.size(), 1);
    EXPECT_TRUE(decision.reasons.at(0).contains(QStringLiteral("REG-6.3.1")));
    EXPECT_EQ(decision.key(), QStringLiteral("key-update"));
}

TEST(RenewalPolicyTest, NewMeetingOnceTheValidationPeriodIsOver)
{
    const RenewalDecision decision = RenewalPolicy::decide(validFacts(kVerified.addMonths(37)));
    EXPECT_EQ(decision.path, RenewalPath::NewMeeting);
    ASSERT_EQ(decision.reasons.size(), 1);
    EXPECT_TRUE(decision.reasons.at(0).contains(QStringLiteral("2029-01-10")))
        << decision.reasons.at(0).toStdString();
    EXPECT_TRUE(decision.reasons.at(0).contains(QStringLiteral("REG-6.3.1")));

    RenewalFacts shorter = validFacts(kVerified.addMonths(13));
    shorter.identityValidationMonths = 12; // the CA profile decides
    EXPECT_EQ(RenewalPolicy::decide(shorter).path, RenewalPath::NewMeeting);
}

TEST(RenewalPolicyTest, ExpiredRevokedOrUnknownValidationNeedAMeetingAndSayAllReasons)
{
    RenewalFacts facts = validFacts(kVerified.addMonths(6));
    facts.certificateNotAfterUtc = facts.nowUtc.addDays(-1);
    facts.certificateRevoked = true;
    facts.identityVerifiedUtc.reset();
    const RenewalDecision decision = RenewalPolicy::decide(facts);
    EXPECT_EQ(decision.path, RenewalPath::NewMeeting);
    ASSERT_EQ(decision.reasons.size(), 3);
    EXPECT_TRUE(decision.reasons.at(0).contains(QStringLiteral("RFC 9483 4.1.3")));
    EXPECT_TRUE(decision.reasons.at(1).contains(QStringLiteral("revoked")));
    EXPECT_TRUE(decision.reasons.at(2).contains(QStringLiteral("no record")));
}

TEST(PreviousCertificateTest, GarbageIsRefused)
{
    auto read = PreviousCertificates::read(QByteArrayLiteral("not a certificate"));
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, ErrorCode::InvalidInput);
}

class RenewalTest : public OutboxTest {
protected:
    // A certificate issued to `dossierId` through the outbox and the training CA.
    QByteArray issuedCertificate(qint64 dossierId)
    {
        auto queued = requests->queueEnrolment(dossierId, csr());
        EXPECT_TRUE(queued.ok()) << text(queued.error());
        startCa();
        auto network = transport();
        auto sender = delivery(*network);
        auto sent = sender->sendOne();
        EXPECT_TRUE(sent.ok() && sent->outcome == OutboxDelivery::Outcome::Delivered);
        auto certificates = requests->certificates(dossierId);
        EXPECT_TRUE(certificates.ok() && certificates->size() == 1);
        return certificates.ok() && !certificates->isEmpty() ? certificates->at(0).der
                                                             : QByteArray();
    }

    RenewalService renewals()
    {
        return RenewalService(
            *db, clock, ProductCatalogue::builtIn(),
            OperatorIdentity{QStringLiteral("op-alice"), QStringLiteral("Alice")});
    }
};

TEST_P(RenewalTest, OpenedFromAPemCertificateOfThisDeskWithItsDossierAndAKeyUpdate)
{
    const qint64 previousId = readyDossier();
    const QByteArray der = issuedCertificate(previousId);
    ASSERT_FALSE(der.isEmpty());
    openssl::X509Ptr cert = openssl::certificateFromDer(der);
    auto read = PreviousCertificates::read(openssl::certificatePem(cert.get()));
    ASSERT_TRUE(read.ok()) << text(read.error());
    EXPECT_EQ(read->der, der);

    clock.advanceMs(qint64(400) * 24 * 3600 * 1000); // a year later
    RenewalService renewal = renewals();
    auto opened = renewal.open(*read, {QStringLiteral("CMD-2027-000001"), {}, {}, {}, {}});
    ASSERT_TRUE(opened.ok()) << text(opened.error());
    const auto& [dossier, link] = *opened;
    EXPECT_NE(dossier.id, previousId);
    EXPECT_EQ(dossier.status, DossierStatus::Draft);
    EXPECT_EQ(dossier.orderReference, QStringLiteral("CMD-2027-000001"));
    const Dossier sample = sampleDossier();
    EXPECT_EQ(dossier.holder, sample.holder) << "taken from the dossier that got the certificate";
    EXPECT_EQ(dossier.productId, sample.productId);
    EXPECT_EQ(link.path, RenewalPath::KeyUpdate);
    EXPECT_EQ(link.previousDossierId, previousId);

    auto stored = renewal.renewalOf(dossier.id);
    ASSERT_TRUE(stored.ok()) << text(stored.error());
    ASSERT_TRUE(stored->has_value());
    EXPECT_EQ((*stored)->previousCertificateDer, der);
    EXPECT_EQ((*stored)->previousSerialHex, read->serialHex);
    EXPECT_EQ((*stored)->path, RenewalPath::KeyUpdate);
    EXPECT_EQ((*stored)->reasons, link.reasons);
    auto trail = this->service->auditTrail(dossier.id);
    ASSERT_TRUE(trail.ok());
    QStringList actions;
    for (const AuditEvent& event : *trail) {
        actions.append(event.action);
    }
    EXPECT_TRUE(actions.contains(QStringLiteral("dossier.renewal.opened")));
    auto none = renewal.renewalOf(previousId);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
}

TEST_P(RenewalTest, ValidCertificateButOldIdentityValidationNeedsANewMeeting)
{
    const qint64 previousId = readyDossier(); // identity verified now
    clock.advanceMs(qint64(730) * 24 * 3600 * 1000);
    caClock.advanceMs(qint64(730) * 24 * 3600 * 1000); // issued two years later
    const QByteArray der = issuedCertificate(previousId);
    ASSERT_FALSE(der.isEmpty());
    clock.advanceMs(qint64(400) * 24 * 3600 * 1000); // 37 months after the meeting
    auto read = PreviousCertificates::read(der);
    ASSERT_TRUE(read.ok());
    ASSERT_FALSE(read->isExpiredAt(clock.nowUtc()));
    auto preview = renewals().preview(*read);
    ASSERT_TRUE(preview.ok()) << text(preview.error());
    EXPECT_EQ(preview->previousDossierId, previousId);
    EXPECT_EQ(preview->decision.path, RenewalPath::NewMeeting);
    ASSERT_EQ(preview->decision.reasons.size(), 1);
    EXPECT_TRUE(preview->decision.reasons.at(0).contains(QStringLiteral("REG-6.3.1")));
}

TEST_P(RenewalTest, ACertificateFromElsewhereFillsTheFieldsFromItsSubject)
{
    openssl::PKey key = CaFixture::newKey();
    IssueRequest issue;
    issue.productId = QStringLiteral("qcp-l");
    issue.usage = QStringLiteral("seal");
    issue.commonName = QStringLiteral("Élodie Martin");
    issue.organisation = QStringLiteral("ACME Industries");
    issue.organisationIdentifier = QStringLiteral("NTRFR-732829320");
    issue.country = QStringLiteral("FR");
    issue.idempotencyKey = QStringLiteral("elsewhere-1");
    auto issued = ca->issueCertificate(
        CaFixture::csrFor(key.get(), issue.commonName, issue.organisation, QStringLiteral("FR")),
        issue);
    ASSERT_TRUE(issued.ok()) << text(issued.error());

    auto read = PreviousCertificates::read(issued->der);
    ASSERT_TRUE(read.ok()) << text(read.error());
    EXPECT_EQ(read->productId(ProductCatalogue::builtIn()), QStringLiteral("qcp-l"));
    RenewalService renewal = renewals();
    auto refused = renewal.open(*read, {});
    ASSERT_FALSE(refused.ok()) << "the birth date is not in a certificate";
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("holder.birthDate")));
    EXPECT_FALSE(refused.error().message.contains(QStringLiteral("holder.surnames")));

    auto opened = renewal.open(*read, {QStringLiteral("CMD-2027-000002"),
                                       QDate(1975, 3, 2),
                                       QStringLiteral("elodie.martin@example.org"),
                                       {},
                                       {}});
    ASSERT_TRUE(opened.ok()) << text(opened.error());
    const Dossier& dossier = opened->first;
    EXPECT_EQ(dossier.holder.givenNames, QStringLiteral("Élodie"));
    EXPECT_EQ(dossier.holder.surnames, QStringLiteral("Martin"));
    EXPECT_EQ(dossier.productId, QStringLiteral("qcp-l"));
    ASSERT_TRUE(dossier.organisation.has_value());
    EXPECT_EQ(dossier.organisation->name, QStringLiteral("ACME Industries"));
    EXPECT_EQ(dossier.organisation->registrationId, QStringLiteral("732829320"));
    EXPECT_EQ(opened->second.previousDossierId, 0);
    EXPECT_EQ(opened->second.path, RenewalPath::NewMeeting) << "no record of the last meeting";
}

GUICHET_ON_BOTH_ENGINES(RenewalTest);

} // namespace
} // namespace guichet::test
