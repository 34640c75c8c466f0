#include "documents/DocumentReader.h"

#include "crypto/Sha256.h"
#include "documents/DocumentBinding.h"
#include "documents/DocumentRepository.h"
#include "documents/DocumentService.h"
#include "security/EncryptionService.h"

namespace guichet {

DocumentReader::DocumentReader(DocumentRepository& repository, EncryptionService& encryption)
    : m_repository(repository), m_encryption(encryption)
{
}

Result<QList<QByteArray>> DocumentReader::openParts(const DocumentInfo& document)
{
    QList<QByteArray> contents;
    for (const DocumentPart& part : document.parts) {
        auto sealed = m_repository.sealedPart(document.id, part.index);
        if (!sealed) {
            return sealed.error();
        }
        auto plain = m_encryption.open(*sealed, DocumentBinding::associatedData(document, part));
        if (!plain) {
            return Error{plain.error().code, tr("Document %1, page %2: %3")
                                                 .arg(document.id)
                                                 .arg(part.index + 1)
                                                 .arg(plain.error().message)};
        }
        if (plain->size() != part.storedSize || Sha256::hash(*plain) != part.storedSha256) {
            return Error{ErrorCode::IncompatibleData,
                         tr("Document %1, page %2 does not match its recorded SHA-256: it was "
                            "altered.")
                             .arg(document.id)
                             .arg(part.index + 1)};
        }
        contents.append(std::move(plain).value());
    }
    return contents;
}

DocumentCheck DocumentReader::verify(qint64 id)
{
    DocumentCheck check{id, false, {}};
    auto document = m_repository.find(id);
    if (!document) {
        check.problem = document.error().message;
        return check;
    }
    if (document->parts.isEmpty()) {
        check.problem = tr("Document %1 has no stored page.").arg(id);
        return check;
    }
    auto contents = openParts(*document);
    if (!contents) {
        check.problem = contents.error().message;
        return check;
    }
    // Each part was checked against its own digest (bound into its encryption); the
    // document's digest is checked too: the original file's, or the scan's manifest. A
    // re-encoded import no longer has its original bytes, so its original digest stays a
    // record only.
    QByteArray expected = document->sha256;
    if (document->source == u"scan") {
        expected = DocumentBinding::manifestHash(document->parts);
    } else if (!document->reencoded()) {
        expected = Sha256::hash(contents->first());
    }
    if (expected != document->sha256) {
        check.problem =
            tr("Document %1 does not match its recorded SHA-256: it was altered.").arg(id);
        return check;
    }
    check.intact = true;
    return check;
}

Result<QList<DocumentCheck>> DocumentReader::verifyAll()
{
    auto ids = m_repository.allIds();
    if (!ids) {
        return ids.error();
    }
    QList<DocumentCheck> checks;
    for (const qint64 id : std::as_const(*ids)) {
        checks.append(verify(id));
    }
    return checks;
}

} // namespace guichet
