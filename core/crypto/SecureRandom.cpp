#include "crypto/SecureRandom.h"

#include "crypto/OpenSsl.h"

#include <openssl/rand.h>

namespace guichet {

Result<QByteArray> SecureRandom::bytes(qsizetype count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), int(count)) != 1) {
        return openssl::failure(QStringLiteral("RAND_bytes"));
    }
    return out;
}

Result<SecretBytes> SecureRandom::secret(std::size_t count)
{
    SecretBytes out(count);
    if (RAND_priv_bytes(out.data(), int(count)) != 1) {
        return openssl::failure(QStringLiteral("RAND_priv_bytes"));
    }
    return out;
}

} // namespace guichet
