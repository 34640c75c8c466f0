#include "cli/FormSignatureCommand.h"

#include "cli/CliContext.h"
#include "cli/OperatorLogin.h"
#include "common/WorkstationSettings.h"
#include "crypto/Cades.h"
#include "documents/DocumentService.h"
#include "forms/FormSignature.h"
#include "forms/InterventionFormSource.h"
#include "operators/Authorization.h"
#include "security/EncryptionService.h"
#include "service/DossierService.h"
#include "token/TokenSession.h" // OperatorSession owns one

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSslCertificate>

namespace guichet {
namespace {

// guichet-cli form sign ID --out FILE.pdf: renders the dossier's intervention form, has the
// logged-in operator's card sign its exact bytes (detached CAdES, FILE.pdf.p7s), stores
// both in the dossier and writes both files. form verify FILE.pdf --signature FILE.p7s.
class FormSignatureCommand {
    Q_DECLARE_TR_FUNCTIONS(FormSignatureCommand)
public:
    explicit FormSignatureCommand(CliContext& context) : m_cx(context) {}
    int sign(QCommandLineParser& parser, const QStringList& arguments);
    int verify(QCommandLineParser& parser, const QStringList& arguments);

private:
    Status write(const QString& path, const QByteArray& bytes);
    std::optional<int> readAnchors(const QStringList& files, QList<QByteArray>& into);

    CliContext& m_cx;
};

Status FormSignatureCommand::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString())};
    }
    return Status::success();
}

int FormSignatureCommand::sign(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("PDF file to write; the signature goes to FILE.p7s beside it."),
                                 tr("file"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("Language of the form: fr or en (default: fr)."),
                                      tr("language"), QStringLiteral("fr"));
    const QCommandLineOption passphraseFd = CliContext::passphraseFdOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON for programs."));
    const OperatorLoginOptions login;
    parser.addOptions({out, language, passphraseFd, json});
    login.addTo(parser);
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    bool ok = false;
    const qint64 dossierId = parser.positionalArguments().value(1).toLongLong(&ok);
    if (!ok || dossierId <= 0 || !parser.isSet(out)) {
        return m_cx.usage(tr("form sign ID --out FILE.pdf --operator-token SERIAL "
                             "[--operator-pin-fd N] [--language fr|en]"));
    }
    std::unique_ptr<EncryptionService> encryption;
    if (const auto stop = m_cx.openEncryption(parser, passphraseFd, encryption)) {
        return *stop;
    }
    DossierService* service = m_cx.service();
    std::optional<OperatorSession> session;
    if (const auto stop = OperatorLogin::loginFromCli(m_cx, parser, login, session)) {
        return *stop;
    }
    const int code = [&] {
        const OperatorProfile profile = session->account.profile();
        if (Status allowed = Authorization::require(profile, Permission::HandleDossiers,
                                                    service->clock().nowUtc().date());
            !allowed) {
            return m_cx.fail(allowed.error());
        }
        // The form names the operator who signs it: the one whose card is in the reader.
        auto pdf =
            InterventionFormSource::renderPdf(*service, dossierId, profile, parser.value(language));
        if (!pdf) {
            return m_cx.fail(pdf.error());
        }
        DocumentService documents(service->database(), service->clock(), *encryption,
                                  profile.identity);
        FormSignatureService forms(service->database(), service->clock(), documents,
                                   profile.identity);
        auto signedForm = forms.signAndStore(dossierId, *pdf, *session->signer);
        if (!signedForm) {
            return m_cx.fail(signedForm.error());
        }
        const QString pdfPath = parser.value(out);
        const QString p7sPath = pdfPath + QStringLiteral(".p7s");
        if (Status done = write(pdfPath, *pdf); !done) {
            return m_cx.fail(done.error());
        }
        if (Status done = write(p7sPath, signedForm->signature.cms); !done) {
            return m_cx.fail(done.error());
        }
        if (parser.isSet(json)) {
            m_cx.out() << QJsonDocument(
                              QJsonObject{
                                  {QStringLiteral("dossier"), dossierId},
                                  {QStringLiteral("document"), signedForm->document.id},
                                  {QStringLiteral("signature"), signedForm->signature.id},
                                  {QStringLiteral("pdf"), pdfPath},
                                  {QStringLiteral("p7s"), p7sPath},
                                  {QStringLiteral("signer"), signedForm->signature.signerName},
                                  {QStringLiteral("signed_at"),
                                   signedForm->signature.signedAtUtc.toString(Qt::ISODate)}})
                              .toJson(QJsonDocument::Indented);
        } else {
            m_cx.out() << tr("Form of dossier %1 signed by %2 at %3: %4 and %5 (document %6).")
                              .arg(dossierId)
                              .arg(signedForm->signature.signerName,
                                   signedForm->signature.signedAtUtc.toString(Qt::ISODate), pdfPath,
                                   p7sPath)
                              .arg(signedForm->document.id)
                       << Qt::endl;
        }
        return int(ExitOk);
    }();
    OperatorLogin::logoutFromCli(m_cx, session);
    return code;
}

