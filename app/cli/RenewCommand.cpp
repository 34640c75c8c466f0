// guichet-cli ca renew: open a dossier from an existing certificate and say what the renewal
// needs (issue 6, "Renewal").
#include "ca/renewal/RenewalService.h"
#include "ca/renewal/TokenCertificates.h"
#include "cli/CliContext.h"
#include "domain/ProductCatalogue.h"
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
    void print(const RenewalPreview& preview, const std::optional<qint64>& opened);
    static QJsonObject toJson(const RenewalPreview& preview, const std::optional<qint64>& opened);

    CliContext& m_cx;
};

int RenewCommand::run(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption certificate(QStringLiteral("certificate"),
                                         tr("The certificate to renew (PEM or DER file)."),
                                         tr("file"));
    const QCommandLineOption token(
        QStringLiteral("token"),
        tr("Read the certificate from the holder's token with this serial number instead."),
        tr("serial"));
    const QCommandLineOption module(
        QStringLiteral("module"),
        tr("PKCS#11 module of the holder's token (default: SoftHSM2, the training token)."),
        tr("path"));
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
    parser.addOptions({certificate, token, module, order, birthDate, email, product, usage, profile,
                       dryRun, json});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const QDate birth = QDate::fromString(parser.value(birthDate), Qt::ISODate);
    if (parser.isSet(certificate) == parser.isSet(token) ||
        parser.positionalArguments().size() != 1 || (parser.isSet(birthDate) && !birth.isValid())) {
        return m_cx.usage(tr("ca renew --certificate FILE | --token SERIAL [--module PATH] "
                             "[--order REF] [--birth-date YYYY-MM-DD] [--email ADDRESS] "
                             "[--product ID] [--usage U] [--ca-profile ID] [--dry-run] [--json]"));
    }
    auto read =
        parser.isSet(certificate)
            ? PreviousCertificates::fromFile(parser.value(certificate))
            : fromToken(parser.value(token),
                        parser.isSet(module) ? parser.value(module) : Pkcs11Module::softHsmPath());
    if (!read) {
        return m_cx.fail(read.error());
    }
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    RenewalService renewals(service->database(), service->clock(), ProductCatalogue::builtIn(),
                            service->actor());
    auto preview = renewals.preview(*read, parser.value(profile));
    if (!preview) {
        return m_cx.fail(preview.error());
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
