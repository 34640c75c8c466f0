#include "forms/FormSignature.h"

#include "crypto/KeySigner.h"
#include "crypto/Sha256.h"
#include "documents/DocumentService.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace guichet {
namespace {
Q_LOGGING_CATEGORY(lcFormSignature, "guichet.forms")

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

FormSignatureService::FormSignatureService(Database& db, const Clock& clock,
                                           DocumentService& documents, OperatorIdentity actor)
    : m_db(db), m_clock(clock), m_documents(documents), m_actor(std::move(actor)),
      m_audit(db, clock)
{
}

Result<SignedForm> FormSignatureService::signAndStore(qint64 dossierId, const QByteArray& pdf,
                                                      KeySigner& signer)
{
    if (!pdf.startsWith("%PDF-")) {
        return Error{ErrorCode::InvalidInput, tr("Only a PDF form can be signed.")};
    }
    // The signing-time attribute holds whole seconds; the stored time is the same instant.
    const QDateTime signedAt =
        QDateTime::fromSecsSinceEpoch(m_clock.nowUtc().toSecsSinceEpoch(), Qt::UTC);
    // Sign before storing anything: a refused PIN or a removed card leaves no half-signed form.
    auto cms = CadesSigner::signDetached(signer, pdf, signedAt);
    if (!cms) {
        return cms.error();
    }
    const QByteArray certificate = signer.certificateDer();
    auto report = CadesVerifier::verifyDetached(*cms, pdf, {});
    if (!report) {
        return report.error();
    }
    if (!report->valid) {
        return Error{ErrorCode::Internal, report->problem};
    }

    // ISS-8.5.2-04…08: the signed form and its signature are one piece of evidence. The PDF is
    // checked and encrypted first (that may fetch the master key), then the document with
    // "document.added", the signature row and "form.signed" commit in one transaction: a
    // crash or a refused insert leaves neither a form without its signature nor the reverse.
    auto sealed = m_documents.sealBytes(
        DocumentRequest{dossierId, DocumentType::SignedInterventionForm, std::nullopt}, pdf);
    if (!sealed) {
        return sealed.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto document = m_documents.writeSealed(std::move(sealed).value());
    if (!document) {
        return document.error();
    }
    FormSignatureRecord record;
    record.dossierId = dossierId;
    record.documentId = document->id;
    record.cms = std::move(cms).value();
    record.signerCertificateSha256 = Sha256::hash(certificate);
    record.signerName = report->signerName;
    record.signedAtUtc = signedAt;
    record.signedBy = m_actor.id;
    if (Status done = insert(record, document->sha256); !done) {
        return done.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    qCInfo(lcFormSignature) << "intervention form signed: dossier" << dossierId << "document"
                            << record.documentId;
    return SignedForm{std::move(document).value(), std::move(record)};
}

// Runs inside signAndStore's transaction, after the document's rows.
Status FormSignatureService::insert(FormSignatureRecord& record, const QByteArray& pdfSha256)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO form_signature (dossier_id, document_id, cms, signer_certificate_sha256, "
        "signer_name, signed_at, signed_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(record.dossierId);
    q.addBindValue(record.documentId);
    q.addBindValue(record.cms);
    q.addBindValue(hex(record.signerCertificateSha256));
    q.addBindValue(sqlText(record.signerName));
    q.addBindValue(record.signedAtUtc.toMSecsSinceEpoch());
    q.addBindValue(sqlText(record.signedBy));
    if (Status done = m_db.exec(q, tr("storing the form's signature")); !done) {
        return done;
    }
    if (!q.next()) {
        return Error{ErrorCode::Storage, tr("The database gave no number for the signature.")};
    }
    record.id = q.value(0).toLongLong();
    q.finish(); // SQLite refuses to commit while a RETURNING statement is open
    // Identifiers and digests only; the signer is named by their certificate's digest.
    const QJsonObject details{
        {QStringLiteral("document"), record.documentId},
        {QStringLiteral("signature"), record.id},
        {QStringLiteral("pdf_sha256"), hex(pdfSha256)},
        {QStringLiteral("cms_sha256"), hex(Sha256::hash(record.cms))},
        {QStringLiteral("signer_certificate_sha256"), hex(record.signerCertificateSha256)},
        {QStringLiteral("signed_at"), record.signedAtUtc.toString(Qt::ISODate)}};
    if (auto event =
            m_audit.append(m_actor.id, QStringLiteral("form.signed"), QStringLiteral("dossier"),
                           QString::number(record.dossierId), details);
        !event) {
        return event.error();
    }
    return Status::success();
}

Result<QList<FormSignatureRecord>> FormSignatureService::forDossier(qint64 dossierId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, dossier_id, document_id, cms, signer_certificate_sha256, "
                             "signer_name, signed_at, signed_by FROM form_signature "
                             "WHERE dossier_id = ? ORDER BY id"));
    q.addBindValue(dossierId);
    if (Status done = m_db.exec(q, tr("reading the form signatures")); !done) {
        return done.error();
    }
    QList<FormSignatureRecord> records;
    while (q.next()) {
        FormSignatureRecord r;
        r.id = q.value(0).toLongLong();
        r.dossierId = q.value(1).toLongLong();
        r.documentId = q.value(2).toLongLong();
        r.cms = q.value(3).toByteArray();
        r.signerCertificateSha256 = QByteArray::fromHex(q.value(4).toString().toLatin1());
        r.signerName = q.value(5).toString();
        r.signedAtUtc = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        r.signedBy = q.value(7).toString();
        records.append(std::move(r));
    }
    return records;
}

Result<SignatureReport> FormSignatureService::verifyStored(const FormSignatureRecord& record,
                                                           const QList<QByteArray>& trustAnchorsDer)
{
    auto document = m_documents.find(record.documentId);
    if (!document) {
        return document.error();
    }
    auto parts = m_documents.openParts(*document);
    if (!parts) {
        return parts.error();
    }
    // importBytes keeps a PDF as one original part: these are the bytes that were signed.
    if (parts->size() != 1) {
        return Error{ErrorCode::IncompatibleData,
                     tr("Document %1 is not a single signed PDF.").arg(record.documentId)};
    }
    return CadesVerifier::verifyDetached(record.cms, parts->first(), trustAnchorsDer);
}

} // namespace guichet
