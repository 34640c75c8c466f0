#pragma once

// guichet-cli token (issue 5): shared by TokenCommand.cpp (listing, inspection, PINs),
// TokenPersonaliseCommand.cpp (personalisation) and TokenCertificateCommand.cpp (writing a
// certificate the CA issued).
#include "cli/CliContext.h"
#include "common/Result.h"
#include "crypto/SecretBytes.h"
#include "security/EncryptionService.h"
#include "token/AuditPersonalisationRecorder.h"
#include "token/Pkcs11Module.h"
#include "token/SoPinVault.h"
#include "token/TokenPersonaliser.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <memory>
#include <optional>

namespace guichet {

class TokenCommand {
    Q_DECLARE_TR_FUNCTIONS(TokenCommand)
public:
    explicit TokenCommand(CliContext& context) : m_cx(context) {}
    int run(const QStringList& arguments);

private:
    int list(const QCommandLineParser& parser);
    int inspect(const QCommandLineParser& parser);
    int personalise(const QCommandLineParser& parser);
    int importCertificate(const QCommandLineParser& parser);
    int writeIssuedCertificate(const QCommandLineParser& parser);
    std::optional<int> subjectFromDossier(qint64 dossierId, PersonalisationRequest& request);
    int keepRequest(const QCommandLineParser& parser, qint64 dossierId,
                    const PersonalisationState& state);
    int changePin(const QCommandLineParser& parser);
    int unblock(const QCommandLineParser& parser);

    std::optional<int> loadModule(const QCommandLineParser& parser);
    Result<CK_SLOT_ID> chosenSlot(const QCommandLineParser& parser);
    std::optional<int> openVault(const QCommandLineParser& parser);
    Result<SecretBytes> readPin(const QCommandLineParser& parser, const QCommandLineOption& fd,
                                const QString& prompt, bool confirm);
    void showTriesLeft(CK_SLOT_ID slot, bool so);

    CliContext& m_cx;
    std::unique_ptr<Pkcs11Module> m_module;
    std::unique_ptr<EncryptionService> m_encryption;
    std::unique_ptr<SoPinVault> m_vault;
    std::unique_ptr<AuditPersonalisationRecorder> m_recorder;

    const QCommandLineOption m_moduleOption{
        QStringLiteral("module"),
        tr("PKCS#11 module to load (default: SoftHSM2, the training token)."), tr("path")};
    const QCommandLineOption m_slot{QStringLiteral("slot"), tr("Slot number."), tr("n")};
    const QCommandLineOption m_serial{QStringLiteral("serial"), tr("Token serial number."),
                                      tr("serial")};
    const QCommandLineOption m_json{QStringLiteral("json"), tr("Print JSON.")};
    const QCommandLineOption m_pinFd{
        QStringLiteral("pin-fd"), tr("Read the holder's PIN from this file descriptor."), tr("n")};
    const QCommandLineOption m_newPinFd{
        QStringLiteral("new-pin-fd"),
        tr("Read the new PIN (then its confirmation) from this file descriptor."), tr("n")};
    const QCommandLineOption m_soPinFd{
        QStringLiteral("so-pin-fd"),
        tr("Read the SO PIN (the CA's transport PIN, or the PUK the holder brings) from this "
           "file descriptor."),
        tr("n")};
    const QCommandLineOption m_passphraseFd{
        QStringLiteral("passphrase-fd"),
        tr("Read the master-key passphrase from this file descriptor, when the workstation "
           "uses one."),
        tr("n")};
    const QCommandLineOption m_label{QStringLiteral("label"), tr("Token label (32 characters)."),
                                     tr("text")};
    const QCommandLineOption m_cn{QStringLiteral("cn"), tr("Subject common name."), tr("text")};
    const QCommandLineOption m_gn{QStringLiteral("given-name"), tr("Subject given name."),
                                  tr("text")};
    const QCommandLineOption m_sn{QStringLiteral("surname"), tr("Subject surname."), tr("text")};
    const QCommandLineOption m_org{QStringLiteral("org"), tr("Subject organisation."), tr("text")};
    const QCommandLineOption m_country{QStringLiteral("country"), tr("Subject country (FR)."),
                                       tr("code")};
    const QCommandLineOption m_email{QStringLiteral("email"), tr("Subject e-mail address."),
                                     tr("address")};
    const QCommandLineOption m_algorithm{QStringLiteral("algorithm"),
                                         tr("ec-p256 (default), ec-p384, rsa2048 or rsa3072."),
                                         tr("name"), QStringLiteral("ec-p256")};
    const QCommandLineOption m_product{QStringLiteral("product"), tr("Certificate product."),
                                       tr("id")};
    const QCommandLineOption m_qscd{QStringLiteral("qscd"),
                                    tr("The product needs a qualified device (QSCD).")};
    const QCommandLineOption m_dossier{
        QStringLiteral("dossier"),
        tr("The dossier's id: the subject and product come from it, and the request is kept "
           "with it and queued in the outbox (with --csr-out: kept only; `ca enroll --dossier "
           "ID` queues it)."),
        tr("id")};
    const QCommandLineOption m_csrOut{QStringLiteral("csr-out"),
                                      tr("Write the certificate request (PEM) to this file."),
                                      tr("file")};
    const QCommandLineOption m_trainingCa{
        QStringLiteral("training-ca"),
        tr("Training mode: have the embedded training CA issue the certificate, then write "
           "and verify it.")};
    const QCommandLineOption m_cert{QStringLiteral("cert"),
                                    tr("Certificate (PEM or DER) the CA issued."), tr("file")};
};

} // namespace guichet
