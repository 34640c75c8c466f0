// guichet-cli ca enroll and ca revoke: a certificate request or a revocation queued in the
// outbox with the dossier's change (issue 6).
#include "ca/outbox/CsrCheck.h"
#include "ca/renewal/CertificateRevocations.h"
#include "cli/OutboxCommand.h"
#include "domain/ProductCatalogue.h"
#include "service/DossierService.h"
#include "storage/Database.h"

#include <QFile>

namespace guichet {

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

} // namespace guichet
