#pragma once

#include "common/Result.h"
#include "documents/Document.h"

#include <QCoreApplication>

namespace guichet {

class Database;

// Documents and their encrypted parts in SQL. Callers own the transaction. Blobs are read
// one part at a time so a long document never sits whole in memory twice.
class DocumentRepository {
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)
public:
    explicit DocumentRepository(Database& db) : m_db(db) {}

    // Inserts the document row and sets its id.
    Status insert(DocumentInfo& document);
    Status insertPart(qint64 documentId, const DocumentPart& part, const QByteArray& sealed);

    Result<DocumentInfo> find(qint64 id);
    Result<QList<DocumentInfo>> forDossier(qint64 dossierId);
    Result<QList<qint64>> allIds();
    Result<QByteArray> sealedPart(qint64 documentId, int index);
    Status remove(qint64 id);

    // Whether the dossier exists and whether its personal data was purged.
    struct DossierState {
        bool exists = false;
        bool purged = false;
    };
    Result<DossierState> dossierState(qint64 dossierId);

private:
    Status loadParts(DocumentInfo& document);

    Database& m_db;
};

} // namespace guichet
