// Issue 6 figure: 1,000 enrolments queued while the CA is offline are all delivered within
// 60 s once the training CA is reachable again, none twice. Measured end to end: the outbox
// (SQLite) on this thread with the real sender (claim, CMP p10cr + certConf over loopback HTTP
// through Qt Network, answer stored in the dossier with its audit event), the training CA's
// HTTP server on its own thread with its own database. Baseline in the same run: 1,000 direct
// CmpClient round trips through the same transport, without the outbox. Where the time goes:
// the transport is timed (request out to answer in, the CA's own work included), the rest of
// each item is the sender's (claim, CMP messages, answer stored with its audit event).
//   guichet_outbox_bench [items] [claim-batch]
#include "ca/CaOpenSsl.h"
#include "ca/CmpHttpServer.h"
#include "ca/TrainingCa.h"
#include "ca/TrainingCmpServer.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxDelivery.h"
#include "ca/outbox/QtCmpTransport.h"
#include "common/Clock.h"
#include "domain/ProductCatalogue.h"
#include "security/EncryptionService.h"
#include "service/DossierService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <future>

using namespace guichet;

namespace {

const QByteArray kReference("bench-ra");
const QByteArray kSecret("bench-secret");

DatabaseConfig sqliteAt(const QString& path)
{
    DatabaseConfig config;
    config.sqlitePath = path;
    return config;
}

class ServerThread : public QThread {
public:
    ServerThread(DatabaseConfig config, quint16 port) : m_config(std::move(config)), m_port(port) {}
    ~ServerThread() override
    {
        quit();
        wait();
    }
    bool begin()
    {
        auto ready = m_ready.get_future();
        start();
        return ready.get();
    }

protected:
    void run() override
    {
        auto db = Database::open(m_config);
        if (!db) {
            m_ready.set_value(false);
            return;
        }
        QByteArray key(32, '\x42');
        QByteArray secret = kSecret;
        EncryptionService encryption(
            std::make_unique<FixedMasterKeySource>(SecretBytes::takeFrom(key)));
        SystemClock clock;
        TrainingCa ca(**db, encryption, clock, ProductCatalogue::builtIn());
        TrainingCmpServer cmp(ca, kReference, SecretBytes::takeFrom(secret));
        CmpHttpServer http(cmp);
        const bool listening = cmp.start() && http.listen(m_port);
        m_ready.set_value(listening);
        if (listening) {
            exec();
        }
    }

private:
    DatabaseConfig m_config;
    quint16 m_port;
    std::promise<bool> m_ready;
};

QByteArray csr(EVP_PKEY* key)
{
    openssl::X509ReqPtr req(X509_REQ_new());
    X509_NAME_add_entry_by_txt(X509_REQ_get_subject_name(req.get()), "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("Jean Dupont"), -1, -1, 0);
    X509_REQ_set_pubkey(req.get(), key);
    X509_REQ_sign(req.get(), key, EVP_sha256());
    return openssl::toDer(req.get(), i2d_X509_REQ);
}

Dossier benchDossier(int i)
{
    Dossier d;
    d.orderReference = QStringLiteral("CMD-2026-%1").arg(i, 6, 10, QLatin1Char('0'));
    d.productId = QStringLiteral("rgs2");
    d.usage = QStringLiteral("signature");
    d.holder.surnames = QStringLiteral("Dupont");
    d.holder.givenNames = QStringLiteral("Jean");
    d.holder.birthDate = QDate(1980, 5, 17);
    d.holder.birthPlace = QStringLiteral("Lille");
    d.holder.email = QStringLiteral("jean.dupont@example.org");
    d.holder.phone = QStringLiteral("+33 3 20 00 00 00");
    d.holder.address = {QStringLiteral("20 allée de la râperie"), QStringLiteral("59650"),
                        QStringLiteral("Villeneuve d'Ascq"), QStringLiteral("FR")};
    return d;
}

CmpCredentials credentials()
{
    CmpCredentials credentials;
    credentials.reference = kReference;
    credentials.secret = SecretBytes::copyOf(kSecret);
    return credentials;
}

int count(Database& db, const char* sql)
{
    QSqlQuery q = db.query();
    return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toInt() : -1;
}

// Times every exchange through the transport it wraps.
class TimedTransport final : public CmpTransport {
public:
    explicit TimedTransport(CmpTransport& inner) : m_inner(inner) {}
    Result<QByteArray> exchange(const QByteArray& requestDer) override
    {
        QElapsedTimer timer;
        timer.start();
        auto answer = m_inner.exchange(requestDer);
        m_nanoseconds += timer.nsecsElapsed();
        ++m_exchanges;
        return answer;
    }
    double seconds() const { return static_cast<double>(m_nanoseconds) / 1e9; }
    int exchanges() const { return m_exchanges; }
    void reset()
    {
        m_nanoseconds = 0;
        m_exchanges = 0;
    }

private:
    CmpTransport& m_inner;
    qint64 m_nanoseconds = 0;
    int m_exchanges = 0;
};

int fail(const char* what, const Error& error)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(error.message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int items = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1000;
    const int claimBatch = argc > 2 ? std::max(1, std::atoi(argv[2])) : 16;
    QTemporaryDir dir;
    auto outboxDb = Database::open(sqliteAt(dir.filePath(QStringLiteral("outbox.sqlite"))));
    if (!outboxDb) {
        return fail("outbox database", outboxDb.error());
    }
    Database& db = **outboxDb;
    SystemClock clock;
    const OperatorIdentity actor{QStringLiteral("bench"), QStringLiteral("Bench")};
    DossierService service(db, clock, ProductCatalogue::builtIn(), actor);
    CaRequests requests(db, clock, ProductCatalogue::builtIn(), actor);
    requests.outbox().setClaimBatch(claimBatch);

    quint16 port = 0;
    {
        QTcpServer probe; // a free port, closed again: the CA is offline
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    openssl::PKey key(EVP_EC_gen("P-256"));
    const QByteArray request = csr(key.get());
    QElapsedTimer queueing;
    queueing.start();
    for (int i = 0; i < items; ++i) {
        auto created = service.create(benchDossier(i));
        if (!created) {
            return fail("dossier", created.error());
        }
        auto ready = service.changeStatus(created->id, created->version,
                                          DossierStatus::ReadyForMeeting, QString());
        auto verified = ready ? service.changeStatus(created->id, ready->version,
                                                     DossierStatus::IdentityVerified, QString())
                              : ready;
        auto queued = verified ? requests.queueEnrolment(created->id, request)
                               : Result<OutboxItem>(verified.error());
        if (!queued) {
            return fail("queueing", queued.error());
        }
    }
    const double queueSeconds = static_cast<double>(queueing.elapsed()) / 1000.0;

    auto transport = QtCmpTransport::create(
        {QUrl(QStringLiteral("http://127.0.0.1:%1/pkix/").arg(port)), {}, 10000});
    if (!transport) {
        return fail("transport", transport.error());
    }
    TimedTransport timed(**transport);
    CmpEndpoint endpoint;
    endpoint.transport = &timed;
    OutboxOptions options;
    options.firstBackoffMs = 50;
    OutboxDelivery delivery(requests, clock, QStringLiteral("training"), std::move(endpoint),
                            credentials(), options);
    auto offline = delivery.sendOne();
    if (!offline || offline->outcome != OutboxDelivery::Outcome::Unreachable) {
        std::fprintf(stderr, "the CA was expected to be unreachable\n");
        return 1;
    }

    ServerThread server(sqliteAt(dir.filePath(QStringLiteral("ca.sqlite"))), port);
    if (!server.begin()) {
        std::fprintf(stderr, "the training CA did not start\n");
        return 1;
    }
    timed.reset();
    QElapsedTimer draining;
    draining.start();
    int delivered = 0;
    while (true) {
        auto step = delivery.sendOne();
        if (!step) {
            return fail("sending", step.error());
        }
        if (step->outcome == OutboxDelivery::Outcome::Delivered) {
            ++delivered;
        } else if (step->outcome == OutboxDelivery::Outcome::Idle) {
            auto waiting = requests.outbox().pendingCount();
            if (waiting && *waiting == 0) {
                break;
            }
            QThread::msleep(20); // the probe item's short backoff
        } else if (step->outcome != OutboxDelivery::Outcome::Unreachable) {
            std::fprintf(stderr, "item %lld: %s\n", static_cast<long long>(step->item.id),
                         qPrintable(step->message));
            return 1;
        }
    }
    const double drainSeconds = static_cast<double>(draining.elapsed()) / 1000.0;
    const double drainExchangeSeconds = timed.seconds();
    const int drainExchanges = timed.exchanges();
    timed.reset();

    // Baseline: the same number of direct round trips, no outbox, fresh idempotency keys.
    CmpEndpoint direct;
    direct.transport = &timed;
    CmpClient client(direct, credentials());
    CmpEnrolment enrolment;
    enrolment.csrDer = request;
    enrolment.certificateProfile = QStringLiteral("rgs2");
    QElapsedTimer baseline;
    baseline.start();
    for (int i = 0; i < items; ++i) {
        enrolment.idempotencyKey = QStringLiteral("bench-direct/%1").arg(i);
        auto issued = client.enrol(enrolment);
        if (!issued) {
            return fail("direct round trip", issued.error());
        }
    }
    const double baselineSeconds = static_cast<double>(baseline.elapsed()) / 1000.0;
    const double baselineExchangeSeconds = timed.seconds();
    server.quit();
    server.wait();

    auto caDb = Database::open(sqliteAt(dir.filePath(QStringLiteral("ca.sqlite"))));
    const int issuedByCa = caDb ? count(**caDb, "SELECT COUNT(*) FROM training_ca_cert") : -1;
    const int stored = count(db, "SELECT COUNT(DISTINCT outbox_item_id) FROM dossier_certificate");
    const int storedRows = count(db, "SELECT COUNT(*) FROM dossier_certificate");
    const bool noneTwice = stored == items && storedRows == items && issuedByCa == 2 * items;
    std::printf("items: %d\n", items);
    std::printf("queued while offline: %.2f s (%.2f ms per dossier, 3 transactions each)\n",
                queueSeconds, 1000.0 * queueSeconds / items);
    std::printf(
        "delivered after the CA came back: %d in %.2f s (%.2f ms per item) - target < 60 s\n",
        delivered, drainSeconds, 1000.0 * drainSeconds / items);
    std::printf("  of which in the transport (%d HTTP exchanges, the CA's work included): %.2f s; "
                "the sender's own work: %.2f ms per item (claim batch %d)\n",
                drainExchanges, drainExchangeSeconds,
                1000.0 * (drainSeconds - drainExchangeSeconds) / items, claimBatch);
    std::printf("baseline, direct CmpClient round trips: %.2f s (%.2f ms each)\n", baselineSeconds,
                1000.0 * baselineSeconds / items);
    std::printf("  of which in the transport: %.2f s; the client's own work: %.2f ms per item\n",
                baselineExchangeSeconds,
                1000.0 * (baselineSeconds - baselineExchangeSeconds) / items);
    std::printf("ratio outbox / baseline: %.2f\n", drainSeconds / baselineSeconds);
    std::printf("worst case noticing the CA is back: %.1f s (maximum backoff)\n",
                options.maxBackoffMs / 1000.0);
    std::printf("certificates stored in dossiers: %d rows, %d items; issued by the CA: %d "
                "(outbox + baseline) -> %s\n",
                storedRows, stored, issuedByCa, noneTwice ? "none twice" : "MISMATCH");
    return noneTwice && delivered == items ? 0 : 1;
}
