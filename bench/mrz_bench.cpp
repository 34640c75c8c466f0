// MRZ parse and validate throughput (issue 3, "Performance": at least 1,000,000 documents
// per second on one core). Each iteration parses one MRZ from text and validates every
// check digit, date, code and name, as MrzParser::parse does for the operator.
#include "identity/MrzParser.h"

#include <array>
#include <benchmark/benchmark.h>

using namespace guichet;

namespace {

const QString kTd3 = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                    "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
const QString kTd1 = QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<\n"
                                    "7408122F1204159UTO<<<<<<<<<<<6\n"
                                    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
const QString kTd2 = QStringLiteral("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n"
                                    "D231458907UTO7408122F1204159<<<<<<<6");
const QString kFrench = QStringLiteral("IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<\n"
                                       "8806923102858CORINNE<<<<<<<6512068F6");
// As typed: lower case, surrounding spaces, Windows line ends.
const QString kTyped = QStringLiteral("  p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<  \r\n"
                                      "  l898902c36uto7408122f1204159ze184226b<<<<<10  \r\n");
// Misread: an O for a 0 in the number (two failing checks, one suggestion).
const QString kMisread = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                        "L8989O2C36UTO7408122F1204159ZE184226B<<<<<10");

MrzParser parser()
{
    MrzParser::Options options;
    options.referenceDate = QDate(2010, 6, 1);
    return MrzParser(options);
}

void parseOne(benchmark::State& state, const QString& text, bool expectValid)
{
    const MrzParser mrz = parser();
    for (auto iteration : state) {
        MrzResult result = mrz.parse(text);
        benchmark::DoNotOptimize(result);
        if (result.valid() != expectValid) {
            state.SkipWithError("unexpected validation result");
            break;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_MrzTd3(benchmark::State& state)
{
    parseOne(state, kTd3, true);
}
void BM_MrzTd1(benchmark::State& state)
{
    parseOne(state, kTd1, true);
}
void BM_MrzTd2(benchmark::State& state)
{
    parseOne(state, kTd2, true);
}
void BM_MrzFrenchId1988(benchmark::State& state)
{
    parseOne(state, kFrench, true);
}
void BM_MrzTypedInput(benchmark::State& state)
{
    parseOne(state, kTyped, true);
}
void BM_MrzMisread(benchmark::State& state)
{
    parseOne(state, kMisread, false);
}

// A mix of every layout, as a desk sees them.
void BM_MrzMixed(benchmark::State& state)
{
    const MrzParser mrz = parser();
    const std::array<const QString*, 6> texts{&kTd3, &kTd1, &kTd2, &kFrench, &kTyped, &kMisread};
    std::size_t next = 0;
    for (auto iteration : state) {
        MrzResult result = mrz.parse(*texts[next]);
        benchmark::DoNotOptimize(result);
        next = next + 1 == texts.size() ? 0 : next + 1;
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK(BM_MrzTd3);
BENCHMARK(BM_MrzTd1);
BENCHMARK(BM_MrzTd2);
BENCHMARK(BM_MrzFrenchId1988);
BENCHMARK(BM_MrzTypedInput);
BENCHMARK(BM_MrzMisread);
BENCHMARK(BM_MrzMixed);

BENCHMARK_MAIN();
