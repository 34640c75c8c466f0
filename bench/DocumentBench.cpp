// Issue 4's figures, in one run:
//   - storing a scanned 300 dpi A4 colour page (2480 x 3508 RGB): JPEG at quality 85, SHA-256,
//     envelope encryption, commit to SQLite (synchronous=FULL) with its audit event; target
//     under 150 ms;
//   - AES-256-GCM on 1 MiB blocks, compared with `openssl speed -evp aes-256-gcm` on the same
//     block size, run right after, both per CPU second; target at least 80 % of OpenSSL's
//     figure.
//   guichet_document_bench [--benchmark_...]    (GUICHET_BENCH_NO_OPENSSL=1 skips the comparison)
#include "common/Clock.h"
#include "crypto/AesGcm.h"
#include "crypto/Envelope.h"
#include "crypto/Scrypt.h"
#include "crypto/SecureRandom.h"
#include "crypto/Sha256.h"
#include "documents/DocumentService.h"
#include "documents/PageEncoder.h"
#include "domain/ProductCatalogue.h"
#include "security/EncryptionService.h"
#include "service/DossierService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <ctime>

using namespace guichet;

namespace {

constexpr qsizetype kBlock = 1024 * 1024;

// A photo-like A4 page at 300 dpi: smooth gradients with scanner-like noise, so the JPEG
// encoder does representative work (a flat page would flatter it).
QImage scannedA4Page()
{
    QImage image(2480, 3508, QImage::Format_RGB32);
    quint32 state = 12345;
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            state = state * 1664525U + 1013904223U;
            const int noise = int(state >> 29) - 4;
            line[x] = qRgb(std::clamp(x / 10 + noise, 0, 255), std::clamp(y / 14 + noise, 0, 255),
                           std::clamp(((x + y) / 24) % 256 + noise, 0, 255));
        }
    }
    image.setDotsPerMeterX(11811);
    image.setDotsPerMeterY(11811);
    return image;
}

SecretBytes benchKey()
{
    return std::move(SecureRandom::secret(32)).value();
}

void StoreScannedA4ColourPage(benchmark::State& state)
{
    QTemporaryDir dir;
    DatabaseConfig config;
    config.sqlitePath = dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = std::move(Database::open(config)).value();
    SystemClock clock;
    const OperatorIdentity actor{QStringLiteral("bench"), QStringLiteral("Bench")};
    DossierService dossiers(*db, clock, ProductCatalogue::builtIn(), actor);
    Dossier draft;
    draft.productId = QStringLiteral("rgs2");
    draft.usage = QStringLiteral("signature");
    draft.holder.surnames = QStringLiteral("Dupont");
    draft.holder.givenNames = QStringLiteral("Jean");
    draft.holder.birthDate = QDate(1980, 5, 17);
    draft.holder.email = QStringLiteral("jean@example.org");
    draft.holder.address.country = QStringLiteral("FR");
    draft.orderReference = QStringLiteral("BENCH-1");
    auto created = dossiers.create(draft);
    if (!created) {
        state.SkipWithError(qPrintable(created.error().message));
        return;
    }
    EncryptionService encryption(std::make_unique<FixedMasterKeySource>(benchKey()));
    DocumentService documents(*db, clock, encryption, actor);
    const QImage page = scannedA4Page();
    qint64 stored = 0;
    for (auto _ : state) {
        auto document = documents.addScannedPages({created->id, DocumentType::IdFront, {}}, {page});
        if (!document) {
            state.SkipWithError(qPrintable(document.error().message));
            return;
        }
        stored = document->size;
    }
    state.counters[QStringLiteral("jpeg_bytes").toStdString()] = double(stored);
}
BENCHMARK(StoreScannedA4ColourPage)->Unit(benchmark::kMillisecond)->MinTime(3.0)->UseRealTime();

// The steps alone, to see where the time goes.
void EncodeA4PageAsJpeg(benchmark::State& state)
{
    const QImage page = scannedA4Page();
    for (auto _ : state) {
        auto encoded = PageEncoder::encode(page, PageEncoder::Fidelity::Scan);
        benchmark::DoNotOptimize(encoded);
    }
}
BENCHMARK(EncodeA4PageAsJpeg)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void Sha256OneMiB(benchmark::State& state)
{
    const QByteArray block(kBlock, 'x');
    for (auto _ : state) {
        benchmark::DoNotOptimize(Sha256::hash(block));
    }
    state.SetBytesProcessed(state.iterations() * kBlock);
}
BENCHMARK(Sha256OneMiB)->MinTime(1.0);

