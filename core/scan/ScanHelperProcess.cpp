#include "scan/ScanHelperProcess.h"

#include <QThread>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

extern char** environ; // NOLINT: POSIX declares it nowhere else

namespace guichet {
namespace {

// Big socket buffers: a 300 dpi colour page is 26 MB; fewer, larger reads and writes.
constexpr int kSocketBuffer = 4 * 1024 * 1024;

struct SpawnActions {
    posix_spawn_file_actions_t actions{};
    SpawnActions() { posix_spawn_file_actions_init(&actions); }
    ~SpawnActions() { posix_spawn_file_actions_destroy(&actions); }
    SpawnActions(const SpawnActions&) = delete;
    SpawnActions& operator=(const SpawnActions&) = delete;
};

struct SpawnAttributes {
    posix_spawnattr_t attributes{};
    SpawnAttributes() { posix_spawnattr_init(&attributes); }
    ~SpawnAttributes() { posix_spawnattr_destroy(&attributes); }
    SpawnAttributes(const SpawnAttributes&) = delete;
    SpawnAttributes& operator=(const SpawnAttributes&) = delete;
};

// This process's environment with `extra` ("NAME=value") added or replacing.
std::vector<QByteArray> environmentWith(const QStringList& extra)
{
    std::vector<QByteArray> entries;
    for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
        const QByteArray entry(*e);
        const bool replaced = std::any_of(extra.begin(), extra.end(), [&](const QString& x) {
            return entry.startsWith(x.section(QLatin1Char('='), 0, 0).toLocal8Bit() + '=');
        });
        if (!replaced) {
            entries.push_back(entry);
        }
    }
    for (const QString& x : extra) {
        entries.push_back(x.toLocal8Bit());
    }
    return entries;
}

std::vector<char*> pointers(std::vector<QByteArray>& strings)
{
    std::vector<char*> list;
    for (QByteArray& s : strings) {
        list.push_back(s.data());
    }
    list.push_back(nullptr);
    return list;
}

} // namespace

