#include "ca/CaProfile.h"
#include "ca/CaProfileRepository.h"
#include "ca/CmpHttpServer.h"
#include "ca/TrainingCa.h"
#include "ca/TrainingCmpServer.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "domain/ProductCatalogue.h"
#include "security/EncryptionService.h"
#include "security/PassphraseInput.h"
#include "service/DossierService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {

// app/cli/OutboxCommand.cpp: queueing requests to the CA.
int runCaEnrolCommand(CliContext& context, QCommandLineParser& parser,
                      const QStringList& arguments);
int runCaRevokeCommand(CliContext& context, QCommandLineParser& parser,
                       const QStringList& arguments);
// app/cli/RenewCommand.cpp: a dossier opened from an existing certificate.
int runCaRenewCommand(CliContext& context, QCommandLineParser& parser,
                      const QStringList& arguments);

namespace {

class CaCommand {
    Q_DECLARE_TR_FUNCTIONS(CaCommand)
public:
    explicit CaCommand(CliContext& context) : m_cx(context) {}
    int run(const QStringList& arguments);

private:
    int profile(const QStringList& arguments);
    int importProfile(QCommandLineParser& parser, const QStringList& arguments);
    int listProfiles(QCommandLineParser& parser, const QStringList& arguments);
    int showProfile(QCommandLineParser& parser, const QStringList& arguments);
    std::unique_ptr<CaProfileRepository> repository();
    int serveTraining(QCommandLineParser& parser, const QStringList& arguments);

    CliContext& m_cx;
    const QCommandLineOption m_json{QStringLiteral("json"), tr("Write JSON for programs.")};
};

int CaCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Certification authorities.\n\nCommands:\n"
        "  profile import FILE|list|show ID [--json]   CA profiles (the training CA is built in)\n"
        "  serve-training --port N [--secret-fd N]     serve the training CA over CMP on "
        "http://127.0.0.1:N/pkix/\n"
        "  enroll --dossier ID [--csr FILE]           queue the dossier's certificate request\n"
        "  revoke --dossier ID --reason R [--serial HEX]  queue a revocation (RFC 5280 reason)\n"
        "  renew --certificate FILE|--token SERIAL|--dossier ID [--dry-run] [--key-update]\n"
        "                                             renewal: whether a key update suffices; "
        "with --key-update, a new key on the holder's token and its certificate"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("profile, serve-training, enroll, revoke or renew"));
    return m_cx.dispatch(
        parser, arguments,
        {{QStringLiteral("profile"), [&] { return profile(arguments.mid(1)); }},
         {QStringLiteral("serve-training"), [&] { return serveTraining(parser, arguments); }},
         {QStringLiteral("enroll"), [&] { return runCaEnrolCommand(m_cx, parser, arguments); }},
         {QStringLiteral("revoke"), [&] { return runCaRevokeCommand(m_cx, parser, arguments); }},
         {QStringLiteral("renew"), [&] { return runCaRenewCommand(m_cx, parser, arguments); }}});
}

int CaCommand::profile(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("CA profiles: which CA, its trust anchors, CMP endpoint, policy OID per product.\n\n"
           "Commands:\n"
           "  import FILE      validate a profile (JSON) and store it; an existing id is replaced\n"
           "  list [--json]    the profiles, the built-in training CA first\n"
           "  show ID [--json] one profile"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("import, list or show"));
    return m_cx.dispatch(
        parser, arguments,
        {{QStringLiteral("import"), [&] { return importProfile(parser, arguments); }},
         {QStringLiteral("list"), [&] { return listProfiles(parser, arguments); }},
         {QStringLiteral("show"), [&] { return showProfile(parser, arguments); }}});
}

std::unique_ptr<CaProfileRepository> CaCommand::repository()
{
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return nullptr;
    }
    return std::make_unique<CaProfileRepository>(service->database(), service->clock(),
                                                 ProductCatalogue::builtIn());
}

int CaCommand::importProfile(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CA profile (JSON)."));
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return m_cx.usage(tr("ca profile import FILE"));
    }
    auto profile = CaProfiles::fromFile(positional.at(1), ProductCatalogue::builtIn());
    if (!profile) {
        return m_cx.fail(profile.error());
    }
    auto profiles = repository();
    if (!profiles) {
        return ExitRefused;
    }
    if (Status stored = profiles->store(*profile, m_cx.service()->actor()); !stored) {
        return m_cx.fail(stored.error());
    }
    m_cx.out() << tr("CA profile %1 (%2) imported.").arg(profile->id, profile->name) << Qt::endl;
    return ExitOk;
}

int CaCommand::listProfiles(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addOption(m_json);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    if (parser.positionalArguments().size() != 1) {
        return m_cx.usage(tr("ca profile list [--json]"));
    }
    auto profiles = repository();
    if (!profiles) {
        return ExitRefused;
    }
    auto all = profiles->list();
    if (!all) {
        return m_cx.fail(all.error());
    }
    if (parser.isSet(m_json)) {
        QJsonArray array;
        for (const CaProfile& profile : *all) {
            array.append(profile.toJson());
        }
        m_cx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const CaProfile& profile : *all) {
        m_cx.out() << QStringLiteral("%1\t%2\t%3")
                          .arg(profile.id, profile.name,
                               profile.isTraining() ? tr("(built in)") : profile.cmpUrl.toString())
                   << Qt::endl;
    }
    return ExitOk;
}

