#pragma once

#include "../ca/CmpServers.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>

namespace guichet::test {

// OpenSSL's own CMP server (`openssl cmp -port`, TESTING.md "CMP") on a loopback port the
// test chooses, so that it can be down first and come up later at the address the CA
// profile names; stopped with the test.
class OpenSslCmpServer {
public:
    OpenSslCmpServer() = default;
    OpenSslCmpServer(const OpenSslCmpServer&) = delete;
    OpenSslCmpServer& operator=(const OpenSslCmpServer&) = delete;
    ~OpenSslCmpServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }
    // True once it accepts connections on 127.0.0.1:port.
    bool start(quint16 port, const QStringList& arguments)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(
            QStringLiteral(GUICHET_OPENSSL),
            QStringList{QStringLiteral("cmp"), QStringLiteral("-port"), QString::number(port)} +
                arguments);
        static const QRegularExpression accept(QStringLiteral("ACCEPT \\S*:(\\d+)"));
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            m_output += m_process.readAll();
            if (accept.match(QString::fromLatin1(m_output)).hasMatch()) {
                return waitForPort(port);
            }
        }
        return false;
    }
    QByteArray output()
    {
        m_output += m_process.readAll();
        return m_output;
    }
    qsizetype requestsReceived() { return output().count("Received request"); }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace guichet::test
