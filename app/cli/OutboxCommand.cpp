// guichet-cli outbox list|retry|cancel|send, and ca enroll|revoke (which queue requests).
#include "ca/CaProfileRepository.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/CsrCheck.h"
#include "ca/outbox/OutboxDelivery.h"
#include "ca/outbox/QtCmpTransport.h"
#include "ca/protection/KeySignerPkey.h"
#include "ca/renewal/CertificateRevocations.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/EvidenceOutbox.h"
#include "cli/OperatorLogin.h"
#include "crypto/KeySigner.h"
#include "domain/ProductCatalogue.h"
#include "service/DossierService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QThread>

namespace guichet {
namespace {

class OutboxCommand {
    Q_DECLARE_TR_FUNCTIONS(OutboxCommand)
public:
    explicit OutboxCommand(CliContext& context) : m_cx(context) {}
    int run(const QStringList& arguments);
    int enrol(QCommandLineParser& parser, const QStringList& arguments);
    int revoke(QCommandLineParser& parser, const QStringList& arguments);

private:
    int list(QCommandLineParser& parser, const QStringList& arguments);
    int act(QCommandLineParser& parser, const QStringList& arguments, bool retry);
    int send(QCommandLineParser& parser, const QStringList& arguments);
    std::unique_ptr<CaRequests> requests();
    std::optional<qint64> dossierId(const QCommandLineParser& parser,
                                    const QCommandLineOption& option);
    void print(const OutboxItem& item);
    static QJsonObject toJson(const OutboxItem& item);

    CliContext& m_cx;
    const QCommandLineOption m_json{QStringLiteral("json"), tr("Write JSON for programs.")};
};

std::unique_ptr<CaRequests> OutboxCommand::requests()
{
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return nullptr;
    }
    return std::make_unique<CaRequests>(service->database(), service->clock(),
                                        ProductCatalogue::builtIn(), service->actor());
}

std::optional<qint64> OutboxCommand::dossierId(const QCommandLineParser& parser,
                                               const QCommandLineOption& option)
{
    bool ok = false;
    const qint64 id = parser.value(option).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QJsonObject OutboxCommand::toJson(const OutboxItem& item)
{
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("dossier"), item.dossierId},
            {QStringLiteral("kind"), OutboxNames::key(item.kind)},
            {QStringLiteral("state"), OutboxNames::key(item.state)},
            {QStringLiteral("caProfile"), item.caProfileId},
            {QStringLiteral("idempotencyKey"), item.idempotencyKey},
            {QStringLiteral("transactionId"), item.transactionId},
            {QStringLiteral("attempts"), item.attempts},
            {QStringLiteral("nextAttempt"), item.nextAttemptUtc.toString(Qt::ISODateWithMs)},
            {QStringLiteral("lastError"), item.lastError},
            {QStringLiteral("created"), item.createdUtc.toString(Qt::ISODateWithMs)},
            {QStringLiteral("updated"), item.updatedUtc.toString(Qt::ISODateWithMs)}};
}

void OutboxCommand::print(const OutboxItem& item)
{
    m_cx.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                      .arg(item.id)
                      .arg(tr("dossier %1").arg(item.dossierId),
                           OutboxNames::displayName(item.kind),
                           OutboxNames::displayName(item.state),
                           tr("%n attempt(s)", nullptr, item.attempts))
               << (item.lastError.isEmpty() ? QString() : u'\t' + item.lastError) << Qt::endl;
}

int OutboxCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The outbox of requests to CAs (written before anything is sent; sent in the "
           "background, with backoff while the CA is unreachable).\n\nCommands:\n"
           "  list [--json]   the items, newest first\n"
           "  retry ID        send a failed item again\n"
           "  cancel ID       cancel a queued or failed item\n"
           "  send --url URL --secret-file FILE [--until-empty]   run the sender here"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("list, retry, cancel or send"));
    return m_cx.dispatch(parser, arguments,
                         {{QStringLiteral("list"), [&] { return list(parser, arguments); }},
                          {QStringLiteral("retry"), [&] { return act(parser, arguments, true); }},
                          {QStringLiteral("cancel"), [&] { return act(parser, arguments, false); }},
                          {QStringLiteral("send"), [&] { return send(parser, arguments); }}});
}

int OutboxCommand::list(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addOption(m_json);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    if (parser.positionalArguments().size() != 1) {
        return m_cx.usage(tr("outbox list [--json]"));
    }
    auto cas = requests();
    if (!cas) {
        return ExitRefused;
    }
    auto items = cas->outbox().list();
    if (!items) {
        return m_cx.fail(items.error());
    }
    if (parser.isSet(m_json)) {
        QJsonArray array;
        for (const OutboxItem& item : *items) {
            array.append(toJson(item));
        }
        m_cx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const OutboxItem& item : *items) {
        print(item);
    }
    return ExitOk;
}

