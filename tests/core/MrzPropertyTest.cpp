// Property (issue 3): every single-character change of a valid MRZ that changes the result of
// a check digit is detected. Which changes do is computed by the independent model in
// MrzTestVectors.h, not by the parser: some substitutions legitimately keep a check valid
// ('<' and '0' both count 0; 'A' = 10 and '0' differ by a multiple of 10).
#include "MrzTestVectors.h"
#include "identity/MrzParser.h"

#include <gtest/gtest.h>

using namespace guichet;
using namespace mrztest;

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<";

std::string join(const std::vector<std::string>& lines)
{
    std::string text;
    for (const std::string& line : lines) {
        text += (text.empty() ? "" : "\n") + line;
    }
    return text;
}

class MrzProperty : public ::testing::TestWithParam<Vector> {};

} // namespace

TEST_P(MrzProperty, EverySingleChangeThatBreaksACheckIsDetected)
{
    const Vector& vector = GetParam();
    MrzParser::Options options;
    options.referenceDate = vector.reference;
    const MrzParser parser(options);

    const MrzResult original = parser.parse(QString::fromStdString(vector.text));
    ASSERT_TRUE(original.valid()) << vector.name;
    ASSERT_EQ(original.format(), vector.format) << vector.name;

    const std::vector<std::string> lines = splitLines(vector.text);
    const std::vector<CheckModel> checks = checksOf(vector.format, lines);
    for (const CheckModel& check : checks) {
        ASSERT_TRUE(checkPasses(lines, check)) << vector.name << ": the model disagrees";
    }

    int mutations = 0;
    int mustBeDetected = 0;
    for (std::size_t line = 0; line < lines.size(); ++line) {
        for (std::size_t position = 0; position < lines[line].size(); ++position) {
            for (const char c : kAlphabet) {
                if (c == lines[line][position]) {
                    continue;
                }
                std::vector<std::string> mutated = lines;
                mutated[line][position] = c;
                ++mutations;
                bool breaksACheck = false;
                for (const CheckModel& check : checks) {
                    breaksACheck = breaksACheck || !checkPasses(mutated, check);
                }
                if (!breaksACheck) {
                    continue;
                }
                ++mustBeDetected;
                const MrzResult result = parser.parse(QString::fromStdString(join(mutated)));
                EXPECT_FALSE(result.valid())
                    << vector.name << ": line " << line + 1 << ", position " << position + 1
                    << " changed to '" << c << "' breaks a check digit but was accepted";
            }
        }
    }
    // Most changes touch a covered character: the property is not vacuous.
    EXPECT_GT(mustBeDetected, mutations / 3) << vector.name;
}

INSTANTIATE_TEST_SUITE_P(AllLayouts, MrzProperty, ::testing::ValuesIn(validVectors()),
                         [](const ::testing::TestParamInfo<Vector>& vector) {
                             std::string name = vector.param.name;
                             for (char& c : name) {
                                 c = c == '-' ? '_' : c;
                             }
                             return name;
                         });
