#include "identity/MrzReader.h"

#include <algorithm>
#include <array>

namespace guichet {
namespace {

// Characters that typing and OCR confuse. Only ever offered as a suggestion: the parser
// never substitutes them itself (the operator confirms against the document).
struct Confusion {
    char letter;
    char digit;
};
constexpr Confusion kConfusions[] = {{'O', '0'}, {'Q', '0'}, {'D', '0'}, {'I', '1'}, {'L', '1'},
                                     {'Z', '2'}, {'S', '5'}, {'G', '6'}, {'B', '8'}};

// For each character, the one it is most likely confused with (letter <-> digit), or 0.
constexpr std::array<char, 128> confusionPartners()
{
    std::array<char, 128> partners{};
    for (const Confusion& each : kConfusions) {
        partners[static_cast<std::size_t>(each.letter)] = each.digit;
        if (partners[static_cast<std::size_t>(each.digit)] == 0) {
            partners[static_cast<std::size_t>(each.digit)] = each.letter; // first is likeliest
        }
    }
    return partners;
}
constexpr std::array<char, 128> kPartners = confusionPartners();

char partnerOf(char c)
{
    const auto index = static_cast<unsigned char>(c);
    return index < kPartners.size() ? kPartners[index] : 0;
}

char digitFor(char letter)
{
    return letter >= 'A' && letter <= 'Z' ? partnerOf(letter) : 0;
}

char letterFor(char digit)
{
    return digit >= '0' && digit <= '9' ? partnerOf(digit) : 0;
}

// What each input character is, for the one pass over the text. Lines come from OCR, a
// scanner's keyboard emulation or typing: any line break, blanks anywhere, lower case.
enum : std::uint8_t { kOther = 0, kBreak = 1, kBlank = 2, kLowerFlag = 0x80 };

constexpr std::array<std::uint8_t, 128> characterClasses()
{
    std::array<std::uint8_t, 128> classes{};
    for (std::size_t c = 0; c < classes.size(); ++c) {
        if (isMrzChar(static_cast<char16_t>(c))) {
            classes[c] = static_cast<std::uint8_t>(c); // kept as is: '0' and above
        } else if (c >= 'a' && c <= 'z') {
            classes[c] = static_cast<std::uint8_t>((c - 'a' + 'A') | kLowerFlag);
        } else if (c == '\n' || c == '\r') {
            classes[c] = kBreak;
        } else if (c <= ' ') {
            classes[c] = kBlank; // space, tab and other control characters
        }
    }
    return classes;
}
constexpr std::array<std::uint8_t, 128> kClasses = characterClasses();

std::uint8_t classOf(char16_t c)
{
    if (c < 128) {
        return kClasses[c];
    }
    if (c == 0x2028 || c == 0x2029 || c == 0x85) {
        return kBreak;
    }
    return QChar(c).isSpace() ? kBlank : kOther;
}

// Layouts by their shape: line count and line length.
struct Shape {
    MrzFormat format;
    int lines;
    int length;
};
constexpr Shape kShapes[] = {
    {MrzFormat::Td1, 3, 30}, {MrzFormat::Td2, 2, 36}, {MrzFormat::Td3, 2, 44}};

const Shape& shapeOf(MrzFormat format)
{
    for (const Shape& shape : kShapes) {
        if (shape.format == format) {
            return shape;
        }
    }
    return kShapes[1]; // the French 1988 card has the TD2 shape
}

} // namespace

void MrzReader::read(QStringView text)
{
    if (!normalise(text)) {
        return;
    }
    MrzFormat format = structure();
    if (format == MrzFormat::Unknown) {
        return;
    }
    m_result.m_format = format;
    switch (format) {
    case MrzFormat::Td1:
        readTd1();
        break;
    case MrzFormat::Td2:
        readTd2();
        break;
    case MrzFormat::Td3:
        readTd3();
        break;
    case MrzFormat::FrenchId1988:
        readFrenchId1988();
        break;
    case MrzFormat::Unknown:
        break;
    }
    checkDates();
}

bool MrzReader::normalise(QStringView text)
{
    bool lowerCase = false;
    bool innerSpaces = false;
    bool pendingSpace = false;
    int total = 0;
    int lineStart = 0;
    int lineLength = 0;
    const auto endLine = [&] {
        if (lineLength > 0) {
            if (m_lines < MrzResult::kMaxLines) {
                const auto index = static_cast<std::size_t>(m_lines);
                m_lengths[index] = lineLength;
                m_result.m_lineStart[index] =
                    static_cast<std::uint8_t>(std::min(lineStart, MrzResult::kMaxChars));
                m_result.m_lineLength[index] = static_cast<std::uint8_t>(std::min(
                    lineLength, MrzResult::kMaxChars - std::min(lineStart, MrzResult::kMaxChars)));
            }
            ++m_lines;
        }
        lineStart = total;
        lineLength = 0;
        pendingSpace = false;
    };
    const char16_t* const begin = text.utf16();
    const char16_t* const end = begin + text.size();
    // A local pointer: stores through a char pointer may alias anything, so the compiler
    // would otherwise reload m_result on every character.
    char* const out = m_result.m_text.data();
    for (const char16_t* p = begin; p != end; ++p) {
        std::uint8_t kind = classOf(*p);
        if (kind == kBreak) {
            endLine();
            continue;
        }
        if (kind == kBlank) {
            pendingSpace = lineLength > 0;
            continue;
        }
        innerSpaces = innerSpaces || pendingSpace;
        pendingSpace = false;
        if ((kind & kLowerFlag) != 0) {
            kind = static_cast<std::uint8_t>(kind & ~kLowerFlag);
            lowerCase = true;
        }
        if (total < MrzResult::kMaxChars) {
            if (kind == kOther) {
                kind = kUnreadable;
                if (m_unreadableCount < static_cast<int>(m_unreadable.size())) {
                    m_unreadable[static_cast<std::size_t>(m_unreadableCount++)] = {
                        static_cast<std::uint8_t>(total), *p};
                }
            }
            out[total] = static_cast<char>(kind);
        }
        ++total;
        ++lineLength;
    }
    endLine();
    m_result.m_lineCount = static_cast<std::uint8_t>(std::min(m_lines, MrzResult::kMaxLines));
    if (m_lines == 0) {
        report(MrzProblemCode::Empty, MrzField::Structure, 0, 0);
        return false;
    }
    if (lowerCase) {
        report(MrzProblemCode::LowerCase, MrzField::Structure, 0, 0);
    }
    if (innerSpaces) {
        report(MrzProblemCode::SpacesIgnored, MrzField::Structure, 0, 0);
    }
    return true;
}

MrzFormat MrzReader::structure()
{
    // One line of exactly two or three MRZ lines' worth: pasted without its line breaks.
    if (m_lines == 1) {
        for (const Shape& shape : kShapes) {
            if (m_lengths[0] == shape.lines * shape.length) {
                MrzProblem joined;
                joined.code = MrzProblemCode::LinesJoined;
                joined.found = static_cast<char16_t>(m_lengths[0]);
                joined.expected = static_cast<char16_t>(shape.lines);
                joined.format = shape.format;
                report(joined);
                m_lines = shape.lines;
                m_result.m_lineCount = static_cast<std::uint8_t>(shape.lines);
                for (int i = 0; i < shape.lines; ++i) {
                    const auto index = static_cast<std::size_t>(i);
                    m_lengths[index] = shape.length;
                    m_result.m_lineStart[index] = static_cast<std::uint8_t>(i * shape.length);
                    m_result.m_lineLength[index] = static_cast<std::uint8_t>(shape.length);
                }
                break;
            }
        }
    }
    MrzFormat found = MrzFormat::Unknown;
    for (const Shape& shape : kShapes) {
        if (m_lines != shape.lines) {
            continue;
        }
        bool fits = true;
        for (int i = 0; i < m_lines; ++i) {
            fits = fits && m_lengths[static_cast<std::size_t>(i)] == shape.length;
        }
        if (fits) {
            found = shape.format;
        }
    }
    if (found == MrzFormat::Unknown) {
        // Guess the layout from the first line's length, the way a reader would.
        MrzFormat guess = MrzFormat::Td1;
        int best = 1 << 20;
        for (const Shape& shape : kShapes) {
            int distance = std::abs(m_lengths[0] - shape.length);
            if (m_lines == 1) {
                distance = std::min(distance, std::abs(m_lengths[0] - shape.lines * shape.length));
            }
            if (distance < best) {
                best = distance;
                guess = shape.format;
            }
        }
        reportStructure(guess);
        return MrzFormat::Unknown;
    }
    m_lineLength = shapeOf(found).length;
    // Two lines of 36: ICAO TD2, or the French 1988-2021 card whose line 1 starts with IDFRA
    // and whose line 2 has the 12-character number where TD2 has the nationality.
    if (found == MrzFormat::Td2) {
        const bool french = at(0, 0) == 'I' && at(0, 1) == 'D' && at(0, 2) == 'F' &&
                            at(0, 3) == 'R' && at(0, 4) == 'A' &&
                            !(isLetter(at(1, 10)) && isLetter(at(1, 11)) && isLetter(at(1, 12)));
        if (m_options.expectedFormat == MrzFormat::FrenchId1988 ||
            (m_options.expectedFormat != MrzFormat::Td2 && french)) {
            found = MrzFormat::FrenchId1988;
        }
    }
    if (m_options.expectedFormat != MrzFormat::Unknown && m_options.expectedFormat != found) {
        MrzProblem mismatch;
        mismatch.code = MrzProblemCode::FormatMismatch;
        mismatch.format = m_options.expectedFormat;
        mismatch.hint = static_cast<char16_t>(found);
        report(mismatch);
    }
    return found;
}

void MrzReader::reportStructure(MrzFormat guess)
{
    const Shape& shape = shapeOf(guess);
    if (m_lines != shape.lines) {
        MrzProblem count;
        count.code = MrzProblemCode::LineCount;
        count.found = static_cast<char16_t>(std::min(m_lines, 0xFFFF));
        count.expected = static_cast<char16_t>(shape.lines);
        count.format = guess;
        report(count);
        return;
    }
    for (int i = 0; i < m_lines; ++i) {
        const int length = m_lengths[static_cast<std::size_t>(i)];
        if (length != shape.length) {
            MrzProblem wrong;
            wrong.code = MrzProblemCode::LineLength;
            wrong.line = static_cast<std::uint8_t>(i + 1);
            wrong.found = static_cast<char16_t>(std::min(length, 0xFFFF));
            wrong.expected = static_cast<char16_t>(shape.length);
            wrong.format = guess;
            report(wrong);
        }
    }
}

void MrzReader::addField(MrzField field, int line, int start, int length)
{
    if (m_result.m_fieldCount < MrzResult::kMaxFields) {
        m_result.m_fields[m_result.m_fieldCount++] = {field, static_cast<std::uint8_t>(line),
                                                      static_cast<std::uint8_t>(start),
                                                      static_cast<std::uint8_t>(length)};
    }
}

void MrzReader::report(MrzProblem problem)
{
    if (problem.isError()) {
        m_result.m_errorCount = static_cast<std::uint8_t>(std::min(m_result.m_errorCount + 1, 255));
    }
    if (m_result.m_problemCount < MrzResult::kMaxProblems - 1) {
        m_result.m_problems[m_result.m_problemCount++] = problem;
    } else if (m_result.m_problemCount == MrzResult::kMaxProblems - 1) {
        MrzProblem more;
        more.code = MrzProblemCode::TooManyProblems;
        m_result.m_problems[m_result.m_problemCount++] = more;
    }
}

void MrzReader::report(MrzProblemCode code, MrzField field, int line, int position, char16_t found,
                       char16_t expected)
{
    MrzProblem problem;
    problem.code = code;
    problem.field = field;
    problem.line = static_cast<std::uint8_t>(line);
    problem.position = static_cast<std::uint8_t>(position);
    problem.found = found;
    problem.expected = expected;
    report(problem);
}

char16_t MrzReader::original(int line, int position) const
{
    const int index = line * m_lineLength + position;
    for (int i = 0; i < m_unreadableCount; ++i) {
        if (m_unreadable[static_cast<std::size_t>(i)].index == index) {
            return m_unreadable[static_cast<std::size_t>(i)].character;
        }
    }
    return 0;
}

bool MrzReader::expectCharacters(MrzField field, int line, int start, int length, CharClass what)
{
    // The common case first, on a local pointer: every character fits.
    const char* const text = &m_result.m_text[static_cast<std::size_t>(line * m_lineLength)];
    const auto fits = [what](char c) {
        switch (what) {
        case CharClass::Any:
            return c != kUnreadable;
        case CharClass::Letters:
            return c != kUnreadable && !isDigit(c);
        case CharClass::Digits:
            return isDigit(c);
        }
        return false;
    };
    int first = start;
    while (first < start + length && fits(text[first])) {
        ++first;
    }
    if (first == start + length) {
        return true;
    }
    bool ok = true;
    for (int position = first; position < start + length; ++position) {
        const char c = text[position];
        if (fits(c)) {
            continue;
        }
        MrzProblem problem;
        problem.field = field;
        problem.line = static_cast<std::uint8_t>(line + 1);
        problem.position = static_cast<std::uint8_t>(position + 1);
        problem.found = static_cast<char16_t>(c);
        if (c == kUnreadable) {
            problem.code = MrzProblemCode::InvalidCharacter;
            problem.found = original(line, position);
            // OCR often reads a run of fillers as guillemets.
            if (problem.found == u'«' || problem.found == u'‹') {
                problem.hint = u'<';
            }
        } else if (what == CharClass::Letters && isDigit(c)) {
            problem.code = MrzProblemCode::NotALetter;
            problem.hint = static_cast<char16_t>(letterFor(c));
        } else if (what == CharClass::Digits && !isDigit(c)) {
            problem.code = MrzProblemCode::NotADigit;
            problem.hint = static_cast<char16_t>(digitFor(c));
        } else {
            continue;
        }
        if (problem.hint != 0) {
            problem.hintLine = problem.line;
            problem.hintPosition = problem.position;
        }
        report(problem);
        ok = false;
    }
    return ok;
}

bool MrzReader::allFillers(std::initializer_list<Range> ranges) const
{
    for (const Range& range : ranges) {
        for (int position = range.start; position < range.start + range.length; ++position) {
            if (at(range.line, position) != '<') {
                return false;
            }
        }
    }
    return true;
}

void MrzReader::verifyCheck(MrzField checkField, int line, int position,
                            std::initializer_list<Range> ranges, bool fillerAllowedWhenEmpty)
{
    addField(checkField, line, position, 1);
    int sum = 0;
    int weight = 0;
    for (const Range& range : ranges) {
        const int part = mrzWeightedSum(
            &m_result.m_text[static_cast<std::size_t>(range.line * m_lineLength + range.start)],
            range.length, weight);
        if (part < 0) {
            return; // an unreadable character, already reported with its field
        }
        sum += part;
    }
    const int computed = sum % 10;
    const char digit = at(line, position);
    MrzProblem problem;
    problem.field = checkField;
    problem.line = static_cast<std::uint8_t>(line + 1);
    problem.position = static_cast<std::uint8_t>(position + 1);
    problem.expected = static_cast<char16_t>('0' + computed);
    problem.found = static_cast<char16_t>(digit);
    if (isDigit(digit)) {
        if (digit - '0' == computed) {
            return;
        }
        problem.code = MrzProblemCode::CheckDigitMismatch;
        suggestCorrection(problem, ranges, sum, digit - '0');
    } else if (digit == '<' && fillerAllowedWhenEmpty && allFillers(ranges)) {
        return; // ICAO 9303 part 4, 4.2.2: an unused personal number may have a filler check
    } else {
        problem.code = digit == kUnreadable ? MrzProblemCode::InvalidCharacter
                                            : MrzProblemCode::CheckDigitNotADigit;
        if (digit == kUnreadable) {
            problem.found = original(line, position);
        } else if (const char hint = digitFor(digit); hint != 0) {
            problem.hint = static_cast<char16_t>(hint);
            problem.hintLine = problem.line;
            problem.hintPosition = problem.position;
        }
    }
    report(problem);
}

// When one letter/digit confusion in the checked characters would make the check digit match,
// name it; with several candidates, say nothing rather than guess.
void MrzReader::suggestCorrection(MrzProblem& problem, std::initializer_list<Range> ranges, int sum,
                                  int wanted) const
{
    constexpr int weights[3] = {7, 3, 1};
    int candidates = 0;
    int weight = 0;
    for (const Range& range : ranges) {
        for (int position = range.start; position < range.start + range.length; ++position) {
            const char c = at(range.line, position);
            const char other = partnerOf(c);
            const int w = weights[weight];
            weight = weight == 2 ? 0 : weight + 1;
            if (other == 0) {
                continue;
            }
            const int changed = sum + w * (mrzCharValue(static_cast<char16_t>(other)) -
                                           mrzCharValue(static_cast<char16_t>(c)));
            if (((changed % 10) + 10) % 10 == wanted) {
                ++candidates;
                problem.hint = static_cast<char16_t>(other);
                problem.hintLine = static_cast<std::uint8_t>(range.line + 1);
                problem.hintPosition = static_cast<std::uint8_t>(position + 1);
            }
        }
    }
    if (candidates != 1) {
        problem.hint = 0;
        problem.hintLine = 0;
        problem.hintPosition = 0;
    }
}

} // namespace guichet