int OutboxCommand::act(QCommandLineParser& parser, const QStringList& arguments, bool retry)
{
    parser.addPositionalArgument(QStringLiteral("id"), tr("The outbox item's id."));
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 id = positional.size() == 2 ? positional.at(1).toLongLong(&ok) : 0;
    if (!ok) {
        return m_cx.usage(retry ? tr("outbox retry ID") : tr("outbox cancel ID"));
    }
    auto cas = requests();
    if (!cas) {
        return ExitRefused;
    }
    auto item = retry ? cas->retry(id) : cas->cancel(id);
    if (!item) {
        return m_cx.fail(item.error());
    }
    print(*item);
    return ExitOk;
}

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

int OutboxCommand::enrol(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.setApplicationDescription(
        tr("Queues the dossier's certificate request for its CA and moves the dossier to "
           "Submitted to CA. Without --csr, the request the token personalisation kept for the "
           "dossier (refused if it is already queued or delivered: a request is never queued "
           "twice); for products whose key is not generated at the desk (server certificates) "
           "give the applicant's PKCS#10 file: its signature, key and subject are checked "
           "first."));
    const QCommandLineOption dossier(QStringLiteral("dossier"), tr("The dossier's id."), tr("id"));
    const QCommandLineOption csr(QStringLiteral("csr"), tr("PKCS#10 request (DER or PEM)."),
                                 tr("file"));
    parser.addOptions({dossier, csr});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const auto id = dossierId(parser, dossier);
    if (!id || parser.positionalArguments().size() != 1) {
        return m_cx.usage(tr("ca enroll --dossier ID [--csr FILE]"));
    }
    if (!parser.isSet(csr)) {
        // The request the token personalisation kept for the dossier; refused (and nothing
        // queued) while the dossier's request is already queued, sending or delivered.
        auto cas = requests();
        if (!cas) {
            return ExitRefused;
        }
        auto item = cas->queueStoredRequest(*id);
        if (!item) {
            return m_cx.fail(item.error());
        }
        m_cx.out() << tr("Enrolment of dossier %1 (the request signed on token %2) queued as "
                         "outbox item %3.")
                          .arg(*id)
                          .arg(item->params.value(QStringLiteral("tokenSerial")).toString())
                          .arg(item->id)
                   << Qt::endl;
        return ExitOk;
    }
    QFile file(parser.value(csr));
    if (!file.open(QIODevice::ReadOnly)) {
        return m_cx.fail(Error{ErrorCode::Io, tr("Cannot read the certificate request %1: %2")
                                                  .arg(file.fileName(), file.errorString())});
    }
    auto der = CsrCheck::toDer(file.readAll());
    if (!der) {
        return m_cx.fail(der.error());
    }
    auto cas = requests();
    if (!cas) {
        return ExitRefused;
    }
    auto item = cas->queueEnrolment(*id, *der);
    if (!item) {
        return m_cx.fail(item.error());
    }
    m_cx.out() << tr("Enrolment of dossier %1 queued as outbox item %2.").arg(*id).arg(item->id)
               << Qt::endl;
    return ExitOk;
}

int OutboxCommand::revoke(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption dossier(QStringLiteral("dossier"), tr("The dossier's id."), tr("id"));
    const QCommandLineOption reason(
        QStringLiteral("reason"),
        tr("RFC 5280 reason: unspecified, keyCompromise, affiliationChanged, superseded, "
           "cessationOfOperation, certificateHold."),
        tr("reason"));
    const QCommandLineOption serial(
        QStringLiteral("serial"),
        tr("The certificate's serial number (hexadecimal), when the dossier has several (a "
           "renewal: the certificate renewed and the new one)."),
        tr("hex"));
    parser.addOptions({dossier, reason, serial});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const auto id = dossierId(parser, dossier);
    const auto code = CaRequests::reasonFromName(parser.value(reason));
    if (!id || !code || parser.positionalArguments().size() != 1) {
        return m_cx.usage(tr("ca revoke --dossier ID --reason REASON (RFC 5280 name, e.g. "
                             "keyCompromise) [--serial HEX]"));
    }
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    auto item = CertificateRevocations(service->database(), service->clock(),
                                       ProductCatalogue::builtIn(), service->actor())
                    .queue(*id, parser.value(serial), *code);
    if (!item) {
        return m_cx.fail(item.error());
    }
    m_cx.out() << tr("Revocation of certificate %1 (dossier %2) queued as outbox item %3.")
                      .arg(item->params.value(QStringLiteral("serial")).toString())
                      .arg(item->dossierId)
                      .arg(item->id)
               << Qt::endl;
    return ExitOk;
}

} // namespace

int runOutboxCommand(CliContext& context, const QStringList& arguments)
{
    return OutboxCommand(context).run(arguments);
}

int runCaEnrolCommand(CliContext& context, QCommandLineParser& parser, const QStringList& arguments)
{
    return OutboxCommand(context).enrol(parser, arguments);
}

int runCaRevokeCommand(CliContext& context, QCommandLineParser& parser,
                       const QStringList& arguments)
{
    return OutboxCommand(context).revoke(parser, arguments);
}

} // namespace guichet
