#include "cli/OperatorLogin.h"

#include "audit/AuditLog.h"
#include "common/WorkstationSettings.h"
#include "security/PassphraseInput.h"
#include "service/DossierService.h"
#include "storage/Database.h"
#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"

namespace guichet {

std::optional<int> OperatorLogin::loginFromCli(CliContext& context,
                                               const QCommandLineParser& parser,
                                               const OperatorLoginOptions& options,
                                               std::optional<OperatorSession>& into)
{
    if (!parser.isSet(options.token)) {
        return context.usage(tr("This command needs the operator's card: name it with "
                                "--operator-token SERIAL."));
    }
    std::optional<SecretBytes> pin;
    if (parser.isSet(options.pinFd)) {
        bool ok = false;
        const int fd = parser.value(options.pinFd).toInt(&ok);
        if (!ok) {
            return context.usage(tr("--operator-pin-fd needs a number."));
        }
        auto read = PassphraseInput::fromDescriptor(fd);
        if (!read) {
            return context.usage(read.error().message);
        }
        pin = std::move(read).value();
    } else {
        auto typed = PassphraseInput::fromTerminal(tr("PIN of the operator's card: "));
        if (!typed) {
            return context.usage(tr("No terminal to ask for the operator's PIN: give it through "
                                    "--operator-pin-fd."));
        }
        pin = std::move(typed).value();
    }

    DossierService* service = context.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    const QString modulePath =
        parser.isSet(options.module) ? parser.value(options.module) : Pkcs11Module::softHsmPath();
    auto module = Pkcs11Module::load(modulePath);
    if (!module) {
        return context.fail(module.error());
    }
    std::shared_ptr<const Pkcs11Module> shared(std::move(module).value());
    WorkstationSettings settings;
    auto anchors = CardLogin::workstationTrustAnchors(service->database(), settings.trainingMode());
    if (!anchors) {
        return context.fail(anchors.error());
    }
    AuditLog audit(service->database(), service->clock());
    CardLogin login(service->database(), audit, service->clock());
    auto session = login.login(*shared, parser.value(options.token), *pin, *anchors);
    pin->clear();
    if (!session) {
        return context.fail(session.error());
    }
    into = std::move(session).value();
    into->module = std::move(shared);
    return std::nullopt;
}

void OperatorLogin::logoutFromCli(CliContext& context, std::optional<OperatorSession>& session)
{
    if (!session) {
        return;
    }
    if (DossierService* service = context.service()) {
        AuditLog audit(service->database(), service->clock());
        CardLogin login(service->database(), audit, service->clock());
        if (Status out = login.logout(*session); !out) {
            context.err() << tr("guichet-cli: %1").arg(out.error().message) << Qt::endl;
        }
    }
    session.reset();
}

} // namespace guichet
