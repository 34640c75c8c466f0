// The fields every layout shares: dates, sex, codes, names and the document number. Split
// from MrzReader.cpp, which turns the text into lines and checks characters and digits.
#include "identity/MrzReader.h"

#include <algorithm>

namespace guichet {

QDate MrzReader::readDate(MrzField field, int line, int start, DateKind kind)
{
    addField(field, line, start, 6);
    const auto pair = [&](int offset) {
        const char a = at(line, start + offset);
        const char b = at(line, start + offset + 1);
        if (a == '<' && b == '<') {
            return -2; // unknown (ICAO 9303 part 3: fillers for an unknown day or month)
        }
        return isDigit(a) && isDigit(b) ? (a - '0') * 10 + (b - '0') : -1;
    };
    const int yy = pair(0);
    const int mm = pair(2);
    const int dd = pair(4);
    if (yy == -1 || mm == -1 || dd == -1) {
        // Name each offending character, with a likely digit when there is one.
        for (int offset = 0; offset < 6; offset += 2) {
            if (pair(offset) == -1) {
                expectCharacters(field, line, start + offset, 2, CharClass::Digits);
            }
        }
        return {};
    }
    if (yy == -2 || mm == -2 || dd == -2) {
        report(MrzProblemCode::DateUnknownPart, field, line + 1, start + 1);
        return {};
    }
    // Two-digit years: a birth date is in the past, an expiry at most expiryWindowYears
    // after the reference date. Dates compare as YYYYMMDD numbers.
    int year = 2000 + yy;
    const int limit = kind == DateKind::Birth
                          ? m_referenceKey
                          : m_referenceKey + m_options.expiryWindowYears * 10000;
    if (year * 10000 + mm * 100 + dd > limit) {
        year -= 100;
    }
    const QDate date(year, mm, dd);
    if (!date.isValid()) {
        report(MrzProblemCode::InvalidDate, field, line + 1, start + 1);
        return {};
    }
    return date;
}

void MrzReader::checkDates()
{
    const QDate birth = m_result.m_birth;
    const QDate expiry = m_result.m_expiry;
    const MrzFieldSpan* expirySpan = m_result.span(MrzField::ExpiryDate);
    if (birth.isValid() && expiry.isValid() && expiry < birth && expirySpan != nullptr) {
        report(MrzProblemCode::ExpiryBeforeBirth, MrzField::ExpiryDate, expirySpan->line + 1,
               expirySpan->start + 1);
    } else if (expiry.isValid() && m_options.reportExpired && expiry < m_options.referenceDate &&
               expirySpan != nullptr) {
        // VAL-8.3.1-07: the document must be valid on the meeting date.
        report(MrzProblemCode::Expired, MrzField::ExpiryDate, expirySpan->line + 1,
               expirySpan->start + 1);
    }
    const QDate issue = m_result.m_issue;
    if (birth.isValid() && issue.isValid() && QDate(birth.year(), birth.month(), 1) > issue) {
        const MrzFieldSpan* issueSpan = m_result.span(MrzField::IssueDate);
        report(MrzProblemCode::IssueBeforeBirth, MrzField::IssueDate,
               issueSpan != nullptr ? issueSpan->line + 1 : 0,
               issueSpan != nullptr ? issueSpan->start + 1 : 0);
    }
}

void MrzReader::readSex(int line, int position)
{
    addField(MrzField::Sex, line, position, 1);
    switch (at(line, position)) {
    case 'F':
        m_result.m_sex = MrzSex::Female;
        return;
    case 'M':
        m_result.m_sex = MrzSex::Male;
        return;
    case '<':
        m_result.m_sex = MrzSex::Unspecified;
        return;
    case 'X':
        // ICAO 9303 part 3 writes X in the visual zone and < in the MRZ; some states print X.
        m_result.m_sex = MrzSex::Unspecified;
        report(MrzProblemCode::SexX, MrzField::Sex, line + 1, position + 1, u'X');
        return;
    default:
        if (at(line, position) == kUnreadable) {
            expectCharacters(MrzField::Sex, line, position, 1, CharClass::Any);
        } else {
            report(MrzProblemCode::BadSex, MrzField::Sex, line + 1, position + 1,
                   static_cast<char16_t>(at(line, position)));
        }
    }
}

// Issuing state and nationality: three letters, short codes padded with fillers ("D<<").
void MrzReader::readCode(MrzField field, int line, int start, int length)
{
    addField(field, line, start, length);
    expectCharacters(field, line, start, length, CharClass::Letters);
}

void MrzReader::readDocumentCode(int line)
{
    addField(MrzField::DocumentCode, line, 0, 2);
    if (!expectCharacters(MrzField::DocumentCode, line, 0, 2, CharClass::Letters)) {
        return;
    }
    const char first = at(line, 0);
    bool ok = false;
    switch (m_result.m_format) {
    case MrzFormat::Td3:
        ok = first == 'P'; // ICAO 9303 part 4, 4.2.2
        break;
    case MrzFormat::Td1:
    case MrzFormat::Td2:
        ok = first == 'I' || first == 'A' || first == 'C'; // parts 5 and 6, 4.2.2
        break;
    case MrzFormat::FrenchId1988:
        ok = first == 'I' && at(line, 1) == 'D';
        break;
    case MrzFormat::Unknown:
        break;
    }
    if (!ok) {
        MrzProblem problem;
        problem.code = MrzProblemCode::BadDocumentCode;
        problem.field = MrzField::DocumentCode;
        problem.line = static_cast<std::uint8_t>(line + 1);
        problem.position = 1;
        problem.found = static_cast<char16_t>(first);
        problem.format = m_result.m_format;
        report(problem);
    }
}

// ICAO name zone: PRIMARY<<SECONDARY<NAMES, fillers at the end (ICAO 9303 part 3, 4.6).
void MrzReader::readIcaoNames(int line, int start, int length)
{
    expectCharacters(MrzField::Surnames, line, start, length, CharClass::Letters);
    const int end = start + length;
    int split = end;
    for (int i = start; i + 1 < end; ++i) {
        if (at(line, i) == '<' && at(line, i + 1) == '<') {
            split = i;
            break;
        }
    }
    int last = end;
    while (last > start && at(line, last - 1) == '<') {
        --last;
    }
    addField(MrzField::Surnames, line, start, split - start);
    const int given = std::min(split + 2, end);
    addField(MrzField::GivenNames, line, given, std::max(0, last - given));
    if (split == start) {
        report(MrzProblemCode::NameMissing, MrzField::Surnames, line + 1, start + 1);
    }
    if (at(line, end - 1) != '<') {
        m_result.m_namesFull = true;
        report(MrzProblemCode::NameMayBeTruncated,
               split >= end ? MrzField::Surnames : MrzField::GivenNames, line + 1, end);
    }
}

// A zone holding one kind of name (French 1988 card): fillers separate the names.
void MrzReader::readNameZone(MrzField field, int line, int start, int length)
{
    int last = start + length;
    while (last > start && at(line, last - 1) == '<') {
        --last;
    }
    addField(field, line, start, last - start);
    expectCharacters(field, line, start, length, CharClass::Letters);
    if (field == MrzField::Surnames && last == start) {
        report(MrzProblemCode::NameMissing, field, line + 1, start + 1);
    }
    if (last == start + length) {
        m_result.m_namesFull = true;
        report(MrzProblemCode::NameMayBeTruncated, field, line + 1, start + length);
    }
}

void MrzReader::setNumber(std::initializer_list<Range> parts)
{
    int length = 0;
    for (const Range& part : parts) {
        for (int i = 0; i < part.length && length < MrzResult::kMaxNumber; ++i) {
            m_result.m_number[static_cast<std::size_t>(length++)] = at(part.line, part.start + i);
        }
    }
    m_result.m_numberLength = static_cast<std::uint8_t>(length);
}

} // namespace guichet
