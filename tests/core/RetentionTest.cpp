#include "DocumentFixture.h"
#include "DocumentSamples.h"
#include "MeetingSamples.h"
#include "documents/RetentionService.h"
#include "meeting/MeetingRepository.h"

#include <QDir>
#include <QFile>

using namespace guichet;
using namespace guichet::test;

namespace {

class RetentionTest : public DocumentTest {
protected:
    // A dossier that reaches `final` on `when` (rgs2: 7 years; rgs3: 10 years).
    qint64 dossierEndingOn(const QDate& when, DossierStatus final, const QString& surname,
                           const QString& product = QStringLiteral("rgs2"))
    {
        clock.set(QDateTime(when.addMonths(-1), QTime(10, 0), Qt::UTC));
        Dossier draft = sampleDossier(surname, QStringLiteral("Marie"));
        draft.productId = product;
        auto created = service->create(draft);
        EXPECT_TRUE(created) << (created ? "" : created.error().message.toStdString());
        if (!created) {
            return 0;
        }
        int version = created->version;
        QList<DossierStatus> path{DossierStatus::Cancelled};
        if (final == DossierStatus::CertificateIssued) {
            path = {DossierStatus::ReadyForMeeting, DossierStatus::IdentityVerified,
                    DossierStatus::TokenPersonalised, DossierStatus::SubmittedToCa,
                    DossierStatus::CertificateIssued};
        }
        for (const DossierStatus to : path) {
            if (to == final) {
                clock.set(QDateTime(when, QTime(15, 0), Qt::UTC));
            }
            auto moved = service->changeStatus(
                created->id, version, to,
                to == DossierStatus::Cancelled ? QStringLiteral("holder withdrew") : QString());
            EXPECT_TRUE(moved) << (moved ? "" : moved.error().message.toStdString());
            version = moved ? moved->version : version;
        }
        // Documents are captured before the end; add two.
        const qint64 saved = dossierId;
        dossierId = created->id;
        EXPECT_TRUE(documents->importBytes(request(DocumentType::IdFront), jpegFile()));
        EXPECT_TRUE(
            documents->importBytes(request(DocumentType::Kbis, when.addMonths(-2)), pdfFile(1)));
        dossierId = saved;
        return created->id;
    }

    void today() { clock.set(QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC)); }

    int events(qint64 dossier, const QString& action)
    {
        auto trail = service->auditTrail(dossier);
        int n = 0;
        for (const AuditEvent& event : *trail) {
            n += event.action == action ? 1 : 0;
        }
        return n;
    }
};

} // namespace

TEST(RetentionPolicy, ProductYearsFromTheCatalogueOverriddenPerProfile)
{
    RetentionPolicy policy(ProductCatalogue::builtIn());
    EXPECT_EQ(policy.yearsFor(QStringLiteral("rgs1"), QStringLiteral("training")), 5);
    EXPECT_EQ(policy.yearsFor(QStringLiteral("rgs2"), QStringLiteral("training")), 7);
    EXPECT_EQ(policy.yearsFor(QStringLiteral("rgs3"), QStringLiteral("training")), 10);
    EXPECT_FALSE(policy.yearsFor(QStringLiteral("no-such-product"), QStringLiteral("training")));
    policy.setProfileYears(QStringLiteral("ca-x"), QStringLiteral("rgs2"), 12);
    EXPECT_EQ(policy.yearsFor(QStringLiteral("rgs2"), QStringLiteral("ca-x")), 12);
    EXPECT_EQ(policy.yearsFor(QStringLiteral("rgs2"), QStringLiteral("training")), 7);
}

