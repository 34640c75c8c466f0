#pragma once

#include "common/Operator.h"
#include "common/Result.h"
#include "crypto/KeySigner.h"
#include "evidence/AsicContainer.h"
#include "evidence/EvidenceRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace guichet {

class AtrCatalogue;
class DocumentService;
class DossierService;
class IdentityDocumentCatalogue;

// A sealed evidence package: the ASiC-E container's bytes and what it holds.
struct EvidencePackage {
    QByteArray bytes;
    QByteArray sha256;     // of `bytes`, recorded in the audit trail
    QStringList files;     // the signed files, in the manifest's order
    QDateTime signedAtUtc; // the CAdES signing time
};

// Builds a dossier's evidence package (issue 7, "Evidence package"): the intervention form
// (the signed one when stored, else rendered now), every captured document decrypted, the
// record of the dossier and its checks, the token facts, the dossier's audit events; then
// the ASiC manifest and the operator's CAdES signature over it. Database and device work:
// call it from a worker thread or the command line, never the GUI thread.
class EvidencePackageBuilder {
    Q_DECLARE_TR_FUNCTIONS(EvidencePackageBuilder)
public:
    EvidencePackageBuilder(DossierService& dossiers, DocumentService& documents,
                           const IdentityDocumentCatalogue& identityDocuments,
                           const AtrCatalogue& tokens, OperatorProfile actor);

    // Gathers, seals with `signer` and records "dossier.evidence_exported" (package digest,
    // signer) in the audit trail.
    Result<EvidencePackage> build(qint64 dossierId, KeySigner& signer);

    Result<EvidenceFacts> gather(qint64 dossierId);
    // The files of the package, before the manifest and the signature.
    Result<QList<AsicEntry>> contents(const EvidenceFacts& facts);

    // The manifest over `entries`, its CAdES signature (EN 319 122-1 baseline B) and the
    // container, everything dated `signingTime`.
    static Result<EvidencePackage> seal(const QList<AsicEntry>& entries, KeySigner& signer,
                                        const QDateTime& signingTime);

private:
    Result<QByteArray> renderForm(qint64 dossierId);
    Status recordExport(qint64 dossierId, const EvidencePackage& package, KeySigner& signer);

    DossierService& m_dossiers;
    DocumentService& m_documents;
    const IdentityDocumentCatalogue& m_identityDocuments;
    const AtrCatalogue& m_tokens;
    OperatorProfile m_actor;
};

} // namespace guichet
