#include "FormSamples.h"
#include "domain/ProductCatalogue.h"
#include "forms/FormTemplate.h"
#include "forms/InterventionFormBuilder.h"
#include "forms/InterventionFormRenderer.h"
#include "identity/IdentityDocumentCatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace guichet;
using namespace guichet::test;

namespace {

class FormRenderTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto loaded = FormTemplates::builtIn(FormTemplate::DefaultId);
        ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        m_template = *loaded;
    }

    InterventionFormData build(const InterventionFormInputs& inputs, const QString& language) const
    {
        return InterventionFormBuilder(m_template, ProductCatalogue::builtIn(),
                                       IdentityDocumentCatalogue::builtIn())
            .build(inputs, language);
    }

    QByteArray render(const InterventionFormData& data) const
    {
        auto pdf = InterventionFormRenderer(m_template).renderPdf(data);
        // For a person looking at the layout: GUICHET_FORM_DUMP=folder keeps every PDF.
        if (pdf && qEnvironmentVariableIsSet("GUICHET_FORM_DUMP")) {
            QFile file(
                QStringLiteral("%1/%2-%3.pdf")
                    .arg(qEnvironmentVariable("GUICHET_FORM_DUMP"),
                         QString::fromUtf8(
                             ::testing::UnitTest::GetInstance()->current_test_info()->name()))
                    .arg(++m_dumped));
            if (file.open(QIODevice::WriteOnly)) {
                file.write(*pdf);
            }
        }
        EXPECT_TRUE(pdf.ok()) << (pdf.ok() ? "" : pdf.error().message.toStdString());
        return pdf.ok() ? *pdf : QByteArray();
    }

    // pdftotext may break a line anywhere layout wraps it; compare without white space.
    static QString squeezed(const QString& text)
    {
        return QString(text).remove(QRegularExpression(QStringLiteral("\\s+")));
    }

    FormTemplate m_template;
    mutable int m_dumped = 0;
};

void expectPagesNumbered(const QStringList& pages, const QString& dossierId)
{
    ASSERT_FALSE(pages.isEmpty());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString expected =
            QStringLiteral("Dossier %1 — page %2 / %3").arg(dossierId).arg(i + 1).arg(pages.size());
        EXPECT_TRUE(pages.at(i).contains(expected))
            << "page " << i + 1 << " lacks \"" << expected.toStdString() << "\"";
    }
}

} // namespace

TEST_F(FormRenderTest, FrenchEmployeeFormShowsEveryFactAsExtractableText)
{
    const QByteArray pdf = render(build(employeeFormInputs(), QStringLiteral("fr")));
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    QString error;
    const QStringList pages = pdfTextPages(pdf, &error);
    ASSERT_FALSE(pages.isEmpty()) << error.toStdString();
    const QString all = pages.join(u'\n');

    EXPECT_TRUE(all.contains(QStringLiteral("Formulaire d'intervention")));
    EXPECT_TRUE(all.contains(QStringLiteral("Lefèvre"))) << "holder's surname";
    EXPECT_TRUE(all.contains(QStringLiteral("Anne-Sophie"))) << "holder's given names";
    EXPECT_TRUE(all.contains(QStringLiteral("X4RTBPFW4"))) << "ID number";
    EXPECT_TRUE(all.contains(QStringLiteral("Bernard Moreau"))) << "operator";
    EXPECT_TRUE(all.contains(QStringLiteral("AE-2026-0815")));
    EXPECT_TRUE(all.contains(QStringLiteral("ACME Industries")));
    EXPECT_TRUE(all.contains(QStringLiteral("73282932000074")));
    EXPECT_TRUE(all.contains(QStringLiteral("Paul Durand"))) << "legal representative";
    EXPECT_TRUE(all.contains(QStringLiteral("20/11/2026 10:30 Europe/Paris"))) << "local time";
    EXPECT_TRUE(all.contains(QStringLiteral("20/11/2026 09:30 UTC")));
    EXPECT_TRUE(all.contains(QStringLiteral("IDPrime 940")));
    EXPECT_TRUE(all.contains(QStringLiteral("CGU v3.2")));
    EXPECT_TRUE(all.contains(QStringLiteral("Extrait Kbis")));
    EXPECT_TRUE(all.contains(QStringLiteral("signature manuscrite")));
    EXPECT_TRUE(all.contains(QStringLiteral("Représentant légal")));
    EXPECT_TRUE(squeezed(all).contains(firstDocumentSha256Hex())) << "attached document's SHA-256";
    expectPagesNumbered(pages, QStringLiteral("42"));
}