TEST_P(RetentionTest, DryRunListsWhatWouldGoAndChangesNothing)
{
    const qint64 expired = dossierEndingOn(QDate(2018, 3, 1), DossierStatus::CertificateIssued,
                                           QStringLiteral("Expiredname"));
    const qint64 cancelledOld =
        dossierEndingOn(QDate(2019, 1, 10), DossierStatus::Cancelled, QStringLiteral("Oldcancel"));
    const qint64 recent = dossierEndingOn(QDate(2024, 6, 1), DossierStatus::CertificateIssued,
                                          QStringLiteral("Recentname"));
    const qint64 longer = dossierEndingOn(QDate(2018, 3, 1), DossierStatus::CertificateIssued,
                                          QStringLiteral("Threestars"), QStringLiteral("rgs3"));
    today();
    const qint64 eventsBefore = count(QStringLiteral("audit_event"));
    const qint64 documentsBefore = count(QStringLiteral("document"));

    const RetentionPolicy policy(ProductCatalogue::builtIn());
    RetentionService retention(
        *db, clock, policy, OperatorIdentity{QStringLiteral("sup-carol"), QStringLiteral("Carol")});
    auto report = retention.purge(true);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_TRUE(report->dryRun);
    ASSERT_EQ(report->purged.size(), 2);
    EXPECT_EQ(report->purged[0].dossierId, expired);
    EXPECT_EQ(report->purged[0].retentionStart, QDate(2018, 3, 1));
    EXPECT_EQ(report->purged[0].retentionEnd, QDate(2025, 3, 1));
    EXPECT_EQ(report->purged[0].documentCount, 2);
    EXPECT_EQ(report->purged[1].dossierId, cancelledOld);
    ASSERT_EQ(report->kept.size(), 2);
    EXPECT_EQ(report->kept[0].dossierId, recent);
    EXPECT_EQ(report->kept[1].dossierId, longer);
    EXPECT_EQ(report->kept[1].retentionEnd, QDate(2028, 3, 1));
    EXPECT_TRUE(report->kept[1].keptBecause.contains(QStringLiteral("2028-03-01")));

    EXPECT_EQ(count(QStringLiteral("audit_event")), eventsBefore);
    EXPECT_EQ(count(QStringLiteral("document")), documentsBefore);
    EXPECT_EQ(service->find(expired)->holder.surnames, QStringLiteral("Expiredname"));
}

TEST_P(RetentionTest, PurgeDeletesDocumentsAndPersonalDataKeepsTheRecordAndAuditsEachDeletion)
{
    const qint64 expired = dossierEndingOn(QDate(2018, 3, 1), DossierStatus::CertificateIssued,
                                           QStringLiteral("Zyxwvutsrq"));
    const qint64 recent = dossierEndingOn(QDate(2024, 6, 1), DossierStatus::CertificateIssued,
                                          QStringLiteral("Recentname"));
    const Dossier before = *service->find(expired);
    today();
    const RetentionPolicy policy(ProductCatalogue::builtIn());
    RetentionService retention(
        *db, clock, policy, OperatorIdentity{QStringLiteral("sup-carol"), QStringLiteral("Carol")});
    auto report = retention.purge(false);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_FALSE(report->dryRun);
    ASSERT_EQ(report->purged.size(), 1);

    // Gone: documents, identity and contact data.
    EXPECT_TRUE(documents->list(expired)->isEmpty());
    const Dossier after = *service->find(expired);
    EXPECT_TRUE(after.holder.surnames.isEmpty());
    EXPECT_TRUE(after.holder.givenNames.isEmpty());
    EXPECT_FALSE(after.holder.birthDate.isValid());
    EXPECT_TRUE(after.holder.email.isEmpty());
    EXPECT_TRUE(after.holder.phone.isEmpty());
    EXPECT_TRUE(after.holder.address.isEmpty());
    EXPECT_TRUE(after.subscriber.isEmpty());
    // Kept: the record, its product and status history.
    EXPECT_EQ(after.id, expired);
    EXPECT_EQ(after.orderReference, before.orderReference);
    EXPECT_EQ(after.productId, before.productId);
    EXPECT_EQ(after.status, DossierStatus::CertificateIssued);
    EXPECT_EQ(after.history.size(), before.history.size());
    EXPECT_GT(after.version, before.version) << "an open editor must see a conflict";
    // The other dossier is untouched.
    EXPECT_EQ(documents->list(recent)->size(), 2);
    EXPECT_EQ(service->find(recent)->holder.surnames, QStringLiteral("Recentname"));

    // An audit event per deleted document and one for the personal data; chain intact.
    EXPECT_EQ(events(expired, QStringLiteral("document.purged")), 2);
    EXPECT_EQ(events(expired, QStringLiteral("dossier.personal-data-purged")), 1);
    EXPECT_TRUE(service->verifyAudit()->intact);

    // Purged dossiers are not listed again, and take no new documents.
    auto again = retention.purge(true);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->purged.isEmpty());
    auto refused =
        documents->importBytes(DocumentRequest{expired, DocumentType::Other, {}}, pngFile());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);

    // Search by the old name finds nothing.
    DossierListQuery query;
    query.search = QStringLiteral("Zyxwvutsrq");
    auto found = service->page(query, std::nullopt, 10);
    ASSERT_TRUE(found);
    EXPECT_TRUE(found->isEmpty());

    if (db->isSqlite()) {
        // Not merely unlinked: the name no longer exists anywhere in the files.
        const QDir folder = QFileInfo(testDb().config().sqlitePath).dir();
        for (const QString& name : folder.entryList(QDir::Files)) {
            QFile file(folder.filePath(name));
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            EXPECT_FALSE(bytes.contains("Zyxwvutsrq")) << name.toStdString();
            EXPECT_FALSE(bytes.contains("ZYXWVUTSRQ")) << name.toStdString();
        }
    }
}

