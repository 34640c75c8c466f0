// The whole personalisation on SoftHSM2 (EC P-256: initialise, holder PIN, key generated on
// the token, CSR signed on the token, certificate from a throwaway CA, written back,
// verified), in process, as Guichet does it: the SO PIN sealed in the vault and each step
// audited in a SQLite database. Prints one wall-clock figure per run, in milliseconds, and
// the median. bench/personalise-vs-cli.sh runs the pkcs11-tool + openssl chain beside it.
//
// usage: guichet_personalise_bench [RUNS]
#include "../tests/support/SoftHsmToken.h"
#include "../tests/token/TestCa.h"
#include "common/Clock.h"
#include "security/EncryptionService.h"
#include "storage/Database.h"
#include "token/AuditPersonalisationRecorder.h"
#include "token/Pkcs11Module.h"
#include "token/SoPinVault.h"
#include "token/TokenPersonaliser.h"
#include "token/TokenSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace guichet;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.debug=false\nguichet.*.info=false"));
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        test::SoftHsmToken softHsm; // a fresh token folder for each run
        QTemporaryDir dataDir;
        DatabaseConfig config;
        config.engine = DatabaseConfig::Engine::Sqlite;
        config.sqlitePath = dataDir.filePath(QStringLiteral("bench.sqlite"));
        auto db = Database::open(config);
        if (!db) {
            err << db.error().message << Qt::endl;
            return 1;
        }
        SystemClock clock;
        EncryptionService encryption(
            std::make_unique<FixedMasterKeySource>(SecretBytes::copyOf(QByteArray(32, 'b'))));
        SoPinVault vault(**db, encryption, clock, QStringLiteral("bench"));
        AuditPersonalisationRecorder recorder(**db, clock, QStringLiteral("bench"));
        test::TestCa ca;

        QElapsedTimer timer;
        timer.start();
        // Loading the module is part of the work: the CLI chain loads it in every call.
        auto module = Pkcs11Module::load(test::SoftHsmToken::modulePath());
        if (!module) {
            err << module.error().message << Qt::endl;
            return 1;
        }
        auto blank = TokenSlot::findBlank(**module);
        if (!blank) {
            err << blank.error().message << Qt::endl;
            return 1;
        }
        PersonalisationRequest request;
        request.slot = *blank;
        request.label = QStringLiteral("Bench token");
        request.algorithm = KeyAlgorithm::EcP256;
        request.subject.commonName = QStringLiteral("Jean Dupont");
        request.subject.country = QStringLiteral("FR");
        request.qscd = true;
        PersonalisationSecrets secrets;
        secrets.holderPin = SecretBytes::copyOf(QByteArrayView("483920"));
        PersonalisationState state;
        TokenPersonaliser personaliser(**module, vault, recorder, &ca);
        TokenProgress progress;
        QString previousStep = QStringLiteral("load");
        qint64 previousAt = 0;
        QStringList steps;
        progress.report = [&](const QString& step, int, int) {
            const qint64 at = timer.nsecsElapsed() / 1000000;
            steps << QStringLiteral("%1 %2").arg(previousStep).arg(at - previousAt);
            previousStep = step;
            previousAt = at;
        };
        if (Status done = personaliser.run(request, secrets, state, progress); !done) {
            err << done.error().message << Qt::endl;
            return 1;
        }
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        times.push_back(ms);
        out << QStringLiteral("run %1: %2 ms").arg(run + 1).arg(ms, 0, 'f', 1) << Qt::endl;
        if (qEnvironmentVariableIsSet("GUICHET_BENCH_STEPS")) {
            err << steps.join(QStringLiteral(" | ")) << Qt::endl;
        }
    }
    std::sort(times.begin(), times.end());
    out << QStringLiteral("guichet median: %1 ms").arg(times[times.size() / 2], 0, 'f', 1)
        << Qt::endl;
    return 0;
}
