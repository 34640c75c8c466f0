// The outbox as a user runs it (guichet-cli), and the kill test: the sender is SIGKILLed at
// random moments while it delivers to the training CA (`ca serve-training`, another
// process), then run once more to the end. No item may be lost, none delivered twice, and the
// training CA must have issued exactly one certificate per idempotency key.
#include "CaFixture.h"
#include "ca/outbox/CaRequests.h"
#include "service/DossierService.h"
#include "support/Samples.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace guichet::test {
namespace {

const QByteArray kPassphrase("outbox kill test passphrase");

class OutboxCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QProcess protect;
        protect.start(QStringLiteral(GUICHET_CLI),
                      {QStringLiteral("--db"), path("ca.sqlite"), QStringLiteral("keychain"),
                       QStringLiteral("use-passphrase"), QStringLiteral("--passphrase-fd"),
                       QStringLiteral("0")});
        protect.write(kPassphrase);
        protect.closeWriteChannel();
        ASSERT_TRUE(protect.waitForFinished(30000));
        ASSERT_EQ(protect.exitCode(), 0) << protect.readAllStandardError().toStdString();
        QFile secret(path("secret"));
        ASSERT_TRUE(secret.open(QIODevice::WriteOnly));
        secret.write("kill-test-secret\n");
        DatabaseConfig config;
        config.sqlitePath = path("outbox.sqlite");
        auto opened = Database::open(config);
        ASSERT_TRUE(opened.ok()) << text(opened.error());
        db = std::move(opened).value();
        service = std::make_unique<DossierService>(*db, clock, ProductCatalogue::builtIn(), actor);
        requests = std::make_unique<CaRequests>(*db, clock, ProductCatalogue::builtIn(), actor);
    }

    void TearDown() override
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(5000)) {
                m_server.kill();
                m_server.waitForFinished(5000);
            }
        }
    }

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    qint64 readyDossier()
    {
        auto created = service->create(sampleDossier());
        EXPECT_TRUE(created.ok());
        auto meeting = service->changeStatus(created->id, created->version,
                                             DossierStatus::ReadyForMeeting, QString());
        auto verified = service->changeStatus(created->id, meeting->version,
                                              DossierStatus::IdentityVerified, QString());
        EXPECT_TRUE(verified.ok());
        return created->id;
    }

    static QByteArray csr(const QString& name = QStringLiteral("Jean Dupont"))
    {
        openssl::PKey key = CaFixture::newKey();
        return CaFixture::csrFor(key.get(), name);
    }

    QStringList outboxArguments() const { return {QStringLiteral("--db"), path("outbox.sqlite")}; }

    // guichet-cli on the outbox database.
    std::pair<int, QByteArray> cli(const QStringList& arguments, QByteArray* err = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(GUICHET_CLI), outboxArguments() + arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        if (err != nullptr) {
            *err = process.readAllStandardError();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput()};
    }

    QStringList sendArguments() const
    {
        return {QStringLiteral("outbox"),
                QStringLiteral("send"),
                QStringLiteral("--url"),
                QStringLiteral("http://127.0.0.1:%1/pkix/").arg(m_port),
                QStringLiteral("--secret-file"),
                path("secret"),
                QStringLiteral("--until-empty"),
                QStringLiteral("--lease-seconds"),
                QStringLiteral("2"),
                QStringLiteral("--max-backoff-ms"),
                QStringLiteral("500")};
    }

    void serve()
    {
        m_server.start(QStringLiteral(GUICHET_CLI),
                       {QStringLiteral("--db"), path("ca.sqlite"), QStringLiteral("ca"),
                        QStringLiteral("serve-training"), QStringLiteral("--port"),
                        QStringLiteral("0"), QStringLiteral("--secret-file"), path("secret"),
                        QStringLiteral("--passphrase-fd"), QStringLiteral("0")});
        m_server.write(kPassphrase);
        m_server.closeWriteChannel();
        static const QRegularExpression listening(QStringLiteral("127\\.0\\.0\\.1:(\\d+)/pkix/"));
        QByteArray output;
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && m_server.state() != QProcess::NotRunning) {
            m_server.waitForReadyRead(100);
            output += m_server.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_port = static_cast<quint16>(match.captured(1).toUInt());
                return;
            }
        }
        FAIL() << "serve-training did not start: " << m_server.readAllStandardError().toStdString();
    }

    int count(Database& database, const QString& sql)
    {
        QSqlQuery q = database.query();
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toInt() : -1;
    }

    SystemClock clock;
    const OperatorIdentity actor{QStringLiteral("op-alice"), QStringLiteral("Alice")};
    std::unique_ptr<Database> db;
    std::unique_ptr<DossierService> service;
    std::unique_ptr<CaRequests> requests;
    quint16 m_port = 0;

private:
    QTemporaryDir m_dir;
    QProcess m_server;
};

