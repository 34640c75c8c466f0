// guichet-cli token: PKCS#11 tokens from the command line (issue 5). PINs come from a prompt
// without echo (a terminal) or from a file descriptor, never from arguments.
#include "cli/TokenCommand.h"

#include "cli/Commands.h"
#include "security/EncryptionService.h"
#include "security/PassphraseInput.h"
#include "service/DossierService.h"
#include "token/AuditPersonalisationRecorder.h"
#include "token/PinPolicy.h"
#include "token/Pkcs11Module.h"
#include "token/SoPinVault.h"
#include "token/TokenCrypto.h"
#include "token/TokenInfoJson.h"
#include "token/TokenPersonaliser.h"
#include "token/TokenPins.h"
#include "token/TokenSession.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <termios.h>
#include <unistd.h>

namespace guichet {

int TokenCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("PKCS#11 tokens.\n\nCommands:\n"
           "  list                      tokens present, per module\n"
           "  inspect --slot N|--serial S   flags, PIN limits, keys and certificates\n"
           "  personalise --slot N --label L --cn ... --csr-out FILE   initialise, holder "
           "PIN, key on the token, CSR\n"
           "  personalise --slot N --dossier ID   the same for a dossier: the request is kept "
           "with it and queued in the outbox\n"
           "  import-cert --serial S --cert FILE   write the CA's certificate and verify it\n"
           "  write-certificate --dossier ID   write the certificate the CA issued for the "
           "dossier (through the outbox) to its token\n"
           "  change-pin --serial S     the holder changes the PIN\n"
           "  unblock --serial S        new holder PIN with the stored SO PIN (or --so-pin-fd: "
           "the PUK)\n\n"
           "PINs are asked without echo on a terminal, or read from --pin-fd / --new-pin-fd / "
           "--so-pin-fd; never given as arguments.\n"
           "With --dossier, personalise keeps the request with the dossier and queues it in the "
           "outbox; `outbox send` delivers it and write-certificate finishes. With --csr-out "
           "alone the request goes to the CA by other means and import-cert finishes; "
           "--training-ca (training only, no dossier) has the embedded training CA issue the "
           "certificate at once, outside the outbox."));
    parser.addHelpOption();
    parser.addOptions({m_moduleOption, m_slot,         m_serial, m_json,      m_pinFd,   m_newPinFd,
                       m_soPinFd,      m_passphraseFd, m_label,  m_cn,        m_gn,      m_sn,
                       m_org,          m_country,      m_email,  m_algorithm, m_product, m_qscd,
                       m_dossier,      m_csrOut,       m_cert,   m_trainingCa});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("list, inspect, personalise, import-cert, "
                                    "write-certificate, change-pin, unblock"));
    if (auto stop = m_cx.parse(parser, arguments)) {
        return *stop;
    }
    // arguments[0] is the group name, which the parser takes for the program name.
    const QString command = parser.positionalArguments().value(0);
    using Handler = int (TokenCommand::*)(const QCommandLineParser&);
    const std::pair<const char16_t*, Handler> handlers[] = {
        {u"list", &TokenCommand::list},
        {u"inspect", &TokenCommand::inspect},
        {u"personalise", &TokenCommand::personalise},
        {u"import-cert", &TokenCommand::importCertificate},
        {u"write-certificate", &TokenCommand::writeIssuedCertificate},
        {u"change-pin", &TokenCommand::changePin},
        {u"unblock", &TokenCommand::unblock}};
    for (const auto& [name, handler] : handlers) {
        if (command == QStringView(name)) {
            if (command != u"list") {
                if (auto stop = loadModule(parser)) {
                    return *stop;
                }
            }
            return (this->*handler)(parser);
        }
    }
    if (command.isEmpty()) {
        m_cx.err() << parser.helpText();
        return ExitUsage;
    }
    return m_cx.usage(tr("unknown token command \"%1\".").arg(command));
}

std::optional<int> TokenCommand::loadModule(const QCommandLineParser& parser)
{
    const QString path =
        parser.isSet(m_moduleOption) ? parser.value(m_moduleOption) : Pkcs11Module::softHsmPath();
    auto module = Pkcs11Module::load(path);
    if (!module) {
        return m_cx.fail(module.error());
    }
    m_module = std::move(module).value();
    return std::nullopt;
}

