// The positions of each layout (REFERENCE.md, "ICAO 9303 machine-readable zone"; ICAO 9303
// part 4 for TD3, part 5 for TD1, part 6 for TD2). Positions in the code are 0-based; the
// comments give the 1-based positions of the standard.
#include "identity/MrzReader.h"

namespace guichet {

void MrzReader::readTd1()
{
    // Line 1: 1-2 code, 3-5 state, 6-14 number, 15 check, 16-30 optional.
    readDocumentCode(0);
    readCode(MrzField::IssuingState, 0, 2, 3);
    readNumber(0, 5, 14, 15, 30);
    // Line 2: 1-6 birth, 7 check, 8 sex, 9-14 expiry, 15 check, 16-18 nationality,
    // 19-29 optional, 30 composite.
    m_result.m_birth = readDate(MrzField::BirthDate, 1, 0, DateKind::Birth);
    verifyCheck(MrzField::BirthDateCheck, 1, 6, {{1, 0, 6}});
    readSex(1, 7);
    m_result.m_expiry = readDate(MrzField::ExpiryDate, 1, 8, DateKind::Expiry);
    verifyCheck(MrzField::ExpiryDateCheck, 1, 14, {{1, 8, 6}});
    readCode(MrzField::Nationality, 1, 15, 3);
    addField(MrzField::OptionalData2, 1, 18, 11);
    expectCharacters(MrzField::OptionalData2, 1, 18, 11, CharClass::Any);
    // Composite over line 1 6-30 and line 2 1-7, 9-15, 19-29.
    verifyCheck(MrzField::CompositeCheck, 1, 29, {{0, 5, 25}, {1, 0, 7}, {1, 8, 7}, {1, 18, 11}});
    // Line 3: name.
    readIcaoNames(2, 0, 30);
}

void MrzReader::readTd2()
{
    // Line 1: 1-2 code, 3-5 state, 6-36 name.
    readDocumentCode(0);
    readCode(MrzField::IssuingState, 0, 2, 3);
    readIcaoNames(0, 5, 31);
    // Line 2: 1-9 number, 10 check, 11-13 nationality, 14-19 birth, 20 check, 21 sex,
    // 22-27 expiry, 28 check, 29-35 optional, 36 composite over 1-10, 14-20, 22-35.
    readNumber(1, 0, 9, 28, 35);
    readCode(MrzField::Nationality, 1, 10, 3);
    m_result.m_birth = readDate(MrzField::BirthDate, 1, 13, DateKind::Birth);
    verifyCheck(MrzField::BirthDateCheck, 1, 19, {{1, 13, 6}});
    readSex(1, 20);
    m_result.m_expiry = readDate(MrzField::ExpiryDate, 1, 21, DateKind::Expiry);
    verifyCheck(MrzField::ExpiryDateCheck, 1, 27, {{1, 21, 6}});
    verifyCheck(MrzField::CompositeCheck, 1, 35, {{1, 0, 10}, {1, 13, 7}, {1, 21, 14}});
}

void MrzReader::readTd3()
{
    // Line 1: 1-2 code (P), 3-5 state, 6-44 name.
    readDocumentCode(0);
    readCode(MrzField::IssuingState, 0, 2, 3);
    readIcaoNames(0, 5, 39);
    // Line 2: 1-9 number, 10 check, 11-13 nationality, 14-19 birth, 20 check, 21 sex,
    // 22-27 expiry, 28 check, 29-42 optional, 43 check, 44 composite over 1-10, 14-20, 22-43.
    addField(MrzField::DocumentNumber, 1, 0, 9);
    expectCharacters(MrzField::DocumentNumber, 1, 0, 9, CharClass::Any);
    setNumber({{1, 0, 9}});
    verifyCheck(MrzField::DocumentNumberCheck, 1, 9, {{1, 0, 9}});
    readCode(MrzField::Nationality, 1, 10, 3);
    m_result.m_birth = readDate(MrzField::BirthDate, 1, 13, DateKind::Birth);
    verifyCheck(MrzField::BirthDateCheck, 1, 19, {{1, 13, 6}});
    readSex(1, 20);
    m_result.m_expiry = readDate(MrzField::ExpiryDate, 1, 21, DateKind::Expiry);
    verifyCheck(MrzField::ExpiryDateCheck, 1, 27, {{1, 21, 6}});
    addField(MrzField::OptionalData, 1, 28, 14);
    expectCharacters(MrzField::OptionalData, 1, 28, 14, CharClass::Any);
    verifyCheck(MrzField::OptionalDataCheck, 1, 42, {{1, 28, 14}}, true);
    verifyCheck(MrzField::CompositeCheck, 1, 43, {{1, 0, 10}, {1, 13, 7}, {1, 21, 22}});
}

void MrzReader::readFrenchId1988()
{
    // Line 1: 1-2 ID, 3-5 FRA, 6-30 surname, 31-36 administrative code.
    readDocumentCode(0);
    readCode(MrzField::IssuingState, 0, 2, 3);
    readNameZone(MrzField::Surnames, 0, 5, 25);
    addField(MrzField::AdministrativeCode, 0, 30, 6);
    expectCharacters(MrzField::AdministrativeCode, 0, 30, 6, CharClass::Any);
    // Line 2: 1-12 number (issue YYMM, 3-character office, 5 digits), 13 check, 14-27 given
    // names, 28-33 birth, 34 check, 35 sex, 36 composite over line 1 and line 2 1-35.
    addField(MrzField::DocumentNumber, 1, 0, 12);
    setNumber({{1, 0, 12}});
    addField(MrzField::IssueDate, 1, 0, 4);
    if (expectCharacters(MrzField::IssueDate, 1, 0, 4, CharClass::Digits)) {
        const int yy = (at(1, 0) - '0') * 10 + (at(1, 1) - '0');
        const int mm = (at(1, 2) - '0') * 10 + (at(1, 3) - '0');
        // This layout was issued from 1988 to 2021: the century follows.
        const QDate issue(yy >= 88 ? 1900 + yy : 2000 + yy, mm, 1);
        if (!issue.isValid()) {
            report(MrzProblemCode::InvalidDate, MrzField::IssueDate, 2, 1);
        } else if (issue.year() > 2021 || issue > m_options.referenceDate) {
            report(MrzProblemCode::IssueDateOutOfRange, MrzField::IssueDate, 2, 1);
        } else {
            m_result.m_issue = issue;
        }
    }
    addField(MrzField::IssuingOffice, 1, 4, 3);
    expectCharacters(MrzField::IssuingOffice, 1, 4, 3, CharClass::Any);
    expectCharacters(MrzField::DocumentNumber, 1, 7, 5, CharClass::Digits);
    verifyCheck(MrzField::DocumentNumberCheck, 1, 12, {{1, 0, 12}});
    readNameZone(MrzField::GivenNames, 1, 13, 14);
    m_result.m_birth = readDate(MrzField::BirthDate, 1, 27, DateKind::Birth);
    verifyCheck(MrzField::BirthDateCheck, 1, 33, {{1, 27, 6}});
    readSex(1, 34);
    verifyCheck(MrzField::CompositeCheck, 1, 35, {{0, 0, 36}, {1, 0, 35}});
}

void MrzReader::readNumber(int line, int start, int checkPosition, int optionalStart,
                           int optionalEnd)
{
    addField(MrzField::DocumentNumber, line, start, 9);
    expectCharacters(MrzField::DocumentNumber, line, start, 9, CharClass::Any);
    if (at(line, checkPosition) != '<') {
        setNumber({{line, start, 9}});
        verifyCheck(MrzField::DocumentNumberCheck, line, checkPosition, {{line, start, 9}});
        addField(MrzField::OptionalData, line, optionalStart, optionalEnd - optionalStart);
        expectCharacters(MrzField::OptionalData, line, optionalStart, optionalEnd - optionalStart,
                         CharClass::Any);
        return;
    }
    // ICAO 9303 part 5, 4.2.2 note j (part 6 likewise for TD2): a number longer than 9
    // characters puts a filler in the check digit position and continues at the start of the
    // optional data, followed by its check digit (over the whole number) and a filler.
    int end = optionalStart;
    while (end < optionalEnd && at(line, end) != '<') {
        ++end;
    }
    const int continuation = end - optionalStart; // the rest of the number + its check digit
    bool principalFull = true;
    for (int i = start; i < start + 9; ++i) {
        principalFull = principalFull && at(line, i) != '<';
    }
    expectCharacters(MrzField::OptionalData, line, optionalStart, optionalEnd - optionalStart,
                     CharClass::Any);
    if (continuation < 2 || !principalFull) {
        setNumber({{line, start, 9}});
        addField(MrzField::DocumentNumberCheck, line, checkPosition, 1);
        report(MrzProblemCode::LongNumberMalformed, MrzField::DocumentNumberCheck, line + 1,
               checkPosition + 1, u'<');
        addField(MrzField::OptionalData, line, optionalStart, optionalEnd - optionalStart);
        return;
    }
    setNumber({{line, start, 9}, {line, optionalStart, continuation - 1}});
    verifyCheck(MrzField::DocumentNumberCheck, line, end - 1,
                {{line, start, 9}, {line, optionalStart, continuation - 1}});
    addField(MrzField::OptionalData, line, end, optionalEnd - end);
}

} // namespace guichet
