// libFuzzer target: the MRZ parser, the visual-zone comparison and the organisation
// identifier checks on arbitrary bytes. Beyond "no crash, no sanitizer report", it checks
// invariants that must hold for every input; a violation aborts, which libFuzzer reports.
#include "identity/MrzComparison.h"
#include "identity/MrzParser.h"
#include "identity/NameTransliteration.h"
#include "identity/OrganisationIdentifier.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace guichet;

namespace {

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant violated: %s\n", what);
        std::abort();
    }
}

void exercise(const MrzResult& result)
{
    require(result.problems().size() <= static_cast<std::size_t>(MrzResult::kMaxProblems),
            "problem storage bound");
    require(result.fields().size() <= static_cast<std::size_t>(MrzResult::kMaxFields),
            "field storage bound");
    require(!result.valid() || result.format() != MrzFormat::Unknown,
            "a valid MRZ has a known layout");
    int errors = 0;
    for (const MrzProblem& problem : result.problems()) {
        errors += problem.isError() ? 1 : 0;
        require(!problem.message().isEmpty(), "every problem has a message");
        require(!mrzProblemKey(problem.code).isEmpty(), "every problem has a key");
    }
    require(result.valid() == (result.errorCount() == 0), "valid means no error");
    require(errors <= result.errorCount(), "errors counted");
    for (const MrzFieldSpan& field : result.fields()) {
        const QLatin1StringView raw = result.raw(field.field);
        for (const char c : raw) {
            require(isMrzChar(static_cast<char16_t>(static_cast<unsigned char>(c))) || c == '?',
                    "raw values hold MRZ characters or the unreadable mark");
        }
        (void)result.interpreted(field.field);
        (void)mrzFieldName(field.field);
    }
    for (int i = 0; i < result.lineCount(); ++i) {
        require(result.line(i).size() <= MrzResult::kMaxChars, "line within the buffer");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    MrzParser::Options options;
    options.referenceDate = QDate(2024, 6, 15);
    const MrzResult result = MrzParser::parse(text, options);
    exercise(result);

    // A valid MRZ, written back as the parser normalised it, reads the same.
    if (result.valid()) {
        const MrzResult again = MrzParser::parse(result.text(), options);
        require(again.valid(), "a valid MRZ stays valid once normalised");
        require(again.documentNumber() == result.documentNumber(), "same number");
        require(again.birthDate() == result.birthDate(), "same birth date");
        require(again.format() == result.format(), "same layout");
    }

    // Other options: an expected layout picked from the input, no expiry check, another
    // reference date (two-digit years resolve differently).
    MrzParser::Options other;
    other.referenceDate = QDate(1999 + static_cast<int>(size % 40), 12, 31);
    other.reportExpired = (size & 1) == 0;
    other.expectedFormat = static_cast<MrzFormat>(size % 5);
    exercise(MrzParser::parse(text, other));

    VisualZone visual;
    visual.surnames = text.left(40);
    visual.givenNames = text.mid(40, 40);
    visual.documentNumber = text.left(12);
    visual.birthDate = result.birthDate();
    visual.expiryDate = QDate(2030, 1, 1);
    for (const MrzFieldComparison& each : MrzComparison::compare(result, visual)) {
        require(!each.message().isEmpty(), "every comparison has a message");
    }
    (void)NameTransliteration::toMrz(text, NameTransliteration::Variant::Expanded);

    const QString identifier = text.left(64);
    const Status any = OrganisationIdentifier::checkAny(identifier);
    require(any.ok() || !any.error().message.isEmpty(), "identifier errors say why");
    (void)OrganisationIdentifier::checkVat(identifier);
    (void)OrganisationIdentifier::checkRna(identifier);
    (void)OrganisationIdentifier::checkSirenOrSiret(identifier);
    const QString normalised = OrganisationIdentifier::normalise(identifier);
    if (OrganisationIdentifier::vatKey(normalised) >= 0 &&
        OrganisationIdentifier::checkSiren(normalised).ok()) {
        require(
            OrganisationIdentifier::checkVat(OrganisationIdentifier::vatNumber(normalised)).ok(),
            "the VAT number built from a valid SIREN is valid");
    }
    return 0;
}
