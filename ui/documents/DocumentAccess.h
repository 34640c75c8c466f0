#pragma once

#include "common/Result.h"
#include "documents/CertifiedCopy.h"
#include "documents/DocumentService.h"
#include "security/MasterKeySource.h"

#include <QCoreApplication>
#include <QImage>
#include <functional>
#include <memory>

namespace guichet {

class Database;
class DossierService;
class EncryptionService;

// A document opened for viewing: its pages and their thumbnails, in memory only.
struct ViewedDocument {
    qint64 id = 0;
    QList<QImage> pages;
    QList<QImage> thumbnails;
};

// What the document viewer does with stored documents, run as jobs on the dossier worker's
// thread (never on the GUI thread): decrypting, rendering, importing, exporting,
// certifying. The encryption service is created there on first use from the given master
// key source and only ever used there.
class DocumentAccess {
    Q_DECLARE_TR_FUNCTIONS(DocumentAccess)
public:
    // Gives the master key source for this database (on the worker thread): usually
    // MasterKeySelection::select(db, passphrase).
    using KeySourceFactory = std::function<Result<std::unique_ptr<MasterKeySource>>(Database&)>;

    static constexpr int ViewResolution = 150;
    static constexpr int ThumbnailSide = 120;

    // `limits`: the workstation's import limit (WorkstationSettings::documentImportLimitMiB).
    explicit DocumentAccess(KeySourceFactory factory, DocumentLimits limits = {});
    ~DocumentAccess();
    DocumentAccess(const DocumentAccess&) = delete;
    DocumentAccess& operator=(const DocumentAccess&) = delete;

    // Each runs on the worker thread.
    Result<QList<DocumentInfo>> list(DossierService& service, qint64 dossierId);
    Result<ViewedDocument> open(DossierService& service, qint64 documentId);
    Result<DocumentInfo> importFile(DossierService& service, const DocumentRequest& request,
                                    const QString& path);
    Result<DocumentInfo> storeScan(DossierService& service, const DocumentRequest& request,
                                   const QList<QImage>& pages);
    Status exportTo(DossierService& service, qint64 documentId, const QString& path,
                    DocumentService::ExportFormat format);
    Status certify(DossierService& service, qint64 documentId, const Certification& certification,
                   const QString& path);
    Result<DocumentCheck> verify(DossierService& service, qint64 documentId);

    // The document service of this database, made on first use (worker thread only).
    Result<DocumentService*> documents(DossierService& service);
    // The workstation's encryption service those documents use (the outbox seals evidence
    // packages with it).
    Result<EncryptionService*> encryption(DossierService& service);

private:
    KeySourceFactory m_factory;
    DocumentLimits m_limits;
    std::unique_ptr<EncryptionService> m_encryption;
    std::unique_ptr<DocumentService> m_documents;
};

} // namespace guichet
