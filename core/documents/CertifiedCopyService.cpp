#include "documents/CertifiedCopyService.h"

#include "crypto/Sha256.h"
#include "documents/DocumentPages.h"
#include "documents/DocumentService.h"
#include "documents/PersonalDataFile.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonObject>

namespace guichet {

CertifiedCopyService::CertifiedCopyService(Database& db, const Clock& clock,
                                           DocumentService& documents, OperatorIdentity actor)
    : m_db(db), m_documents(documents), m_actor(std::move(actor)), m_audit(db, clock)
{
}

Result<QByteArray> CertifiedCopyService::render(qint64 documentId,
                                                const Certification& certification)
{
    // The whole document is checked first (each page and the document's own digest): a copy
    // certifies the original, so an altered one is never certified.
    const DocumentCheck check = m_documents.verify(documentId);
    if (!check.intact) {
        return Error{ErrorCode::IncompatibleData,
                     tr("No certified copy was made: %1").arg(check.problem)};
    }
    auto document = m_documents.find(documentId);
    if (!document) {
        return document.error();
    }
    auto parts = m_documents.openParts(*document);
    if (!parts) {
        return Error{parts.error().code,
                     tr("No certified copy was made: %1").arg(parts.error().message)};
    }
    auto pages = DocumentPages::render(*document, *parts, Resolution);
    if (!pages) {
        return pages.error();
    }
    return CertifiedCopy::write(*pages, certification,
                                tr("Certified copy of %1, dossier %2")
                                    .arg(DocumentTypes::displayName(document->type))
                                    .arg(document->dossierId));
}

Status CertifiedCopyService::certifyTo(qint64 documentId, const Certification& certification,
                                       const QString& path)
{
    auto document = m_documents.find(documentId);
    if (!document) {
        return document.error();
    }
    auto copy = render(documentId, certification);
    if (!copy) {
        return copy.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    // Digests and names only: the audit trail outlives the document.
    const QJsonObject details{
        {QStringLiteral("document"), documentId},
        {QStringLiteral("sha256"), QString::fromLatin1(document->sha256.toHex())},
        {QStringLiteral("certifiedBy"), certification.certifierName},
        {QStringLiteral("date"), certification.date.toString(Qt::ISODate)},
        {QStringLiteral("copySha256"), QString::fromLatin1(Sha256::hash(*copy).toHex())}};
    if (auto event = m_audit.append(m_actor.id, QStringLiteral("document.copy-certified"),
                                    QStringLiteral("dossier"), QString::number(document->dossierId),
                                    details);
        !event) {
        return event.error();
    }
    if (Status written = PersonalDataFile::write(path, *copy); !written) {
        return written;
    }
    if (Status committed = tx.commit(); !committed) {
        // No record of the copy, no copy.
        QFile::remove(path);
        return committed;
    }
    return Status::success();
}

} // namespace guichet
