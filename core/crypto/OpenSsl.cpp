#include "crypto/OpenSsl.h"

#include <QLoggingCategory>
#include <QStringList>
#include <openssl/err.h>

namespace guichet::openssl {
namespace {
Q_LOGGING_CATEGORY(lcCrypto, "guichet.crypto")
}

QString takeErrors()
{
    QStringList reasons;
    char buffer[256];
    while (const unsigned long code = ERR_get_error()) {
        ERR_error_string_n(code, buffer, sizeof buffer);
        reasons.append(QString::fromLatin1(buffer));
    }
    return reasons.join(QStringLiteral("; "));
}

QString Texts::failed(const QString& what, const QString& reason)
{
    return reason.isEmpty()
               ? tr("The cryptographic library failed while %1.").arg(what)
               : tr("The cryptographic library failed while %1: %2.").arg(what, reason);
}

Error failure(const QString& what)
{
    const QString reason = takeErrors();
    qCWarning(lcCrypto) << "OpenSSL failed:" << what << reason;
    return Error{ErrorCode::Internal, Texts::failed(what, reason)};
}

} // namespace guichet::openssl