std::optional<int> FormSignatureCommand::readAnchors(const QStringList& files,
                                                     QList<QByteArray>& into)
{
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return m_cx.fail(
                {ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString())});
        }
        const QByteArray bytes = file.readAll();
        QList<QSslCertificate> certificates = QSslCertificate::fromData(bytes, QSsl::Pem);
        if (certificates.isEmpty()) {
            certificates = QSslCertificate::fromData(bytes, QSsl::Der);
        }
        if (certificates.isEmpty()) {
            return m_cx.fail(
                {ErrorCode::InvalidInput, tr("%1 holds no certificate (PEM or DER).").arg(path)});
        }
        for (const QSslCertificate& certificate : std::as_const(certificates)) {
            into.append(certificate.toDer());
        }
    }
    return std::nullopt;
}

int FormSignatureCommand::verify(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption signature(QStringLiteral("signature"),
                                       tr("The detached signature (.p7s, DER)."), tr("file"));
    const QCommandLineOption trust(
        QStringLiteral("trust"),
        tr("Certificate (PEM or DER) of a trusted certification authority; repeatable. "
           "Default: the workstation's CA profiles and, in training mode, the training CA."),
        tr("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON for programs."));
    parser.addOptions({signature, trust, json});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    const QString pdfPath = parser.positionalArguments().value(1);
    if (pdfPath.isEmpty() || !parser.isSet(signature)) {
        return m_cx.usage(tr("form verify FILE.pdf --signature FILE.pdf.p7s [--trust CA.pem]"));
    }
    QList<QByteArray> anchors;
    if (parser.isSet(trust)) {
        if (const auto stop = readAnchors(parser.values(trust), anchors)) {
            return *stop;
        }
    } else {
        DossierService* service = m_cx.service();
        if (service == nullptr) {
            return ExitRefused;
        }
        auto stored = CardLogin::workstationTrustAnchors(service->database(),
                                                         WorkstationSettings().trainingMode());
        if (!stored) {
            return m_cx.fail(stored.error());
        }
        anchors = std::move(stored).value();
    }
    QFile pdf(pdfPath);
    QFile p7s(parser.value(signature));
    if (!pdf.open(QIODevice::ReadOnly)) {
        return m_cx.fail({ErrorCode::Io, tr("Cannot read %1: %2").arg(pdfPath, pdf.errorString())});
    }
    if (!p7s.open(QIODevice::ReadOnly)) {
        return m_cx.fail(
            {ErrorCode::Io, tr("Cannot read %1: %2").arg(p7s.fileName(), p7s.errorString())});
    }
    auto report = CadesVerifier::verifyDetached(p7s.readAll(), pdf.readAll(), anchors);
    if (!report) {
        return m_cx.fail(report.error());
    }
    const bool good = report->valid && report->trusted;
    if (parser.isSet(json)) {
        m_cx.out() << QJsonDocument(
                          QJsonObject{{QStringLiteral("valid"), report->valid},
                                      {QStringLiteral("trusted"), report->trusted},
                                      {QStringLiteral("cades"), report->cadesSigningCertificate},
                                      {QStringLiteral("signer"), report->signerName},
                                      {QStringLiteral("signed_at"),
                                       report->signingTimeUtc.toString(Qt::ISODate)},
                                      {QStringLiteral("problem"), report->problem}})
                          .toJson(QJsonDocument::Indented);
    } else {
        m_cx.out() << tr("Signer: %1").arg(report->signerName) << Qt::endl
                   << tr("Signed at: %1").arg(report->signingTimeUtc.toString(Qt::ISODate))
                   << Qt::endl
                   << (report->valid ? tr("Signature: valid, the file is unchanged.")
                                     : tr("Signature: NOT valid."))
                   << Qt::endl
                   << (report->trusted ? tr("Trust: the signer's certificate is trusted.")
                                       : tr("Trust: NOT trusted."))
                   << Qt::endl;
        if (!report->problem.isEmpty()) {
            m_cx.out() << tr("Problem: %1").arg(report->problem) << Qt::endl;
        }
    }
    return good ? int(ExitOk) : int(ExitRefused);
}

} // namespace

int runFormSign(CliContext& context, QCommandLineParser& parser, const QStringList& arguments)
{
    return FormSignatureCommand(context).sign(parser, arguments);
}

int runFormVerify(CliContext& context, QCommandLineParser& parser, const QStringList& arguments)
{
    return FormSignatureCommand(context).verify(parser, arguments);
}

} // namespace guichet
