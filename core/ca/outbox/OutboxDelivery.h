#pragma once

#include "ca/CmpClient.h"
#include "ca/outbox/CaRequests.h"

#include <QCoreApplication>
#include <chrono>
#include <functional>

namespace guichet {

class Clock;
class EvidenceSubmissions;

// What a key update (CMP kur, RFC 9483 4.1.3) is sent with: the certificate being renewed and
// its key, which protects the request, and the new key, which signs the proof of possession.
// Both keys live on the holder's token, so only whoever has the token open can give them.
struct KeyUpdateKeys {
    openssl::X509Ptr certificate;
    openssl::PKey currentKey;
    openssl::PKey newKey;
};
using KeyUpdateKeysSource = std::function<Result<KeyUpdateKeys>(const OutboxItem&)>;

struct OutboxOptions {
    QString claimer;           // unique per sender instance (host, process, start)
    int leaseSeconds = 120;    // a sender silent this long is taken as dead: its item is resent
    int firstBackoffMs = 1000; // while the CA is unreachable: 1 s, 2 s, 4 s, ... with jitter
    int maxBackoffMs = 15000;  // so a CA back online is noticed within 15 s
};

// Sends the outbox items of one CA profile, one at a time, on the calling thread (blocking:
// a worker thread or the command line, never the GUI thread). Each step claims the next due
// item (marked sending before any network call), exchanges it with the CA, and lands the
// answer in the dossier in one transaction. The idempotency key travels in the CMP request
// (transactionID and generalInfo), so a CA that recognises repeats, like the training CA,
// answers a resent request with the certificate already issued instead of a second one.
class OutboxDelivery {
    Q_DECLARE_TR_FUNCTIONS(OutboxDelivery)
public:
    enum class Outcome { Idle, Delivered, Rejected, Failed, Unreachable, TakenOver };
    struct Step {
        Outcome outcome = Outcome::Idle;
        OutboxItem item;
        QString message;
    };

    OutboxDelivery(CaRequests& requests, const Clock& clock, QString profileId,
                   CmpEndpoint endpoint, CmpCredentials credentials, OutboxOptions options);

    // One item, or Idle when none is due. A storage error is returned as an Error.
    Result<Step> sendOne();
    // Sends an item this delivery's claimer already holds (KeyUpdateRequests::DeskClaim: the
    // desk sends a key update at once, while the holder's token is open).
    Result<Step> deliver(OutboxItem claimed);

    // How long to wait before the next attempt after `failures` consecutive unreachable ones.
    std::chrono::milliseconds backoff(int failures) const;
    int consecutiveUnreachable() const { return m_unreachable; }
    const OutboxOptions& options() const { return m_options; }

    static QString newClaimer();
    // Called once an item is claimed (marked sending), before the network call.
    void setClaimedCallback(std::function<void(const OutboxItem&)> callback)
    {
        m_claimed = std::move(callback);
    }
    // Key update items (params "request": "kur") are sent only with their keys; without a
    // source, or while it cannot give them (token absent), they wait in the queue.
    void setKeyUpdateKeys(KeyUpdateKeysSource source) { m_keyUpdateKeys = std::move(source); }
    // Evidence packages (OutboxKind::Submit) go to the CA's evidence receiver through
    // `submissions`; without it they wait in the queue.
    void setEvidenceSubmissions(EvidenceSubmissions* submissions) { m_submissions = submissions; }
    static bool isKeyUpdate(const OutboxItem& item);

private:
    Result<Step> enrol(OutboxItem item);
    Result<Step> revoke(OutboxItem item);
    Result<Step> submit(OutboxItem item);
    Result<Step> unreachable(const OutboxItem& item, const QString& error);

    CaRequests& m_requests;
    const Clock& m_clock;
    QString m_profileId;
    CmpEndpoint m_endpoint; // also for key updates, which carry their own credentials
    CmpClient m_client;
    OutboxOptions m_options;
    int m_unreachable = 0;
    std::function<void(const OutboxItem&)> m_claimed;
    KeyUpdateKeysSource m_keyUpdateKeys;
    EvidenceSubmissions* m_submissions = nullptr;
};

} // namespace guichet
