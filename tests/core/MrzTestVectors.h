#pragma once

// MRZ test vectors and an independent model of the check digits (written from ICAO 9303
// part 3, 4.9 and REFERENCE.md, without using the parser's code), shared by the MRZ tests.

#include "identity/Mrz.h"

#include <QDate>
#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace mrztest {

// ICAO 9303 part 3, 4.9, computed the plain way.
inline int checkDigit(std::string_view text)
{
    static const int weights[] = {7, 3, 1};
    int sum = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        int value = 0;
        if (c >= '0' && c <= '9') {
            value = c - '0';
        } else if (c >= 'A' && c <= 'Z') {
            value = c - 'A' + 10;
        }
        sum += value * weights[i % 3];
    }
    return sum % 10;
}

inline char digit(std::string_view text)
{
    return static_cast<char>('0' + checkDigit(text));
}

inline std::string pad(std::string text, std::size_t length)
{
    text.resize(length, '<');
    return text;
}

// The ICAO 9303 specimens (part 4 appendix for TD3, part 5 for TD1, part 6 for TD2) and the
// French 1988-2021 specimen card.
inline const std::string kTd3Specimen = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                        "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
inline const std::string kTd1Specimen = "I<UTOD231458907<<<<<<<<<<<<<<<\n"
                                        "7408122F1204159UTO<<<<<<<<<<<6\n"
                                        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
inline const std::string kTd2Specimen = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n"
                                        "D231458907UTO7408122F1204159<<<<<<<6";
inline const std::string kFrenchSpecimen = "IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<\n"
                                           "8806923102858CORINNE<<<<<<<6512068F6";

// TD1 with every check digit computed; numbers longer than 9 characters continue in the
// optional data (ICAO 9303 part 5, 4.2.2 note j).
inline std::string td1(const std::string& code, const std::string& state, const std::string& number,
                       const std::string& optional1, const std::string& birth, char sex,
                       const std::string& expiry, const std::string& nationality,
                       const std::string& optional2, const std::string& names)
{
    std::string line1 = code + state;
    if (number.size() > 9) {
        line1 +=
            number.substr(0, 9) + "<" + pad(number.substr(9) + digit(number) + "<" + optional1, 15);
    } else {
        line1 += pad(number, 9) + digit(pad(number, 9)) + pad(optional1, 15);
    }
    std::string line2 =
        birth + digit(birth) + sex + expiry + digit(expiry) + nationality + pad(optional2, 11);
    const std::string composite =
        line1.substr(5, 25) + line2.substr(0, 7) + line2.substr(8, 7) + line2.substr(18, 11);
    line2 += digit(composite);
    return line1 + "\n" + line2 + "\n" + pad(names, 30);
}

inline std::string td3(const std::string& state, const std::string& names,
                       const std::string& number, const std::string& nationality,
                       const std::string& birth, char sex, const std::string& expiry,
                       const std::string& optional, bool fillerCheck = false)
{
    const std::string line1 = pad("P<" + state + names, 44);
    const std::string opt = pad(optional, 14);
    const char optCheck = fillerCheck ? '<' : digit(opt);
    std::string line2 = pad(number, 9) + digit(pad(number, 9)) + nationality + birth +
                        digit(birth) + sex + expiry + digit(expiry) + opt + optCheck;
    line2 += digit(line2.substr(0, 10) + line2.substr(13, 7) + line2.substr(21, 22));
    return line1 + "\n" + line2;
}

// French national ID card 1988-2021 (REFERENCE.md): number = issue YYMM + office + 5 digits.
inline std::string frenchId1988(const std::string& surname, const std::string& admin,
                                const std::string& number, const std::string& givenNames,
                                const std::string& birth, char sex)
{
    const std::string line1 = "IDFRA" + pad(surname, 25) + pad(admin, 6);
    std::string line2 = number + digit(number) + pad(givenNames, 14) + birth + digit(birth) + sex;
    line2 += digit(line1 + line2);
    return line1 + "\n" + line2;
}

// A check digit as the model sees it: the characters it covers, where it sits, and whether
// a filler may stand for it when everything it covers is fillers (TD3 personal number).
struct Range {
    int line;
    int start;
    int length;
};
struct CheckModel {
    std::vector<Range> covered;
    int line;
    int position;
    bool fillerWhenEmpty = false;
};