Result<CK_SLOT_ID> TokenCommand::chosenSlot(const QCommandLineParser& parser)
{
    if (parser.isSet(m_serial)) {
        return TokenSlot::findBySerial(*m_module, parser.value(m_serial));
    }
    if (parser.isSet(m_slot)) {
        bool ok = false;
        const qulonglong slot = parser.value(m_slot).toULongLong(&ok);
        if (ok) {
            return static_cast<CK_SLOT_ID>(slot);
        }
    }
    return Error{ErrorCode::InvalidInput, tr("Name the token with --serial or --slot.")};
}

Result<SecretBytes> TokenCommand::readPin(const QCommandLineParser& parser,
                                          const QCommandLineOption& fd, const QString& prompt,
                                          bool confirm)
{
    if (parser.isSet(fd)) {
        bool ok = false;
        const int descriptor = parser.value(fd).toInt(&ok);
        if (!ok) {
            return Error{ErrorCode::InvalidInput,
                         tr("--%1 needs a number.").arg(fd.names().constFirst())};
        }
        auto pin = PassphraseInput::fromDescriptor(descriptor);
        if (!pin || !confirm) {
            return pin;
        }
        auto again = PassphraseInput::fromDescriptor(descriptor);
        if (!again) {
            return again.error();
        }
        if (!pin->equals(*again)) {
            return Error{ErrorCode::InvalidInput, tr("The two PINs typed differ.")};
        }
        return pin;
    }
    if (!isatty(STDIN_FILENO)) {
        return Error{ErrorCode::InvalidInput,
                     tr("No terminal to ask for the PIN: use --%1.").arg(fd.names().constFirst())};
    }
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    auto ask = [&](const QString& text) {
        m_cx.err() << text << ' ' << Qt::flush;
        auto pin = PassphraseInput::fromDescriptor(STDIN_FILENO);
        m_cx.err() << Qt::endl;
        return pin;
    };
    auto pin = ask(prompt);
    Result<SecretBytes> again =
        confirm && pin ? ask(tr("Type it again:")) : Result<SecretBytes>(Error{});
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (!pin || !confirm) {
        return pin;
    }
    if (!again) {
        return again.error();
    }
    if (!pin->equals(*again)) {
        return Error{ErrorCode::InvalidInput, tr("The two PINs typed differ.")};
    }
    return pin;
}

std::optional<int> TokenCommand::openVault(const QCommandLineParser& parser)
{
    if (const auto stop = m_cx.openEncryption(parser, m_passphraseFd, m_encryption)) {
        return stop;
    }
    DossierService* service = m_cx.service();
    if (Status ready = m_encryption->ensureReady(); !ready) {
        return m_cx.fail(ready.error());
    }
    const QString actor = service->actor().id;
    m_vault =
        std::make_unique<SoPinVault>(service->database(), *m_encryption, service->clock(), actor);
    m_recorder = std::make_unique<AuditPersonalisationRecorder>(service->database(),
                                                                service->clock(), actor);
    return std::nullopt;
}

void TokenCommand::showTriesLeft(CK_SLOT_ID slot, bool so)
{
    auto info = TokenSlot::inspect(*m_module, slot);
    if (!info) {
        return;
    }
    const auto left = so ? info->soTriesLeft() : info->userTriesLeft();
    const bool low = so ? info->soPinCountLow : info->userPinCountLow;
    if (left == 0) {
        m_cx.err() << tr("The PIN is locked.") << Qt::endl;
    } else if (left == 1) {
        m_cx.err() << tr("Last try: a wrong PIN now locks it.") << Qt::endl;
    } else if (low) {
        m_cx.err() << tr("A wrong PIN was typed before: few tries are left.") << Qt::endl;
    }
}

