#pragma once

#include "ca/CmpClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

class QNetworkReply;

namespace guichet {

// CMP over HTTP (RFC 6712) through Qt Network, for the outbox sender's thread: POST of
// application/pkixcmp, HTTPS verified against the CA profile's trust anchors only (never the
// system's), plain HTTP only to a loopback address (tests, the training CA). Blocking for the
// caller (a local event loop runs the request), so it must live on a worker thread, never the
// GUI thread; progress is signalled and abort() cancels from any thread.
class QtCmpTransport final : public QObject, public CmpTransport {
    Q_OBJECT
public:
    static constexpr qint64 MaxAnswerBytes = 1 << 20;

    struct Options {
        QUrl url; // e.g. https://ca.example/pkix/ or http://127.0.0.1:8080/pkix/
        QList<QByteArray> trustAnchorsDer;
        int timeoutMs = 15000; // no byte moved for this long: the CA is taken as unreachable
    };

    static Result<std::unique_ptr<QtCmpTransport>> create(Options options);

    Result<QByteArray> exchange(const QByteArray& requestDer) override;
    // Cancels the exchange in progress, from any thread; it then fails as cancelled.
    void abort();

Q_SIGNALS:
    void progress(qint64 bytesSent, qint64 bytesReceived);

private:
    explicit QtCmpTransport(Options options);
    void abortNow();
    Error failure(QNetworkReply* reply) const;

    Options m_options;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_current;
    bool m_aborted = false;
    bool m_tooLarge = false;
};

} // namespace guichet