TEST_F(FormRenderTest, EnglishFormUsesTheTemplatesEnglishText)
{
    const QByteArray pdf = render(build(employeeFormInputs(), QStringLiteral("en")));
    QString error;
    const QStringList pages = pdfTextPages(pdf, &error);
    ASSERT_FALSE(pages.isEmpty()) << error.toStdString();
    const QString all = pages.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("Intervention form")));
    EXPECT_TRUE(all.contains(QStringLiteral("Lefèvre")));
    EXPECT_TRUE(all.contains(QStringLiteral("X4RTBPFW4")));
    EXPECT_TRUE(all.contains(QStringLiteral("Bernard Moreau")));
    EXPECT_TRUE(all.contains(QStringLiteral("2026-11-20 09:30 UTC")));
    EXPECT_TRUE(all.contains(QStringLiteral("Kbis extract")));
    EXPECT_TRUE(all.contains(QStringLiteral("handwritten signature")));
    EXPECT_FALSE(all.contains(QStringLiteral("Porteur")));
    EXPECT_TRUE(squeezed(all).contains(firstDocumentSha256Hex()));
    expectPagesNumbered(pages, QStringLiteral("42"));
}

TEST_F(FormRenderTest, LongDocumentListFlowsOntoFurtherPagesEachNumbered)
{
    const InterventionFormInputs inputs = employeeFormInputs(60);
    const QByteArray pdf = render(build(inputs, QStringLiteral("fr")));
    QString error;
    const QStringList pages = pdfTextPages(pdf, &error);
    ASSERT_GE(pages.size(), 3) << error.toStdString();
    expectPagesNumbered(pages, QStringLiteral("42"));
    const QString all = squeezed(pages.join(u'\n'));
    for (const DocumentInfo& document : inputs.documents) {
        EXPECT_TRUE(all.contains(QString::fromLatin1(document.sha256.toHex())))
            << "document " << document.id << " missing from the list";
    }
    // The signatures come last, after the whole list.
    EXPECT_TRUE(pages.last().contains(QStringLiteral("signature manuscrite")));
}

TEST_F(FormRenderTest, FontsAreEmbedded)
{
    const QByteArray pdf = render(build(employeeFormInputs(), QStringLiteral("fr")));
    QString error;
    const QString fonts = pdfFonts(pdf, &error);
    ASSERT_FALSE(fonts.isEmpty()) << error.toStdString();
    const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2); // two header lines
    ASSERT_FALSE(lines.isEmpty()) << fonts.toStdString();
    for (const QString& line : lines) {
        EXPECT_TRUE(line.contains(QStringLiteral("DejaVu"))) << line.toStdString();
        // Columns: name type encoding emb sub uni object ID; "emb" is the first yes/no.
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 5) << line.toStdString();
        EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes")) << line.toStdString();
    }
}

TEST_F(FormRenderTest, SignatoriesFollowTheDossier)
{
    InterventionFormInputs inputs = employeeFormInputs();
    InterventionFormData employee = build(inputs, QStringLiteral("fr"));
    QStringList roles;
    for (const FormSignatory& s : employee.signatories) {
        roles << s.role;
    }
    EXPECT_EQ(roles, (QStringList{QStringLiteral("holder"), QStringLiteral("operator"),
                                  QStringLiteral("legalRepresentative")}));

    // A private person met by a Certification Agent: no legal representative, the agent signs.
    inputs.dossier.organisation.reset();
    inputs.operatorProfile.role = OperatorRole::CertificationAgent;
    const InterventionFormData personal = build(inputs, QStringLiteral("fr"));
    roles.clear();
    for (const FormSignatory& s : personal.signatories) {
        roles << s.role;
    }
    EXPECT_EQ(roles, (QStringList{QStringLiteral("holder"), QStringLiteral("certificationAgent")}));
    EXPECT_FALSE(personal.conditions.contains(QStringLiteral("organisation")));
    EXPECT_EQ(personal.value(QStringLiteral("operator.role")),
              QStringLiteral("mandataire de certification"));

    QString error;
    const QString text = pdfTextPages(render(personal), &error).join(u'\n');
    EXPECT_FALSE(text.contains(QStringLiteral("ACME"))) << "no organisation section";
    EXPECT_TRUE(text.contains(QStringLiteral("Mandataire de certification")));
}

TEST_F(FormRenderTest, BuilderFillsEveryFieldTheTemplateNames)
{
    const InterventionFormData data = build(employeeFormInputs(), QStringLiteral("en"));
    for (const FormTemplate::Section& section : m_template.sections) {
        for (const FormTemplate::Field& field : section.fields) {
            EXPECT_FALSE(data.value(field.key).isEmpty()) << field.key.toStdString();
        }
    }
    EXPECT_EQ(data.value(QStringLiteral("id.faceComparison")),
              QStringLiteral("the face matches the photograph"));
    EXPECT_EQ(data.value(QStringLiteral("consent.publication")), QStringLiteral("no"));
    EXPECT_EQ(data.value(QStringLiteral("organisation.kbisDate")), QStringLiteral("2026-10-01"));
    EXPECT_EQ(data.value(QStringLiteral("id.mrzResult")),
              QStringLiteral("no machine-readable zone recorded"));
}
