#pragma once

#include "identity/Mrz.h"

#include <QDate>
#include <QLatin1StringView>
#include <QString>
#include <array>
#include <span>

namespace guichet {

// Where a field sits in the MRZ (0-based line and start).
struct MrzFieldSpan {
    MrzField field = MrzField::Structure;
    std::uint8_t line = 0;
    std::uint8_t start = 0;
    std::uint8_t length = 0;
};

// What MrzParser read: the normalised lines, each field (name, raw characters, interpreted
// value) and every problem. Fixed-size storage, no heap: parsing a million MRZs a second is
// a requirement (issue 3, "Performance"); the strings for display are built on demand.
class MrzResult {
    Q_DECLARE_TR_FUNCTIONS(MrzResult)
public:
    static constexpr int kMaxChars = 96;
    static constexpr int kMaxLines = 8;
    static constexpr int kMaxFields = 20;
    static constexpr int kMaxProblems = 24;
    static constexpr int kMaxNumber = 24;

    MrzFormat format() const { return m_format; }
    // No error: every check digit matches, every field reads, the document is not expired.
    bool valid() const { return m_errorCount == 0; }
    int errorCount() const { return m_errorCount; }

    // The text as read: capitals, without spaces or blank lines.
    int lineCount() const { return m_lineCount; }
    QLatin1StringView line(int index) const;
    QString text() const; // lines joined with '\n'

    std::span<const MrzFieldSpan> fields() const { return {m_fields.data(), m_fieldCount}; }
    bool has(MrzField field) const { return span(field) != nullptr; }
    // The characters of the field as printed (fillers included). The document number is the
    // whole number, including the part continued in the optional data (ICAO 9303 part 5).
    QLatin1StringView raw(MrzField field) const;
    // The value for people: dates in ISO form, names with spaces, codes without fillers.
    QString interpreted(MrzField field) const;

    std::span<const MrzProblem> problems() const { return {m_problems.data(), m_problemCount}; }
    bool hasProblem(MrzField field) const;
    bool hasProblem(MrzProblemCode code) const;

    // Interpreted values, for comparison and rules.
    QString documentCode() const { return withoutFillers(MrzField::DocumentCode); }
    QString issuingState() const { return withoutFillers(MrzField::IssuingState); }
    QString nationality() const { return withoutFillers(MrzField::Nationality); }
    QString documentNumber() const { return withoutFillers(MrzField::DocumentNumber); }
    QString optionalData() const { return withoutFillers(MrzField::OptionalData); }
    QString surnames() const { return names(MrzField::Surnames); }
    QString givenNames() const { return names(MrzField::GivenNames); }
    // Names that fill their zone to the last position may have been cut (ICAO 9303 part 3).
    bool namesMayBeTruncated() const { return m_namesFull; }
    QDate birthDate() const { return m_birth; }
    QDate expiryDate() const { return m_expiry; }
    QDate issueDate() const { return m_issue; } // French 1988 card: first day of the month
    MrzSex sex() const { return m_sex; }

private:
    friend class MrzReader;

    const MrzFieldSpan* span(MrzField field) const;
    QString withoutFillers(MrzField field) const;
    QString names(MrzField field) const;
    QString dateText(MrzField field, QDate date) const;

    MrzFormat m_format = MrzFormat::Unknown;
    std::uint8_t m_lineCount = 0;
    std::uint8_t m_fieldCount = 0;
    std::uint8_t m_problemCount = 0;
    std::uint8_t m_errorCount = 0;
    std::uint8_t m_numberLength = 0;
    MrzSex m_sex = MrzSex::Unknown;
    bool m_namesFull = false;
    std::array<std::uint8_t, kMaxLines> m_lineStart{};
    std::array<std::uint8_t, kMaxLines> m_lineLength{};
    std::array<char, kMaxChars> m_text{};
    std::array<char, kMaxNumber> m_number{};
    std::array<MrzFieldSpan, kMaxFields> m_fields{};
    std::array<MrzProblem, kMaxProblems> m_problems{};
    QDate m_birth;
    QDate m_expiry;
    QDate m_issue;
};

} // namespace guichet
