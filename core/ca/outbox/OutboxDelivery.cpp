#include "ca/outbox/OutboxDelivery.h"

#include "ca/outbox/EvidenceSubmissions.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QUuid>
#include <algorithm>
#include <optional>

namespace guichet {

OutboxDelivery::OutboxDelivery(CaRequests& requests, const Clock& clock, QString profileId,
                               CmpEndpoint endpoint, CmpCredentials credentials,
                               OutboxOptions options)
    : m_requests(requests), m_clock(clock), m_profileId(std::move(profileId)),
      m_endpoint(std::move(endpoint)), m_client(m_endpoint, std::move(credentials)),
      m_options(std::move(options))
{
    if (m_options.claimer.isEmpty()) {
        m_options.claimer = newClaimer();
    }
}

QString OutboxDelivery::newClaimer()
{
    return QStringLiteral("%1/%2/%3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
}

std::chrono::milliseconds OutboxDelivery::backoff(int failures) const
{
    const int exponent = std::clamp(failures - 1, 0, 20);
    const qint64 base = std::min<qint64>(static_cast<qint64>(m_options.firstBackoffMs) << exponent,
                                         m_options.maxBackoffMs);
    // Jitter (half to all of the delay) so that many workstations coming back online at once
    // do not all knock on the CA in the same second.
    const qint64 half = std::max<qint64>(base / 2, 1);
    return std::chrono::milliseconds(half + QRandomGenerator::global()->bounded(half + 1));
}

Result<OutboxDelivery::Step> OutboxDelivery::sendOne()
{
    auto claimed = m_requests.outbox().claimNext(m_profileId, m_options.claimer, m_clock.nowUtc(),
                                                 m_options.leaseSeconds);
    if (!claimed) {
        return claimed.error();
    }
    if (!claimed->has_value()) {
        return Step{};
    }
    return deliver(std::move(**claimed));
}

Result<OutboxDelivery::Step> OutboxDelivery::deliver(OutboxItem item)
{
    if (m_claimed) {
        m_claimed(item);
    }
    if (item.resumedAfterInterruption) {
        // The sender that held it stopped mid-exchange: the CA may have answered it already.
        if (Status noted = m_requests.recordResend(
                item,
                QString::fromLatin1(CmpClient::transactionIdFor(item.idempotencyKey).toHex()));
            !noted) {
            return noted.error();
        }
    }
    if (item.kind == OutboxKind::Submit) {
        return submit(std::move(item));
    }
    return item.kind == OutboxKind::Revoke ? revoke(std::move(item)) : enrol(std::move(item));
}

Result<OutboxDelivery::Step> OutboxDelivery::unreachable(const OutboxItem& item,
                                                         const QString& error)
{
    ++m_unreachable;
    const QDateTime next = m_clock.nowUtc().addMSecs(backoff(m_unreachable).count());
    Status kept = m_requests.recordUnreachable(item, error, next);
    if (!kept && kept.error().code != ErrorCode::Conflict) {
        return kept.error();
    }
    return Step{kept ? Outcome::Unreachable : Outcome::TakenOver, item, error};
}

bool OutboxDelivery::isKeyUpdate(const OutboxItem& item)
{
    return item.kind == OutboxKind::Enrol &&
           item.params.value(QStringLiteral("request")).toString() == u"kur";
}

Result<OutboxDelivery::Step> OutboxDelivery::enrol(OutboxItem item)
{
    CmpEnrolment request;
    request.type = CmpRequestType::P10cr;
    request.csrDer = item.payload;
    request.certificateProfile = item.params.value(QStringLiteral("product")).toString();
    request.usage = item.params.value(QStringLiteral("usage")).toString();
    request.idempotencyKey = item.idempotencyKey;
    // A key update (RFC 9483 4.1.3): the payload is the certificate being renewed; the
    // request is protected with its key and the new key proves possession, both on the token.
    std::optional<CmpClient> keyUpdate;
    KeyUpdateKeys keys;
    if (isKeyUpdate(item)) {
        auto given =
            m_keyUpdateKeys
                ? m_keyUpdateKeys(item)
                : Result<KeyUpdateKeys>(Error{ErrorCode::NotFound,
                                              tr("The key update waits for the holder's token.")});
        if (!given) {
            return unreachable(item, given.error().message);
        }
        keys = std::move(given).value();
        CmpCredentials credentials;
        credentials.protection = CmpProtection::Signature;
        credentials.certificate.reset(X509_dup(keys.certificate.get()));
        credentials.key.reset(keys.currentKey.get());
        EVP_PKEY_up_ref(keys.currentKey.get());
        keyUpdate.emplace(m_endpoint, std::move(credentials));
        request.type = CmpRequestType::Kur;
        request.csrDer.clear();
        request.newKey = keys.newKey.get();
        request.oldCertificateDer = item.payload;
    }
    CmpClient& client = keyUpdate ? *keyUpdate : m_client;
    auto answer = client.enrol(request);
    const QString transaction =
        QString::fromLatin1(CmpClient::transactionIdFor(item.idempotencyKey).toHex());
    Status recorded;
    Outcome outcome = Outcome::Delivered;
    QString message;
    if (answer) {
        m_unreachable = 0;
        recorded = m_requests.recordCertificate(item, *answer);
    } else if (CmpClient::isTransient(client.lastFailure())) {
        return unreachable(item, answer.error().message);
    } else if (client.lastFailure() == CmpFailure::Rejected) {
        m_unreachable = 0;
        outcome = Outcome::Rejected;
        message = answer.error().message;
        recorded = m_requests.recordRejection(item, message, transaction);
    } else {
        m_unreachable = 0;
        outcome = Outcome::Failed;
        message = answer.error().message;
        recorded = m_requests.recordFailure(item, message, transaction);
    }
    if (!recorded) {
        if (recorded.error().code == ErrorCode::Conflict) {
            return Step{Outcome::TakenOver, item, recorded.error().message};
        }
        return recorded.error();
    }
    return Step{outcome, item, message};
}

Result<OutboxDelivery::Step> OutboxDelivery::submit(OutboxItem item)
{
    if (m_submissions == nullptr) {
        return unreachable(item, tr("The evidence package waits for the CA's evidence receiver."));
    }
    auto answer = m_submissions->send(item);
    // Io: the receiver could not be reached (retry later); Refused: the CA examined the
    // package and will not take it; anything else cannot get better by sending again.
    if (!answer && answer.error().code == ErrorCode::Io) {
        return unreachable(item, answer.error().message);
    }
    m_unreachable = 0;
    Outcome outcome = Outcome::Delivered;
    QString message;
    Status recorded;
    if (answer) {
        recorded = m_submissions->recordReceipt(item, *answer);
    } else {
        const bool rejected = answer.error().code == ErrorCode::Refused;
        outcome = rejected ? Outcome::Rejected : Outcome::Failed;
        message = answer.error().message;
        recorded = m_submissions->recordRefusal(item, message, rejected);
    }
    if (!recorded) {
        if (recorded.error().code == ErrorCode::Conflict) {
            return Step{Outcome::TakenOver, item, recorded.error().message};
        }
        return recorded.error();
    }
    return Step{outcome, item, message};
}

Result<OutboxDelivery::Step> OutboxDelivery::revoke(OutboxItem item)
{
    const auto reason =
        CaRequests::reasonFromName(item.params.value(QStringLiteral("reason")).toString())
            .value_or(RevocationReason::Unspecified);
    Status answer = m_client.revoke(item.payload, reason, item.idempotencyKey);
    const QString transaction =
        QString::fromLatin1(CmpClient::transactionIdFor(item.idempotencyKey).toHex());
    Status recorded;
    Outcome outcome = Outcome::Delivered;
    QString message;
    if (answer) {
        m_unreachable = 0;
        recorded = m_requests.recordRevoked(item, transaction);
    } else if (CmpClient::isTransient(m_client.lastFailure())) {
        return unreachable(item, answer.error().message);
    } else {
        m_unreachable = 0;
        outcome =
            m_client.lastFailure() == CmpFailure::Rejected ? Outcome::Rejected : Outcome::Failed;
        message = answer.error().message;
        recorded = outcome == Outcome::Rejected
                       ? m_requests.recordRejection(item, message, transaction)
                       : m_requests.recordFailure(item, message, transaction);
    }
    if (!recorded) {
        if (recorded.error().code == ErrorCode::Conflict) {
            return Step{Outcome::TakenOver, item, recorded.error().message};
        }
        return recorded.error();
    }
    return Step{outcome, item, message};
}

} // namespace guichet
