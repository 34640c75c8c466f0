#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <cstddef>
#include <memory>

namespace guichet {

// Key material, PINs and passphrases: one owner, never copied, wiped when it goes (DESIGN,
// "Secrets are typed"). It deliberately does not convert to QByteArray: every copy into an
// implicitly shared Qt container would escape the wipe (the XCA mistake STYLE.md names).
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size); // zero-filled
    ~SecretBytes();
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;

    // Copies `bytes`; the caller stays responsible for its own copy.
    static SecretBytes copyOf(QByteArrayView bytes);
    // Copies `source` and wipes it (its buffer must not be shared, which detaching ensures).
    static SecretBytes takeFrom(QByteArray& source);

    unsigned char* data() { return m_data.get(); }
    const unsigned char* data() const { return m_data.get(); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const;

    // Constant-time comparison, for key identifiers and tests.
    bool equals(const SecretBytes& other) const;

    // Wipes and empties.
    void clear();

private:
    std::unique_ptr<unsigned char[]> m_data;
    std::size_t m_size = 0;
};

// Wipes a Qt buffer that held a secret (best effort: shared copies are not reached).
void wipe(QByteArray& bytes);

} // namespace guichet
