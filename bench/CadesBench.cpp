// CAdES baseline B sign and verify (issue 7), in process with an in-memory EC P-256 key, over
// content of 1 KiB, 1 MiB and 20 MiB (a form, a package of scans). The card's own signing
// time comes on top in production: one ECDSA or RSA operation per signature.
#include "TestPki.h"
#include "crypto/Cades.h"
#include "crypto/SoftwareKeySigner.h"

#include <benchmark/benchmark.h>

using namespace guichet;

namespace {

struct World {
    test::TestPki pki;
    test::TestPki::Issued issued =
        pki.issue(test::TestPki::KeyType::EcP256, QStringLiteral("Bench Operator"));
    std::unique_ptr<SoftwareKeySigner> signer =
        std::move(SoftwareKeySigner::fromPem(issued.keyPem, issued.certificateDer)).value();
    QDateTime at = QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);
};

World& world()
{
    static World instance;
    return instance;
}

void BM_CadesSign(benchmark::State& state)
{
    const QByteArray content(static_cast<qsizetype>(state.range(0)), 'x');
    for (auto _ : state) {
        auto signature = CadesSigner::signDetached(*world().signer, content, world().at);
        benchmark::DoNotOptimize(signature);
    }
    state.SetBytesProcessed(state.iterations() * state.range(0));
}

void BM_CadesVerify(benchmark::State& state)
{
    const QByteArray content(static_cast<qsizetype>(state.range(0)), 'x');
    const QByteArray signature =
        CadesSigner::signDetached(*world().signer, content, world().at).value();
    const QList<QByteArray> anchors{world().pki.rootDer()};
    for (auto _ : state) {
        auto report = CadesVerifier::verifyDetached(signature, content, anchors);
        benchmark::DoNotOptimize(report);
    }
    state.SetBytesProcessed(state.iterations() * state.range(0));
}

BENCHMARK(BM_CadesSign)->Arg(1 << 10)->Arg(1 << 20)->Arg(20 << 20)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CadesVerify)->Arg(1 << 10)->Arg(1 << 20)->Arg(20 << 20)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
