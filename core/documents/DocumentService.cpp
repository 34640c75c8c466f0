#include "documents/DocumentService.h"

#include "crypto/Sha256.h"
#include "documents/DocumentBinding.h"
#include "documents/DocumentExport.h"
#include "documents/DocumentReader.h"
#include "documents/FileInspector.h"
#include "documents/PageEncoder.h"
#include "security/EncryptionService.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>

namespace guichet {
namespace {
Q_LOGGING_CATEGORY(lcDocuments, "guichet.documents")

const QString kDossier = QStringLiteral("dossier");

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

DocumentService::DocumentService(Database& db, const Clock& clock, EncryptionService& encryption,
                                 OperatorIdentity actor, DocumentLimits limits)
    : m_db(db), m_clock(clock), m_encryption(encryption), m_actor(std::move(actor)),
      m_limits(limits), m_repository(db), m_audit(db, clock)
{
}

Status DocumentService::checkRequest(const DocumentRequest& request)
{
    auto state = m_repository.dossierState(request.dossierId);
    if (!state) {
        return state.error();
    }
    if (!state->exists) {
        return Error{ErrorCode::NotFound, tr("There is no dossier %1.").arg(request.dossierId)};
    }
    if (state->purged) {
        return Error{ErrorCode::Refused, tr("Dossier %1 reached the end of its retention and was "
                                            "purged: no document can be added to it.")
                                             .arg(request.dossierId)};
    }
    if (DocumentTypes::needsPaperDate(request.type) && !request.paperDate) {
        return Error{ErrorCode::InvalidInput,
                     tr("Give the date printed on the %1: it must be under three months old "
                        "at the meeting.")
                         .arg(DocumentTypes::displayName(request.type))};
    }
    if (request.paperDate &&
        (!request.paperDate->isValid() || *request.paperDate > m_clock.nowUtc().date())) {
        return Error{ErrorCode::InvalidInput,
                     tr("The date of the paper document cannot be in the future.")};
    }
    // Without a master key nothing is stored: never a plaintext fallback.
    return m_encryption.ensureReady();
}

Result<DocumentInfo> DocumentService::importFile(const DocumentRequest& request,
                                                 const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
    }
    // Refuse an oversized file before reading it.
    if (file.size() > m_limits.maxFileBytes) {
        return Error{ErrorCode::InvalidInput,
                     tr("The file is %1 MiB; the limit is %2 MiB. It was not stored.")
                         .arg(mebibytes(file.size()), mebibytes(m_limits.maxFileBytes))};
    }
    const QByteArray bytes = file.read(m_limits.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return Error{ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
    }
    return importBytes(request, bytes);
}

Result<DocumentInfo> DocumentService::importBytes(const DocumentRequest& request,
                                                  const QByteArray& bytes)
{
    auto sealed = sealBytes(request, bytes);
    if (!sealed) {
        return sealed.error();
    }
    return storeSealed(std::move(sealed).value());
}

Result<SealedDocument> DocumentService::sealBytes(const DocumentRequest& request,
                                                  const QByteArray& bytes)
{
    if (bytes.size() > m_limits.maxFileBytes) {
        return Error{ErrorCode::InvalidInput,
                     tr("The file is %1 MiB; the limit is %2 MiB. It was not stored.")
                         .arg(mebibytes(bytes.size()), mebibytes(m_limits.maxFileBytes))};
    }
    if (Status ok = checkRequest(request); !ok) {
        return ok.error();
    }
    auto inspected = FileInspector::inspect(bytes);
    if (!inspected) {
        return inspected.error();
    }
    DocumentInfo document;
    document.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    document.dossierId = request.dossierId;
    document.type = request.type;
    document.source = QStringLiteral("import");
    document.mimeType = inspected->mimeType;
    document.pageCount = inspected->pageCount;
    document.paperDate = request.paperDate;
    document.sha256 = Sha256::hash(bytes);
    document.size = bytes.size();

    QList<QByteArray> contents;
    QList<DocumentPart> parts;
    if (inspected->format == FileFormat::Tiff && !inspected->compressed) {
        // An uncompressed TIFF is re-encoded losslessly page by page; its original digest
        // stays on the document, each page's own digest on its part.
        auto images = PageEncoder::decodeAll(bytes);
        if (!images) {
            return images.error();
        }
        for (const QImage& image : std::as_const(*images)) {
            auto encoded = PageEncoder::encode(image, PageEncoder::Fidelity::Lossless);
            if (!encoded) {
                return encoded.error();
            }
            parts.append(DocumentPart{int(parts.size()), encoded->mimeType,
                                      Sha256::hash(encoded->bytes), encoded->bytes.size(), false});
            contents.append(encoded->bytes);
        }
    } else {
        parts.append(DocumentPart{0, inspected->mimeType, document.sha256, bytes.size(), true});
        contents.append(bytes);
    }
    return seal(std::move(document), contents, parts);
}

Result<DocumentInfo> DocumentService::addScannedPages(const DocumentRequest& request,
                                                      const QList<QImage>& pages)
{
    if (pages.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("There is no page to store.")};
    }
    if (Status ok = checkRequest(request); !ok) {
        return ok.error();
    }
    QList<QByteArray> contents;
    QList<DocumentPart> parts;
    qint64 total = 0;
    for (const QImage& page : pages) {
        auto encoded = PageEncoder::encode(page, PageEncoder::Fidelity::Scan, m_limits.jpegQuality);
        if (!encoded) {
            return encoded.error();
        }
        parts.append(DocumentPart{int(parts.size()), encoded->mimeType,
                                  Sha256::hash(encoded->bytes), encoded->bytes.size(), true});
        total += encoded->bytes.size();
        contents.append(std::move(encoded->bytes));
    }
    DocumentInfo document;
    document.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    document.dossierId = request.dossierId;
    document.type = request.type;
    document.source = QStringLiteral("scan");
    document.mimeType = parts.first().mimeType;
    for (const DocumentPart& part : std::as_const(parts)) {
        if (part.mimeType != document.mimeType) {
            document.mimeType = QStringLiteral("image/*"); // colour and text pages mixed
        }
    }
    document.pageCount = int(pages.size());
    document.paperDate = request.paperDate;
    document.sha256 = DocumentBinding::manifestHash(parts);
    document.size = total;
    return store(std::move(document), contents, parts);
}

Result<DocumentInfo> DocumentService::store(DocumentInfo document,
                                            const QList<QByteArray>& contents,
                                            const QList<DocumentPart>& parts)
{
    auto sealed = seal(std::move(document), contents, parts);
    if (!sealed) {
        return sealed.error();
    }
    return storeSealed(std::move(sealed).value());
}

Result<SealedDocument> DocumentService::seal(DocumentInfo document,
                                             const QList<QByteArray>& contents,
                                             const QList<DocumentPart>& parts)
{
    document.capturedBy = m_actor.id;
    document.capturedAtUtc = m_clock.nowUtc();
    document.parts = parts;
    // Encrypt before taking the write lock: the transaction only writes.
    QList<QByteArray> sealed;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        auto blob =
            m_encryption.seal(contents[i], DocumentBinding::associatedData(document, parts[i]));
        if (!blob) {
            return blob.error();
        }
        sealed.append(std::move(blob).value());
    }
    return SealedDocument{std::move(document), std::move(sealed)};
}

