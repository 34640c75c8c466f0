#pragma once

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Operator.h"
#include "common/Result.h"
#include "documents/Document.h"
#include "documents/DocumentRepository.h"

#include <QCoreApplication>
#include <QImage>

namespace guichet {

class Database;
class EncryptionService;

struct DocumentLimits {
    qint64 maxFileBytes = qint64(50) * 1024 * 1024; // an imported file, before anything else
    int jpegQuality = 85;                           // scanned photo-like pages
};

// What the operator says about a paper being captured.
struct DocumentRequest {
    qint64 dossierId = 0;
    DocumentType type = DocumentType::Other;
    std::optional<QDate> paperDate; // required for a Kbis and a mandate
};

// A document checked, hashed and encrypted, not yet written (DocumentService::sealBytes).
struct SealedDocument {
    DocumentInfo document;
    QList<QByteArray> sealedParts; // in the order of document.parts
};

struct DocumentCheck {
    qint64 documentId = 0;
    bool intact = false;
    QString problem; // translated, empty when intact
};

// Captured documents of a dossier: import, scan pages, list, export, verify. Every page is
// encrypted before it reaches the database (EncryptionService), and each addition commits
// in one transaction with its audit event, so nothing is ever half-stored. Reading back and
// verifying are DocumentReader's, writing a copy out DocumentExport's.
class DocumentService {
    Q_DECLARE_TR_FUNCTIONS(DocumentService)
public:
    DocumentService(Database& db, const Clock& clock, EncryptionService& encryption,
                    OperatorIdentity actor, DocumentLimits limits = {});

    Result<DocumentInfo> importFile(const DocumentRequest& request, const QString& path);
    Result<DocumentInfo> importBytes(const DocumentRequest& request, const QByteArray& bytes);
    // importBytes in two steps, for a caller that stores the document together with its own
    // change (the form signature): sealBytes checks and encrypts, before the caller's
    // transaction since it may fetch the master key; writeSealed writes the document and its
    // "document.added" event inside the caller's open transaction, which commits or cancels
    // them with its own rows.
    Result<SealedDocument> sealBytes(const DocumentRequest& request, const QByteArray& bytes);
    Result<DocumentInfo> writeSealed(SealedDocument sealed);
    // Pages from the scanner (or a camera), in order; one document.
    Result<DocumentInfo> addScannedPages(const DocumentRequest& request,
                                         const QList<QImage>& pages);

    Result<QList<DocumentInfo>> list(qint64 dossierId);
    Result<DocumentInfo> find(qint64 id);

    // The decrypted parts, each checked against its recorded SHA-256. Never returns bytes
    // that failed a check.
    Result<QList<QByteArray>> openParts(const DocumentInfo& document);

    enum class ExportFormat { AsStored, Pdf };
    // Writes the document to a file the operator chose: as stored (the original file for an
    // import), or the pages as one PDF. Recorded in the audit trail: a copy left the vault.
    Status exportTo(qint64 id, const QString& path, ExportFormat format);

    DocumentCheck verify(qint64 id);
    Result<QList<DocumentCheck>> verifyAll();

    const DocumentLimits& limits() const { return m_limits; }

private:
    Status checkRequest(const DocumentRequest& request);
    Result<DocumentInfo> store(DocumentInfo document, const QList<QByteArray>& parts,
                               const QList<DocumentPart>& partInfo);
    Result<SealedDocument> seal(DocumentInfo document, const QList<QByteArray>& contents,
                                const QList<DocumentPart>& parts);
    Result<DocumentInfo> storeSealed(SealedDocument sealed);

    Database& m_db;
    const Clock& m_clock;
    EncryptionService& m_encryption;
    OperatorIdentity m_actor;
    DocumentLimits m_limits;
    DocumentRepository m_repository;
    AuditLog m_audit;
};

} // namespace guichet
