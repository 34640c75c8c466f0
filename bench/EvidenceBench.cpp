// Issue 7's evidence figure: building and signing the evidence package of a dossier with 20
// scanned pages (300 dpi A4 colour, stored like real scans: JPEG, encrypted, in SQLite) in
// under 500 ms plus the token's own signing time. In the same run, the baseline: libzip alone
// zipping the same bytes in memory (the floor for any container of these files).
//   guichet_evidence_bench [RUNS]     prints the median of RUNS (default 9) of each, the ratio,
//                                     and the signer's own time (software key here).
#include "common/Clock.h"
#include "crypto/SecureRandom.h"
#include "crypto/SoftwareKeySigner.h"
#include "documents/DocumentService.h"
#include "domain/ProductCatalogue.h"
#include "evidence/EvidencePackageBuilder.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "security/EncryptionService.h"
#include "service/DossierService.h"
#include "smartcard/AtrCatalogue.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <zip.h>

using namespace guichet;

namespace {

struct PKeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct X509Free {
    void operator()(X509* cert) const { X509_free(cert); }
};
struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};

// A P-256 key and a self-signed certificate, like an operator's card key.
std::unique_ptr<KeySigner> benchSigner()
{
    std::unique_ptr<EVP_PKEY, PKeyFree> key(EVP_EC_gen("P-256"));
    std::unique_ptr<X509, X509Free> cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600L * 24 * 365);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("Bench Operator"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509_set_pubkey(cert.get(), key.get());
    X509_sign(cert.get(), key.get(), EVP_sha256());
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    const QByteArray pem(data, static_cast<qsizetype>(size));
    unsigned char* der = nullptr;
    const int derSize = i2d_X509(cert.get(), &der);
    const QByteArray certDer(reinterpret_cast<const char*>(der), derSize);
    OPENSSL_free(der);
    auto signer = SoftwareKeySigner::fromPem(pem, certDer);
    return signer ? std::unique_ptr<KeySigner>(std::move(signer).value()) : nullptr;
}

QImage scannedA4Page(quint32 seed)
{
    QImage image(2480, 3508, QImage::Format_RGB32);
    quint32 state = seed;
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

// libzip alone, in memory, the same entries stored or deflated as the package does.
qint64 zipAlone(const QList<AsicEntry>& entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    zip_source_keep(target);
    for (const AsicEntry& entry : entries) {
        zip_source_t* source = zip_source_buffer(archive, entry.data.constData(),
                                                 static_cast<zip_uint64_t>(entry.data.size()), 0);
        const zip_int64_t index =
            zip_file_add(archive, entry.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index),
                                 entry.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
    }
    zip_close(archive);
    zip_source_open(target);
    zip_source_seek(target, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(target);
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    zip_source_seek(target, 0, SEEK_SET);
    zip_source_read(target, bytes.data(), static_cast<zip_uint64_t>(size));
    zip_source_close(target);
    zip_source_free(target);
    zip_error_fini(&error);
    return bytes.size();
}

double medianMs(int runs, const std::function<bool()>& step)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!step()) {
            return -1;
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the intervention form's fonts
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.debug=false\nguichet.*.info=false"));
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 9;

    QTemporaryDir dir;
    DatabaseConfig config;
    config.sqlitePath = dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = std::move(Database::open(config)).value();
    SystemClock clock;
    OperatorProfile actor;
    actor.identity = {QStringLiteral("bench"), QStringLiteral("Bench")};
    DossierService dossiers(*db, clock, ProductCatalogue::builtIn(), actor.identity);
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
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 1;
    }
    EncryptionService encryption(
        std::make_unique<FixedMasterKeySource>(std::move(SecureRandom::secret(32)).value()));
    DocumentService documents(*db, clock, encryption, actor.identity);
    QList<QImage> pages;
    for (quint32 i = 0; i < 20; ++i) {
        pages.append(scannedA4Page(12345 + i));
    }
    auto stored = documents.addScannedPages({created->id, DocumentType::IdFront, {}}, pages);
    if (!stored) {
        std::fprintf(stderr, "%s\n", qPrintable(stored.error().message));
        return 1;
    }
    pages.clear();
    auto signer = benchSigner();
    if (!signer) {
        std::fprintf(stderr, "no signer\n");
        return 1;
    }
    EvidencePackageBuilder builder(dossiers, documents, IdentityDocumentCatalogue::builtIn(),
                                   AtrCatalogue::builtIn(), actor);

    qint64 packageBytes = 0;
    const double build = medianMs(runs, [&] {
        auto package = builder.build(created->id, *signer);
        if (!package) {
            std::fprintf(stderr, "%s\n", qPrintable(package.error().message));
            return false;
        }
        packageBytes = package->bytes.size();
        return true;
    });
    auto facts = builder.gather(created->id);
    auto entries = facts ? builder.contents(*facts) : Result<QList<AsicEntry>>(facts.error());
    if (!entries) {
        std::fprintf(stderr, "%s\n", qPrintable(entries.error().message));
        return 1;
    }
    const double zipOnly = medianMs(runs, [&] { return zipAlone(*entries) > 0; });
    const QByteArray digest(32, 'x');
    const double signOnly =
        medianMs(runs, [&] { return signer->signDigest(QCryptographicHash::Sha256, digest).ok(); });
    std::printf("evidence package, 20 scanned A4 pages at 300 dpi (%lld bytes), median of %d:\n",
                static_cast<long long>(packageBytes), runs);
    std::printf("  gather + form + decrypt + manifest + CAdES + ASiC-E  %8.1f ms  (target < 500 "
                "ms + signing)\n",
                build);
    std::printf("  libzip alone, same bytes (baseline)                 %8.1f ms\n", zipOnly);
    std::printf("  ratio                                               %8.2f x\n",
                zipOnly > 0 ? build / zipOnly : 0.0);
    std::printf("  the key's own signature (software P-256)            %8.3f ms\n", signOnly);
    return build < 500 ? 0 : 1;
}
