// guichet-cli ca renew: open a dossier from an existing certificate and say what the renewal
// needs; with --key-update, run the key update on the holder's token (issue 6, "Renewal").
#include "ca/CaProfileRepository.h"
#include "ca/TrainingCmpServer.h"
#include "ca/outbox/QtCmpTransport.h"
#include "ca/renewal/RenewalService.h"
#include "ca/renewal/TokenCertificates.h"
#include "ca/renewal/TokenKeyUpdate.h"
#include "cli/CliContext.h"
#include "domain/ProductCatalogue.h"
#include "security/EncryptionService.h"
#include "security/PassphraseInput.h"
#include "service/DossierService.h"
#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {
namespace {

class RenewCommand {
    Q_DECLARE_TR_FUNCTIONS(RenewCommand)
public:
    explicit RenewCommand(CliContext& context) : m_cx(context) {}
    int run(QCommandLineParser& parser, const QStringList& arguments);

private:
    static Result<PreviousCertificate> fromToken(const QString& serial, const QString& modulePath);
    // The CA for the key update: `url` (e.g. `ca serve-training`), or the dossier's profile
    // (the training CA in this process, which needs the master key).
    std::optional<int> caEndpoint(const QCommandLineParser& parser, qint64 dossierId,
                                  CmpEndpoint& endpoint);
    int keyUpdate(const QCommandLineParser& parser, qint64 dossierId);
    void print(const RenewalPreview& preview, const std::optional<qint64>& opened);
    static QJsonObject toJson(const RenewalPreview& preview, const std::optional<qint64>& opened);