TEST_P(RetentionTest, PurgeErasesTheMeetingsPersonalDataAndKeepsTheRecordOfTheCheck)
{
    const qint64 expired = dossierEndingOn(QDate(2018, 3, 1), DossierStatus::CertificateIssued,
                                           QStringLiteral("Holdername"));
    const qint64 recent = dossierEndingOn(QDate(2024, 6, 1), DossierStatus::CertificateIssued,
                                          QStringLiteral("Recentname"));
    // Markers found nowhere else, to search every stored value for them afterwards.
    const auto meetingOf = [](qint64 dossier) {
        Meeting m = completeMeeting(dossier);
        m.document.number = QStringLiteral("QZ7741XK9");
        m.document.surnames = QStringLiteral("QWERTYMEETING");
        m.document.givenNames = QStringLiteral("ASDFGIVEN");
        m.document.issuingAuthority = QStringLiteral("Prefecture Zorglub");
        m.document.mrzLines = {QStringLiteral("P<UTOQWERTYMEETING<<ASDFGIVEN<<<<<<<<<<<<<<<<<"),
                               QStringLiteral("QZ7741XK9<UTO7408122F3104159<<<<<<<<<<<<<<00")};
        m.organisation.legalRepresentative = QStringLiteral("Legalrepzz Dupont");
        m.identityVerifiedAtUtc = meetingStart().addSecs(1800);
        return m;
    };
    MeetingRepository meetings(*db);
    for (const qint64 dossier : {expired, recent}) {
        Meeting m = meetingOf(dossier);
        ASSERT_TRUE(meetings.insert(m, QStringLiteral("op-alice"), meetingStart()));
        for (const MeetingDecision& d : std::as_const(m.decisions)) {
            ASSERT_TRUE(meetings.appendDecision(dossier, d));
        }
    }
    const Meeting before = **meetings.find(expired);
    today();
    const RetentionPolicy policy(ProductCatalogue::builtIn());
    RetentionService retention(
        *db, clock, policy, OperatorIdentity{QStringLiteral("sup-carol"), QStringLiteral("Carol")});

    // The dry run says the meeting's data would go, and changes nothing.
    auto dry = retention.purge(true);
    ASSERT_TRUE(dry) << dry.error().message.toStdString();
    ASSERT_EQ(dry->purged.size(), 1);
    EXPECT_TRUE(dry->purged[0].hasMeeting);
    ASSERT_EQ(dry->kept.size(), 1);
    EXPECT_TRUE(dry->kept[0].hasMeeting);
    const Meeting untouched = **meetings.find(expired);
    EXPECT_EQ(untouched.document, before.document);
    EXPECT_EQ(untouched.version, before.version);
    EXPECT_EQ(events(expired, QStringLiteral("meeting.personal-data-purged")), 0);

    auto report = retention.purge(false);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    ASSERT_EQ(report->purged.size(), 1);

    const Meeting after = **meetings.find(expired);
    // Gone: what identifies the holder and the document.
    EXPECT_TRUE(after.document.number.isEmpty());
    EXPECT_TRUE(after.document.issuingState.isEmpty());
    EXPECT_TRUE(after.document.issuingAuthority.isEmpty());
    EXPECT_FALSE(after.document.issueDate.isValid());
    EXPECT_FALSE(after.document.expiryDate.isValid());
    EXPECT_TRUE(after.document.mrzLines.isEmpty());
    EXPECT_TRUE(after.document.surnames.isEmpty());
    EXPECT_TRUE(after.document.givenNames.isEmpty());
    EXPECT_FALSE(after.document.birthDate.isValid());
    EXPECT_TRUE(after.organisation.legalRepresentative.isEmpty());
    // Kept: that the check happened, by whom, when, how, and its result.
    EXPECT_EQ(after.document.typeId, before.document.typeId);
    EXPECT_EQ(after.operatorId, before.operatorId);
    EXPECT_EQ(after.startedAtUtc, before.startedAtUtc);
    EXPECT_EQ(after.place, before.place);
    EXPECT_EQ(after.identityVerifiedAtUtc, before.identityVerifiedAtUtc);
    EXPECT_EQ(after.organisation.mandateDate, before.organisation.mandateDate);
    EXPECT_EQ(after.checkedFeatures(), before.checkedFeatures());
    ASSERT_EQ(after.decisions.size(), before.decisions.size());
    EXPECT_EQ(after.latest(MeetingDecision::Kind::FaceCompared)->operatorId,
              QStringLiteral("op-alice"));
    EXPECT_GT(after.version, before.version) << "an open meeting editor must see a conflict";

    // One audit event for the meeting, naming fields and clauses, never values.
    EXPECT_EQ(events(expired, QStringLiteral("meeting.personal-data-purged")), 1);
    const auto trail = service->auditTrail(expired);
    ASSERT_TRUE(trail);
    for (const AuditEvent& event : *trail) {
        if (event.action == u"meeting.personal-data-purged") {
            EXPECT_TRUE(event.detailsJson.contains("doc_mrz"));
            EXPECT_TRUE(event.detailsJson.contains("ISS-8.5.2-04"));
            EXPECT_FALSE(event.detailsJson.contains("QZ7741XK9"));
        }
    }
    EXPECT_TRUE(service->verifyAudit()->intact);

    // The other dossier's meeting is untouched; the expired one's markers exist nowhere.
    EXPECT_EQ(meetings.find(recent)->value().document.number, QStringLiteral("QZ7741XK9"));
    int markers = 0;
    for (const QByteArray& value : everyStoredValue()) {
        for (const char* marker : {"QZ7741XK9", "QWERTYMEETING", "Zorglub", "Legalrepzz"}) {
            markers += value.contains(marker) ? 1 : 0;
        }
    }
    // Only the kept dossier's meeting row still holds them: number, MRZ (twice: number and
    // name), surnames, authority, legal representative.
    EXPECT_EQ(markers, 6);
}

GUICHET_ON_BOTH_ENGINES(RetentionTest);
