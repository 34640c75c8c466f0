#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace guichet {

// What a renewal needs (issue 6, "Renewal"): a key update (CMP kur, RFC 9483 4.1.3: new key
// generated on the token, the request signed with the current certificate's key), or a new
// face-to-face meeting because the identity validation can no longer be reused.
enum class RenewalPath { KeyUpdate, NewMeeting };

struct RenewalFacts {
    QDateTime nowUtc;
    QDateTime certificateNotAfterUtc;
    bool certificateRevoked = false;
    // When the holder's identity was last verified face to face (the previous dossier's
    // "identity verified" step); nullopt when this desk has no record of it.
    std::optional<QDateTime> identityVerifiedUtc;
    int identityValidationMonths = 36; // the CA profile's (REG-6.3.1)
};

struct RenewalDecision {
    RenewalPath path = RenewalPath::NewMeeting;
    QStringList reasons;                    // translated, each naming its clause
    std::optional<QDateTime> reusableUntil; // when the identity validation stops being usable

    QString key() const; // "key-update" or "new-meeting" (JSON, audit)
    QString displayName() const;
};

// A pure function of the facts: every reason that forbids a key update is listed, so the
// operator sees all of them at once, not one per attempt.
class RenewalPolicy {
    Q_DECLARE_TR_FUNCTIONS(RenewalPolicy)
public:
    static RenewalDecision decide(const RenewalFacts& facts);
};

} // namespace guichet