void AesGcmEncryptOneMiB(benchmark::State& state)
{
    const SecretBytes key = benchKey();
    const QByteArray nonce(AesGcm::NonceSize, 'n');
    const QByteArray plaintext(kBlock, 'p');
    QByteArray ciphertext(kBlock, Qt::Uninitialized);
    char tag[16];
    for (auto _ : state) {
        (void)AesGcm::encrypt(key, nonce, {}, plaintext, ciphertext.data(), tag);
        benchmark::ClobberMemory();
    }
    state.SetBytesProcessed(state.iterations() * kBlock);
}
BENCHMARK(AesGcmEncryptOneMiB)->MinTime(2.0);

void EnvelopeSealOneMiB(benchmark::State& state)
{
    const SecretBytes key = benchKey();
    const QByteArray plaintext(kBlock, 'p');
    for (auto _ : state) {
        benchmark::DoNotOptimize(Envelope::seal(key, plaintext, "bench"));
    }
    state.SetBytesProcessed(state.iterations() * kBlock);
}
BENCHMARK(EnvelopeSealOneMiB)->MinTime(1.0);

// Unlocking a passphrase-protected master key: the scrypt cost a supervisor's workstation
// pays once per session (ScryptParameters' defaults).
void ScryptDefaultParameters(benchmark::State& state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(Scrypt::derive("a long passphrase", "0123456789abcdef", {}, 32));
    }
}
BENCHMARK(ScryptDefaultParameters)->Unit(benchmark::kMillisecond)->Iterations(5);

// CPU seconds used by this process. `openssl speed` (without -elapsed) divides by its CPU
// time too: on a shared machine, wall time would also count the time other processes held
// the CPU, which is not a property of either implementation.
double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// Bytes per CPU second of AesGcm::encrypt on 1 MiB blocks over about `seconds` of CPU.
double guichetAesGcmRate(double seconds)
{
    const SecretBytes key = benchKey();
    const QByteArray nonce(AesGcm::NonceSize, 'n');
    const QByteArray plaintext(kBlock, 'p');
    QByteArray ciphertext(kBlock, Qt::Uninitialized);
    char tag[16];
    const double start = cpuSeconds();
    qint64 blocks = 0;
    while (cpuSeconds() - start < seconds) {
        (void)AesGcm::encrypt(key, nonce, {}, plaintext, ciphertext.data(), tag);
        ++blocks;
    }
    return double(blocks) * double(kBlock) / (cpuSeconds() - start);
}

// `openssl speed -mr` prints "+F:<n>:AES-256-GCM:<bytes per second>".
double opensslAesGcmRate(int seconds)
{
    QProcess speed;
    speed.start(QStringLiteral("openssl"),
                {QStringLiteral("speed"), QStringLiteral("-mr"), QStringLiteral("-evp"),
                 QStringLiteral("aes-256-gcm"), QStringLiteral("-bytes"), QString::number(kBlock),
                 QStringLiteral("-seconds"), QString::number(seconds)});
    if (!speed.waitForFinished(60'000) || speed.exitCode() != 0) {
        return 0;
    }
    for (const QByteArray& line : speed.readAllStandardOutput().split('\n')) {
        if (line.startsWith("+F:")) {
            return line.split(':').value(3).trimmed().toDouble();
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.debug=false\nguichet.*.info=false"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (qEnvironmentVariableIntValue("GUICHET_BENCH_NO_OPENSSL") == 1) {
        return 0;
    }
    // Interleaved, so that a change of machine load affects both sides alike.
    double ours = 0;
    double theirs = 0;
    for (int round = 0; round < 2; ++round) {
        ours += guichetAesGcmRate(3.0);
        theirs += opensslAesGcmRate(3);
    }
    if (theirs <= 0) {
        std::printf("openssl speed did not run: no comparison\n");
        return 1;
    }
    const double ratio = ours / theirs;
    std::printf("\nAES-256-GCM, 1 MiB blocks: Guichet %.0f MB/s, openssl speed %.0f MB/s: "
                "%.0f %% (target >= 80 %%)\n",
                ours / 2 / 1e6, theirs / 2 / 1e6, ratio * 100);
    return ratio >= 0.8 ? 0 : 3;
}
