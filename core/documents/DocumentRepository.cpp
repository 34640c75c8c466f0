#include "documents/DocumentRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace guichet {
namespace {

const QString kColumns = QStringLiteral(
    "id, uid, dossier_id, doc_type, source, mime_type, page_count, paper_date, sha256, size, "
    "captured_by, captured_at");

DocumentInfo readDocument(const QSqlQuery& q)
{
    DocumentInfo d;
    d.id = q.value(0).toLongLong();
    d.uid = q.value(1).toString();
    d.dossierId = q.value(2).toLongLong();
    d.type = DocumentTypes::fromKey(q.value(3).toString()).value_or(DocumentType::Other);
    d.source = q.value(4).toString();
    d.mimeType = q.value(5).toString();
    d.pageCount = q.value(6).toInt();
    const QString paperDate = q.value(7).toString();
    if (!paperDate.isEmpty()) {
        d.paperDate = QDate::fromString(paperDate, Qt::ISODate);
    }
    d.sha256 = QByteArray::fromHex(q.value(8).toString().toLatin1());
    d.size = q.value(9).toLongLong();
    d.capturedBy = q.value(10).toString();
    d.capturedAtUtc = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
    return d;
}

} // namespace

Status DocumentRepository::insert(DocumentInfo& d)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO document (uid, dossier_id, doc_type, source, mime_type, "
                             "page_count, paper_date, sha256, size, captured_by, captured_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(d.uid);
    q.addBindValue(d.dossierId);
    q.addBindValue(DocumentTypes::key(d.type));
    q.addBindValue(d.source);
    q.addBindValue(d.mimeType);
    q.addBindValue(d.pageCount);
    q.addBindValue(sqlText(d.paperDate ? d.paperDate->toString(Qt::ISODate) : QString()));
    q.addBindValue(QString::fromLatin1(d.sha256.toHex()));
    q.addBindValue(d.size);
    q.addBindValue(sqlText(d.capturedBy));
    q.addBindValue(d.capturedAtUtc.toMSecsSinceEpoch());
    if (Status done = m_db.exec(q, tr("storing a document")); !done) {
        return done;
    }
    if (!q.next()) {
        return Error{ErrorCode::Storage, tr("The database gave no number for the new document.")};
    }
    d.id = q.value(0).toLongLong();
    return Status::success();
}

Status DocumentRepository::insertPart(qint64 documentId, const DocumentPart& part,
                                      const QByteArray& sealed)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO document_part (document_id, part, mime_type, "
                             "stored_sha256, stored_size, is_original, content) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(documentId);
    q.addBindValue(part.index);
    q.addBindValue(part.mimeType);
    q.addBindValue(QString::fromLatin1(part.storedSha256.toHex()));
    q.addBindValue(part.storedSize);
    q.addBindValue(part.isOriginal ? 1 : 0);
    q.addBindValue(sealed);
    return m_db.exec(q, tr("storing a document page"));
}

Status DocumentRepository::loadParts(DocumentInfo& d)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT part, mime_type, stored_sha256, stored_size, is_original "
                             "FROM document_part WHERE document_id = ? ORDER BY part"));
    q.addBindValue(d.id);
    if (Status done = m_db.exec(q, tr("reading a document")); !done) {
        return done;
    }
    while (q.next()) {
        d.parts.append(DocumentPart{q.value(0).toInt(), q.value(1).toString(),
                                    QByteArray::fromHex(q.value(2).toString().toLatin1()),
                                    q.value(3).toLongLong(), q.value(4).toInt() != 0});
    }
    return Status::success();
}

Result<DocumentInfo> DocumentRepository::find(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM document WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (Status done = m_db.exec(q, tr("reading a document")); !done) {
        return done.error();
    }
    if (!q.next()) {
        return Error{ErrorCode::NotFound, tr("There is no document %1.").arg(id)};
    }
    DocumentInfo d = readDocument(q);
    if (Status done = loadParts(d); !done) {
        return done.error();
    }
    return d;
}

Result<QList<DocumentInfo>> DocumentRepository::forDossier(qint64 dossierId)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT %1 FROM document WHERE dossier_id = ? ORDER BY id").arg(kColumns));
    q.addBindValue(dossierId);
    if (Status done = m_db.exec(q, tr("listing documents")); !done) {
        return done.error();
    }
    QList<DocumentInfo> documents;
    while (q.next()) {
        documents.append(readDocument(q));
    }
    for (DocumentInfo& d : documents) {
        if (Status done = loadParts(d); !done) {
            return done.error();
        }
    }
    return documents;
}

Result<QList<qint64>> DocumentRepository::allIds()
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT id FROM document ORDER BY id"))) {
        return m_db.storageError(q, tr("listing documents"));
    }
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

Result<QByteArray> DocumentRepository::sealedPart(qint64 documentId, int index)
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT content FROM document_part WHERE document_id = ? AND part = ?"));
    q.addBindValue(documentId);
    q.addBindValue(index);
    if (Status done = m_db.exec(q, tr("reading a document page")); !done) {
        return done.error();
    }
    if (!q.next()) {
        return Error{ErrorCode::IncompatibleData,
                     tr("Page %1 of document %2 is missing from the database.")
                         .arg(index + 1)
                         .arg(documentId)};
    }
    return q.value(0).toByteArray();
}

Status DocumentRepository::remove(qint64 id)
{
    for (const char* sql :
         {"DELETE FROM document_part WHERE document_id = ?", "DELETE FROM document WHERE id = ?"}) {
        QSqlQuery q = m_db.query();
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(id);
        if (Status done = m_db.exec(q, tr("deleting a document")); !done) {
            return done;
        }
    }
    return Status::success();
}

Result<DocumentRepository::DossierState> DocumentRepository::dossierState(qint64 dossierId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM dossier WHERE id = ?), "
                             "(SELECT COUNT(*) FROM retention_purge WHERE dossier_id = ?)"));
    q.addBindValue(dossierId);
    q.addBindValue(dossierId);
    if (Status done = m_db.exec(q, tr("reading a dossier")); !done) {
        return done.error();
    }
    if (!q.next()) {
        return Error{ErrorCode::Storage, tr("Cannot read dossier %1.").arg(dossierId)};
    }
    return DossierState{q.value(0).toInt() > 0, q.value(1).toInt() > 0};
}

} // namespace guichet
