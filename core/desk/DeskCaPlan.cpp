#include "desk/DeskCaPlan.h"

#include "ca/CaProfileRepository.h"
#include "ca/CmpClient.h"
#include "common/Clock.h"
#include "crypto/KeySigner.h"
#include "domain/ProductCatalogue.h"
#include "storage/Database.h"

namespace guichet {

Result<QList<CaProfile>> DeskCaPlan::storedProfiles(const DatabaseConfig& database)
{
    auto opened = Database::open(database);
    if (!opened) {
        return opened.error();
    }
    SystemClock clock;
    return CaProfileRepository(**opened, clock, ProductCatalogue::builtIn()).list();
}

std::future<Result<QList<CaProfile>>> DeskCaPlan::loadInBackground(DatabaseConfig database)
{
    return std::async(std::launch::async,
                      [database = std::move(database)] { return storedProfiles(database); });
}

Result<CaProfile> DeskCaPlan::choose(const QList<CaProfile>& profiles, const QString& configuredId)
{
    QList<CaProfile> imported;
    for (const CaProfile& profile : profiles) {
        if (!profile.isTraining()) {
            imported.append(profile);
        }
    }
    if (!configuredId.isEmpty()) {
        for (const CaProfile& profile : imported) {
            if (profile.id == configuredId) {
                return profile;
            }
        }
        return Error{ErrorCode::NotFound,
                     tr("The workstation is set to work for the CA profile \"%1\", which is not "
                        "imported: import it with guichet-cli ca profile import FILE.")
                         .arg(configuredId)};
    }
    if (imported.isEmpty()) {
        return Error{ErrorCode::NotFound,
                     tr("Production mode needs a CA profile: import the CA's profile with "
                        "guichet-cli ca profile import FILE.")};
    }
    if (imported.size() > 1) {
        QStringList ids;
        for (const CaProfile& profile : imported) {
            ids.append(profile.id);
        }
        return Error{ErrorCode::InvalidInput,
                     tr("Several CA profiles are imported (%1): name the one this window works "
                        "for in the settings (ca/profile).")
                         .arg(ids.join(QStringLiteral(", ")))};
    }
    return imported.first();
}

QString DeskCaPlan::sharedSecretRefusal(const CaProfile& profile)
{
    return tr("The CA profile \"%1\" needs a shared secret, which the window does not hold: "
              "send with guichet-cli outbox send --profile %1 --secret-file FILE.")
        .arg(profile.id);
}

Result<OutboxSenderConfig> DeskCaPlan::senderConfig(const CaProfile& profile,
                                                    const DatabaseConfig& database,
                                                    const OperatorIdentity& actor,
                                                    std::shared_ptr<KeySigner> operatorSigner)
{
    auto endpoint = CmpClient::endpointFor(profile);
    if (!endpoint) {
        return endpoint.error();
    }
    OutboxSenderConfig config;
    config.database = database;
    config.actor = actor;
    config.profileId = profile.id;
    config.url = profile.cmpUrl.resolved(QUrl(profile.cmpPath));
    config.trustAnchorsDer = endpoint->trustAnchorsDer;
    if (profile.protection == CmpProtection::SharedSecret) {
        // No safe source for the secret in the window (nothing stores it, and it must not be
        // typed on every start): the command line reads it from a file when it sends.
        config.refusal = sharedSecretRefusal(profile);
    } else if (!operatorSigner) {
        config.refusal = tr("The CA profile \"%1\" protects requests with the operator's card: "
                            "log in with the card to send them.")
                             .arg(profile.id);
    } else if (config.trustAnchorsDer.isEmpty()) {
        // RFC 9483 3.2: the CA answers a signed request with a signed answer, checked against
        // the profile's anchors; without any, no answer could be trusted.
        config.refusal = tr("The CA profile \"%1\" has no trust anchor to check the CA's "
                            "signed answers: import it again with the CA's certificates.")
                             .arg(profile.id);
    } else {
        config.operatorSigner = std::move(operatorSigner);
    }
    return config;
}

Result<KeyUpdateCaConfig> DeskCaPlan::keyUpdateConfig(const CaProfile& profile,
                                                      const DatabaseConfig& database,
                                                      const OperatorIdentity& actor)
{
    auto endpoint = CmpClient::endpointFor(profile);
    if (!endpoint) {
        return endpoint.error();
    }
    KeyUpdateCaConfig config;
    config.database = database;
    config.actor = actor;
    config.url = profile.cmpUrl.resolved(QUrl(profile.cmpPath));
    config.trustAnchorsDer = endpoint->trustAnchorsDer;
    config.profileId = profile.id;
    return config;
}

} // namespace guichet
