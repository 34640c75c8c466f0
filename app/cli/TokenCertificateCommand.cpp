// guichet-cli token import-certificate and write-certificate (issue 5, issue 6): a certificate
// the CA issued written on the holder's token, next to the key it certifies, and checked; for
// an enrolment whose personalisation closed before the answer, or a key update whose last
// write failed.
#include "ca/renewal/IssuedCertificateTargets.h"
#include "cli/TokenCommand.h"
#include "service/DossierService.h"
#include "storage/Database.h"
#include "token/IssuedCertificateWriter.h"
#include "token/TokenCrypto.h"
#include "token/TokenSession.h"

#include <QFile>

namespace guichet {

int TokenCommand::importCertificate(const QCommandLineParser& parser)
{
    QFile file(parser.value(m_cert));
    if (!parser.isSet(m_cert) || !parser.isSet(m_serial)) {
        return m_cx.usage(tr("import-cert needs --serial and --cert."));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return m_cx.fail(Error{ErrorCode::Io, tr("Cannot read %1.").arg(file.fileName())});
    }
    QByteArray certificate = file.readAll();
    if (certificate.startsWith("-----BEGIN")) {
        const QList<QByteArray> lines = certificate.split('\n');
        QByteArray base64;
        for (const QByteArray& line : lines) {
            if (!line.startsWith("-----")) {
                base64 += line.trimmed();
            }
        }
        certificate = QByteArray::fromBase64(base64);
    }
    auto fields = TokenCrypto::certificateFields(certificate);
    if (!fields) {
        return m_cx.fail(fields.error());
    }
    auto slot = chosenSlot(parser);
    if (!slot) {
        return m_cx.fail(slot.error());
    }
    auto holderPin = readPin(parser, m_pinFd, tr("Holder's PIN:"), false);
    if (!holderPin) {
        return m_cx.fail(holderPin.error());
    }
    auto info = TokenSlot::inspect(*m_module, *slot);
    if (!info) {
        return m_cx.fail(info.error());
    }
    // The key the certificate is for: the public key on the token that matches it.
    auto resumed =
        TokenPersonaliser::resumeWithCertificate(*m_module, *slot, *holderPin, certificate);
    if (!resumed) {
        return m_cx.fail(resumed.error());
    }
    PersonalisationState state = std::move(resumed).value();
    if (auto stop = openVault(parser)) {
        return *stop;
    }
    PersonalisationRequest request;
    request.slot = *slot;
    request.label = info->label;
    PersonalisationSecrets secrets;
    secrets.holderPin = std::move(holderPin).value();
    TokenPersonaliser personaliser(*m_module, *m_vault, *m_recorder, nullptr);
    if (Status done = personaliser.run(request, secrets, state); !done) {
        return m_cx.fail(done.error());
    }
    m_cx.out() << tr("Certificate written to token %1 and verified with a signature made on "
                     "the token.")
                      .arg(state.serial)
               << Qt::endl;
    return ExitOk;
}

int TokenCommand::writeIssuedCertificate(const QCommandLineParser& parser)
{
    bool ok = false;
    const qint64 dossierId = parser.value(m_dossier).toLongLong(&ok);
    if (!ok || dossierId <= 0) {
        return m_cx.usage(tr("write-certificate needs --dossier ID."));
    }
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    IssuedCertificateTargets targets(service->database(), service->clock(), service->catalogue(),
                                     service->actor());
    auto target = targets.find(dossierId);
    if (!target) {
        return m_cx.fail(target.error());
    }
    const CertificateForToken* found = &target->certificate;
    if (parser.isSet(m_serial) && parser.value(m_serial) != found->tokenSerial) {
        return m_cx.fail(
            Error{ErrorCode::Refused, tr("Dossier %1's key is on token %2, not %3.")
                                          .arg(dossierId)
                                          .arg(found->tokenSerial, parser.value(m_serial))});
    }
    auto holderPin = readPin(parser, m_pinFd, tr("Holder's PIN:"), false);
    if (!holderPin) {
        return m_cx.fail(holderPin.error());
    }
    if (auto stop = openVault(parser)) {
        return *stop;
    }
    IssuedCertificateWriter writer(*m_module, *m_vault, *m_recorder);
    IssuedCertificateWriter::Target where{found->tokenSerial, found->keyId, found->certificateDer,
                                          QString::number(dossierId)};
    where.verifyIfAlreadyWritten = target->isKeyUpdate();
    if (Status done = writer.write(where, *holderPin); !done) {
        return m_cx.fail(done.error());
    }
    if (Status recorded = targets.recordWritten(*target); !recorded) {
        return m_cx.fail(Error{recorded.error().code,
                               tr("The certificate is on token %1, but dossier %2 could not "
                                  "record it: %3")
                                   .arg(found->tokenSerial)
                                   .arg(dossierId)
                                   .arg(recorded.error().message)});
    }
    m_cx.out() << tr("Certificate %1 written to token %2 and verified with a signature made on "
                     "the token.")
                      .arg(found->certificateSerialHex, found->tokenSerial)
               << Qt::endl;
    return ExitOk;
}

} // namespace guichet
