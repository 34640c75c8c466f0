#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace guichet {

// One signed file of the container: its path, type and SHA-256.
struct ManifestReference {
    QString uri; // the entry's path in the ZIP
    QString mimeType;
    QByteArray sha256; // 32 bytes
};

// META-INF/ASiCManifest.xml (ETSI EN 319 162-1, 4.4.2 and annex A.5): the list of files a
// CAdES signature covers indirectly, each with DigestMethod SHA-256 and its DigestValue, and
// a SigReference naming the signature over the manifest's own bytes. Written with
// QXmlStreamWriter, read with QXmlStreamReader.
struct AsicManifest {
    static inline const QString Path = QStringLiteral("META-INF/ASiCManifest.xml");
    static inline const QString SignaturePath = QStringLiteral("META-INF/signature001.p7s");
    static inline const QString SignatureMimeType = QStringLiteral("application/x-pkcs7-signature");

    QString signatureUri = SignaturePath;
    QString signatureMimeType = SignatureMimeType;
    QList<ManifestReference> references;

    const ManifestReference* find(const QString& uri) const;

    QByteArray toXml() const;
};

class AsicManifestReader {
    Q_DECLARE_TR_FUNCTIONS(AsicManifestReader)
public:
    // Refused (IncompatibleData) when the XML is malformed, not an ASiCManifest, or names a
    // digest other than SHA-256.
    static Result<AsicManifest> parse(const QByteArray& xml);
};

} // namespace guichet
