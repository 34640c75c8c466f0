// The signed intervention form end to end: rendered from the stored dossier, signed by the
// operator's key, stored as a document with its signature and audit event, verified again
// from storage and by `openssl cms -verify`. On SQLite and PostgreSQL.
#include "forms/FormSignature.h"

#include "CryptoTestSupport.h"
#include "DocumentFixture.h"
#include "TestPki.h"
#include "audit/AuditLog.h"
#include "crypto/Sha256.h"
#include "crypto/SoftwareKeySigner.h"
#include "forms/InterventionFormRenderer.h"
#include "forms/InterventionFormSource.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace guichet;
using namespace guichet::test;

namespace {

class FormSignatureTest : public DocumentTest {
protected:
    void SetUp() override
    {
        DocumentTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        ASSERT_TRUE(dir.isValid());
        issued = pki.issue(TestPki::KeyType::EcP256, QStringLiteral("Alice Opératrice"));
        auto made = SoftwareKeySigner::fromPem(issued.keyPem, issued.certificateDer);
        ASSERT_TRUE(made.ok());
        signer = std::move(made).value();
        forms = std::make_unique<FormSignatureService>(
            *db, clock, *documents,
            OperatorIdentity{QStringLiteral("op-alice"), QStringLiteral("Alice")});
    }

    void TearDown() override
    {
        forms.reset();
        DocumentTest::TearDown();
    }

    QByteArray renderForm()
    {
        OperatorProfile profile;
        profile.identity = {QStringLiteral("op-alice"), QStringLiteral("Alice")};
        auto prepared =
            InterventionFormSource::prepare(*service, dossierId, profile, QStringLiteral("fr"));
        EXPECT_TRUE(prepared.ok()) << (prepared.ok() ? "" : prepared.error().message.toStdString());
        if (!prepared) {
            return {};
        }
        auto pdf = InterventionFormRenderer(prepared->formTemplate).renderPdf(prepared->data);
        EXPECT_TRUE(pdf.ok()) << (pdf.ok() ? "" : pdf.error().message.toStdString());
        return pdf.ok() ? *pdf : QByteArray();
    }

    QTemporaryDir dir;
    TestPki pki;
    TestPki::Issued issued;
    std::unique_ptr<SoftwareKeySigner> signer;
    std::unique_ptr<FormSignatureService> forms;
};

TEST_P(FormSignatureTest, RenderSignStoreVerify)
{
    const QByteArray pdf = renderForm();
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    auto signed_ = forms->signAndStore(dossierId, pdf, *signer);
    ASSERT_TRUE(signed_.ok()) << signed_.error().message.toStdString();
    EXPECT_EQ(signed_->document.type, DocumentType::SignedInterventionForm);
    EXPECT_EQ(signed_->document.sha256, Sha256::hash(pdf));
    EXPECT_EQ(signed_->signature.signedAtUtc, clock.nowUtc());

    // The stored document is the exact bytes signed.
    auto stored = documents->find(signed_->document.id);
    ASSERT_TRUE(stored.ok());
    auto parts = documents->openParts(*stored);
    ASSERT_TRUE(parts.ok());
    ASSERT_EQ(parts->size(), 1);
    EXPECT_EQ(parts->first(), pdf);

    auto records = forms->forDossier(dossierId);
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->size(), 1);
    const FormSignatureRecord& record = records->first();
    EXPECT_EQ(record.documentId, signed_->document.id);
    EXPECT_EQ(record.cms, signed_->signature.cms);
    EXPECT_EQ(record.signerCertificateSha256, Sha256::hash(issued.certificateDer));
    EXPECT_EQ(record.signerName, QStringLiteral("CN=Alice Opératrice, C=FR"));
    EXPECT_EQ(record.signedAtUtc, clock.nowUtc());
    EXPECT_EQ(record.signedBy, QStringLiteral("op-alice"));

    auto report = forms->verifyStored(record, {pki.rootDer()});
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->valid) << report->problem.toStdString();
    EXPECT_TRUE(report->trusted) << report->problem.toStdString();
    EXPECT_EQ(report->signingTimeUtc, clock.nowUtc());

    const OpensslRun run = opensslVerify(dir.path(), record.cms, pdf, pki.rootPem());
    EXPECT_EQ(run.exitCode, 0) << run.output.toStdString();

    // One audit event, in the dossier's trail, naming the document and the signer by digest.
    AuditLog audit(*db, clock);
    auto events = audit.eventsFor(QStringLiteral("dossier"), QString::number(dossierId));
    ASSERT_TRUE(events.ok());
    int signedEvents = 0;
    for (const AuditEvent& event : *events) {
        if (event.action == u"form.signed") {
            ++signedEvents;
            const QJsonObject details = event.details();
            EXPECT_EQ(details.value(QStringLiteral("document")).toInteger(), record.documentId);
            EXPECT_EQ(details.value(QStringLiteral("pdf_sha256")).toString(),
                      QString::fromLatin1(Sha256::hash(pdf).toHex()));
        }
    }
    EXPECT_EQ(signedEvents, 1);
    auto chain = audit.verify();
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->intact);
}

