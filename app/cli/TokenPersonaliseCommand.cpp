// guichet-cli token personalise (issue 5): initialise the holder's token, set the PIN,
// generate the key on the token and sign the certificate request; with a dossier, the request
// is kept with it and queued for the CA through the outbox (issue 6).
#include "ca/TrainingCa.h"
#include "ca/outbox/CaRequests.h"
#include "cli/TokenCommand.h"
#include "domain/ProductCatalogue.h"
#include "service/DossierService.h"
#include "storage/Database.h"
#include "token/DossierSubject.h"
#include "token/PinPolicy.h"
#include "token/TokenCrypto.h"
#include "token/TokenPins.h"
#include "token/TokenSession.h"

#include <QFile>
#include <QFileInfo>

namespace guichet {

int TokenCommand::personalise(const QCommandLineParser& parser)
{
    if (!parser.isSet(m_csrOut) && !parser.isSet(m_trainingCa) && !parser.isSet(m_dossier)) {
        return m_cx.usage(tr("personalise needs --dossier ID (the request goes through the "
                             "outbox), --csr-out FILE (the request goes to the CA by other "
                             "means) or --training-ca."));
    }
    // A dossier's id, except with --training-ca, which only records it as a reference.
    qint64 dossierId = 0;
    if (parser.isSet(m_dossier) && !parser.isSet(m_trainingCa)) {
        bool ok = false;
        dossierId = parser.value(m_dossier).toLongLong(&ok);
        if (!ok || dossierId <= 0) {
            return m_cx.usage(tr("--dossier needs the dossier's id."));
        }
        // Checked before the token is touched: a dossier's request is never made twice.
        DossierService* service = m_cx.service();
        if (service == nullptr) {
            return ExitRefused;
        }
        auto active = CaRequests(service->database(), service->clock(), service->catalogue(),
                                 service->actor())
                          .activeEnrolment(dossierId);
        if (!active) {
            return m_cx.fail(active.error());
        }
        if (*active) {
            return m_cx.fail(Error{ErrorCode::Refused,
                                   tr("The certificate request of dossier %1 is already in the "
                                      "outbox (item %2); the token was not touched.")
                                       .arg(dossierId)
                                       .arg((*active)->id)});
        }
    }
    const auto algorithm = keyAlgorithmFromName(parser.value(m_algorithm));
    if (!algorithm) {
        return m_cx.usage(tr("unknown algorithm \"%1\".").arg(parser.value(m_algorithm)));
    }
    auto slot = chosenSlot(parser);
    if (!slot) {
        return m_cx.fail(slot.error());
    }
    PersonalisationRequest request;
    request.slot = *slot;
    request.label = parser.value(m_label);
    request.algorithm = *algorithm;
    request.subject.commonName = parser.value(m_cn);
    request.subject.givenName = parser.value(m_gn);
    request.subject.surname = parser.value(m_sn);
    request.subject.organisation = parser.value(m_org);
    request.subject.country = parser.value(m_country);
    request.subject.email = parser.value(m_email);
    request.product = parser.value(m_product);
    request.qscd = parser.isSet(m_qscd);
    request.dossierRef = parser.value(m_dossier);
    if (dossierId > 0 && request.subject.commonName.isEmpty()) {
        if (auto stop = subjectFromDossier(dossierId, request)) {
            return *stop;
        }
    }
    if (request.subject.commonName.isEmpty()) {
        return m_cx.usage(tr("personalise needs --cn."));
    }
    PersonalisationSecrets secrets;
    if (parser.isSet(m_soPinFd)) {
        auto transport = readPin(parser, m_soPinFd, tr("Transport SO PIN:"), false);
        if (!transport) {
            return m_cx.fail(transport.error());
        }
        secrets.transportSoPin = std::move(transport).value();
    }
    auto holderPin =
        readPin(parser, m_pinFd, tr("Holder, choose your PIN (operator: look away):"), true);
    if (!holderPin) {
        return m_cx.fail(holderPin.error());
    }
    secrets.holderPin = std::move(holderPin).value();
    if (auto stop = openVault(parser)) {
        return *stop;
    }
    std::unique_ptr<TrainingCa> trainingCa;
    if (parser.isSet(m_trainingCa)) {
        DossierService* service = m_cx.service();
        trainingCa = std::make_unique<TrainingCa>(service->database(), *m_encryption,
                                                  service->clock(), ProductCatalogue::builtIn());
        if (Status ready = trainingCa->ensureReady(); !ready) {
            return m_cx.fail(ready.error());
        }
    }
    TokenPersonaliser personaliser(*m_module, *m_vault, *m_recorder, trainingCa.get());
    PersonalisationState state;
    TokenProgress progress;
    progress.report = [this](const QString& step, int done, int total) {
        m_cx.err() << tr("[%1/%2] %3").arg(done + 1).arg(total).arg(step) << Qt::endl;
    };
    if (Status done = personaliser.run(request, secrets, state, progress); !done) {
        return m_cx.fail(done.error());
    }
    if (state.done == PersonalisationStep::Verified) {
        m_cx.out() << tr("serial: %1\nkey id: %2\nTraining certificate written to the token "
                         "and verified with a signature made on the token.")
                          .arg(state.serial, QString::fromLatin1(state.key.id.toHex()))
                   << Qt::endl;
        return ExitOk;
    }
    if (dossierId > 0) {
        if (const int kept = keepRequest(parser, dossierId, state);
            kept != ExitOk || !parser.isSet(m_csrOut)) {
            return kept;
        }
    }
    QFile out(parser.value(m_csrOut));
    const QByteArray pem = "-----BEGIN CERTIFICATE REQUEST-----\n" + state.requestDer.toBase64() +
                           "\n-----END CERTIFICATE REQUEST-----\n";
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(pem) != pem.size()) {
        return m_cx.fail(Error{ErrorCode::Io, tr("Cannot write %1.").arg(out.fileName())});
    }
    m_cx.out() << tr("serial: %1\nkey id: %2\nrequest: %3\nNext: guichet-cli token import-cert "
                     "--serial %1 --cert FILE")
                      .arg(state.serial, QString::fromLatin1(state.key.id.toHex()), out.fileName())
               << Qt::endl;
    return ExitOk;
}

