#pragma once

#include "ca/CmpHttpServer.h"
#include "ca/TrainingCa.h"
#include "ca/TrainingCmpServer.h"
#include "domain/ProductCatalogue.h"
#include "security/EncryptionService.h"
#include "storage/Database.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <functional>
#include <future>

namespace guichet::test {

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

} // namespace guichet::test
