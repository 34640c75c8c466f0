#pragma once

#include "common/Result.h"
#include "documents/Document.h"

#include <QCoreApplication>
#include <QList>

namespace guichet {

class DocumentRepository;
class EncryptionService;
struct DocumentCheck;

// The way out of the vault: a stored document's parts decrypted and each checked against its
// recorded SHA-256, and whole documents verified against their own digest. Never returns bytes
// that failed a check.
class DocumentReader {
    // The messages are the document service's: they keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(DocumentService)
public:
    DocumentReader(DocumentRepository& repository, EncryptionService& encryption);

    Result<QList<QByteArray>> openParts(const DocumentInfo& document);
    DocumentCheck verify(qint64 id);
    Result<QList<DocumentCheck>> verifyAll();

private:
    DocumentRepository& m_repository;
    EncryptionService& m_encryption;
};

} // namespace guichet
