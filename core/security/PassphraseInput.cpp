#include "security/PassphraseInput.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

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

#ifdef Q_OS_UNIX
namespace {

// The terminal's descriptor, closed on every path.
struct Terminal {
    int fd = -1;
    Terminal() : fd(::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)) {}
    ~Terminal()
    {
        if (fd >= 0) {
            ::close(fd);
        }
    }
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;
};

// Echo off for the lifetime of this object, then the terminal's settings as they were.
class EchoOff {
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        if (::tcgetattr(fd, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = ::tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active) {
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
    bool active() const { return m_active; }

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
};

} // namespace
#endif

Result<SecretBytes> PassphraseInput::fromTerminal(const QString& prompt)
{
#ifdef Q_OS_UNIX
    Terminal terminal;
    if (terminal.fd < 0) {
        return Error{ErrorCode::InvalidInput,
                     tr("There is no terminal to ask for the passphrase: give it through "
                        "--passphrase-fd.")};
    }
    const QByteArray text = prompt.toLocal8Bit();
    if (::write(terminal.fd, text.constData(), std::size_t(text.size())) < 0) {
        return Error{ErrorCode::Io, tr("Cannot write to the terminal.")};
    }
    Result<SecretBytes> passphrase = Error{ErrorCode::InvalidInput, {}};
    {
        EchoOff echoOff(terminal.fd);
        if (!echoOff.active()) {
            return Error{ErrorCode::InvalidInput,
                         tr("Cannot hide the passphrase on this terminal: give it through "
                            "--passphrase-fd.")};
        }
        passphrase = fromDescriptor(terminal.fd);
    }
    // The Enter key was not echoed.
    [[maybe_unused]] const auto newline = ::write(terminal.fd, "\n", 1);
    return passphrase;
#else
    Q_UNUSED(prompt)
    return Error{ErrorCode::InvalidInput,
                 tr("Asking for a passphrase is not available here: give it through "
                    "--passphrase-fd.")};
#endif
}

} // namespace guichet
