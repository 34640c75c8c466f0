// guichet-cli operator training-card and whoami: the operator's card (OperatorCommand.h).
#include "cli/OperatorCommand.h"
#include "domain/ProductCatalogue.h"
#include "operators/TrainingOperatorCard.h"
#include "security/EncryptionService.h"
#include "security/PassphraseInput.h"
#include "service/DossierService.h"
#include "token/Pkcs11Module.h"
#include "token/TokenSession.h"

namespace guichet {

int OperatorCommand::trainingCard(const QCommandLineParser& parser)
{
    TrainingOperatorCard::Request request;
    request.name = parser.value(m_name).trimmed();
    if (request.name.isEmpty()) {
        return m_cx.usage(tr("operator training-card needs --name NAME."));
    }
    if (parser.isSet(m_role)) {
        const auto role = operatorRoleFromKey(parser.value(m_role));
        if (!role) {
            return m_cx.usage(tr("Unknown role \"%1\".").arg(parser.value(m_role)));
        }
        request.role = *role;
    }
    request.trainingDate = parser.isSet(m_training)
                               ? QDate::fromString(parser.value(m_training), Qt::ISODate)
                               : m_cx.service()->clock().nowUtc().date();
    if (!request.trainingDate.isValid()) {
        return m_cx.usage(tr("--training-date needs a date as YYYY-MM-DD."));
    }
    request.organisationName = parser.value(m_organisation);
    request.caRegistrationNumber = parser.value(m_registration);

    const OperatorAccount* by = nullptr;
    if (auto stop = actor(parser, true, by)) {
        return *stop;
    }
    // The card's PIN, chosen by the operator: from the descriptor, or typed twice.
    std::optional<SecretBytes> pin;
    if (parser.isSet(m_pinFd)) {
        bool ok = false;
        const int fd = parser.value(m_pinFd).toInt(&ok);
        auto read = ok ? PassphraseInput::fromDescriptor(fd)
                       : Result<SecretBytes>(
                             Error{ErrorCode::InvalidInput, tr("--pin-fd needs a number.")});
        if (!read) {
            return m_cx.usage(read.error().message);
        }
        pin = std::move(read).value();
    } else {
        auto first = PassphraseInput::fromTerminal(tr("PIN of the new operator card: "));
        auto again = first ? PassphraseInput::fromTerminal(tr("Type it again: ")) : first.error();
        if (!first || !again) {
            return m_cx.usage(tr("No terminal to ask for the card's PIN: use --pin-fd."));
        }
        if (!first->equals(*again)) {
            return m_cx.fail(Error{ErrorCode::InvalidInput, tr("The two PINs typed differ.")});
        }
        pin = std::move(first).value();
    }

    std::unique_ptr<EncryptionService> encryption;
    if (auto stop = m_cx.openEncryption(parser, m_passphraseFd, encryption)) {
        return *stop;
    }
    if (Status ready = encryption->ensureReady(); !ready) {
        return m_cx.fail(ready.error());
    }
    const QString path =
        parser.isSet(m_module) ? parser.value(m_module) : Pkcs11Module::softHsmPath();
    // One loaded instance per module in the process: the supervisor's session may hold it.
    std::shared_ptr<const Pkcs11Module> module;
    if (m_session && m_session->module && m_session->module->path() == path) {
        module = m_session->module;
    } else {
        auto loaded = Pkcs11Module::load(path);
        if (!loaded) {
            return m_cx.fail(loaded.error());
        }
        module = std::move(loaded).value();
    }
    DossierService* service = m_cx.service();
    TrainingOperatorCard cards(service->database(), *encryption, service->clock(),
                               ProductCatalogue::builtIn());
    auto created = cards.create(*module, request, *pin, by);
    pin->clear();
    if (!created) {
        return m_cx.fail(created.error());
    }
    if (parser.isSet(m_json)) {
        print(created->account, true);
    } else {
        m_cx.out() << tr("serial: %1").arg(created->tokenSerial) << Qt::endl;
        print(created->account, false);
    }
    return ExitOk;
}

int OperatorCommand::whoami(const QCommandLineParser& parser)
{
    if (auto stop = OperatorLogin::loginFromCli(m_cx, parser, m_login, m_session)) {
        return *stop;
    }
    if (!parser.isSet(m_json)) {
        m_cx.out() << tr("Logged in with the card %1 as:").arg(m_session->tokenSerial) << Qt::endl;
    }
    print(m_session->account, parser.isSet(m_json));
    return ExitOk; // the destructor logs out (audited)
}

} // namespace guichet