TEST_F(OutboxCliTest, EnrollChecksTheCsrThenListCancelAndRevoke)
{
    const qint64 dossierId = readyDossier();
    QFile wrong(path("wrong.csr"));
    ASSERT_TRUE(wrong.open(QIODevice::WriteOnly));
    wrong.write(csr(QStringLiteral("Somebody Else")));
    wrong.close();
    QByteArray err;
    auto refused = cli({QStringLiteral("ca"), QStringLiteral("enroll"), QStringLiteral("--dossier"),
                        QString::number(dossierId), QStringLiteral("--csr"), path("wrong.csr")},
                       &err);
    EXPECT_EQ(refused.first, 1);
    EXPECT_TRUE(err.contains("Somebody Else")) << err.toStdString();
    auto usage =
        cli({QStringLiteral("ca"), QStringLiteral("revoke"), QStringLiteral("--dossier"),
             QString::number(dossierId), QStringLiteral("--reason"), QStringLiteral("boredom")});
    EXPECT_EQ(usage.first, 2);

    QFile good(path("good.csr"));
    ASSERT_TRUE(good.open(QIODevice::WriteOnly));
    good.write(csr());
    good.close();
    auto queued = cli({QStringLiteral("ca"), QStringLiteral("enroll"), QStringLiteral("--dossier"),
                       QString::number(dossierId), QStringLiteral("--csr"), path("good.csr")},
                      &err);
    ASSERT_EQ(queued.first, 0) << err.toStdString();
    auto listed = cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(listed.first, 0);
    const QJsonArray items = QJsonDocument::fromJson(listed.second).array();
    ASSERT_EQ(items.size(), 1);
    const QJsonObject item = items.at(0).toObject();
    EXPECT_EQ(item.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    EXPECT_EQ(item.value(QStringLiteral("dossier")).toInteger(), dossierId);

    serve();
    ASSERT_NE(m_port, 0);
    auto sent = cli(sendArguments(), &err);
    ASSERT_EQ(sent.first, 0) << err.toStdString();
    auto revoke = cli({QStringLiteral("ca"), QStringLiteral("revoke"), QStringLiteral("--dossier"),
                       QString::number(dossierId), QStringLiteral("--reason"),
                       QStringLiteral("keyCompromise")},
                      &err);
    ASSERT_EQ(revoke.first, 0) << err.toStdString();
    const qint64 revocationId =
        item.value(QStringLiteral("id")).toInteger() + 1; // the next item of this outbox
    auto cancel = cli(
        {QStringLiteral("outbox"), QStringLiteral("cancel"), QString::number(revocationId)}, &err);
    EXPECT_EQ(cancel.first, 0) << err.toStdString();
    auto cancelAgain =
        cli({QStringLiteral("outbox"), QStringLiteral("cancel"), QString::number(revocationId)});
    EXPECT_EQ(cancelAgain.first, 1);
    auto dossier = service->find(dossierId);
    EXPECT_EQ(dossier->status, DossierStatus::CertificateIssued);
}

TEST_F(OutboxCliTest, KillTheSenderAtRandomMomentsNothingLostNothingTwice)
{
    constexpr int kItems = 100;
    constexpr int kKills = 30;
    QList<qint64> dossiers;
    for (int i = 0; i < kItems; ++i) {
        const qint64 id = readyDossier();
        auto queued = requests->queueEnrolment(id, csr());
        ASSERT_TRUE(queued.ok()) << text(queued.error());
        dossiers.append(id);
    }
    serve();
    ASSERT_NE(m_port, 0);
    int killed = 0, runs = 0;
    const QString pending =
        QStringLiteral("SELECT COUNT(*) FROM outbox_item WHERE state IN ('queued', 'sending')");
    while (killed < kKills && runs < 3 * kKills && count(*db, pending) > 0) {
        ++runs;
        QProcess sender;
        sender.start(QStringLiteral(GUICHET_CLI), outboxArguments() + sendArguments());
        sender.closeWriteChannel();
        ASSERT_TRUE(sender.waitForStarted(10000));
        // Not an assertion on time: a random moment to kill the sender at.
        const int moment = 50 + QRandomGenerator::global()->bounded(400);
        if (!sender.waitForFinished(moment)) {
            sender.kill(); // SIGKILL: no cleanup, no rollback handler
            sender.waitForFinished(10000);
            ++killed;
        }
    }
    std::cout << "[ killed ] " << killed << " senders in " << runs << " runs\n";
    QByteArray err;
    auto last = cli(sendArguments(), &err);
    ASSERT_EQ(last.first, 0) << err.toStdString();

    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM outbox_item WHERE state = "
                                        "'delivered'")),
              kItems)
        << "no item lost";
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM dossier_certificate")), kItems)
        << "every item delivered once";
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(DISTINCT dossier_id) FROM "
                                        "dossier_certificate")),
              kItems);
    for (qint64 id : dossiers) {
        auto dossier = service->find(id);
        ASSERT_TRUE(dossier.ok());
        EXPECT_EQ(dossier->status, DossierStatus::CertificateIssued) << id;
    }
    auto audit = service->verifyAudit();
    ASSERT_TRUE(audit.ok());
    EXPECT_TRUE(audit->intact) << audit->problem.toStdString();
    EXPECT_EQ(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = "
                                        "'ca.certificate.issued'")),
              kItems);

    DatabaseConfig caConfig;
    caConfig.sqlitePath = path("ca.sqlite");
    auto caDb = Database::open(caConfig);
    ASSERT_TRUE(caDb.ok());
    EXPECT_EQ(count(**caDb, QStringLiteral("SELECT COUNT(*) FROM training_ca_cert")), kItems)
        << "the training CA issued exactly one certificate per idempotency key";
    EXPECT_EQ(count(**caDb, QStringLiteral("SELECT COUNT(*) FROM training_ca_request")), kItems);
    const int resent = count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_event WHERE action = "
                                                 "'ca.request.resent'"));
    std::cout << "[ resent ] " << resent << " requests after a kill mid-exchange\n";
}

} // namespace
} // namespace guichet::test
