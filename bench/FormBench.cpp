// Issue 3's figure: the intervention form of a full RGS** employee dossier rendered to PDF
// bytes (template loaded, data assembled, fonts embedded), target under 150 ms. Beside it in
// the same run, the floor of the toolkit: a one-page QPdfWriter document with one line of
// the same embedded font.
//   guichet_form_bench [--benchmark_...]
#include "FormSamples.h"
#include "domain/ProductCatalogue.h"
#include "forms/InterventionFormBuilder.h"
#include "forms/InterventionFormRenderer.h"
#include "identity/IdentityDocumentCatalogue.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <benchmark/benchmark.h>

using namespace guichet;

namespace {

void renderForm(benchmark::State& state, int extraDocuments)
{
    const InterventionFormInputs inputs = test::employeeFormInputs(extraDocuments);
    qint64 bytes = 0;
    for (auto _ : state) {
        // The whole path `form render` takes after reading storage.
        auto formTemplate = FormTemplates::builtIn(FormTemplate::DefaultId);
        const InterventionFormData data =
            InterventionFormBuilder(*formTemplate, ProductCatalogue::builtIn(),
                                    IdentityDocumentCatalogue::builtIn())
                .build(inputs, QStringLiteral("fr"));
        auto pdf = InterventionFormRenderer(*formTemplate).renderPdf(data);
        if (!pdf) {
            state.SkipWithError(pdf.error().message.toUtf8().constData());
            return;
        }
        bytes = pdf->size();
        benchmark::DoNotOptimize(pdf->data());
    }
    state.counters["pdf_bytes"] = double(bytes);
}

void BM_InterventionForm(benchmark::State& state)
{
    renderForm(state, 0);
}
BENCHMARK(BM_InterventionForm)->Unit(benchmark::kMillisecond);

// 60 more attached documents: the list flows onto further pages.
void BM_InterventionFormLongList(benchmark::State& state)
{
    renderForm(state, 60);
}
BENCHMARK(BM_InterventionFormLongList)->Unit(benchmark::kMillisecond);

void BM_BaselineOneLinePdf(benchmark::State& state)
{
    const QString family = *InterventionFormRenderer::fontFamily();
    for (auto _ : state) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(300);
            QPainter painter(&writer);
            QFont font(family);
            font.setPointSizeF(10);
            painter.setFont(font);
            painter.drawText(QPointF(100, 100), QStringLiteral("Formulaire d'intervention"));
        }
        benchmark::DoNotOptimize(bytes.data());
    }
}
BENCHMARK(BM_BaselineOneLinePdf)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::benchmark::Initialize(&argc, argv);
    if (::benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    if (!InterventionFormRenderer::fontFamily()) {
        return 1;
    }
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