int TokenCommand::list(const QCommandLineParser& parser)
{
    QStringList modules;
    if (parser.isSet(m_moduleOption)) {
        modules << parser.value(m_moduleOption);
    } else {
        modules = Pkcs11Module::registeredModules();
        // The training token, unless p11-kit already lists it (under another path).
        const QString training = QFileInfo(Pkcs11Module::softHsmPath()).canonicalFilePath();
        bool listed = training.isEmpty();
        for (const QString& module : std::as_const(modules)) {
            listed = listed || QFileInfo(module).canonicalFilePath() == training;
        }
        if (!listed) {
            modules << Pkcs11Module::softHsmPath();
        }
    }
    QJsonArray all;
    int failures = 0;
    for (const QString& path : modules) {
        auto module = Pkcs11Module::load(path);
        if (!module) {
            m_cx.err() << module.error().message << Qt::endl;
            ++failures;
            continue;
        }
        auto slotIds = (*module)->slotList(true);
        if (!slotIds) {
            m_cx.err() << slotIds.error().message << Qt::endl;
            ++failures;
            continue;
        }
        for (CK_SLOT_ID slot : *slotIds) {
            auto info = TokenSlot::inspect(**module, slot);
            if (!info) {
                m_cx.err() << info.error().message << Qt::endl;
                continue;
            }
            QJsonObject entry = tokenInfoToJson(*info);
            entry.insert(QStringLiteral("module"), path);
            entry.remove(QStringLiteral("objects"));
            all.append(entry);
            if (!parser.isSet(m_json)) {
                m_cx.out() << tr("%1\tslot %2\t%3\t%4\t%5")
                                  .arg(path)
                                  .arg(slot)
                                  .arg(info->serial.isEmpty() ? tr("(blank)") : info->serial,
                                       info->label, info->model)
                           << Qt::endl;
            }
        }
    }
    if (parser.isSet(m_json)) {
        m_cx.out() << QJsonDocument(all).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return failures > 0 && all.isEmpty() ? ExitRefused : ExitOk;
}

int TokenCommand::inspect(const QCommandLineParser& parser)
{
    auto slot = chosenSlot(parser);
    if (!slot) {
        return m_cx.fail(slot.error());
    }
    auto info = TokenSlot::inspect(*m_module, *slot);
    if (!info) {
        return m_cx.fail(info.error());
    }
    const QJsonObject json = tokenInfoToJson(*info);
    if (parser.isSet(m_json)) {
        m_cx.out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != u"objects") {
            m_cx.out() << it.key() << ": " << it.value().toVariant().toString() << Qt::endl;
        }
    }
    for (const TokenObject& object : info->objects) {
        m_cx.out() << tr("object: %1 \"%2\" id %3 %4")
                          .arg(object.kind == TokenObject::Kind::Certificate  ? tr("certificate")
                               : object.kind == TokenObject::Kind::PublicKey  ? tr("public key")
                               : object.kind == TokenObject::Kind::PrivateKey ? tr("private key")
                                                                              : tr("other"),
                               object.label, QString::fromLatin1(object.id.toHex()), object.keyType)
                   << Qt::endl;
    }
    return ExitOk;
}

int TokenCommand::changePin(const QCommandLineParser& parser)
{
    auto slot = chosenSlot(parser);
    if (!slot) {
        return m_cx.fail(slot.error());
    }
    showTriesLeft(*slot, false);
    auto oldPin = readPin(parser, m_pinFd, tr("Current PIN:"), false);
    if (!oldPin) {
        return m_cx.fail(oldPin.error());
    }
    auto newPin = readPin(parser, m_newPinFd, tr("New PIN:"), true);
    if (!newPin) {
        return m_cx.fail(newPin.error());
    }
    // readPin checked the confirmation; the policy check wants it again.
    const SecretBytes confirmation = SecretBytes::copyOf(newPin->view());
    if (Status done = TokenPins::change(*m_module, *slot, *oldPin, *newPin, confirmation); !done) {
        return m_cx.fail(done.error());
    }
    m_cx.out() << tr("PIN changed.") << Qt::endl;
    return ExitOk;
}

int TokenCommand::unblock(const QCommandLineParser& parser)
{
    auto slot = chosenSlot(parser);
    if (!slot) {
        return m_cx.fail(slot.error());
    }
    showTriesLeft(*slot, true);
    std::optional<SecretBytes> puk;
    if (parser.isSet(m_soPinFd)) {
        auto read = readPin(parser, m_soPinFd, tr("Unblocking code (PUK):"), false);
        if (!read) {
            return m_cx.fail(read.error());
        }
        puk = std::move(read).value();
    }
    auto newPin = readPin(parser, m_newPinFd, tr("Holder, choose your new PIN:"), true);
    if (!newPin) {
        return m_cx.fail(newPin.error());
    }
    const SecretBytes confirmation = SecretBytes::copyOf(newPin->view());
    Status done = Status::success();
    if (puk) {
        done = TokenPins::unblock(*m_module, *slot, *puk, *newPin, confirmation);
    } else {
        if (auto stop = openVault(parser)) {
            return *stop;
        }
        done = TokenPins::unblockWithStoredSoPin(*m_module, *slot, *m_vault, *newPin, confirmation);
    }
    if (!done) {
        return m_cx.fail(done.error());
    }
    m_cx.out() << tr("PIN unblocked.") << Qt::endl;
    return ExitOk;
}

int runTokenCommand(CliContext& context, const QStringList& arguments)
{
    return TokenCommand(context).run(arguments);
}

} // namespace guichet
