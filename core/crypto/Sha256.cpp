#include "crypto/Sha256.h"

namespace guichet {

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    m_ok = m_ctx && EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) == 1;
}

void Sha256::add(QByteArrayView bytes)
{
    if (m_ok && !bytes.isEmpty()) {
        m_ok = EVP_DigestUpdate(m_ctx.get(), bytes.data(), std::size_t(bytes.size())) == 1;
    }
}

QByteArray Sha256::finish()
{
    QByteArray digest(Size, Qt::Uninitialized);
    unsigned int length = 0;
    if (!m_ok ||
        EVP_DigestFinal_ex(m_ctx.get(), reinterpret_cast<unsigned char*>(digest.data()), &length) !=
            1 ||
        length != Size) {
        (void)openssl::takeErrors();
        m_ok = false;
        return {};
    }
    m_ok = false;
    return digest;
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    Sha256 sha;
    sha.add(bytes);
    return sha.finish();
}

} // namespace guichet
