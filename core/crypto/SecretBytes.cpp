#include "crypto/SecretBytes.h"

#include <cstring>
#include <openssl/crypto.h>

namespace guichet {

SecretBytes::SecretBytes(std::size_t size) : m_data(new unsigned char[size]()), m_size(size) {}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::move(other.m_data)), m_size(other.m_size)
{
    other.m_size = 0;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        other.m_size = 0;
    }
    return *this;
}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    SecretBytes secret(std::size_t(bytes.size()));
    if (!bytes.isEmpty()) {
        std::memcpy(secret.data(), bytes.data(), secret.size());
    }
    return secret;
}

SecretBytes SecretBytes::takeFrom(QByteArray& source)
{
    SecretBytes secret = copyOf(source);
    wipe(source);
    return secret;
}

QByteArrayView SecretBytes::view() const
{
    return QByteArrayView(m_data.get(), qsizetype(m_size));
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    return m_size == other.m_size &&
           (m_size == 0 || CRYPTO_memcmp(m_data.get(), other.m_data.get(), m_size) == 0);
}

void SecretBytes::clear()
{
    if (m_data) {
        OPENSSL_cleanse(m_data.get(), m_size);
        m_data.reset();
    }
    m_size = 0;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        bytes.detach();
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    }
    bytes.clear();
}

} // namespace guichet
