#include "evidence/AsicManifest.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace guichet {
namespace {

const QString kAsicNs = QStringLiteral("http://uri.etsi.org/02918/v1.2.1#");
const QString kDsNs = QStringLiteral("http://www.w3.org/2000/09/xmldsig#");
const QString kSha256 = QStringLiteral("http://www.w3.org/2001/04/xmlenc#sha256");

Error malformed(const QString& why)
{
    return {ErrorCode::IncompatibleData,
            AsicManifestReader::tr("The container's manifest cannot be read: %1").arg(why)};
}

} // namespace

const ManifestReference* AsicManifest::find(const QString& uri) const
{
    for (const ManifestReference& reference : references) {
        if (reference.uri == uri) {
            return &reference;
        }
    }
    return nullptr;
}

QByteArray AsicManifest::toXml() const
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeNamespace(kAsicNs, QStringLiteral("asic"));
    writer.writeNamespace(kDsNs, QStringLiteral("ds"));
    writer.writeStartElement(kAsicNs, QStringLiteral("ASiCManifest"));
    writer.writeStartElement(kAsicNs, QStringLiteral("SigReference"));
    writer.writeAttribute(QStringLiteral("URI"), signatureUri);
    writer.writeAttribute(QStringLiteral("MimeType"), signatureMimeType);
    writer.writeEndElement();
    for (const ManifestReference& reference : references) {
        writer.writeStartElement(kAsicNs, QStringLiteral("DataObjectReference"));
        writer.writeAttribute(QStringLiteral("URI"), reference.uri);
        writer.writeAttribute(QStringLiteral("MimeType"), reference.mimeType);
        writer.writeStartElement(kDsNs, QStringLiteral("DigestMethod"));
        writer.writeAttribute(QStringLiteral("Algorithm"), kSha256);
        writer.writeEndElement();
        writer.writeTextElement(kDsNs, QStringLiteral("DigestValue"),
                                QString::fromLatin1(reference.sha256.toBase64()));
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

Result<AsicManifest> AsicManifestReader::parse(const QByteArray& xml)
{
    AsicManifest manifest;
    manifest.signatureUri.clear();
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.namespaceUri() != kAsicNs ||
        reader.name() != u"ASiCManifest") {
        return malformed(tr("it is not an ASiCManifest."));
    }
    ManifestReference* current = nullptr;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement()) {
            continue;
        }
        const auto name = reader.name();
        const auto attributes = reader.attributes();
        if (reader.namespaceUri() == kAsicNs && name == u"SigReference") {
            manifest.signatureUri = attributes.value(QStringLiteral("URI")).toString();
            manifest.signatureMimeType = attributes.value(QStringLiteral("MimeType")).toString();
        } else if (reader.namespaceUri() == kAsicNs && name == u"DataObjectReference") {
            manifest.references.append({attributes.value(QStringLiteral("URI")).toString(),
                                        attributes.value(QStringLiteral("MimeType")).toString(),
                                        {}});
            current = &manifest.references.last();
        } else if (reader.namespaceUri() == kDsNs && name == u"DigestMethod") {
            if (attributes.value(QStringLiteral("Algorithm")) != kSha256) {
                return malformed(tr("digest method %1 is not SHA-256.")
                                     .arg(attributes.value(QStringLiteral("Algorithm"))));
            }
        } else if (reader.namespaceUri() == kDsNs && name == u"DigestValue") {
            if (current == nullptr) {
                return malformed(tr("a digest belongs to no file."));
            }
            current->sha256 = QByteArray::fromBase64(reader.readElementText().toLatin1());
        }
    }
    if (reader.hasError()) {
        return malformed(reader.errorString());
    }
    for (const ManifestReference& reference : manifest.references) {
        if (reference.uri.isEmpty() || reference.sha256.size() != 32) {
            return malformed(tr("the entry \"%1\" has no SHA-256 digest.").arg(reference.uri));
        }
    }
    if (manifest.signatureUri.isEmpty()) {
        return malformed(tr("it names no signature."));
    }
    return manifest;
}

} // namespace guichet
