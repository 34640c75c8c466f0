#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <array>
#include <cstddef>
#include <cstdint>

namespace guichet {

// Machine-readable zone layouts (REFERENCE.md, "ICAO 9303 machine-readable zone").
enum class MrzFormat : std::uint8_t {
    Unknown,
    Td1,          // ID card, 3 x 30 (ICAO 9303 part 5)
    Td2,          // 2 x 36 (ICAO 9303 part 6)
    Td3,          // passport, 2 x 44 (ICAO 9303 part 4)
    FrenchId1988, // French national ID card 1988-2021, 2 x 36, its own layout
};

// Every zone of an MRZ the parser reads, across all layouts. Structure is the MRZ as a whole
// (line count, line lengths).
enum class MrzField : std::uint8_t {
    Structure,
    DocumentCode,
    IssuingState,
    Surnames,   // primary identifier
    GivenNames, // secondary identifier
    DocumentNumber,
    DocumentNumberCheck,
    Nationality,
    BirthDate,
    BirthDateCheck,
    Sex,
    ExpiryDate,
    ExpiryDateCheck,
    OptionalData,      // TD3 personal number; TD1 line 1 optional data
    OptionalDataCheck, // TD3 only
    OptionalData2,     // TD1 line 2 optional data
    CompositeCheck,
    AdministrativeCode, // French 1988 card, line 1 positions 31-36
    IssueDate,          // French 1988 card: YYMM at the start of the number
    IssuingOffice,      // French 1988 card: 3 characters after the issue month
};
inline constexpr int kMrzFieldCount = static_cast<int>(MrzField::IssuingOffice) + 1;

enum class MrzSex : std::uint8_t { Unknown, Female, Male, Unspecified };

enum class MrzProblemCode : std::uint8_t {
    // Notices: the parser read the text but tells what it did.
    LowerCase,       // letters converted to capitals
    SpacesIgnored,   // spaces inside a line
    LinesJoined,     // one long line read as 2 or 3 lines
    DateUnknownPart, // day or month given as << (ICAO 9303 part 3: unknown)
    NameMayBeTruncated,
    SexX, // X instead of < for unspecified
    // Errors: the MRZ is unreadable, inconsistent, or the document is not usable.
    Empty,
    LineCount,
    LineLength,
    FormatMismatch, // the layout is not the one the selected document type uses
    InvalidCharacter,
    NotADigit,
    NotALetter,
    BadDocumentCode,
    CheckDigitNotADigit,
    CheckDigitMismatch,
    InvalidDate,
    ExpiryBeforeBirth,
    IssueBeforeBirth,
    Expired,
    BadSex,
    NameMissing,
    LongNumberMalformed,
    IssueDateOutOfRange,
    TooManyProblems,
};

// One problem: which field, where, and the facts the message needs. Plain data, so the
// parser's hot path never allocates; message() builds the translated text on demand.
struct MrzProblem {
    MrzProblemCode code = MrzProblemCode::Empty;
    MrzField field = MrzField::Structure;
    std::uint8_t line = 0;     // 1-based; 0 when the problem is about the whole MRZ
    std::uint8_t position = 0; // 1-based in the line; 0 when about the whole line or field
    char16_t found = 0;        // character found, or a count (line count, line length)
    char16_t expected = 0;     // expected digit or character, or a count
    // A likely correction the operator may confirm (never applied by the parser).
    char16_t hint = 0;
    std::uint8_t hintLine = 0;
    std::uint8_t hintPosition = 0;
    // For structure problems: the layout the parser expected.
    MrzFormat format = MrzFormat::Unknown;

    // TooManyProblems only says the list was cut; the errors it stands for are counted.
    bool isError() const
    {
        return code >= MrzProblemCode::Empty && code != MrzProblemCode::TooManyProblems;
    }
    QString message() const;

    Q_DECLARE_TR_FUNCTIONS(MrzProblem)
};

// ICAO 9303 part 3, 4.9: 0-9 count as their value, A-Z as 10-35, < as 0; -1 otherwise.
namespace detail {
constexpr std::array<std::int8_t, 256> mrzValues()
{
    std::array<std::int8_t, 256> values{};
    for (std::size_t c = 0; c < values.size(); ++c) {
        values[c] = c >= '0' && c <= '9'   ? static_cast<std::int8_t>(c - '0')
                    : c >= 'A' && c <= 'Z' ? static_cast<std::int8_t>(c - 'A' + 10)
                    : c == '<'             ? std::int8_t{0}
                                           : std::int8_t{-1};
    }
    return values;
}
// A table: the parser's hot path looks a value up for every character it checks.
inline constexpr std::array<std::int8_t, 256> kMrzValues = mrzValues();

template <typename Char> constexpr int value(Char c)
{
    if constexpr (sizeof(Char) == 1) {
        return kMrzValues[static_cast<unsigned char>(c)];
    } else {
        return c < 256 ? kMrzValues[static_cast<std::size_t>(c)] : -1;
    }
}
} // namespace detail

constexpr int mrzCharValue(char16_t c)
{
    return detail::value(c);
}

constexpr bool isMrzChar(char16_t c)
{
    return mrzCharValue(c) >= 0;
}

// ICAO 9303 part 3, 4.9: weights 7, 3, 1 repeating from the left, sum modulo 10. `weightIndex`
// continues a composite computation over several ranges. Returns -1 on a non-MRZ character.
template <typename Char>
constexpr int mrzWeightedSum(const Char* text, int length, int& weightIndex)
{
    constexpr int weights[3] = {7, 3, 1};
    // Three running sums, one per weight, keep the loop free of a chain through the weight
    // index; a negative value (not an MRZ character) shows in `bad`.
    int sums[3] = {0, 0, 0};
    int bad = 0;
    int i = 0;
    for (; i + 2 < length; i += 3) {
        const int a = detail::value(text[i]);
        const int b = detail::value(text[i + 1]);
        const int c = detail::value(text[i + 2]);
        bad |= a | b | c;
        sums[0] += a;
        sums[1] += b;
        sums[2] += c;
    }
    for (int k = 0; i < length; ++i, ++k) {
        const int a = detail::value(text[i]);
        bad |= a;
        sums[k] += a;
    }
    const int first = weightIndex;
    weightIndex = (weightIndex + length) % 3;
    if (bad < 0) {
        return -1;
    }
    return sums[0] * weights[first] + sums[1] * weights[(first + 1) % 3] +
           sums[2] * weights[(first + 2) % 3];
}

inline int mrzCheckDigit(QStringView text)
{
    int weight = 0;
    const int sum = mrzWeightedSum(text.utf16(), static_cast<int>(text.size()), weight);
    return sum < 0 ? -1 : sum % 10;
}

// Stable keys for data files and JSON ("td1", "td2", "td3", "fr-cni-1988").
QString mrzFormatKey(MrzFormat format);
MrzFormat mrzFormatFromKey(QStringView key);
QString mrzFormatName(MrzFormat format); // translated
QString mrzFieldKey(MrzField field);     // "birthDate", for JSON
QString mrzFieldName(MrzField field);    // translated
QString mrzProblemKey(MrzProblemCode code);
// The field a check digit protects (DocumentNumberCheck -> DocumentNumber); the composite
// check and non-check fields map to themselves.
MrzField mrzCheckedField(MrzField checkDigit);

} // namespace guichet
