#include "ca/outbox/EvidenceSubmissions.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/OperatorLogin.h"
#include "documents/DocumentService.h"
#include "evidence/EvidencePackageBuilder.h"
#include "evidence/EvidenceVerifier.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "operators/Authorization.h"
#include "security/EncryptionService.h"
#include "service/DossierService.h"
#include "smartcard/AtrCatalogue.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSslCertificate>

namespace guichet {
namespace {

// guichet-cli evidence export ID --out FILE.asice: the dossier's evidence package, signed
// with the logged-in operator's card; evidence verify FILE: every file against the manifest
// and the signature over it (issue 7, "Evidence package").
class EvidenceCommand {
    Q_DECLARE_TR_FUNCTIONS(EvidenceCommand)
public:
    explicit EvidenceCommand(CliContext& context) : m_cx(context) {}
    int run(const QStringList& arguments);

private:
    int exportPackage(QCommandLineParser& parser, const QStringList& arguments);
    int submitPackage(QCommandLineParser& parser, const QStringList& arguments);
    int verify(QCommandLineParser& parser, const QStringList& arguments);
    // Writes the package to `out`, or queues it for the CA when `out` is empty.
    int exportSigned(qint64 dossierId, const QString& out, bool json, EncryptionService& encryption,
                     OperatorSession& session);
    int queueSigned(qint64 dossierId, const EvidencePackage& package, bool json,
                    EncryptionService& encryption, const OperatorIdentity& actor);
    std::optional<int> readAnchors(const QStringList& files, QList<QByteArray>& into);

    CliContext& m_cx;
};

int EvidenceCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Evidence packages: ASiC-E containers signed by the operator.\n\nCommands:\n"
           "  export ID --out FILE.asice --operator-token SERIAL [--operator-pin-fd N]\n"
           "                          build and sign the dossier's evidence package\n"
           "  submit ID --operator-token SERIAL [--operator-pin-fd N]\n"
           "                          build, sign and queue it in the outbox for the CA\n"
           "  verify FILE [--trust CA.pem] [--json]\n"
           "                          report every file changed, missing or added, and the "
           "signature"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("export, submit or verify"));
    return m_cx.dispatch(
        parser, arguments,
        {{QStringLiteral("export"), [&] { return exportPackage(parser, arguments); }},
         {QStringLiteral("submit"), [&] { return submitPackage(parser, arguments); }},
         {QStringLiteral("verify"), [&] { return verify(parser, arguments); }}});
}

int EvidenceCommand::exportPackage(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption out(QStringLiteral("out"), tr("Container to write (.asice)."),
                                 tr("file"));
    const QCommandLineOption passphraseFd = CliContext::passphraseFdOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON for programs."));
    const OperatorLoginOptions login;
    parser.addOptions({out, passphraseFd, json});
    login.addTo(parser);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    bool ok = false;
    const qint64 dossierId = parser.positionalArguments().value(1).toLongLong(&ok);
    if (!ok || dossierId <= 0 || !parser.isSet(out)) {
        return m_cx.usage(tr("evidence export ID --out FILE.asice --operator-token SERIAL "
                             "[--operator-pin-fd N]"));
    }
    std::unique_ptr<EncryptionService> encryption;
    if (const auto stop = m_cx.openEncryption(parser, passphraseFd, encryption)) {
        return *stop;
    }
    std::optional<OperatorSession> session;
    if (const auto stop = OperatorLogin::loginFromCli(m_cx, parser, login, session)) {
        return *stop;
    }
    const int code =
        exportSigned(dossierId, parser.value(out), parser.isSet(json), *encryption, *session);
    OperatorLogin::logoutFromCli(m_cx, session);
    return code;
}

int EvidenceCommand::submitPackage(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption passphraseFd = CliContext::passphraseFdOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON for programs."));
    const OperatorLoginOptions login;
    parser.addOptions({passphraseFd, json});
    login.addTo(parser);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    bool ok = false;
    const qint64 dossierId = parser.positionalArguments().value(1).toLongLong(&ok);
    if (!ok || dossierId <= 0) {
        return m_cx.usage(tr("evidence submit ID --operator-token SERIAL [--operator-pin-fd N]"));
    }
    std::unique_ptr<EncryptionService> encryption;
    if (const auto stop = m_cx.openEncryption(parser, passphraseFd, encryption)) {
        return *stop;
    }
    std::optional<OperatorSession> session;
    if (const auto stop = OperatorLogin::loginFromCli(m_cx, parser, login, session)) {
        return *stop;
    }
    const int code = exportSigned(dossierId, QString(), parser.isSet(json), *encryption, *session);
    OperatorLogin::logoutFromCli(m_cx, session);
    return code;
}

int EvidenceCommand::queueSigned(qint64 dossierId, const EvidencePackage& package, bool json,
                                 EncryptionService& encryption, const OperatorIdentity& actor)
{
    DossierService* service = m_cx.service();
    // Sealed in the outbox: the package holds the identity scans.
    EvidenceSubmissions submissions(service->database(), service->clock(), encryption, actor);
    auto item = submissions.queueSubmission(dossierId, package.bytes);
    if (!item) {
        return m_cx.fail(item.error());
    }
    if (json) {
        m_cx.out() << QJsonDocument(QJsonObject{{QStringLiteral("dossier"), dossierId},
                                                {QStringLiteral("item"), item->id},
                                                {QStringLiteral("sha256"),
                                                 QString::fromLatin1(package.sha256.toHex())},
                                                {QStringLiteral("ca_profile"), item->caProfileId}})
                          .toJson(QJsonDocument::Indented);
    } else {
        m_cx.out() << tr("Evidence package of dossier %1 queued for the CA as outbox item %2.")
                          .arg(dossierId)
                          .arg(item->id)
                   << Qt::endl;
    }
    return ExitOk;
}

