#pragma once

#include "common/Operator.h"
#include "common/Result.h"
#include "documents/DocumentService.h"

#include <QCoreApplication>

namespace guichet {

class AuditLog;
class Database;

// A copy leaving the vault: a document's opened parts written to the file the operator chose
// (as stored, or the pages as one PDF) and the copy recorded in the audit trail. A copy that
// cannot be recorded is removed: no record of the copy, no copy.
class DocumentExport {
    // The messages are the document service's: they keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(DocumentService)
public:
    DocumentExport(Database& db, AuditLog& audit, const OperatorIdentity& actor);

    // `contents` are the document's parts as DocumentReader::openParts gives them.
    Status write(const DocumentInfo& document, const QList<QByteArray>& contents,
                 const QString& path, DocumentService::ExportFormat format);

private:
    Database& m_db;
    AuditLog& m_audit;
    const OperatorIdentity& m_actor;
};

} // namespace guichet
