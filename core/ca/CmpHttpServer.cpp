#include "ca/CmpHttpServer.h"

#include "ca/TrainingCmpServer.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpSocket>

namespace guichet {
namespace {

class Texts {
    Q_DECLARE_TR_FUNCTIONS(CmpHttpServer)
public:
    static QString cannotListen(quint16 port, const QString& reason)
    {
        return tr("The training CA cannot listen on 127.0.0.1:%1: %2").arg(port).arg(reason);
    }
};

} // namespace

CmpHttpServer::CmpHttpServer(TrainingCmpServer& cmp, QObject* parent) : QObject(parent), m_cmp(cmp)
{
    connect(&m_listener, &QTcpServer::newConnection, this, &CmpHttpServer::accept);
}

CmpHttpServer::~CmpHttpServer()
{
    close();
}

Result<quint16> CmpHttpServer::listen(quint16 port)
{
    // Loopback only: the training CA is never reachable from the network.
    if (!m_listener.listen(QHostAddress::LocalHost, port)) {
        return Error{ErrorCode::Io, Texts::cannotListen(port, m_listener.errorString())};
    }
    return m_listener.serverPort();
}

void CmpHttpServer::close()
{
    m_listener.close();
    const QList<QTcpSocket*> sockets = m_pending.keys();
    m_pending.clear();
    for (QTcpSocket* socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
}

quint16 CmpHttpServer::port() const
{
    return m_listener.serverPort();
}

void CmpHttpServer::accept()
{
    while (QTcpSocket* socket = m_listener.nextPendingConnection()) {
        m_pending.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
    }
}

void CmpHttpServer::read(QTcpSocket* socket)
{
    if (!m_pending.contains(socket)) {
        return;
    }
    QByteArray& buffer = m_pending[socket];
    buffer += socket->readAll();
    if (buffer.size() > MaxRequestBytes) {
        reply(socket, 413, "Payload Too Large", {}, "text/plain");
        return;
    }
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return; // wait for the rest of the header
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        reply(socket, 400, "Bad Request", {}, "text/plain");
        return;
    }
    if (requestLine.at(0) != "POST") {
        reply(socket, 405, "Method Not Allowed", {}, "text/plain");
        return;
    }
    const QByteArray path = requestLine.at(1);
    if (path != "/pkix/" && path != "/pkix") {
        reply(socket, 404, "Not Found", {}, "text/plain");
        return;
    }
    qsizetype length = -1;
    QByteArray type;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0) {
                length = -2;
            }
        } else if (name == "content-type") {
            type = value.toLower();
        }
    }
    if (length < 0 || length > MaxRequestBytes) {
        reply(socket, length == -1 ? 411 : 400, length == -1 ? "Length Required" : "Bad Request",
              {}, "text/plain");
        return;
    }
    // RFC 6712 3.4: CMP messages travel as application/pkixcmp.
    if (!type.startsWith("application/pkixcmp")) {
        reply(socket, 415, "Unsupported Media Type", {}, "text/plain");
        return;
    }
    if (buffer.size() - headerEnd - 4 < length) {
        return; // wait for the rest of the body
    }
    const QByteArray body = buffer.mid(headerEnd + 4, length);
    auto answer = m_cmp.answer(body);
    if (!answer) {
        reply(socket, answer.error().code == ErrorCode::InvalidInput ? 400 : 500,
              answer.error().code == ErrorCode::InvalidInput ? "Bad Request"
                                                             : "Internal Server Error",
              {}, "text/plain");
        return;
    }
    ++m_answered;
    reply(socket, 200, "OK", *answer, "application/pkixcmp");
}

void CmpHttpServer::reply(QTcpSocket* socket, int status, const QByteArray& reason,
                          const QByteArray& body, const QByteArray& contentType)
{
    m_pending.remove(socket);
    const QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                            "\r\nContent-Type: " + contentType +
                            "\r\nContent-Length: " + QByteArray::number(body.size()) +
                            "\r\nConnection: close\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

} // namespace guichet
