#include "ca/renewal/RenewalPolicy.h"

namespace guichet {

QString RenewalDecision::key() const
{
    return path == RenewalPath::KeyUpdate ? QStringLiteral("key-update")
                                          : QStringLiteral("new-meeting");
}

QString RenewalDecision::displayName() const
{
    return path == RenewalPath::KeyUpdate
               ? RenewalPolicy::tr("Key update: no new face-to-face meeting is needed")
               : RenewalPolicy::tr("A new face-to-face meeting is needed");
}

RenewalDecision RenewalPolicy::decide(const RenewalFacts& facts)
{
    RenewalDecision decision;
    QStringList refusals;
    // RFC 9483 4.1.3: the certificate to update must be neither expired nor revoked, since
    // its key signs the key update request.
    if (facts.certificateNotAfterUtc.isValid() && facts.nowUtc > facts.certificateNotAfterUtc) {
        refusals.append(tr("The certificate expired on %1: an expired certificate cannot "
                           "authenticate a key update (RFC 9483 4.1.3).")
                            .arg(facts.certificateNotAfterUtc.toString(Qt::ISODate)));
    }
    if (facts.certificateRevoked) {
        refusals.append(tr("The certificate is revoked: a revoked certificate cannot "
                           "authenticate a key update (RFC 9483 4.1.3)."));
    }
    // REG-6.3.1 (the CA profile's identityValidationMonths): an identity validation is reused
    // for a renewal only while it is recent enough; otherwise the holder comes again.
    if (!facts.identityVerifiedUtc) {
        refusals.append(tr("This workstation has no record of when the holder's identity was "
                           "last verified face to face, so it cannot be reused (REG-6.3.1)."));
    } else {
        const QDateTime until =
            facts.identityVerifiedUtc->addMonths(facts.identityValidationMonths);
        decision.reusableUntil = until;
        if (facts.nowUtc > until) {
            refusals.append(tr("The holder's identity was verified on %1; the CA accepts an "
                               "identity validation for %n month(s), so it expired on %2 "
                               "(REG-6.3.1).",
                               nullptr, facts.identityValidationMonths)
                                .arg(facts.identityVerifiedUtc->date().toString(Qt::ISODate),
                                     until.date().toString(Qt::ISODate)));
        }
    }
    if (refusals.isEmpty()) {
        decision.path = RenewalPath::KeyUpdate;
        decision.reasons.append(
            tr("The holder's identity was verified on %1 and stays usable until %2 "
               "(REG-6.3.1); the certificate is valid, so a key update suffices (RFC 9483 "
               "4.1.3).")
                .arg(facts.identityVerifiedUtc->date().toString(Qt::ISODate),
                     decision.reusableUntil->date().toString(Qt::ISODate)));
    } else {
        decision.path = RenewalPath::NewMeeting;
        decision.reasons = refusals;
    }
    return decision;
}

} // namespace guichet
