// guichet-cli outbox send: delivers the due items now, in this process, to the training CA
// in process or to a CA's CMP endpoint, protected by a shared secret or the operator's card.
#include "ca/CaProfileRepository.h"
#include "ca/outbox/OutboxDelivery.h"
#include "ca/outbox/QtCmpTransport.h"
#include "ca/protection/KeySignerPkey.h"
#include "cli/EvidenceOutbox.h"
#include "cli/OperatorLogin.h"
#include "cli/OutboxCommand.h"
#include "crypto/KeySigner.h"
#include "domain/ProductCatalogue.h"
#include "service/DossierService.h"
#include "storage/Database.h"

#include <QScopeGuard>
#include <QThread>

namespace guichet {

int OutboxCommand::send(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.setApplicationDescription(
        tr("Runs the outbox sender in the foreground for one CA profile: items are sent one at a "
           "time, with exponential backoff while the CA is unreachable. Without --until-empty it "
           "runs until stopped."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("CA profile (default training)."), tr("id"),
                                     QStringLiteral("training"));
    const QCommandLineOption url(QStringLiteral("url"),
                                 tr("The CA's CMP URL (default: the profile's; required for the "
                                    "training CA served by `ca serve-training`)."),
                                 tr("url"));
    const QCommandLineOption reference(QStringLiteral("reference"),
                                       tr("Reference of the shared secret (default guichet-ra)."),
                                       tr("ref"), QStringLiteral("guichet-ra"));
    const QCommandLineOption secretFile(QStringLiteral("secret-file"),
                                        tr("File holding the shared secret."), tr("file"));
    const QCommandLineOption untilEmpty(QStringLiteral("until-empty"),
                                        tr("Stop when no item is left to deliver."));
    const QCommandLineOption lease(QStringLiteral("lease-seconds"),
                                   tr("After this long without news, an item held by a sender "
                                      "that stopped is sent again (default 120)."),
                                   tr("seconds"), QStringLiteral("120"));
    const QCommandLineOption maxBackoff(QStringLiteral("max-backoff-ms"),
                                        tr("Longest wait between attempts while the CA is "
                                           "unreachable (default 15000)."),
                                        tr("ms"), QStringLiteral("15000"));
    const QCommandLineOption passphraseFd(
        QStringLiteral("passphrase-fd"),
        tr("Read the master-key passphrase from this file descriptor (0 for standard input), "
           "to open the sealed evidence packages waiting for the training CA."),
        tr("fd"));
    const QCommandLineOption claimBatch(
        QStringLiteral("claim-batch"),
        tr("Items claimed per database transaction (default 16; answers are still stored one "
           "by one)."),
        tr("n"), QStringLiteral("16"));
    // RFC 9483 3.2: the operator's card protects the requests by signature instead of the
    // shared secret.
    const OperatorLoginOptions login;
    parser.addOptions({profile, url, reference, secretFile, untilEmpty, lease, maxBackoff,
                       passphraseFd, claimBatch});
    login.addTo(parser);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const bool bySignature = parser.isSet(login.token);
    if (parser.positionalArguments().size() != 1 || bySignature == parser.isSet(secretFile)) {
        return m_cx.usage(tr("outbox send (--secret-file FILE | --operator-token SERIAL "
                             "[--operator-pin-fd N]) [--url URL] [--profile ID] [--until-empty] "
                             "[--lease-seconds N] [--max-backoff-ms N] [--claim-batch N]"));
    }
    QByteArray secretBytes;
    if (!bySignature) {
        QFile secretSource(parser.value(secretFile));
        if (!secretSource.open(QIODevice::ReadOnly)) {
            return m_cx.fail(Error{ErrorCode::Io,
                                   tr("Cannot read the shared secret from %1: %2")
                                       .arg(secretSource.fileName(), secretSource.errorString())});
        }
        secretBytes = secretSource.readAll().trimmed();
    }
    auto cas = requests();
    if (!cas) {
        return ExitRefused;
    }
    cas->outbox().setClaimBatch(parser.value(claimBatch).toInt());
    // Declared before the delivery, whose key signs through it, so that it goes last.
    std::optional<OperatorSession> session;
    const auto logout = qScopeGuard([&] { OperatorLogin::logoutFromCli(m_cx, session); });
    if (bySignature) {
        if (const auto stop = OperatorLogin::loginFromCli(m_cx, parser, login, session)) {
            return *stop;
        }
    }
    DossierService* service = m_cx.service();
    QtCmpTransport::Options transportOptions;
    transportOptions.url = QUrl(parser.value(url));
    if (!parser.isSet(url)) {
        CaProfileRepository profiles(service->database(), service->clock(),
                                     ProductCatalogue::builtIn());
        auto found = profiles.find(parser.value(profile));
        if (!found) {
            return m_cx.fail(found.error());
        }
        auto endpoint = CmpClient::endpointFor(*found);
        if (!endpoint) {
            return m_cx.fail(endpoint.error());
        }
        transportOptions.url = found->cmpUrl.resolved(QUrl(found->cmpPath));
        transportOptions.trustAnchorsDer = endpoint->trustAnchorsDer;
    }
    if (bySignature && transportOptions.trustAnchorsDer.isEmpty()) {
        // A CA answers signed requests with signed answers, checked against the profile's
        // anchors; with --url alone there are none to check them with.
        return m_cx.fail(Error{ErrorCode::InvalidInput,
                               tr("Protection by the operator's card needs the CA profile's trust "
                                  "anchors to check the CA's signed answers: give --profile "
                                  "without --url.")});
    }
    auto transport = QtCmpTransport::create(transportOptions);
    if (!transport) {
        return m_cx.fail(transport.error());
    }
    CmpEndpoint endpoint;
    endpoint.transport = transport->get();
    endpoint.trustAnchorsDer = transportOptions.trustAnchorsDer;
    CmpCredentials credentials;
    if (bySignature) {
        // The session (and its card signer) outlives the delivery: a non-owning pointer.
        std::shared_ptr<KeySigner> signer(std::shared_ptr<void>(), session->signer.get());
        auto key = KeySignerPkey::make(signer);
        if (!key) {
            return m_cx.fail(key.error());
        }
        credentials.protection = CmpProtection::Signature;
        credentials.certificate = openssl::certificateFromDer(signer->certificateDer());
        credentials.key = std::move(key).value();
    } else {
        credentials.reference = parser.value(reference).toUtf8();
        credentials.secret = SecretBytes::takeFrom(secretBytes);
    }
    OutboxOptions options;
    options.leaseSeconds = std::max(1, parser.value(lease).toInt());
    options.maxBackoffMs = std::max(100, parser.value(maxBackoff).toInt());
    OutboxDelivery delivery(*cas, service->clock(), parser.value(profile), std::move(endpoint),
                            std::move(credentials), options);
    EvidenceOutbox evidence;
    if (const auto stop =
            evidence.attach(m_cx, parser, passphraseFd, parser.value(profile), *cas, delivery)) {
        return *stop;
    }
    int delivered = 0, refused = 0;
    for (;;) {
        auto step = delivery.sendOne();
        if (!step) {
            return m_cx.fail(step.error());
        }
        using Outcome = OutboxDelivery::Outcome;
        switch (step->outcome) {
        case Outcome::Idle: {
            auto waiting = cas->outbox().pendingCount();
            if (!waiting) {
                return m_cx.fail(waiting.error());
            }
            if (parser.isSet(untilEmpty) && *waiting == 0) {
                m_cx.out() << tr("Outbox empty: %1 delivered, %2 refused or failed.")
                                  .arg(delivered)
                                  .arg(refused)
                           << Qt::endl;
                return refused == 0 ? ExitOk : ExitRefused;
            }
            // Items waiting for their backoff, or held by another sender: look again soon.
            QThread::msleep(200);
            break;
        }
        case Outcome::Unreachable:
            m_cx.err() << step->message << Qt::endl;
            QThread::msleep(static_cast<unsigned long>(
                delivery.backoff(delivery.consecutiveUnreachable()).count()));
            break;
        case Outcome::Delivered:
            ++delivered;
            m_cx.out() << tr("Item %1 (dossier %2) delivered.")
                              .arg(step->item.id)
                              .arg(step->item.dossierId)
                       << Qt::endl;
            break;
        case Outcome::TakenOver:
            break;
        case Outcome::Rejected:
        case Outcome::Failed:
            ++refused;
            m_cx.err() << tr("Item %1 (dossier %2): %3")
                              .arg(step->item.id)
                              .arg(step->item.dossierId)
                              .arg(step->message)
                       << Qt::endl;
            break;
        }
    }
}

} // namespace guichet
