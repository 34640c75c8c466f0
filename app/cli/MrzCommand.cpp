#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "identity/MrzParser.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cstdio>

namespace guichet {
namespace {

// An MRZ is at most 3 lines of 44; anything far larger is not an MRZ.
constexpr qint64 kMaxInput = 64 * 1024;

class MrzCommand {
    Q_DECLARE_TR_FUNCTIONS(MrzCommand)
public:
    explicit MrzCommand(CliContext& context) : m_cx(context) {}
    int run(const QStringList& arguments);

private:
    int check(QCommandLineParser& parser, const QStringList& arguments);
    void printText(const MrzResult& result);
    void printJson(const MrzResult& result, QDate reference);

    CliContext& m_cx;
};

int MrzCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Machine-readable zones of identity documents.\n\nCommands:\n"
           "  check   read MRZ lines on standard input, print the fields and every problem\n\n"
           "Exit codes: 0 valid, 1 not valid, 2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("check"));
    return m_cx.dispatch(parser, arguments,
                         {{QStringLiteral("check"), [&] { return check(parser, arguments); }}});
}

int MrzCommand::check(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.setApplicationDescription(
        tr("Reads an MRZ (TD1, TD2, TD3 or French ID card 1988-2021) on standard input, as "
           "typed or OCR'd, and prints each field and every problem.\n"
           "Exit codes: 0 valid, 1 not valid, 2 usage error."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON for programs."));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("Reference date (the meeting date) for birth and expiry "
                                     "checks, YYYY-MM-DD. Default: today."),
                                  tr("date"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Expected layout: td1, td2, td3 or fr-cni-1988."),
                                    tr("layout"));
    parser.addOptions({json, date, format});
    if (const auto early = m_cx.parse(parser, arguments)) {
        return *early;
    }
    if (parser.positionalArguments().size() > 1) {
        return m_cx.usage(tr("mrz check reads the MRZ on standard input, not as arguments."));
    }
    MrzParser::Options options;
    options.referenceDate = QDate::currentDate();
    if (parser.isSet(date)) {
        options.referenceDate = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!options.referenceDate.isValid()) {
            return m_cx.usage(tr("--date needs a date written YYYY-MM-DD."));
        }
    }
    if (parser.isSet(format)) {
        options.expectedFormat = mrzFormatFromKey(parser.value(format));
        if (options.expectedFormat == MrzFormat::Unknown) {
            return m_cx.usage(tr("--format is one of td1, td2, td3, fr-cni-1988."));
        }
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        return m_cx.usage(tr("cannot read standard input: %1").arg(input.errorString()));
    }
    const QByteArray data = input.read(kMaxInput + 1);
    if (data.size() > kMaxInput) {
        return m_cx.usage(tr("the input is too long for an MRZ."));
    }
    const MrzResult result = MrzParser::parse(QString::fromUtf8(data), options);
    if (parser.isSet(json)) {
        printJson(result, options.referenceDate);
    } else {
        printText(result);
    }
    if (!result.valid()) {
        m_cx.err() << tr("guichet-cli: the MRZ is not valid: %n error(s).", nullptr,
                         result.errorCount())
                   << Qt::endl;
        return ExitRefused;
    }
    return ExitOk;
}

void MrzCommand::printText(const MrzResult& result)
{
    QTextStream& out = m_cx.out();
    out << tr("Layout: %1").arg(mrzFormatName(result.format())) << Qt::endl;
    for (const MrzFieldSpan& field : result.fields()) {
        out << QStringLiteral("  %1 %2 %3")
                   .arg(mrzFieldName(field.field), -30)
                   .arg(result.raw(field.field).toString(), -16)
                   .arg(result.interpreted(field.field))
            << Qt::endl;
    }
    const auto types = IdentityDocumentCatalogue::builtIn().matching(result);
    if (!types.isEmpty()) {
        // installTranslations() set the default locale to the operator's language.
        const QString language =
            QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
        out << tr("Document type: %1").arg(types.first()->name.in(language)) << Qt::endl;
    }
    if (result.problems().empty()) {
        out << tr("No problem found.") << Qt::endl;
        return;
    }
    out << tr("Problems:") << Qt::endl;
    for (const MrzProblem& problem : result.problems()) {
        out << QStringLiteral("  %1 %2").arg(problem.isError() ? tr("error: ") : tr("notice:"),
                                             problem.message())
            << Qt::endl;
    }
    out << (result.valid() ? tr("The MRZ is valid.") : tr("The MRZ is not valid.")) << Qt::endl;
}

void MrzCommand::printJson(const MrzResult& result, QDate reference)
{
    QJsonArray lines;
    for (int i = 0; i < result.lineCount(); ++i) {
        lines.append(result.line(i).toString());
    }
    QJsonArray fields;
    for (const MrzFieldSpan& field : result.fields()) {
        fields.append(QJsonObject{{QStringLiteral("key"), mrzFieldKey(field.field)},
                                  {QStringLiteral("name"), mrzFieldName(field.field)},
                                  {QStringLiteral("line"), field.line + 1},
                                  {QStringLiteral("position"), field.start + 1},
                                  {QStringLiteral("length"), field.length},
                                  {QStringLiteral("raw"), result.raw(field.field).toString()},
                                  {QStringLiteral("value"), result.interpreted(field.field)},
                                  {QStringLiteral("ok"), !result.hasProblem(field.field)}});
    }
    QJsonArray problems;
    for (const MrzProblem& problem : result.problems()) {
        QJsonObject entry{{QStringLiteral("code"), mrzProblemKey(problem.code)},
                          {QStringLiteral("severity"),
                           problem.isError() ? QStringLiteral("error") : QStringLiteral("notice")},
                          {QStringLiteral("field"), mrzFieldKey(problem.field)},
                          {QStringLiteral("line"), problem.line},
                          {QStringLiteral("position"), problem.position},
                          {QStringLiteral("message"), problem.message()}};
        if (problem.hint != 0) {
            entry.insert(QStringLiteral("suggestion"),
                         QJsonObject{{QStringLiteral("line"), problem.hintLine},
                                     {QStringLiteral("position"), problem.hintPosition},
                                     {QStringLiteral("character"), QString(QChar(problem.hint))}});
        }
        problems.append(entry);
    }
    QJsonArray types;
    for (const IdentityDocumentType* type : IdentityDocumentCatalogue::builtIn().matching(result)) {
        types.append(type->id);
    }
    const auto date = [](QDate value) {
        return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
    };
    const QJsonObject root{
        {QStringLiteral("valid"), result.valid()},
        {QStringLiteral("format"), mrzFormatKey(result.format())},
        {QStringLiteral("referenceDate"), reference.toString(Qt::ISODate)},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("problems"), problems},
        {QStringLiteral("documentTypes"), types},
        {QStringLiteral("documentNumber"), result.documentNumber()},
        {QStringLiteral("surnames"), result.surnames()},
        {QStringLiteral("givenNames"), result.givenNames()},
        {QStringLiteral("birthDate"), date(result.birthDate())},
        {QStringLiteral("expiryDate"), date(result.expiryDate())},
    };
    m_cx.out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

int runMrzCommand(CliContext& context, const QStringList& arguments)
{
    return MrzCommand(context).run(arguments);
}

} // namespace guichet