    CliContext& m_cx;
    const QCommandLineOption m_token{
        QStringLiteral("token"),
        tr("The holder's token (serial number): where the certificate is read, and where "
           "--key-update generates the new key."),
        tr("serial")};
    const QCommandLineOption m_module{
        QStringLiteral("module"),
        tr("PKCS#11 module of the holder's token (default: SoftHSM2, the training token)."),
        tr("path")};
    const QCommandLineOption m_keyUpdate{
        QStringLiteral("key-update"),
        tr("Run the key update now: new key pair on the holder's token, request protected by "
           "the current certificate's key, new certificate written on the token.")};
    const QCommandLineOption m_dossier{QStringLiteral("dossier"),
                                       tr("With --key-update: the renewal dossier already opened."),
                                       tr("id")};
    const QCommandLineOption m_pinFd{
        QStringLiteral("pin-fd"), tr("Read the holder's PIN from this file descriptor."), tr("n")};
    const QCommandLineOption m_url{
        QStringLiteral("url"),
        tr("The CA's CMP URL for the key update (e.g. `ca serve-training`; default: the "
           "dossier's CA profile, the training CA in this process)."),
        tr("url")};
    const QCommandLineOption m_passphraseFd = CliContext::passphraseFdOption();
    // The CA the key update talks to, kept for the command's lifetime (destroyed in reverse).
    std::unique_ptr<EncryptionService> m_encryption;
    std::unique_ptr<TrainingCa> m_ca;
    std::unique_ptr<TrainingCmpServer> m_cmp;
    std::unique_ptr<InProcessCmpTransport> m_inProcess;
    std::unique_ptr<QtCmpTransport> m_transport;
};

std::optional<int> RenewCommand::caEndpoint(const QCommandLineParser& parser, qint64 dossierId,
                                            CmpEndpoint& endpoint)
{
    DossierService* service = m_cx.service();
    auto dossier = service->find(dossierId);
    if (!dossier) {
        return m_cx.fail(dossier.error());
    }
    auto profile =
        CaProfileRepository(service->database(), service->clock(), ProductCatalogue::builtIn())
            .find(dossier->caProfileId);
    if (!profile) {
        return m_cx.fail(profile.error());
    }
    const bool training = dossier->caProfileId == u"training";
    if (training) {
        auto anchors = TokenKeyUpdate::trainingTrustAnchors(service->database());
        if (!anchors && parser.isSet(m_url)) {
            return m_cx.fail(anchors.error());
        }
        endpoint.trustAnchorsDer = anchors ? *anchors : QList<QByteArray>();
    } else {
        auto configured = CmpClient::endpointFor(*profile);
        if (!configured) {
            return m_cx.fail(configured.error());
        }
        endpoint = std::move(configured).value();
    }
    if (parser.isSet(m_url)) {
        auto transport =
            QtCmpTransport::create({QUrl(parser.value(m_url)), endpoint.trustAnchorsDer, 15000});
        if (!transport) {
            return m_cx.fail(transport.error());
        }
        m_transport = std::move(transport).value();
        endpoint.transport = m_transport.get();
    } else if (training) {
        if (const auto stop = m_cx.openEncryption(parser, m_passphraseFd, m_encryption)) {
            return stop;
        }
        m_ca = std::make_unique<TrainingCa>(service->database(), *m_encryption, service->clock(),
                                            ProductCatalogue::builtIn());
        if (Status ready = m_ca->ensureReady(); !ready) {
            return m_cx.fail(ready.error());
        }
        // Key updates are signed with the holder's key: the shared secret is never used here.
        m_cmp = std::make_unique<TrainingCmpServer>(*m_ca, QByteArrayLiteral("guichet-desk"),
                                                    SecretBytes::copyOf(QByteArrayView("unused")));
        if (Status started = m_cmp->start(); !started) {
            return m_cx.fail(started.error());
        }
        m_inProcess = std::make_unique<InProcessCmpTransport>(*m_cmp);
        endpoint.transport = m_inProcess.get();
        endpoint.trustAnchorsDer = {openssl::toDer(m_ca->rootCertificate(), i2d_X509),
                                    openssl::toDer(m_ca->issuingCertificate(), i2d_X509)};
    }
    return std::nullopt;
}

int RenewCommand::keyUpdate(const QCommandLineParser& parser, qint64 dossierId)
{
    std::optional<SecretBytes> pin;
    if (parser.isSet(m_pinFd)) {
        bool ok = false;
        const int fd = parser.value(m_pinFd).toInt(&ok);
        if (!ok) {
            return m_cx.usage(tr("--pin-fd needs a number."));
        }
        auto read = PassphraseInput::fromDescriptor(fd);
        if (!read) {
            return m_cx.usage(read.error().message);
        }
        pin = std::move(read).value();
    } else {
        auto typed = PassphraseInput::fromTerminal(tr("Holder, type your PIN (operator: look "
                                                      "away): "));
        if (!typed) {
            return m_cx.usage(tr("No terminal to ask for the holder's PIN: use --pin-fd."));
        }
        pin = std::move(typed).value();
    }
    CmpEndpoint endpoint;
    if (const auto stop = caEndpoint(parser, dossierId, endpoint)) {
        return *stop;
    }
    auto module = Pkcs11Module::load(parser.isSet(m_module) ? parser.value(m_module)
                                                            : Pkcs11Module::softHsmPath());
    if (!module) {
        return m_cx.fail(module.error());
    }
    DossierService* service = m_cx.service();
    TokenKeyUpdate update(service->database(), service->clock(), ProductCatalogue::builtIn(),
                          service->actor(), std::move(endpoint));
    TokenProgress progress;
    progress.report = [this](const QString& step, int, int) {
        m_cx.err() << step << QStringLiteral("…") << Qt::endl;
    };
    auto done = update.run(**module, dossierId, parser.value(m_token), *pin, progress);
    pin->clear();
    if (!done) {
        return m_cx.fail(done.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        m_cx.out() << QJsonDocument(QJsonObject{{QStringLiteral("dossier"), dossierId},
                                                {QStringLiteral("item"), done->outboxItemId},
                                                {QStringLiteral("serial"), done->serialHex},
                                                {QStringLiteral("keyId"),
                                                 QString::fromLatin1(done->keyId.toHex())},
                                                {QStringLiteral("resumed"), done->resumed}})
                          .toJson(QJsonDocument::Indented);
    } else {
        m_cx.out() << tr("Key update of dossier %1 done: certificate %2 is on the token and in "
                         "the dossier.")
                          .arg(dossierId)
                          .arg(done->serialHex)
                   << Qt::endl;
    }
    return ExitOk;
}

int RenewCommand::run(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.setApplicationDescription(
        tr("Opens a renewal dossier from the certificate a holder brings (file or token) and "
           "says whether a key update suffices or a new face-to-face meeting is needed "
           "(REG-6.3.1).\n\nWith --key-update and the holder's token, the key update runs at "
           "once: the holder's PIN (from --pin-fd or typed, never an argument), a new key pair "
           "generated on the token, the request protected by the current certificate's key and "
           "sent to the CA, and the new certificate written on the token. --dossier ID runs it "
           "for a renewal dossier already opened, or resumes one left waiting in the outbox."));
    const QCommandLineOption certificate(QStringLiteral("certificate"),
                                         tr("The certificate to renew (PEM or DER file)."),
                                         tr("file"));
    const QCommandLineOption order(QStringLiteral("order"), tr("The CA's order reference."),
                                   tr("reference"));
    const QCommandLineOption birthDate(
        QStringLiteral("birth-date"),
        tr("The holder's date of birth (YYYY-MM-DD), when no dossier of this desk has it."),
        tr("date"));
    const QCommandLineOption email(QStringLiteral("email"), tr("The holder's email address."),
                                   tr("address"));
    const QCommandLineOption product(QStringLiteral("product"),
                                     tr("The product, when the certificate's policy does not "
                                        "name one of the catalogue."),
                                     tr("id"));
    const QCommandLineOption usage(QStringLiteral("usage"), tr("The certificate's usage."),
                                   tr("usage"));
    const QCommandLineOption profile(QStringLiteral("ca-profile"),
                                     tr("The CA profile, when no dossier of this desk obtained "
                                        "the certificate (default: training)."),
                                     tr("id"), QStringLiteral("training"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Only print the decision; open no dossier."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON for programs."));
    parser.addOptions({certificate, m_token, m_module, order, birthDate, email, product, usage,
                       profile, dryRun, json, m_keyUpdate, m_dossier, m_pinFd, m_url,
                       m_passphraseFd});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const QDate birth = QDate::fromString(parser.value(birthDate), Qt::ISODate);
    bool dossierOk = false;
    const qint64 dossierId = parser.value(m_dossier).toLongLong(&dossierOk);
    const bool existing = parser.isSet(m_dossier);
    const bool wantKeyUpdate = parser.isSet(m_keyUpdate);
    // Without --dossier the certificate comes from a file or the token; --key-update always
    // needs the token, and an existing dossier needs nothing else.
    const bool sourceOk = existing ? (dossierOk && dossierId > 0 && !parser.isSet(certificate))
                                   : (parser.isSet(certificate) || parser.isSet(m_token));
    if (!sourceOk || (existing && !wantKeyUpdate) || (wantKeyUpdate && !parser.isSet(m_token)) ||
        (wantKeyUpdate && parser.isSet(dryRun)) || parser.positionalArguments().size() != 1 ||
        (parser.isSet(birthDate) && !birth.isValid())) {
        return m_cx.usage(
            tr("ca renew --certificate FILE | --token SERIAL [--module PATH] [--order REF] "
               "[--birth-date YYYY-MM-DD] [--email ADDRESS] [--product ID] [--usage U] "
               "[--ca-profile ID] [--dry-run] [--json]\n"
               "ca renew [--certificate FILE | --dossier ID] --key-update --token SERIAL "
               "[--module PATH] [--pin-fd N] [--url URL] [--passphrase-fd N] [--json]"));
    }
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    if (existing) {
        return this->keyUpdate(parser, dossierId);
    }
    auto read = parser.isSet(certificate)
                    ? PreviousCertificates::fromFile(parser.value(certificate))
                    : fromToken(parser.value(m_token), parser.isSet(m_module)
                                                           ? parser.value(m_module)
                                                           : Pkcs11Module::softHsmPath());
    if (!read) {
        return m_cx.fail(read.error());
    }
    RenewalService renewals(service->database(), service->clock(), ProductCatalogue::builtIn(),
                            service->actor());
    auto preview = renewals.preview(*read, parser.value(profile));
    if (!preview) {
        return m_cx.fail(preview.error());
    }
    if (wantKeyUpdate && preview->decision.path != RenewalPath::KeyUpdate) {
        // REG-6.3.1: refused before a dossier is opened or the token touched.
        print(*preview, std::nullopt);
        return m_cx.fail(
            Error{ErrorCode::Refused, tr("This renewal needs a new face-to-face meeting, not a key "
                                         "update.")});
    }
    std::optional<qint64> opened;
    if (!parser.isSet(dryRun)) {
        const RenewalSupplement supplement{parser.value(order), birth, parser.value(email),
                                           parser.value(product), parser.value(usage)};
        auto made = renewals.open(*read, supplement, parser.value(profile));
        if (!made) {
            return m_cx.fail(made.error());
        }
        opened = made->first.id;
    }
    if (wantKeyUpdate) {
        if (!parser.isSet(json)) {
            print(*preview, opened);
        }
        return this->keyUpdate(parser, *opened);
    }
    if (parser.isSet(json)) {
        m_cx.out() << QJsonDocument(toJson(*preview, opened)).toJson(QJsonDocument::Indented);
    } else {
        print(*preview, opened);
    }
    return ExitOk;
}

Result<PreviousCertificate> RenewCommand::fromToken(const QString& serial,
                                                    const QString& modulePath)
{
    auto module = Pkcs11Module::load(modulePath);
    if (!module) {
        return module.error();
    }
    auto slot = TokenSlot::findBySerial(**module, serial);
    if (!slot) {
        return slot.error();
    }
    // Certificates are public objects: read-only, no PIN.
    auto session = TokenSession::open(**module, *slot, false);
    if (!session) {
        return session.error();
    }
    auto der = TokenCertificates::holders(**module, **session);
    if (!der) {
        return der.error();
    }
    return PreviousCertificates::read(*der);
}

void RenewCommand::print(const RenewalPreview& preview, const std::optional<qint64>& opened)
{
    const PreviousCertificate& cert = preview.certificate;
    m_cx.out() << tr("Certificate %1 of %2, issued by %3, valid until %4.")
                      .arg(cert.serialHex, cert.subject, cert.issuer,
                           cert.notAfterUtc.toString(Qt::ISODate))
               << Qt::endl;
    if (preview.previousDossierId != 0) {
        m_cx.out() << tr("Obtained through dossier %1.").arg(preview.previousDossierId) << Qt::endl;
    }
    m_cx.out() << tr("Decision: %1").arg(preview.decision.displayName()) << Qt::endl;
    for (const QString& reason : preview.decision.reasons) {
        m_cx.out() << QStringLiteral("  - ") << reason << Qt::endl;
    }
    if (opened) {
        m_cx.out() << tr("Renewal dossier %1 opened.").arg(*opened) << Qt::endl;
    }
}

QJsonObject RenewCommand::toJson(const RenewalPreview& preview, const std::optional<qint64>& opened)
{
    const PreviousCertificate& cert = preview.certificate;
    QJsonObject object{
        {QStringLiteral("serial"), cert.serialHex},
        {QStringLiteral("subject"), cert.subject},
        {QStringLiteral("issuer"), cert.issuer},
        {QStringLiteral("notAfter"), cert.notAfterUtc.toString(Qt::ISODate)},
        {QStringLiteral("previousDossier"), preview.previousDossierId},
        {QStringLiteral("decision"), preview.decision.key()},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(preview.decision.reasons)},
    };
    if (preview.decision.reusableUntil) {
        object.insert(QStringLiteral("identityValidationUsableUntil"),
                      preview.decision.reusableUntil->toString(Qt::ISODate));
    }
    if (opened) {
        object.insert(QStringLiteral("dossier"), *opened);
    }
    return object;
}

} // namespace

int runCaRenewCommand(CliContext& context, QCommandLineParser& parser, const QStringList& arguments)
{
    return RenewCommand(context).run(parser, arguments);
}

} // namespace guichet
