#include "security/PassphraseInput.h"

#include <QFile>

namespace guichet {

Result<SecretBytes> PassphraseInput::fromDescriptor(int fd)
{
    constexpr std::size_t kMaximum = 1024;
    QFile input;
    if (fd < 0 || !input.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered,
                              QFileDevice::DontCloseHandle)) {
        return Error{ErrorCode::InvalidInput,
                     tr("Cannot read the passphrase from file descriptor %1.").arg(fd)};
    }
    SecretBytes buffer(kMaximum);
    std::size_t length = 0;
    char c = 0;
    while (length < kMaximum && input.getChar(&c) && c != '\n') {
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    if (length > 0 && buffer.data()[length - 1] == '\r') {
        --length;
    }
    if (length == kMaximum) {
        return Error{ErrorCode::InvalidInput, tr("The passphrase is too long.")};
    }
    if (length == 0) {
        return Error{ErrorCode::InvalidInput, tr("The passphrase is empty.")};
    }
    return SecretBytes::copyOf(buffer.view().first(qsizetype(length)));
}

} // namespace guichet
