#include "FormSamples.h"

#include "ca/CaProfile.h"
#include "domain/ProductCatalogue.h"
#include "support/Samples.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>

namespace guichet::test {

namespace {

DocumentInfo document(qint64 id, DocumentType type, const QByteArray& content, int pages,
                      std::optional<QDate> paperDate = std::nullopt)
{
    DocumentInfo info;
    info.id = id;
    info.dossierId = 42;
    info.type = type;
    info.source = QStringLiteral("scan");
    info.pageCount = pages;
    info.paperDate = paperDate;
    info.sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    return info;
}

MeetingDecision decision(MeetingDecision::Kind kind, const QString& subject = {}, bool value = true)
{
    return {kind, subject, value, QStringLiteral("op-1"),
            QDateTime(QDate(2026, 11, 20), QTime(9, 40), Qt::UTC)};
}

QString runPoppler(const QString& program, const QStringList& arguments, const QByteArray& pdf,
                   QString* error)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return {};
    }
    file.close();
    QProcess process;
    // pdftotext writes to "-" (stdout) when asked; pdffonts always does.
    QStringList all = arguments;
    all << path;
    if (program == u"pdftotext") {
        all << QStringLiteral("-");
    }
    process.start(program, all);
    if (!process.waitForStarted() || !process.waitForFinished(30'000) || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (is poppler-utils installed?): %2")
                     .arg(program, QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

InterventionFormInputs employeeFormInputs(int extraDocuments)
{
    InterventionFormInputs in;
    in.dossier = sampleDossier(QStringLiteral("Lefèvre"), QStringLiteral("Anne-Sophie"));
    in.dossier.id = 42;
    in.dossier.productId = QStringLiteral("rgs2");
    in.dossier.organisation =
        Organisation{QStringLiteral("ACME Industries"),
                     QStringLiteral("SAS"),
                     QStringLiteral("73282932000074"),
                     {QStringLiteral("1 rue de la Paix"), QStringLiteral("75002"),
                      QStringLiteral("Paris"), QStringLiteral("FR")}};
    in.dossier.subscriber = {QStringLiteral("Durand"), QStringLiteral("Paul"),
                             QStringLiteral("Président"), QStringLiteral("paul@example.org")};

    Meeting& m = in.meeting;
    m.dossierId = 42;
    m.startedAtUtc = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    m.place = QStringLiteral("Agence de Lille, 3 rue Nationale");
    m.operatorId = QStringLiteral("op-1");
    m.document.typeId = QStringLiteral("fr-cni-2021");
    m.document.number = QStringLiteral("X4RTBPFW4");
    m.document.issuingState = QStringLiteral("FRA");
    m.document.issuingAuthority = QStringLiteral("Préfecture du Nord");
    m.document.issueDate = QDate(2022, 3, 1);
    m.document.expiryDate = QDate(2032, 2, 28);
    m.organisation = {QStringLiteral("Paul Durand"), QDate(2026, 10, 30), true, false};
    m.decisions = {
        decision(MeetingDecision::Kind::InformationShown),
        decision(MeetingDecision::Kind::TermsAccepted, QStringLiteral("CGU v3.2")),
        decision(MeetingDecision::Kind::PublicationConsent, {}, false),
        decision(MeetingDecision::Kind::SecureDeviceConsent),
        decision(MeetingDecision::Kind::SecurityFeatureChecked, QStringLiteral("hologram-dovid")),
        decision(MeetingDecision::Kind::SecurityFeatureChecked, QStringLiteral("tactile-relief")),
        decision(MeetingDecision::Kind::SecurityFeatureChecked, QStringLiteral("uv-patterns")),
        decision(MeetingDecision::Kind::FaceCompared),
        decision(MeetingDecision::Kind::CopyCertified),
    };

    in.operatorProfile.identity = {QStringLiteral("op-1"), QStringLiteral("Bernard Moreau")};
    in.operatorProfile.role = OperatorRole::DraOperator;
    in.operatorProfile.caRegistrationNumber = QStringLiteral("AE-2026-0815");

    in.documents = {
        document(1, DocumentType::IdFront, "front of the card", 1),
        document(2, DocumentType::IdBack, "back of the card", 1),
        document(3, DocumentType::Kbis, "kbis extract", 2, QDate(2026, 10, 1)),
        document(4, DocumentType::Mandate, "mandate", 1, QDate(2026, 10, 30)),
    };
    for (int i = 0; i < extraDocuments; ++i) {
        in.documents.append(document(100 + i, DocumentType::Other,
                                     QByteArray("other document ") + QByteArray::number(i), 1));
    }
    in.ca = CaProfiles::training(ProductCatalogue::builtIn());
    in.token = TokenFacts{QStringLiteral("IDPrime 940"), QStringLiteral("0A1B2C3D4E5F"),
                          QStringLiteral("ANSSI-CC-2022/11"), true};
    in.localZone = QTimeZone(QByteArrayLiteral("Europe/Paris"));
    return in;
}

QString firstDocumentSha256Hex()
{
    return QString::fromLatin1(
        QCryptographicHash::hash("front of the card", QCryptographicHash::Sha256).toHex());
}

QStringList pdfTextPages(const QByteArray& pdf, QString* error)
{
    const QString text = runPoppler(QStringLiteral("pdftotext"),
                                    {QStringLiteral("-enc"), QStringLiteral("UTF-8")}, pdf, error);
    if (text.isEmpty()) {
        return {};
    }
    QStringList pages = text.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast();
    }
    return pages;
}

QString pdfFonts(const QByteArray& pdf, QString* error)
{
    return runPoppler(QStringLiteral("pdffonts"), {}, pdf, error);
}

} // namespace guichet::test
