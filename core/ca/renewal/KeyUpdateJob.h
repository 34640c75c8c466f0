#pragma once

#include "ca/renewal/TokenKeyUpdate.h"
#include "common/Operator.h"
#include "storage/DatabaseConfig.h"

#include <QList>
#include <QUrl>
#include <functional>
#include <memory>

namespace guichet {

class MasterKeySource;

// Where the window's key update goes and with what, given from app/ (as OutboxSenderConfig
// is): everything is made on the thread that runs the job, which owns the token module.
struct KeyUpdateCaConfig {
    DatabaseConfig database;
    OperatorIdentity actor;
    QUrl url; // the CA's CMP endpoint (http only on loopback)
    QList<QByteArray> trustAnchorsDer;
    // The CA profile `url` belongs to; a dossier for another CA is refused (its key update
    // must go to its own CA). Empty: not checked (training mode, tests).
    QString profileId;
    int timeoutMs = 15000;
    // Training mode: the embedded training CA answers in process, under this master key.
    std::function<Result<std::unique_ptr<MasterKeySource>>(Database&)> trainingCaKeys = {};
};

// The key update as one job for the token worker's thread (TokenWorker::run): opens its own
// database connection and CA transport there, runs TokenKeyUpdate, and closes them.
class KeyUpdateJob {
    Q_DECLARE_TR_FUNCTIONS(KeyUpdateJob)
public:
    static Result<TokenKeyUpdateResult> run(const Pkcs11Module& module,
                                            const KeyUpdateCaConfig& config, qint64 dossierId,
                                            const QString& tokenSerial, const SecretBytes& pin,
                                            const TokenProgress& progress);
};

} // namespace guichet