inline bool checkPasses(const std::vector<std::string>& lines, const CheckModel& check)
{
    std::string data;
    for (const Range& range : check.covered) {
        data += lines[static_cast<std::size_t>(range.line)].substr(
            static_cast<std::size_t>(range.start), static_cast<std::size_t>(range.length));
    }
    const char found =
        lines[static_cast<std::size_t>(check.line)][static_cast<std::size_t>(check.position)];
    if (found == '<' && check.fillerWhenEmpty) {
        return data.find_first_not_of('<') == std::string::npos;
    }
    return found >= '0' && found <= '9' && found == digit(data);
}

// The checks of a valid MRZ's layout (0-based positions from REFERENCE.md).
inline std::vector<CheckModel> checksOf(guichet::MrzFormat format,
                                        const std::vector<std::string>& lines)
{
    using guichet::MrzFormat;
    switch (format) {
    case MrzFormat::Td1: {
        std::vector<CheckModel> checks;
        if (lines[0][14] == '<') {
            const std::size_t end = lines[0].find('<', 15);
            const int rest = static_cast<int>((end == std::string::npos ? 30 : end) - 15) - 1;
            checks.push_back({{{0, 5, 9}, {0, 15, rest}}, 0, 15 + rest});
        } else {
            checks.push_back({{{0, 5, 9}}, 0, 14});
        }
        checks.push_back({{{1, 0, 6}}, 1, 6});
        checks.push_back({{{1, 8, 6}}, 1, 14});
        checks.push_back({{{0, 5, 25}, {1, 0, 7}, {1, 8, 7}, {1, 18, 11}}, 1, 29});
        return checks;
    }
    case MrzFormat::Td2:
        return {{{{1, 0, 9}}, 1, 9},
                {{{1, 13, 6}}, 1, 19},
                {{{1, 21, 6}}, 1, 27},
                {{{1, 0, 10}, {1, 13, 7}, {1, 21, 14}}, 1, 35}};
    case MrzFormat::Td3:
        return {{{{1, 0, 9}}, 1, 9},
                {{{1, 13, 6}}, 1, 19},
                {{{1, 21, 6}}, 1, 27},
                {{{1, 28, 14}}, 1, 42, true},
                {{{1, 0, 10}, {1, 13, 7}, {1, 21, 22}}, 1, 43}};
    case MrzFormat::FrenchId1988:
        return {{{{1, 0, 12}}, 1, 12}, {{{1, 27, 6}}, 1, 33}, {{{0, 0, 36}, {1, 0, 35}}, 1, 35}};
    case MrzFormat::Unknown:
        break;
    }
    return {};
}

inline std::vector<std::string> splitLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        lines.push_back(
            text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    return lines;
}

struct Vector {
    const char* name;
    std::string text;
    guichet::MrzFormat format;
    QDate reference; // a date on which the document is valid
};

inline std::vector<Vector> validVectors()
{
    using guichet::MrzFormat;
    return {
        {"td3-specimen", kTd3Specimen, MrzFormat::Td3, QDate(2010, 6, 1)},
        {"td3-filler-check",
         td3("D<<", "MUSTERMANN<<ERIKA", "C01X00T47", "D<<", "640812", 'F', "270630", "", true),
         MrzFormat::Td3, QDate(2024, 1, 15)},
        {"td1-specimen", kTd1Specimen, MrzFormat::Td1, QDate(2010, 6, 1)},
        {"td1-long-number",
         td1("I<", "UTO", "D23145890734", "", "740812", 'F', "120415", "UTO", "",
             "ERIKSSON<<ANNA<MARIA"),
         MrzFormat::Td1, QDate(2010, 6, 1)},
        {"td1-fr-2021",
         td1("ID", "FRA", "X4RTBPFW4", "", "900101", 'F', "310101", "FRA", "",
             "MARTIN<<MARIE<ELODIE"),
         MrzFormat::Td1, QDate(2024, 3, 1)},
        {"td1-residence-permit",
         td1("IR", "FRA", "AB1234567", "", "850214", 'M', "290630", "MAR", "",
             "EL<AMRANI<<YOUSSEF"),
         MrzFormat::Td1, QDate(2025, 9, 1)},
        {"td2-specimen", kTd2Specimen, MrzFormat::Td2, QDate(2010, 6, 1)},
        {"fr-1988-specimen", kFrenchSpecimen, MrzFormat::FrenchId1988, QDate(2010, 6, 1)},
        {"fr-1988-built",
         frenchId1988("DUPONT<DE<LA<TOUR", "750123", "051275012345", "JEAN<<PIERRE", "701231", 'M'),
         MrzFormat::FrenchId1988, QDate(2015, 1, 1)},
    };
}

} // namespace mrztest