std::optional<int> TokenCommand::subjectFromDossier(qint64 dossierId,
                                                    PersonalisationRequest& request)
{
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    auto dossier = service->find(dossierId);
    if (!dossier) {
        return m_cx.fail(dossier.error());
    }
    const Product* product = service->catalogue().product(dossier->productId);
    if (product == nullptr) {
        return m_cx.fail(
            Error{ErrorCode::InvalidInput,
                  tr("The dossier's product %1 is not in the catalogue.").arg(dossier->productId)});
    }
    auto subject = DossierSubject::build(*dossier, *product);
    if (!subject) {
        return m_cx.fail(subject.error());
    }
    request.subject = *subject;
    request.product = product->id;
    request.qscd = request.qscd || product->qscdRequired;
    if (request.label.isEmpty()) {
        request.label = subject->commonName.left(32);
    }
    return std::nullopt;
}

int TokenCommand::keepRequest(const QCommandLineParser& parser, qint64 dossierId,
                              const PersonalisationState& state)
{
    // Issue 6: the request is written with the dossier's move (and, unless it goes to the CA
    // by other means, with its outbox item) in one transaction.
    DossierService* service = m_cx.service();
    CaRequests requests(service->database(), service->clock(), service->catalogue(),
                        service->actor());
    TokenRequest request;
    request.tokenSerial = state.serial;
    request.keyId = state.key.id;
    request.requestDer = state.requestDer;
    auto queued = requests.recordTokenRequest(dossierId, request, !parser.isSet(m_csrOut));
    if (!queued) {
        return m_cx.fail(queued.error());
    }
    if (!queued->has_value()) {
        m_cx.out() << tr("serial: %1\nkey id: %2\nThe request is kept with dossier %3; "
                         "`guichet-cli ca enroll --dossier %3` queues it.")
                          .arg(state.serial, QString::fromLatin1(state.key.id.toHex()))
                          .arg(dossierId)
                   << Qt::endl;
        return ExitOk;
    }
    m_cx.out() << tr("serial: %1\nkey id: %2\nThe request of dossier %3 is queued as outbox "
                     "item %4.\nNext: guichet-cli outbox send, then guichet-cli token "
                     "write-certificate --dossier %3")
                      .arg(state.serial, QString::fromLatin1(state.key.id.toHex()))
                      .arg(dossierId)
                      .arg((*queued)->id)
               << Qt::endl;
    return ExitOk;
}

} // namespace guichet
