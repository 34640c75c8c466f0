#include "documents/DocumentExport.h"

#include "audit/AuditLog.h"
#include "documents/DocumentType.h"
#include "documents/PageEncoder.h"
#include "documents/PdfExport.h"
#include "documents/PersonalDataFile.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonObject>

namespace guichet {

DocumentExport::DocumentExport(Database& db, AuditLog& audit, const OperatorIdentity& actor)
    : m_db(db), m_audit(audit), m_actor(actor)
{
}

Status DocumentExport::write(const DocumentInfo& document, const QList<QByteArray>& contents,
                             const QString& path, DocumentService::ExportFormat format)
{
    using ExportFormat = DocumentService::ExportFormat;
    const bool single = contents.size() == 1;
    const bool singlePdf = single && document.parts.first().mimeType == u"application/pdf";
    QByteArray output;
    if ((format == ExportFormat::AsStored && single) || singlePdf) {
        output = contents.first();
    } else {
        QList<QImage> pages;
        for (qsizetype i = 0; i < contents.size(); ++i) {
            if (document.parts[i].mimeType == u"application/pdf") {
                return Error{ErrorCode::Refused, tr("A PDF document is exported as it is: Guichet "
                                                    "cannot merge PDF pages.")};
            }
            auto images = PageEncoder::decodeAll(contents[i]);
            if (!images) {
                return images.error();
            }
            pages.append(*images);
        }
        QBuffer buffer(&output);
        buffer.open(QIODevice::WriteOnly);
        if (Status written = PdfExport::write(pages, buffer,
                                              tr("%1, dossier %2")
                                                  .arg(DocumentTypes::displayName(document.type))
                                                  .arg(document.dossierId));
            !written) {
            return written;
        }
    }
    if (Status written = PersonalDataFile::write(path, output); !written) {
        return written;
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        QFile::remove(path);
        return tx.begun();
    }
    const QJsonObject details{{QStringLiteral("document"), document.id},
                              {QStringLiteral("format"), format == ExportFormat::Pdf || !single
                                                             ? QStringLiteral("pdf")
                                                             : QStringLiteral("as-stored")}};
    auto event =
        m_audit.append(m_actor.id, QStringLiteral("document.exported"), QStringLiteral("dossier"),
                       QString::number(document.dossierId), details);
    Status committed = event ? tx.commit() : Status(event.error());
    if (!committed) {
        // No record of the copy, no copy.
        QFile::remove(path);
        return committed;
    }
    return Status::success();
}

} // namespace guichet
