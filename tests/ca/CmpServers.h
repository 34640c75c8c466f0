#pragma once

#include "ca/CmpHttpServer.h"
#include "ca/TrainingCa.h"
#include "ca/TrainingCmpServer.h"
#include "domain/ProductCatalogue.h"
#include "security/EncryptionService.h"
#include "storage/Database.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <functional>
#include <future>
#include <gtest/gtest.h>

namespace guichet::test {

// `guichet-cli ... ca serve-training` started with `arguments` (the master key's passphrase
// given on its stdin, `--passphrase-fd 0`); returns the port it says it listens on, or 0 with
// a test failure if it did not start within `timeoutMs`.
inline quint16 startServeTraining(QProcess& process, const QString& program,
                                  const QStringList& arguments, const QByteArray& passphrase,
                                  int timeoutMs)
{
    process.start(program, arguments);
    process.write(passphrase);
    process.closeWriteChannel();
    static const QRegularExpression listening(QStringLiteral("127\\.0\\.0\\.1:(\\d+)/pkix/"));
    QByteArray output;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            return static_cast<quint16>(match.captured(1).toUInt());
        }
    }
    ADD_FAILURE() << "serve-training did not start: "
                  << process.readAllStandardError().toStdString();
    return 0;
}

// The training CA's HTTP server on its own thread (the client under test blocks), opening
// the same database and master key as the test's TrainingCa.
class TrainingCaServerThread : public QThread {
public:
    TrainingCaServerThread(DatabaseConfig config, QByteArray masterKey, QByteArray reference,
                           QByteArray secret, quint16 port = 0)
        : m_config(std::move(config)), m_masterKey(std::move(masterKey)),
          m_reference(std::move(reference)), m_secret(std::move(secret)), m_wantedPort(port)
    {
    }
    ~TrainingCaServerThread() override { stop(); }

    // The port, or 0 if the server could not start (the reason in problem()).
    quint16 begin()
    {
        auto ready = m_ready.get_future();
        start();
        return ready.get();
    }
    void stop()
    {
        if (isRunning()) {
            quit();
            wait();
        }
    }
    QString problem() const { return m_problem; }
    int answered() const { return m_answered; }
    int repeats() const { return m_repeats; }

protected:
    void run() override
    {
        auto db = Database::open(m_config);
        if (!db) {
            m_problem = db.error().message;
            m_ready.set_value(0);
            return;
        }
        EncryptionService encryption(
            std::make_unique<FixedMasterKeySource>(SecretBytes::takeFrom(m_masterKey)));
        SystemClock clock;
        TrainingCa ca(**db, encryption, clock, ProductCatalogue::builtIn());
        TrainingCmpServer cmp(ca, m_reference, SecretBytes::takeFrom(m_secret));
        if (Status started = cmp.start(); !started) {
            m_problem = started.error().message;
            m_ready.set_value(0);
            return;
        }
        CmpHttpServer http(cmp);
        auto port = http.listen(m_wantedPort);
        if (!port) {
            m_problem = port.error().message;
            m_ready.set_value(0);
            return;
        }
        m_ready.set_value(*port);
        exec();
        m_answered = http.requestsAnswered();
        m_repeats = cmp.repeatsAnswered();
    }

private:
    DatabaseConfig m_config;
    QByteArray m_masterKey;
    QByteArray m_reference;
    QByteArray m_secret;
    quint16 m_wantedPort;
    std::promise<quint16> m_ready;
    QString m_problem;
    int m_answered = 0;
    int m_repeats = 0;
};

// A server that answers every connection with `answer` and closes: a CA gone wrong.
class GarbageServerThread : public QThread {
public:
    explicit GarbageServerThread(QByteArray answer) : m_answer(std::move(answer)) {}
    ~GarbageServerThread() override
    {
        quit();
        wait();
    }
    quint16 begin()
    {
        auto ready = m_ready.get_future();
        start();
        return ready.get();
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            m_ready.set_value(0);
            return;
        }
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, this] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, this] {
                    socket->readAll();
                    socket->write(m_answer);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_ready.set_value(server.serverPort());
        exec();
    }

private:
    QByteArray m_answer;
    std::promise<quint16> m_ready;
};

// Waits until something accepts connections on 127.0.0.1:port.
inline bool waitForPort(quint16 port, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(200)) {
            probe.disconnectFromHost();
            return true;
        }
        QThread::msleep(50);
    }
    return false;
}

// A port nothing listens on (just released by the system).
inline quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

#ifdef GUICHET_OPENSSL
// OpenSSL in a child process as the CA side (TESTING.md "CMP"): its own CMP server
// (`openssl cmp -port`) or a TLS endpoint that speaks no CMP (`openssl s_server`), on a
// loopback port it reports itself (0) or the one the test names; stopped with the test.
// Targets that include this file without GUICHET_OPENSSL (the openssl program) go without it.
class OpenSslServer {
public:
    OpenSslServer() = default;
    OpenSslServer(const OpenSslServer&) = delete;
    OpenSslServer& operator=(const OpenSslServer&) = delete;
    ~OpenSslServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    // `openssl cmp -port <port> <arguments>`: the port once it accepts connections, or 0.
    quint16 start(const QStringList& arguments, quint16 port = 0)
    {
        return run(
            QStringList{QStringLiteral("cmp"), QStringLiteral("-port"), QString::number(port)} +
            arguments);
    }

    // `openssl s_server` on loopback: a TLS endpoint that speaks no CMP.
    quint16 startTls(const QString& certificate, const QString& key)
    {
        return run({QStringLiteral("s_server"), QStringLiteral("-accept"),
                    QStringLiteral("127.0.0.1:0"), QStringLiteral("-cert"), certificate,
                    QStringLiteral("-key"), key, QStringLiteral("-rev")});
    }

    // Everything it printed so far.
    QByteArray output()
    {
        m_output += m_process.readAll();
        return m_output;
    }

    // How many requests the CMP server logged, once it has logged at least `atLeast` (or 5 s).
    qsizetype requestsReceived(qsizetype atLeast = 0)
    {
        QDeadlineTimer deadline(5000);
        while (output().count("Received request") < atLeast && !deadline.hasExpired()) {
            m_process.waitForReadyRead(100);
        }
        return output().count("Received request");
    }

private:
    // Both servers print "ACCEPT host:port" once listening (the port chosen when given 0).
    quint16 run(const QStringList& arguments)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(GUICHET_OPENSSL), arguments);
        static const QRegularExpression accept(QStringLiteral("ACCEPT \\S*:(\\d+)"));
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            m_output += m_process.readAll();
            const auto match = accept.match(QString::fromLatin1(m_output));
            if (match.hasMatch()) {
                const quint16 port = static_cast<quint16>(match.captured(1).toUInt());
                return waitForPort(port) ? port : 0;
            }
        }
        return 0;
    }

    QProcess m_process;
    QByteArray m_output;
};
#endif

} // namespace guichet::test