int CaCommand::showProfile(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addPositionalArgument(QStringLiteral("id"), tr("The profile's id."));
    parser.addOption(m_json);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return m_cx.usage(tr("ca profile show ID [--json]"));
    }
    auto profiles = repository();
    if (!profiles) {
        return ExitRefused;
    }
    auto profile = profiles->find(positional.at(1));
    if (!profile) {
        return m_cx.fail(profile.error());
    }
    if (parser.isSet(m_json)) {
        m_cx.out() << QJsonDocument(profile->toJson()).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QTextStream& out = m_cx.out();
    out << tr("Id: %1").arg(profile->id) << Qt::endl
        << tr("Name: %1").arg(profile->name) << Qt::endl
        << tr("CMP: %1 path %2, protection %3")
               .arg(profile->isTraining() ? tr("embedded training CA") : profile->cmpUrl.toString(),
                    profile->cmpPath,
                    profile->protection == CmpProtection::SharedSecret ? tr("shared secret")
                                                                       : tr("signature"))
        << Qt::endl
        << tr("Trust anchors: %1").arg(profile->trustAnchorsPem.size()) << Qt::endl;
    QStringList products = profile->products.keys();
    products.sort();
    for (const QString& product : products) {
        out << tr("  product %1: policy %2")
                   .arg(product, profile->products.value(product).policyOid)
            << Qt::endl;
    }
    out << tr("Intervention form: %1").arg(profile->interventionFormTemplate) << Qt::endl
        << tr("Registration records kept: %1 years; identity validation usable: %2 months")
               .arg(profile->registrationRecordRetentionYears)
               .arg(profile->identityValidationMonths)
        << Qt::endl
        << tr("Documents required: %1").arg(profile->documentsRequired.join(QStringLiteral(", ")))
        << Qt::endl;
    return ExitOk;
}

int CaCommand::serveTraining(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.setApplicationDescription(
        tr("Serves the embedded training CA over CMP (RFC 6712 HTTP) on 127.0.0.1 only, until "
           "stopped (SIGTERM or Ctrl+C). Requests protected by the shared secret or signed with a "
           "certificate the training CA issued are answered. Everything it issues is marked "
           "TRAINING and is not valid."));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("TCP port (0: any free port, printed)."), tr("port"));
    const QCommandLineOption reference(QStringLiteral("reference"),
                                       tr("Reference of the shared secret (default guichet-ra)."),
                                       tr("ref"), QStringLiteral("guichet-ra"));
    const QCommandLineOption secretFile(QStringLiteral("secret-file"),
                                        tr("File holding the shared secret (never the secret "
                                           "itself on the command line)."),
                                        tr("file"));
    const QCommandLineOption passphraseFd(
        QStringLiteral("passphrase-fd"),
        tr("Read the master-key passphrase from this file descriptor, when a supervisor chose "
           "a passphrase instead of the OS keychain."),
        tr("fd"));
    const QCommandLineOption crl(QStringLiteral("crl"),
                                 tr("Publish the CRL to this file at start."), tr("file"));
    parser.addOptions({port, reference, secretFile, passphraseFd, crl});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!parser.isSet(port) || !portOk || portNumber > 65535 || !parser.isSet(secretFile)) {
        return m_cx.usage(tr("ca serve-training --port N --secret-file FILE [--reference REF] "
                             "[--passphrase-fd N] [--crl FILE]"));
    }
    QFile secretSource(parser.value(secretFile));
    if (!secretSource.open(QIODevice::ReadOnly)) {
        return m_cx.fail(
            Error{ErrorCode::Io, tr("Cannot read the shared secret from %1: %2")
                                     .arg(secretSource.fileName(), secretSource.errorString())});
    }
    QByteArray secretBytes = secretSource.readAll().trimmed();
    SecretBytes secret = SecretBytes::takeFrom(secretBytes);
    if (secret.isEmpty()) {
        return m_cx.fail(Error{ErrorCode::InvalidInput, tr("The shared secret file is empty.")});
    }
    std::unique_ptr<EncryptionService> encryption;
    if (const auto stop = m_cx.openEncryption(parser, passphraseFd, encryption)) {
        return *stop;
    }
    DossierService* service = m_cx.service();
    TrainingCa ca(service->database(), *encryption, service->clock(), ProductCatalogue::builtIn());
    TrainingCmpServer cmp(ca, parser.value(reference).toUtf8(), std::move(secret));
    if (Status started = cmp.start(); !started) {
        return m_cx.fail(started.error());
    }
    if (parser.isSet(crl)) {
        if (Status published = ca.publishCrl(parser.value(crl)); !published) {
            return m_cx.fail(published.error());
        }
    }
    CmpHttpServer http(cmp);
    auto listening = http.listen(static_cast<quint16>(portNumber));
    if (!listening) {
        return m_cx.fail(listening.error());
    }
    m_cx.out() << tr("Training CA (TRAINING — NOT VALID) serving CMP on http://127.0.0.1:%1/pkix/")
                      .arg(*listening)
               << Qt::endl;
    m_cx.out().flush();
    return QCoreApplication::exec() == 0 ? ExitOk : ExitRefused;
}

} // namespace

int runCaCommand(CliContext& context, const QStringList& arguments)
{
    return CaCommand(context).run(arguments);
}

} // namespace guichet
