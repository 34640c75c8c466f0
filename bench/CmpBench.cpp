// A CMP round trip to the local training CA (issue 6 target: under 50 ms): p10cr protected by
// a shared secret (PBMAC), over loopback HTTP through OpenSSL's HTTP client, to the training
// CA's HTTP server running on its own thread, each iteration a new certificate (distinct
// idempotency keys, so nothing is answered from the repeat table). In-process for comparison.
#include "ca/CaOpenSsl.h"
#include "ca/CmpClient.h"
#include "ca/CmpHttpServer.h"
#include "ca/TrainingCa.h"
#include "ca/TrainingCmpServer.h"
#include "common/Clock.h"
#include "domain/ProductCatalogue.h"
#include "security/EncryptionService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThread>
#include <benchmark/benchmark.h>
#include <future>

using namespace guichet;

namespace {

const QByteArray kReference("bench-ra");
const QByteArray kSecret("bench-secret");

QByteArray masterKey()
{
    return QByteArray(32, '\x42');
}

DatabaseConfig sqliteAt(const QString& path)
{
    DatabaseConfig config;
    config.engine = DatabaseConfig::Engine::Sqlite;
    config.sqlitePath = path;
    return config;
}

class ServerThread : public QThread {
public:
    explicit ServerThread(DatabaseConfig config) : m_config(std::move(config)) {}
    ~ServerThread() override
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
        auto db = Database::open(m_config);
        if (!db) {
            m_ready.set_value(0);
            return;
        }
        QByteArray key = masterKey();
        QByteArray secret = kSecret;
        EncryptionService encryption(
            std::make_unique<FixedMasterKeySource>(SecretBytes::takeFrom(key)));
        SystemClock clock;
        TrainingCa ca(**db, encryption, clock, ProductCatalogue::builtIn());
        TrainingCmpServer cmp(ca, kReference, SecretBytes::takeFrom(secret));
        CmpHttpServer http(cmp);
        auto port = cmp.start() ? http.listen(0) : Result<quint16>(Error{});
        m_ready.set_value(port ? *port : 0);
        if (port) {
            exec();
        }
    }

private:
    DatabaseConfig m_config;
    std::promise<quint16> m_ready;
};

QByteArray csr(EVP_PKEY* key)
{
    openssl::X509ReqPtr req(X509_REQ_new());
    X509_NAME_add_entry_by_txt(X509_REQ_get_subject_name(req.get()), "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("Bench Holder"), -1, -1, 0);
    X509_REQ_set_pubkey(req.get(), key);
    X509_REQ_sign(req.get(), key, EVP_sha256());
    return openssl::toDer(req.get(), i2d_X509_REQ);
}

CmpCredentials credentials()
{
    CmpCredentials credentials;
    credentials.reference = kReference;
    credentials.secret = SecretBytes::copyOf(kSecret);
    return credentials;
}

void enrolLoop(benchmark::State& state, CmpClient& client, const QByteArray& request,
               const QString& prefix)
{
    CmpEnrolment enrolment;
    enrolment.csrDer = request;
    enrolment.certificateProfile = QStringLiteral("rgs2");
    enrolment.usage = QStringLiteral("authentication");
    qint64 n = 0;
    for (auto _ : state) {
        enrolment.idempotencyKey = prefix + QString::number(++n);
        auto issued = client.enrol(enrolment);
        if (!issued) {
            state.SkipWithError(issued.error().message.toStdString().c_str());
            break;
        }
        benchmark::DoNotOptimize(issued->certificateDer.data());
    }
}

void BM_CmpP10crSharedSecretLoopbackHttp(benchmark::State& state)
{
    QTemporaryDir dir;
    const DatabaseConfig config = sqliteAt(dir.filePath(QStringLiteral("bench.sqlite")));
    {
        // Create the CA before timing (first use generates its keys).
        auto db = Database::open(config);
        QByteArray key = masterKey();
        EncryptionService encryption(
            std::make_unique<FixedMasterKeySource>(SecretBytes::takeFrom(key)));
        SystemClock clock;
        TrainingCa ca(**db, encryption, clock, ProductCatalogue::builtIn());
        if (!ca.ensureReady()) {
            state.SkipWithError("training CA");
            return;
        }
    }
    ServerThread server(config);
    const quint16 port = server.begin();
    if (port == 0) {
        state.SkipWithError("server did not start");
        return;
    }
    CmpEndpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = port;
    endpoint.path = QStringLiteral("pkix/");
    CmpClient client(endpoint, credentials());
    openssl::PKey key(EVP_EC_gen("P-256"));
    enrolLoop(state, client, csr(key.get()), QStringLiteral("http-"));
}
BENCHMARK(BM_CmpP10crSharedSecretLoopbackHttp)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_CmpP10crSharedSecretInProcess(benchmark::State& state)
{
    QTemporaryDir dir;
    auto db = Database::open(sqliteAt(dir.filePath(QStringLiteral("bench.sqlite"))));
    QByteArray key = masterKey();
    EncryptionService encryption(
        std::make_unique<FixedMasterKeySource>(SecretBytes::takeFrom(key)));
    SystemClock clock;
    TrainingCa ca(**db, encryption, clock, ProductCatalogue::builtIn());
    TrainingCmpServer server(ca, kReference, SecretBytes::copyOf(kSecret));
    if (!server.start()) {
        state.SkipWithError("training CA");
        return;
    }
    InProcessCmpTransport transport(server);
    CmpEndpoint endpoint;
    endpoint.transport = &transport;
    CmpClient client(endpoint, credentials());
    openssl::PKey holder(EVP_EC_gen("P-256"));
    enrolLoop(state, client, csr(holder.get()), QStringLiteral("in-process-"));
}
BENCHMARK(BM_CmpP10crSharedSecretInProcess)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
