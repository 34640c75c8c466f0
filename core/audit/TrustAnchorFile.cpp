#include "audit/TrustAnchorFile.h"

#include "ca/CaOpenSsl.h"

#include <QFile>

namespace guichet {

Result<QList<QByteArray>> TrustAnchorFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io,
                     tr("Cannot read the trust anchors \"%1\": %2").arg(path, file.errorString())};
    }
    const QByteArray bytes = file.readAll();
    QList<QByteArray> anchors;
    if (bytes.contains("-----BEGIN CERTIFICATE-----")) {
        openssl::Bio bio = openssl::memoryBio(bytes);
        while (bio) {
            openssl::X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
            if (!certificate) {
                break;
            }
            anchors.append(openssl::toDer(certificate.get(), i2d_X509));
        }
        ERR_clear_error(); // the end of the file reads as an error
    } else if (openssl::certificateFromDer(bytes)) {
        anchors.append(bytes);
    }
    ERR_clear_error();
    if (anchors.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     tr("\"%1\" holds no certificate (PEM or DER).").arg(path)};
    }
    return anchors;
}

} // namespace guichet
