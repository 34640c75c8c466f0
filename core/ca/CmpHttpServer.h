#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

namespace guichet {

class TrainingCmpServer;

// The training CA as a CMP-over-HTTP server (RFC 6712) on 127.0.0.1 only, for tests and for
// `guichet-cli ca serve-training`: a minimal HTTP/1.x POST of application/pkixcmp to /pkix/,
// answered with the DER and the connection closed. Runs on the thread that owns it, through
// its event loop; requests are answered one at a time (TrainingCmpServer's rule).
class CmpHttpServer : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype MaxRequestBytes = 1 << 20;

    explicit CmpHttpServer(TrainingCmpServer& cmp, QObject* parent = nullptr);
    ~CmpHttpServer() override;

    // Listens on 127.0.0.1:port (0: any free port); returns the port.
    Result<quint16> listen(quint16 port);
    void close();
    quint16 port() const;
    int requestsAnswered() const { return m_answered; }

private:
    void accept();
    void read(QTcpSocket* socket);
    void reply(QTcpSocket* socket, int status, const QByteArray& reason, const QByteArray& body,
               const QByteArray& contentType);

    TrainingCmpServer& m_cmp;
    QTcpServer m_listener;
    QHash<QTcpSocket*, QByteArray> m_pending;
    int m_answered = 0;
};

} // namespace guichet
