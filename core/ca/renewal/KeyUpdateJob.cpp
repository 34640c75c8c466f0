#include "ca/renewal/KeyUpdateJob.h"

#include "ca/TrainingCa.h"
#include "ca/TrainingCmpServer.h"
#include "ca/outbox/QtCmpTransport.h"
#include "common/Clock.h"
#include "crypto/SecureRandom.h"
#include "domain/ProductCatalogue.h"
#include "security/EncryptionService.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"

namespace guichet {

Result<TokenKeyUpdateResult> KeyUpdateJob::run(const Pkcs11Module& module,
                                               const KeyUpdateCaConfig& config, qint64 dossierId,
                                               const QString& tokenSerial, const SecretBytes& pin,
                                               const TokenProgress& progress)
{
    auto opened = Database::open(config.database);
    if (!opened) {
        return opened.error();
    }
    Database& db = **opened;
    if (!config.profileId.isEmpty()) {
        auto dossier = DossierRepository(db).find(dossierId, false);
        if (!dossier) {
            return dossier.error();
        }
        if (dossier->caProfileId != config.profileId) {
            return Error{ErrorCode::Refused,
                         tr("Dossier %1 is for the CA profile %2, but this desk sends to %3. "
                            "Run its key update with guichet-cli ca renew --dossier %1 "
                            "--key-update, which uses the dossier's own profile.")
                             .arg(dossierId)
                             .arg(dossier->caProfileId, config.profileId)};
        }
    }
    SystemClock clock;
    CmpEndpoint endpoint;
    endpoint.trustAnchorsDer = config.trustAnchorsDer;
    // Destroyed in reverse order, before the database.
    std::unique_ptr<EncryptionService> encryption;
    std::unique_ptr<TrainingCa> ca;
    std::unique_ptr<TrainingCmpServer> cmp;
    std::unique_ptr<InProcessCmpTransport> inProcess;
    std::unique_ptr<QtCmpTransport> transport;
    if (config.trainingCaKeys) {
        auto keys = config.trainingCaKeys(db);
        if (!keys) {
            return keys.error();
        }
        encryption = std::make_unique<EncryptionService>(std::move(keys).value());
        ca = std::make_unique<TrainingCa>(db, *encryption, clock, ProductCatalogue::builtIn());
        if (Status ready = ca->ensureReady(); !ready) {
            return ready.error();
        }
        // The kur is signed with the holder's key; the secret only satisfies the server.
        auto secret = SecureRandom::secret(32);
        if (!secret) {
            return secret.error();
        }
        cmp = std::make_unique<TrainingCmpServer>(*ca, QByteArrayLiteral("guichet-desk"),
                                                  std::move(secret).value());
        if (Status started = cmp->start(); !started) {
            return started.error();
        }
        inProcess = std::make_unique<InProcessCmpTransport>(*cmp);
        endpoint.transport = inProcess.get();
        endpoint.trustAnchorsDer = {openssl::toDer(ca->rootCertificate(), i2d_X509),
                                    openssl::toDer(ca->issuingCertificate(), i2d_X509)};
    } else {
        auto made = QtCmpTransport::create({config.url, config.trustAnchorsDer, config.timeoutMs});
        if (!made) {
            return made.error();
        }
        transport = std::move(made).value();
        endpoint.transport = transport.get();
    }
    TokenKeyUpdate update(db, clock, ProductCatalogue::builtIn(), config.actor,
                          std::move(endpoint));
    return update.run(module, dossierId, tokenSerial, pin, progress);
}

} // namespace guichet