TEST_P(FormSignatureTest, AnotherFormDoesNotVerifyWithThisSignature)
{
    const QByteArray pdf = renderForm();
    auto first = forms->signAndStore(dossierId, pdf, *signer);
    ASSERT_TRUE(first.ok());
    QByteArray other = pdf;
    other.append("% a line added after signing\n");
    auto second = forms->signAndStore(dossierId, other, *signer);
    ASSERT_TRUE(second.ok());
    // The first signature over the second form's stored bytes.
    FormSignatureRecord swapped = second->signature;
    swapped.cms = first->signature.cms;
    auto report = forms->verifyStored(swapped, {pki.rootDer()});
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->valid);
    EXPECT_FALSE(report->trusted);
    EXPECT_FALSE(report->problem.isEmpty());
}

TEST_P(FormSignatureTest, NothingIsStoredWhenSigningFails)
{
    // A key that is not the certificate's: the signer refuses before anything is stored.
    const auto other = pki.issue(TestPki::KeyType::EcP256, QStringLiteral("Autre"));
    auto mismatched = SoftwareKeySigner::fromPem(issued.keyPem, other.certificateDer);
    ASSERT_FALSE(mismatched.ok()); // SoftwareKeySigner itself refuses the pair
    EXPECT_FALSE(forms->signAndStore(dossierId, QByteArray("not a pdf"), *signer).ok());
    EXPECT_EQ(count(QStringLiteral("document")), 0);
    EXPECT_EQ(count(QStringLiteral("form_signature")), 0);
}

TEST_P(FormSignatureTest, AFailureAfterTheDocumentLeavesNeitherFormNorSignatureNorEvent)
{
    const QByteArray pdf = renderForm();
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    // What a crash or a refused write between the two would look like: the document rows
    // are written, then the signature row is refused by the database itself.
    QSqlQuery q = db->query();
    if (db->isSqlite()) {
        ASSERT_TRUE(q.exec(
            QStringLiteral("CREATE TRIGGER refuse_signature BEFORE INSERT ON form_signature "
                           "BEGIN SELECT RAISE(ABORT, 'signature refused by the test'); END")))
            << q.lastError().text().toStdString();
    } else {
        ASSERT_TRUE(q.exec(
            QStringLiteral("CREATE FUNCTION refuse_signature() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$ BEGIN RAISE EXCEPTION 'signature refused by the test'; END $$")))
            << q.lastError().text().toStdString();
        ASSERT_TRUE(
            q.exec(QStringLiteral("CREATE TRIGGER refuse_signature BEFORE INSERT ON form_signature "
                                  "FOR EACH ROW EXECUTE FUNCTION refuse_signature()")))
            << q.lastError().text().toStdString();
    }
    const qint64 eventsBefore = count(QStringLiteral("audit_event"));

    auto refused = forms->signAndStore(dossierId, pdf, *signer);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Storage);
    EXPECT_EQ(count(QStringLiteral("document")), 0);
    EXPECT_EQ(count(QStringLiteral("document_part")), 0);
    EXPECT_EQ(count(QStringLiteral("form_signature")), 0);
    EXPECT_EQ(count(QStringLiteral("audit_event")), eventsBefore);
    AuditLog audit(*db, clock);
    auto events = audit.eventsFor(QStringLiteral("dossier"), QString::number(dossierId));
    ASSERT_TRUE(events.ok());
    for (const AuditEvent& event : *events) {
        EXPECT_NE(event.action, QStringLiteral("document.added"));
        EXPECT_NE(event.action, QStringLiteral("form.signed"));
    }
    auto chain = audit.verify();
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->intact) << chain->problem.toStdString();

    // The connection is left usable: with the database accepting the row again, the same
    // form signs and both rows and both events are there.
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER refuse_signature") +
                       (db->isSqlite() ? QString() : QStringLiteral(" ON form_signature"))))
        << q.lastError().text().toStdString();
    auto signed_ = forms->signAndStore(dossierId, pdf, *signer);
    ASSERT_TRUE(signed_.ok()) << signed_.error().message.toStdString();
    EXPECT_EQ(count(QStringLiteral("document")), 1);
    EXPECT_EQ(count(QStringLiteral("form_signature")), 1);
    EXPECT_EQ(count(QStringLiteral("audit_event")), eventsBefore + 2);
}

GUICHET_ON_BOTH_ENGINES(FormSignatureTest);

} // namespace
