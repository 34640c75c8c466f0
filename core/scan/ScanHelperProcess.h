#pragma once

#include "common/Result.h"
#include "scan/ScanProtocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <memory>
#include <sys/types.h>

namespace guichet {

// A running guichet-scan-helper: its process id and our end of the socket that is its stdin
// and stdout. The only owner of both: the destructor kills the helper if it still runs and
// reaps it, so no helper and no zombie outlives this object, and it never waits for long,
// whatever the helper (or libsane inside it) is doing.
class ScanHelperProcess {
    Q_DECLARE_TR_FUNCTIONS(ScanHelperProcess)
public:
    // Starts `program` with `arguments`; its stdin and stdout are one end of a socket pair,
    // its stderr is ours (diagnostics pass through). `environment` is "NAME=value" entries
    // added to (or replacing) this process's.
    static Result<std::unique_ptr<ScanHelperProcess>>
    spawn(const QString& program, const QStringList& arguments, const QStringList& environment);
    ~ScanHelperProcess();
    ScanHelperProcess(const ScanHelperProcess&) = delete;
    ScanHelperProcess& operator=(const ScanHelperProcess&) = delete;

    qint64 pid() const { return m_pid; }

    // Writes a whole frame, waiting at most `timeoutMs` for room. False if the helper is gone
    // or does not read.
    bool send(const QByteArray& bytes, int timeoutMs);

    enum class Wait { Frame, Idle, Closed, Garbage };
    // Reads what the helper sent, waiting at most `waitMs` for more: Frame when a whole frame
    // has arrived (in `frame`), Idle when none is complete yet, Closed when the helper closed
    // its end (it ended), Garbage when the bytes are not frames.
    Wait next(ScanProtocol::Frame& frame, int waitMs);
    // How long the helper has been silent since it last sent a byte or was sent a frame.
    qint64 silentForMs() const { return m_lastData.elapsed(); }

    // Waits up to `graceMs` for the helper to end by itself, then kills it; reaps it either way.
    void finish(int graceMs);
    // How it ended, for messages ("it ended with code 3"); empty while it runs.
    QString endDescription() const { return m_end; }

private:
    ScanHelperProcess(pid_t pid, int socket);
    bool reap(int waitMs);
    void closeSocket();

    pid_t m_pid = -1;
    int m_socket = -1;
    QString m_end;
    QElapsedTimer m_lastData;
    char m_header[ScanProtocol::kHeaderSize] = {};
    int m_headerGot = 0;
    QByteArray m_payload;
    qsizetype m_payloadGot = 0;
};

} // namespace guichet
