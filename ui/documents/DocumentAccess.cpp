#include "documents/DocumentAccess.h"

#include "documents/CertifiedCopyService.h"
#include "documents/DocumentPages.h"
#include "security/EncryptionService.h"
#include "service/DossierService.h"

namespace guichet {

DocumentAccess::DocumentAccess(KeySourceFactory factory, DocumentLimits limits)
    : m_factory(std::move(factory)), m_limits(limits)
{
}

DocumentAccess::~DocumentAccess() = default;

Result<DocumentService*> DocumentAccess::documents(DossierService& service)
{
    if (!m_encryption) {
        auto source = m_factory(service.database());
        if (!source) {
            return source.error();
        }
        auto encryption = std::make_unique<EncryptionService>(std::move(source).value());
        // Refuse before any work, with the source's own explanation (no keychain, wrong
        // passphrase...); a later attempt asks the source again.
        if (Status ready = encryption->ensureReady(); !ready) {
            return ready.error();
        }
        m_encryption = std::move(encryption);
        m_documents = std::make_unique<DocumentService>(service.database(), service.clock(),
                                                        *m_encryption, service.actor(), m_limits);
    }
    return m_documents.get();
}

Result<EncryptionService*> DocumentAccess::encryption(DossierService& service)
{
    if (auto ready = documents(service); !ready) {
        return ready.error();
    }
    return m_encryption.get();
}

Result<QList<DocumentInfo>> DocumentAccess::list(DossierService& service, qint64 dossierId)
{
    // Metadata only: no master key needed to list.
    return DocumentRepository(service.database()).forDossier(dossierId);
}

Result<ViewedDocument> DocumentAccess::open(DossierService& service, qint64 documentId)
{
    auto documents = this->documents(service);
    if (!documents) {
        return documents.error();
    }
    // The whole document is checked (every page and the document's digest) before anything
    // is shown: an altered document is reported, never displayed.
    const DocumentCheck check = (*documents)->verify(documentId);
    if (!check.intact) {
        return Error{ErrorCode::IncompatibleData, check.problem};
    }
    auto document = (*documents)->find(documentId);
    if (!document) {
        return document.error();
    }
    auto parts = (*documents)->openParts(*document);
    if (!parts) {
        return parts.error();
    }
    auto pages = DocumentPages::render(*document, *parts, ViewResolution);
    if (!pages) {
        return pages.error();
    }
    ViewedDocument viewed{documentId, *pages, {}};
    for (const QImage& page : std::as_const(viewed.pages)) {
        viewed.thumbnails.append(page.scaled(ThumbnailSide, ThumbnailSide, Qt::KeepAspectRatio,
                                             Qt::SmoothTransformation));
    }
    return viewed;
}

Result<DocumentInfo> DocumentAccess::importFile(DossierService& service,
                                                const DocumentRequest& request, const QString& path)
{
    auto documents = this->documents(service);
    if (!documents) {
        return documents.error();
    }
    return (*documents)->importFile(request, path);
}

Result<DocumentInfo> DocumentAccess::storeScan(DossierService& service,
                                               const DocumentRequest& request,
                                               const QList<QImage>& pages)
{
    auto documents = this->documents(service);
    if (!documents) {
        return documents.error();
    }
    return (*documents)->addScannedPages(request, pages);
}

Status DocumentAccess::exportTo(DossierService& service, qint64 documentId, const QString& path,
                                DocumentService::ExportFormat format)
{
    auto documents = this->documents(service);
    if (!documents) {
        return documents.error();
    }
    return (*documents)->exportTo(documentId, path, format);
}

Status DocumentAccess::certify(DossierService& service, qint64 documentId,
                               const Certification& certification, const QString& path)
{
    auto documents = this->documents(service);
    if (!documents) {
        return documents.error();
    }
    CertifiedCopyService copies(service.database(), service.clock(), **documents, service.actor());
    return copies.certifyTo(documentId, certification, path);
}

Result<DocumentCheck> DocumentAccess::verify(DossierService& service, qint64 documentId)
{
    auto documents = this->documents(service);
    if (!documents) {
        return documents.error();
    }
    return (*documents)->verify(documentId);
}

} // namespace guichet
