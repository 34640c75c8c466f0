#pragma once

#include "ca/CaProfile.h"
#include "ca/outbox/OutboxSender.h"
#include "ca/renewal/KeyUpdateJob.h"
#include "common/Operator.h"
#include "storage/DatabaseConfig.h"

#include <QCoreApplication>
#include <future>
#include <memory>

namespace guichet {

class KeySigner;

// Where a production desk sends its requests: the workstation's CA profile, chosen once at
// start, and the outbox sender and key update configurations it gives (issue 6, "CA
// profiles": the profile is data; this turns it into endpoints). No thread, no widget:
// unit-testable from a list of profiles.
class DeskCaPlan {
    Q_DECLARE_TR_FUNCTIONS(DeskCaPlan)
public:
    // The stored profiles, read on the calling thread through its own connection (closed
    // before returning). The window calls it off the GUI thread (loadInBackground).
    static Result<QList<CaProfile>> storedProfiles(const DatabaseConfig& database);
    // storedProfiles on a thread of its own: the window starts it before the login dialog
    // and takes the answer once the operator is logged in.
    static std::future<Result<QList<CaProfile>>> loadInBackground(DatabaseConfig database);

    // The workstation's CA profile: the one the settings name (`configuredId`), else the only
    // profile imported; refused with the reason when none is imported, when several are and
    // none is named, or when the named one is not stored. The training profile never counts.
    static Result<CaProfile> choose(const QList<CaProfile>& profiles, const QString& configuredId);

    // The outbox sender for `profile`: url = cmpUrl resolved with cmpPath, the profile's
    // anchors, and its protection. Signature: `operatorSigner` (the operator's card); without
    // one, or for a shared secret, the config carries a refusal (OutboxSenderConfig::refusal)
    // and the items wait with it as their message. An unreadable anchor is an error.
    static Result<OutboxSenderConfig> senderConfig(const CaProfile& profile,
                                                   const DatabaseConfig& database,
                                                   const OperatorIdentity& actor,
                                                   std::shared_ptr<KeySigner> operatorSigner);
    // The key update's CA (protected by the certificate being renewed: no secret needed).
    static Result<KeyUpdateCaConfig> keyUpdateConfig(const CaProfile& profile,
                                                     const DatabaseConfig& database,
                                                     const OperatorIdentity& actor);

    // Why a shared-secret profile cannot be sent from the window (shown on each item).
    static QString sharedSecretRefusal(const CaProfile& profile);
};

} // namespace guichet
