#pragma once

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Operator.h"
#include "common/Result.h"
#include "crypto/Cades.h"
#include "documents/Document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace guichet {

class Database;
class DocumentService;
class KeySigner;

// The operator's signature of one intervention form, as stored with its PDF.
struct FormSignatureRecord {
    qint64 id = 0;
    qint64 dossierId = 0;
    qint64 documentId = 0;              // the signed PDF, a "signed intervention form" document
    QByteArray cms;                     // detached CAdES baseline B, DER (.p7s)
    QByteArray signerCertificateSha256; // 32 bytes
    QString signerName;
    QDateTime signedAtUtc;
    QString signedBy; // the operator id that signed
};

struct SignedForm {
    DocumentInfo document;
    FormSignatureRecord signature;
};

// The operator's electronic signature of the intervention form: a detached CAdES signature
// over the exact bytes of the rendered PDF, with the key on the operator's card.
//
// Why detached CAdES and not PAdES: a PAdES signature lives inside the PDF, in a
// /Contents placeholder whose /ByteRange must be reserved when the file is written and
// filled by an incremental update. QPdfWriter writes the PDF in one pass and offers no way
// to reserve that space, so PAdES would mean rewriting Qt's PDF by hand, which is fragile.
// The detached signature covers every byte of the file as printed and verifies with
// `openssl cms -verify`; the pair (PDF, .p7s) travels together in the evidence package.
class FormSignatureService {
    Q_DECLARE_TR_FUNCTIONS(FormSignatureService)
public:
    FormSignatureService(Database& db, const Clock& clock, DocumentService& documents,
                         OperatorIdentity actor);

    // Signs `pdf` with `signer` at the clock's time and stores, in one transaction, the
    // dossier's "signed intervention form" document ("document.added") and the signature
    // ("form.signed"): all of it or nothing. `documents` must use the same Database.
    Result<SignedForm> signAndStore(qint64 dossierId, const QByteArray& pdf, KeySigner& signer);

    // The form signatures of a dossier, oldest first.
    Result<QList<FormSignatureRecord>> forDossier(qint64 dossierId);

    // Opens the stored PDF of `record` (checked against its digest) and verifies the
    // signature over it.
    Result<SignatureReport> verifyStored(const FormSignatureRecord& record,
                                         const QList<QByteArray>& trustAnchorsDer);

private:
    // The signature row and "form.signed", inside signAndStore's transaction.
    Status insert(FormSignatureRecord& record, const QByteArray& pdfSha256);

    Database& m_db;
    const Clock& m_clock;
    DocumentService& m_documents;
    OperatorIdentity m_actor;
    AuditLog m_audit;
};

} // namespace guichet
