#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/FormSignatureCommand.h"
#include "common/WorkstationSettings.h"
#include "forms/InterventionFormRenderer.h"
#include "forms/InterventionFormSource.h"
#include "service/DossierService.h"

#include <QCommandLineParser>
#include <QSaveFile>

namespace guichet {
namespace {

// guichet-cli form render ID --out FILE.pdf: the intervention form of a dossier, from what
// is stored (dossier, meeting, documents' digests, CA profile).
class FormCommand {
    Q_DECLARE_TR_FUNCTIONS(FormCommand)
public:
    explicit FormCommand(CliContext& context) : m_cx(context) {}
    int run(const QStringList& arguments);

private:
    int render(QCommandLineParser& parser, const QStringList& arguments);

    CliContext& m_cx;
};

int FormCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The intervention form attesting the face-to-face meeting.\n\nCommands:\n"
           "  render ID --out FILE.pdf [--language fr|en] [--template FILE.json]\n"
           "                          write the dossier's form as PDF\n"
           "  sign ID --out FILE.pdf --operator-token SERIAL [--operator-pin-fd N]\n"
           "                          render, sign with the operator's card (FILE.pdf.p7s)\n"
           "                          and store both in the dossier\n"
           "  verify FILE.pdf --signature FILE.pdf.p7s [--trust CA.pem]\n"
           "                          check a signed form: signer, time, validity"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("render, sign or verify"));
    return m_cx.dispatch(
        parser, arguments,
        {{QStringLiteral("render"), [&] { return render(parser, arguments); }},
         {QStringLiteral("sign"), [&] { return runFormSign(m_cx, parser, arguments); }},
         {QStringLiteral("verify"), [&] { return runFormVerify(m_cx, parser, arguments); }}});
}

int FormCommand::render(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption out(QStringLiteral("out"), tr("PDF file to write."), tr("file"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("Language of the form: fr or en (default: fr)."),
                                      tr("language"), QStringLiteral("fr"));
    const QCommandLineOption templateFile(
        QStringLiteral("template"),
        tr("Use this form template instead of the one the dossier's CA profile names."),
        tr("file"));
    parser.addOptions({out, language, templateFile});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    bool ok = false;
    const qint64 dossierId = parser.positionalArguments().value(1).toLongLong(&ok);
    if (!ok || dossierId <= 0 || !parser.isSet(out)) {
        return m_cx.usage(tr("form render ID --out FILE.pdf [--language fr|en]"));
    }
    DossierService* service = m_cx.service();
    if (service == nullptr) {
        return ExitRefused;
    }
    auto prepared = InterventionFormSource::prepare(
        *service, dossierId, WorkstationSettings().operatorProfile(), parser.value(language),
        parser.value(templateFile));
    if (!prepared) {
        return m_cx.fail(prepared.error());
    }
    if (!prepared->meetingRecorded) {
        m_cx.err() << tr("No face-to-face meeting is recorded for dossier %1: the form's "
                         "meeting fields are left blank.")
                          .arg(dossierId)
                   << Qt::endl;
    }
    auto pdf = InterventionFormRenderer(prepared->formTemplate).renderPdf(prepared->data);
    if (!pdf) {
        return m_cx.fail(pdf.error());
    }
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit()) {
        return m_cx.fail(
            {ErrorCode::Io, tr("Cannot write %1: %2").arg(parser.value(out), file.errorString())});
    }
    return ExitOk;
}

} // namespace

int runFormCommand(CliContext& context, const QStringList& arguments)
{
    return FormCommand(context).run(arguments);
}

bool formCommandNeedsGui(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "form") == 0) {
            return true;
        }
    }
    return false;
}

} // namespace guichet
