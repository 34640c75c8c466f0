#include "documents/DocumentBinding.h"

#include "crypto/Sha256.h"

#include <QString>

namespace guichet {

QByteArray DocumentBinding::associatedData(const DocumentInfo& document, const DocumentPart& part)
{
    return QStringLiteral("guichet.document.v1|%1|%2|%3|%4")
        .arg(document.uid)
        .arg(document.dossierId)
        .arg(part.index)
        .arg(QString::fromLatin1(part.storedSha256.toHex()))
        .toUtf8();
}

QByteArray DocumentBinding::manifestHash(const QList<DocumentPart>& parts)
{
    if (parts.size() == 1) {
        return parts.first().storedSha256;
    }
    Sha256 sha;
    for (const DocumentPart& part : parts) {
        sha.add(part.storedSha256);
    }
    return sha.finish();
}

} // namespace guichet