int EvidenceCommand::exportSigned(qint64 dossierId, const QString& out, bool json,
                                  EncryptionService& encryption, OperatorSession& session)
{
    DossierService* service = m_cx.service();
    const OperatorProfile profile = session.account.profile();
    if (Status allowed = Authorization::require(profile, Permission::HandleDossiers,
                                                service->clock().nowUtc().date());
        !allowed) {
        return m_cx.fail(allowed.error());
    }
    // Built as the operator whose card signs it.
    DossierService asOperator(service->database(), service->clock(), service->catalogue(),
                              profile.identity);
    DocumentService documents(service->database(), service->clock(), encryption, profile.identity);
    EvidencePackageBuilder builder(asOperator, documents, IdentityDocumentCatalogue::builtIn(),
                                   AtrCatalogue::builtIn(), profile);
    auto package = builder.build(dossierId, *session.signer);
    if (!package) {
        return m_cx.fail(package.error());
    }
    if (out.isEmpty()) {
        return queueSigned(dossierId, *package, json, encryption, profile.identity);
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(package->bytes) != package->bytes.size() ||
        !file.commit()) {
        return m_cx.fail({ErrorCode::Io, tr("Cannot write %1: %2").arg(out, file.errorString())});
    }
    if (json) {
        m_cx.out() << QJsonDocument(QJsonObject{{QStringLiteral("dossier"), dossierId},
                                                {QStringLiteral("file"), out},
                                                {QStringLiteral("sha256"),
                                                 QString::fromLatin1(package->sha256.toHex())},
                                                {QStringLiteral("files"),
                                                 QJsonArray::fromStringList(package->files)},
                                                {QStringLiteral("signed_at"),
                                                 package->signedAtUtc.toString(Qt::ISODate)}})
                          .toJson(QJsonDocument::Indented);
    } else {
        m_cx.out() << tr("Evidence package of dossier %1 written to %2: %n file(s), signed.", "",
                         int(package->files.size()))
                          .arg(dossierId)
                          .arg(out)
                   << Qt::endl;
    }
    return ExitOk;
}

std::optional<int> EvidenceCommand::readAnchors(const QStringList& files, QList<QByteArray>& into)
{
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return m_cx.usage(tr("Cannot read %1: %2").arg(path, file.errorString()));
        }
        const QByteArray bytes = file.readAll();
        QList<QSslCertificate> certificates = QSslCertificate::fromData(bytes, QSsl::Pem);
        if (certificates.isEmpty()) {
            certificates = QSslCertificate::fromData(bytes, QSsl::Der);
        }
        if (certificates.isEmpty()) {
            return m_cx.usage(tr("%1 holds no certificate.").arg(path));
        }
        for (const QSslCertificate& certificate : std::as_const(certificates)) {
            into.append(certificate.toDer());
        }
    }
    return std::nullopt;
}

int EvidenceCommand::verify(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption trust(
        QStringLiteral("trust"),
        tr("Certificate (PEM or DER) of a trusted certification authority; repeatable. "
           "Without it the signature is checked but its signer is not judged."),
        tr("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON for programs."));
    parser.addOptions({trust, json});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const QString path = parser.positionalArguments().value(1);
    if (path.isEmpty() || parser.positionalArguments().size() > 2) {
        return m_cx.usage(tr("evidence verify FILE [--trust CA.pem] [--json]"));
    }
    QList<QByteArray> anchors;
    if (const auto stop = readAnchors(parser.values(trust), anchors)) {
        return *stop;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return m_cx.fail({ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString())});
    }
    auto report = EvidenceVerifier::verify(file.readAll(), anchors);
    if (!report) {
        return m_cx.fail(report.error());
    }
    const bool intact = report->intact();
    if (parser.isSet(json)) {
        QJsonObject signature;
        if (report->signature) {
            signature = {{QStringLiteral("valid"), report->signature->valid},
                         {QStringLiteral("trusted"), report->signature->trusted},
                         {QStringLiteral("signer"), report->signature->signerName},
                         {QStringLiteral("signed_at"),
                          report->signature->signingTimeUtc.toString(Qt::ISODate)}};
        }
        signature.insert(QStringLiteral("problem"), report->signatureProblem);
        m_cx.out()
            << QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("intact"), intact},
                       {QStringLiteral("container_problems"),
                        QJsonArray::fromStringList(report->containerProblems)},
                       {QStringLiteral("checked"), QJsonArray::fromStringList(report->checked)},
                       {QStringLiteral("changed"), QJsonArray::fromStringList(report->changed)},
                       {QStringLiteral("missing"), QJsonArray::fromStringList(report->missing)},
                       {QStringLiteral("added"), QJsonArray::fromStringList(report->added)},
                       {QStringLiteral("signature"), signature}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const QString& line : report->findings()) {
            m_cx.err() << line << Qt::endl;
        }
        if (report->signature && report->signature->valid) {
            m_cx.out() << tr("Signed by %1 at %2 (UTC).")
                              .arg(report->signature->signerName,
                                   report->signature->signingTimeUtc.toString(Qt::ISODate))
                       << Qt::endl;
        }
        m_cx.out() << (intact ? tr("%n file(s) intact.", "", int(report->checked.size()))
                              : tr("The evidence package was altered or cannot be trusted."))
                   << Qt::endl;
    }
    return intact ? ExitOk : ExitRefused;
}

} // namespace

int runEvidenceCommand(CliContext& context, const QStringList& arguments)
{
    return EvidenceCommand(context).run(arguments);
}

bool evidenceCommandNeedsGui(int argc, char** argv)
{
    // "evidence export" may draw the intervention form, which needs fonts.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "evidence") == 0) {
            return true;
        }
    }
    return false;
}

} // namespace guichet
