// Checklist evaluation of a full RGS** employee dossier (issue 3: under 1 ms), against a
// baseline in the same run: parsing and validating the dossier's MRZ alone, which the
// checklist does once as part of the id-valid rule.
#include "core/MeetingSamples.h"
#include "domain/ProductCatalogue.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "identity/MrzParser.h"
#include "meeting/RequirementRules.h"

#include <benchmark/benchmark.h>

using namespace guichet;

namespace {

struct Sample {
    Dossier dossier = test::employeeDossier();
    Meeting meeting = test::completeMeeting();
    QList<DocumentInfo> documents = test::employeeDocuments();
    OperatorProfile op = test::trainedOperator();
    const Product* product = ProductCatalogue::builtIn().product(QStringLiteral("rgs2"));

    RequirementInput input() const
    {
        RequirementInput in;
        in.dossier = &dossier;
        in.meeting = &meeting;
        in.documents = &documents;
        in.operatorProfile = &op;
        in.catalogue = &IdentityDocumentCatalogue::builtIn();
        in.today = test::meetingDay();
        return in;
    }
};

void BM_MrzParseBaseline(benchmark::State& state)
{
    const Sample sample;
    const QString text = sample.meeting.document.mrzLines.join(u'\n');
    MrzParser::Options options;
    options.referenceDate = test::meetingDay();
    options.reportExpired = false;
    options.expectedFormat = MrzFormat::Td3;
    const MrzParser parser(options);
    for (auto _ : state) {
        MrzResult result = parser.parse(text);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_MrzParseBaseline);

void BM_ChecklistRgs2Employee(benchmark::State& state)
{
    const Sample sample;
    const RequirementInput input = sample.input();
    if (!RequirementRules::evaluate(*sample.product, input).satisfied()) {
        state.SkipWithError("the sample dossier does not meet every rule");
        return;
    }
    for (auto _ : state) {
        Checklist list = RequirementRules::evaluate(*sample.product, input);
        benchmark::DoNotOptimize(list);
    }
}
BENCHMARK(BM_ChecklistRgs2Employee);

} // namespace

BENCHMARK_MAIN();