Result<DocumentInfo> DocumentService::storeSealed(SealedDocument sealed)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    auto document = writeSealed(std::move(sealed));
    if (!document) {
        return document.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    qCInfo(lcDocuments) << "document stored" << document->id << "dossier" << document->dossierId
                        << DocumentTypes::key(document->type) << document->parts.size()
                        << "part(s)";
    return document;
}

Result<DocumentInfo> DocumentService::writeSealed(SealedDocument sealed)
{
    DocumentInfo& document = sealed.document;
    if (Status done = m_repository.insert(document); !done) {
        return done.error();
    }
    for (qsizetype i = 0; i < document.parts.size(); ++i) {
        if (Status done =
                m_repository.insertPart(document.id, document.parts[i], sealed.sealedParts[i]);
            !done) {
            return done.error();
        }
    }
    // Identifiers and digests only: the audit trail outlives the document.
    const QJsonObject details{
        {QStringLiteral("document"), document.id},
        {QStringLiteral("type"), DocumentTypes::key(document.type)},
        {QStringLiteral("sha256"), QString::fromLatin1(document.sha256.toHex())},
        {QStringLiteral("size"), document.size},
        {QStringLiteral("pages"), document.pageCount},
        {QStringLiteral("mime"), document.mimeType},
        {QStringLiteral("source"), document.source},
        {QStringLiteral("reencoded"), document.reencoded()}};
    if (auto event = m_audit.append(m_actor.id, QStringLiteral("document.added"), kDossier,
                                    QString::number(document.dossierId), details);
        !event) {
        return event.error();
    }
    return std::move(document);
}

Result<QList<DocumentInfo>> DocumentService::list(qint64 dossierId)
{
    return m_repository.forDossier(dossierId);
}

Result<DocumentInfo> DocumentService::find(qint64 id)
{
    return m_repository.find(id);
}

Result<QList<QByteArray>> DocumentService::openParts(const DocumentInfo& document)
{
    return DocumentReader(m_repository, m_encryption).openParts(document);
}

DocumentCheck DocumentService::verify(qint64 id)
{
    return DocumentReader(m_repository, m_encryption).verify(id);
}

Result<QList<DocumentCheck>> DocumentService::verifyAll()
{
    return DocumentReader(m_repository, m_encryption).verifyAll();
}

Status DocumentService::exportTo(qint64 id, const QString& path, ExportFormat format)
{
    auto document = m_repository.find(id);
    if (!document) {
        return document.error();
    }
    auto contents = openParts(*document);
    if (!contents) {
        return contents.error();
    }
    return DocumentExport(m_db, m_audit, m_actor).write(*document, *contents, path, format);
}

} // namespace guichet
