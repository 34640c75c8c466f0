#pragma once

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Operator.h"
#include "common/Result.h"
#include "documents/CertifiedCopy.h"

#include <QCoreApplication>

namespace guichet {

class Database;
class DocumentService;

// Certifying a copy of a stored document (issue 4, "Viewing"): the document is checked and
// decrypted, its pages rendered (PDF pages with Qt PDF), stamped "Copie conforme à
// l'original" with the certifier and date, and written to the file the operator chose. The
// decision is recorded as an audit event ("document.copy-certified") in one transaction
// with the copy: no record, no copy. The stored original is only read.
class CertifiedCopyService {
    Q_DECLARE_TR_FUNCTIONS(CertifiedCopyService)
public:
    static constexpr int Resolution = 300; // a copy prints at the paper's real size

    CertifiedCopyService(Database& db, const Clock& clock, DocumentService& documents,
                         OperatorIdentity actor);

    // The certified copy as PDF bytes, without recording anything (callers write and
    // record through certifyTo).
    Result<QByteArray> render(qint64 documentId, const Certification& certification);

    // Writes the copy to `path` (owner-readable only, whole or not at all) and records it.
    // Refused, with no file written, when the document fails its integrity check.
    Status certifyTo(qint64 documentId, const Certification& certification, const QString& path);

private:
    Database& m_db;
    DocumentService& m_documents;
    OperatorIdentity m_actor;
    AuditLog m_audit;
};

} // namespace guichet
