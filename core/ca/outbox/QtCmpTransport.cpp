#include "ca/outbox/QtCmpTransport.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace guichet {

QtCmpTransport::QtCmpTransport(Options options) : m_options(std::move(options)) {}

Result<std::unique_ptr<QtCmpTransport>> QtCmpTransport::create(Options options)
{
    const QUrl& url = options.url;
    const bool https = url.scheme() == u"https";
    if (!url.isValid() || (!https && url.scheme() != u"http") || url.host().isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     tr("The CA address %1 is not an http or https URL.").arg(url.toString())};
    }
    // Issue 6: plain HTTP only for loopback tests; a real CA is reached over HTTPS.
    const QHostAddress host(url.host());
    if (!https && !(host.isLoopback() || url.host() == u"localhost")) {
        return Error{ErrorCode::Refused,
                     tr("The CA address %1 uses plain HTTP: only a loopback address (tests, the "
                        "training CA) may. Use https.")
                         .arg(url.toString())};
    }
    if (https && options.trustAnchorsDer.isEmpty()) {
        return Error{
            ErrorCode::InvalidInput,
            tr("The CA profile gives no trust anchor to verify %1 with.").arg(url.toString())};
    }
    return std::unique_ptr<QtCmpTransport>(new QtCmpTransport(std::move(options)));
}

void QtCmpTransport::abort()
{
    QMetaObject::invokeMethod(this, &QtCmpTransport::abortNow, Qt::QueuedConnection);
}

void QtCmpTransport::abortNow()
{
    if (m_current) {
        m_aborted = true;
        m_current->abort();
    }
}

Result<QByteArray> QtCmpTransport::exchange(const QByteArray& requestDer)
{
    QNetworkRequest request(m_options.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/pkixcmp"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/pkixcmp"));
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (m_options.url.scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> anchors;
        for (const QByteArray& der : m_options.trustAnchorsDer) {
            anchors.append(QSslCertificate(der, QSsl::Der));
        }
        tls.setCaCertificates(anchors); // the profile's anchors replace the system's
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        request.setSslConfiguration(tls);
    }
    m_aborted = false;
    m_tooLarge = false;
    QNetworkReply* reply = m_network.post(request, requestDer);
    m_current = reply;
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    connect(reply, &QNetworkReply::uploadProgress, this,
            [this](qint64 sent, qint64) { Q_EMIT progress(sent, 0); });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply, size = requestDer.size()](qint64 received, qint64) {
                if (received > MaxAnswerBytes) {
                    m_tooLarge = true;
                    reply->abort();
                    return;
                }
                Q_EMIT progress(size, received);
            });
    if (!reply->isFinished()) {
        loop.exec();
    }
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply*)> owned(
        reply, [](QNetworkReply* r) { r->deleteLater(); });
    m_current.clear();
    if (reply->error() != QNetworkReply::NoError || m_tooLarge) {
        return failure(reply);
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        return Error{
            ErrorCode::Io,
            tr("The CA's server answered HTTP %1 %2 instead of a CMP "
               "message.")
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())};
    }
    // An answer that is not CMP is the CMP client's to judge (UnexpectedMessage).
    return reply->readAll();
}

Error QtCmpTransport::failure(QNetworkReply* reply) const
{
    const QString where = m_options.url.toDisplayString();
    if (m_tooLarge) {
        return Error{ErrorCode::IncompatibleData,
                     tr("The CA's answer from %1 is larger than %2 bytes; it was refused.")
                         .arg(where)
                         .arg(MaxAnswerBytes)};
    }
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        if (m_aborted) {
            return Error{ErrorCode::Io, tr("The exchange with the CA was cancelled.")};
        }
        [[fallthrough]];
    case QNetworkReply::TimeoutError:
        return Error{ErrorCode::Io, tr("The CA at %1 did not answer within %2 seconds.")
                                        .arg(where)
                                        .arg(m_options.timeoutMs / 1000)};
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return Error{ErrorCode::Io,
                     tr("The CA at %1 is not reachable (%2).").arg(where, reply->errorString())};
    case QNetworkReply::SslHandshakeFailedError:
        return Error{ErrorCode::Io,
                     tr("The secure connection to the CA at %1 failed: its certificate is not "
                        "trusted by the CA profile's trust anchors, or TLS failed (%2).")
                         .arg(where, reply->errorString())};
    default:
        break;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0) {
        return Error{ErrorCode::Io, tr("The CA's server answered HTTP %1 instead of a CMP "
                                       "message.")
                                        .arg(status)};
    }
    return Error{ErrorCode::Io,
                 tr("The exchange with the CA at %1 failed: %2").arg(where, reply->errorString())};
}

} // namespace guichet