Result<std::unique_ptr<ScanHelperProcess>> ScanHelperProcess::spawn(const QString& program,
                                                                    const QStringList& arguments,
                                                                    const QStringList& environment)
{
    int sockets[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0) {
        return Error{ErrorCode::Io, tr("The scanner service could not be started: %1")
                                        .arg(QString::fromLocal8Bit(std::strerror(errno)))};
    }
    for (int s : sockets) {
        ::setsockopt(s, SOL_SOCKET, SO_SNDBUF, &kSocketBuffer, sizeof kSocketBuffer);
        ::setsockopt(s, SOL_SOCKET, SO_RCVBUF, &kSocketBuffer, sizeof kSocketBuffer);
    }
    SpawnActions actions;
    // dup2 clears close-on-exec on 0 and 1 only; closefrom leaves the helper nothing else of
    // ours (database files, PC/SC sockets) even where a descriptor lacks close-on-exec.
    posix_spawn_file_actions_adddup2(&actions.actions, sockets[1], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions.actions, sockets[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclosefrom_np(&actions.actions, STDERR_FILENO + 1);
    SpawnAttributes attributes;
    sigset_t none;
    sigemptyset(&none);
    sigset_t handled;
    sigemptyset(&handled);
    for (int signal : {SIGINT, SIGTERM, SIGPIPE, SIGCHLD, SIGHUP}) {
        sigaddset(&handled, signal);
    }
    posix_spawnattr_setsigmask(&attributes.attributes, &none);
    posix_spawnattr_setsigdefault(&attributes.attributes, &handled);
    posix_spawnattr_setflags(&attributes.attributes,
                             POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    std::vector<QByteArray> argStrings{program.toLocal8Bit()};
    for (const QString& argument : arguments) {
        argStrings.push_back(argument.toLocal8Bit());
    }
    std::vector<QByteArray> envStrings = environmentWith(environment);
    std::vector<char*> argv = pointers(argStrings);
    std::vector<char*> envp = pointers(envStrings);
    pid_t pid = -1;
    const int failed = ::posix_spawn(&pid, argStrings.front().constData(), &actions.actions,
                                     &attributes.attributes, argv.data(), envp.data());
    ::close(sockets[1]);
    if (failed != 0) {
        ::close(sockets[0]);
        return Error{ErrorCode::Io,
                     tr("The scanner service %1 could not be started: %2")
                         .arg(program, QString::fromLocal8Bit(std::strerror(failed)))};
    }
    ::fcntl(sockets[0], F_SETFL, ::fcntl(sockets[0], F_GETFL) | O_NONBLOCK);
    return std::unique_ptr<ScanHelperProcess>(new ScanHelperProcess(pid, sockets[0]));
}

ScanHelperProcess::ScanHelperProcess(pid_t pid, int socket) : m_pid(pid), m_socket(socket)
{
    m_lastData.start();
}

ScanHelperProcess::~ScanHelperProcess()
{
    finish(0);
}

void ScanHelperProcess::closeSocket()
{
    if (m_socket >= 0) {
        ::close(m_socket);
        m_socket = -1;
    }
}

bool ScanHelperProcess::send(const QByteArray& bytes, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype sent = 0;
    while (m_socket >= 0 && sent < bytes.size()) {
        // MSG_NOSIGNAL: a helper that has gone gives EPIPE here, never SIGPIPE to Guichet.
        const ssize_t n = ::send(m_socket, bytes.constData() + sent, size_t(bytes.size() - sent),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            sent += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            return false;
        }
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0) {
            return false;
        }
        pollfd watched{m_socket, POLLOUT, 0};
        ::poll(&watched, 1, int(left));
    }
    if (m_socket < 0) {
        return false;
    }
    m_lastData.restart(); // silence counts from the last request, not from the last answer
    return true;
}

ScanHelperProcess::Wait ScanHelperProcess::next(ScanProtocol::Frame& frame, int waitMs)
{
    bool waited = false;
    while (m_socket >= 0) {
        char* target = nullptr;
        size_t wanted = 0;
        if (m_headerGot < ScanProtocol::kHeaderSize) {
            target = m_header + m_headerGot;
            wanted = size_t(ScanProtocol::kHeaderSize - m_headerGot);
        } else {
            target = m_payload.data() + m_payloadGot;
            wanted = size_t(m_payload.size() - m_payloadGot);
        }
        const ssize_t n = ::recv(m_socket, target, wanted, MSG_DONTWAIT);
        if (n == 0) {
            return Wait::Closed;
        }
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                return Wait::Closed;
            }
            if (waited) {
                return Wait::Idle;
            }
            pollfd watched{m_socket, POLLIN, 0};
            ::poll(&watched, 1, waitMs); // EINTR (a Ctrl+C handler) counts as waited
            waited = true;
            continue;
        }
        m_lastData.restart();
        if (m_headerGot < ScanProtocol::kHeaderSize) {
            m_headerGot += int(n);
            if (m_headerGot == ScanProtocol::kHeaderSize) {
                const auto length = ScanProtocol::payloadLength(m_header);
                if (!length) {
                    return Wait::Garbage;
                }
                m_payload = QByteArray(qsizetype(*length), Qt::Uninitialized);
                m_payloadGot = 0;
            }
            continue;
        }
        m_payloadGot += n;
        if (m_payloadGot == m_payload.size()) {
            m_headerGot = 0;
            const auto split = ScanProtocol::split(std::exchange(m_payload, QByteArray()));
            if (!split) {
                return Wait::Garbage;
            }
            frame = *split;
            return Wait::Frame;
        }
    }
    return Wait::Closed;
}

bool ScanHelperProcess::reap(int waitMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        int status = 0;
        const pid_t done = ::waitpid(m_pid, &status, WNOHANG);
        if (done == m_pid || (done < 0 && errno == ECHILD)) {
            if (done == m_pid) {
                m_end = WIFSIGNALED(status)
                            ? tr("it was stopped by signal %1").arg(WTERMSIG(status))
                            : tr("it ended with code %1").arg(WEXITSTATUS(status));
            }
            m_pid = -1;
            return true;
        }
        if (timer.elapsed() >= waitMs) {
            return false;
        }
        // Polling a child's end: there is no descriptor to wait on without pidfd support.
        QThread::msleep(10);
    }
}

void ScanHelperProcess::finish(int graceMs)
{
    closeSocket(); // the helper reads the end of its input as Quit
    if (m_pid > 0 && !reap(graceMs)) {
        ::kill(m_pid, SIGKILL);
        if (!reap(2'000)) {
            // Stuck in the kernel (a USB transfer that never completes): it dies when the
            // kernel lets go. Reap it then, on a thread of its own, rather than wait here.
            std::thread([pid = m_pid] { ::waitpid(pid, nullptr, 0); }).detach();
            m_pid = -1;
        }
    }
}

} // namespace guichet
