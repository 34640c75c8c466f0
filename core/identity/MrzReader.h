#pragma once

// Internal to MrzParser: the state of one parse. Split from MrzParser.h so callers see only
// the parser and its result.

#include "identity/MrzParser.h"

#include <array>
#include <initializer_list>

namespace guichet {

class MrzReader {
public:
    // `referenceKey`: the reference date as the number YYYYMMDD, worked out once per parser.
    MrzReader(const MrzParser::Options& options, int referenceKey, MrzResult& result)
        : m_options(options), m_referenceKey(referenceKey), m_result(result)
    {
    }

    void read(QStringView text);

private:
    // A run of characters in one line, 0-based.
    struct Range {
        int line;
        int start;
        int length;
    };
    enum class CharClass { Letters, Digits, Any };

    // Stands in the text for a character outside the MRZ alphabet (reported, never guessed).
    static constexpr char kUnreadable = '?';
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    static bool isLetter(char c) { return c >= 'A' && c <= 'Z'; }
    enum class DateKind { Birth, Expiry };

    // MrzReader.cpp: from raw text to lines, characters and check digits.
    bool normalise(QStringView text);
    MrzFormat structure();
    void reportStructure(MrzFormat guess);

    char at(int line, int position) const
    {
        return m_result.m_text[static_cast<std::size_t>(line * m_lineLength + position)];
    }
    void addField(MrzField field, int line, int start, int length);
    void report(MrzProblem problem);
    void report(MrzProblemCode code, MrzField field, int line, int position, char16_t found = 0,
                char16_t expected = 0);
    char16_t original(int line, int position) const;

    bool expectCharacters(MrzField field, int line, int start, int length, CharClass what);
    void verifyCheck(MrzField checkField, int line, int position,
                     std::initializer_list<Range> ranges, bool fillerAllowedWhenEmpty = false);
    bool allFillers(std::initializer_list<Range> ranges) const;
    void suggestCorrection(MrzProblem& problem, std::initializer_list<Range> ranges, int sum,
                           int wanted) const;

    // MrzFields.cpp: the fields every layout shares.
    QDate readDate(MrzField field, int line, int start, DateKind kind);
    void checkDates();
    void readSex(int line, int position);
    void readCode(MrzField field, int line, int start, int length);
    void readDocumentCode(int line);
    void readIcaoNames(int line, int start, int length);
    void readNameZone(MrzField field, int line, int start, int length);
    void setNumber(std::initializer_list<Range> parts);

    // MrzLayouts.cpp: one function per layout (REFERENCE.md gives the positions).
    void readTd1();
    void readTd2();
    void readTd3();
    void readFrenchId1988();
    // TD1 and TD2 numbers longer than 9 characters continue in the optional data.
    void readNumber(int line, int start, int checkPosition, int optionalStart, int optionalEnd);

    const MrzParser::Options& m_options;
    const int m_referenceKey;
    MrzResult& m_result;
    int m_lineLength = 0;
    struct Unreadable {
        std::uint8_t index;
        char16_t character;
    };
    std::array<Unreadable, 8> m_unreadable{};
    int m_unreadableCount = 0;
    std::array<int, MrzResult::kMaxLines> m_lengths{};
    int m_lines = 0;
};

} // namespace guichet
