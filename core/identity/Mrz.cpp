#include "identity/Mrz.h"

namespace guichet {
namespace {

struct FieldText {
    MrzField field;
    const char16_t* key;
    const char* name;
};

// Keys are stable (JSON); names are for people, translated in the MrzProblem context.
constexpr FieldText kFields[] = {
    {MrzField::Structure, u"structure", QT_TRANSLATE_NOOP("MrzProblem", "MRZ layout")},
    {MrzField::DocumentCode, u"documentCode", QT_TRANSLATE_NOOP("MrzProblem", "document code")},
    {MrzField::IssuingState, u"issuingState", QT_TRANSLATE_NOOP("MrzProblem", "issuing state")},
    {MrzField::Surnames, u"surnames", QT_TRANSLATE_NOOP("MrzProblem", "surnames")},
    {MrzField::GivenNames, u"givenNames", QT_TRANSLATE_NOOP("MrzProblem", "given names")},
    {MrzField::DocumentNumber, u"documentNumber",
     QT_TRANSLATE_NOOP("MrzProblem", "document number")},
    {MrzField::DocumentNumberCheck, u"documentNumberCheck",
     QT_TRANSLATE_NOOP("MrzProblem", "document number check digit")},
    {MrzField::Nationality, u"nationality", QT_TRANSLATE_NOOP("MrzProblem", "nationality")},
    {MrzField::BirthDate, u"birthDate", QT_TRANSLATE_NOOP("MrzProblem", "date of birth")},
    {MrzField::BirthDateCheck, u"birthDateCheck",
     QT_TRANSLATE_NOOP("MrzProblem", "date of birth check digit")},
    {MrzField::Sex, u"sex", QT_TRANSLATE_NOOP("MrzProblem", "sex")},
    {MrzField::ExpiryDate, u"expiryDate", QT_TRANSLATE_NOOP("MrzProblem", "expiry date")},
    {MrzField::ExpiryDateCheck, u"expiryDateCheck",
     QT_TRANSLATE_NOOP("MrzProblem", "expiry date check digit")},
    {MrzField::OptionalData, u"optionalData", QT_TRANSLATE_NOOP("MrzProblem", "optional data")},
    {MrzField::OptionalDataCheck, u"optionalDataCheck",
     QT_TRANSLATE_NOOP("MrzProblem", "optional data check digit")},
    {MrzField::OptionalData2, u"optionalData2",
     QT_TRANSLATE_NOOP("MrzProblem", "optional data (line 2)")},
    {MrzField::CompositeCheck, u"compositeCheck",
     QT_TRANSLATE_NOOP("MrzProblem", "composite check digit")},
    {MrzField::AdministrativeCode, u"administrativeCode",
     QT_TRANSLATE_NOOP("MrzProblem", "administrative code")},
    {MrzField::IssueDate, u"issueDate", QT_TRANSLATE_NOOP("MrzProblem", "issue month")},
    {MrzField::IssuingOffice, u"issuingOffice", QT_TRANSLATE_NOOP("MrzProblem", "issuing office")},
};
static_assert(std::size(kFields) == kMrzFieldCount);

const FieldText& fieldText(MrzField field)
{
    return kFields[static_cast<std::size_t>(field)];
}

struct ProblemKey {
    MrzProblemCode code;
    const char16_t* key;
};
constexpr ProblemKey kProblemKeys[] = {
    {MrzProblemCode::LowerCase, u"lower-case"},
    {MrzProblemCode::SpacesIgnored, u"spaces-ignored"},
    {MrzProblemCode::LinesJoined, u"lines-joined"},
    {MrzProblemCode::DateUnknownPart, u"date-unknown-part"},
    {MrzProblemCode::NameMayBeTruncated, u"name-may-be-truncated"},
    {MrzProblemCode::SexX, u"sex-x"},
    {MrzProblemCode::Empty, u"empty"},
    {MrzProblemCode::LineCount, u"line-count"},
    {MrzProblemCode::LineLength, u"line-length"},
    {MrzProblemCode::FormatMismatch, u"format-mismatch"},
    {MrzProblemCode::InvalidCharacter, u"invalid-character"},
    {MrzProblemCode::NotADigit, u"not-a-digit"},
    {MrzProblemCode::NotALetter, u"not-a-letter"},
    {MrzProblemCode::BadDocumentCode, u"bad-document-code"},
    {MrzProblemCode::CheckDigitNotADigit, u"check-digit-not-a-digit"},
    {MrzProblemCode::CheckDigitMismatch, u"check-digit-mismatch"},
    {MrzProblemCode::InvalidDate, u"invalid-date"},
    {MrzProblemCode::ExpiryBeforeBirth, u"expiry-before-birth"},
    {MrzProblemCode::IssueBeforeBirth, u"issue-before-birth"},
    {MrzProblemCode::Expired, u"expired"},
    {MrzProblemCode::BadSex, u"bad-sex"},
    {MrzProblemCode::NameMissing, u"name-missing"},
    {MrzProblemCode::LongNumberMalformed, u"long-number-malformed"},
    {MrzProblemCode::IssueDateOutOfRange, u"issue-date-out-of-range"},
    {MrzProblemCode::TooManyProblems, u"too-many-problems"},
};
static_assert(std::size(kProblemKeys) ==
              static_cast<std::size_t>(MrzProblemCode::TooManyProblems) + 1);

struct Shape {
    int lines;
    int length;
};

Shape shapeOf(MrzFormat format)
{
    switch (format) {
    case MrzFormat::Td1:
        return {3, 30};
    case MrzFormat::Td3:
        return {2, 44};
    default:
        return {2, 36};
    }
}

QString character(char16_t c)
{
    if (c == 0) {
        return MrzProblem::tr("an unreadable character");
    }
    return QStringLiteral("\"%1\"").arg(QChar(c));
}

} // namespace

QString mrzFormatKey(MrzFormat format)
{
    switch (format) {
    case MrzFormat::Td1:
        return QStringLiteral("td1");
    case MrzFormat::Td2:
        return QStringLiteral("td2");
    case MrzFormat::Td3:
        return QStringLiteral("td3");
    case MrzFormat::FrenchId1988:
        return QStringLiteral("fr-cni-1988");
    case MrzFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

MrzFormat mrzFormatFromKey(QStringView key)
{
    for (MrzFormat format :
         {MrzFormat::Td1, MrzFormat::Td2, MrzFormat::Td3, MrzFormat::FrenchId1988}) {
        if (key == mrzFormatKey(format)) {
            return format;
        }
    }
    return MrzFormat::Unknown;
}

QString mrzFormatName(MrzFormat format)
{
    switch (format) {
    case MrzFormat::Td1:
        return MrzProblem::tr("ICAO TD1 (ID card, 3 lines of 30)");
    case MrzFormat::Td2:
        return MrzProblem::tr("ICAO TD2 (2 lines of 36)");
    case MrzFormat::Td3:
        return MrzProblem::tr("ICAO TD3 (passport, 2 lines of 44)");
    case MrzFormat::FrenchId1988:
        return MrzProblem::tr("French ID card 1988-2021 (2 lines of 36)");
    case MrzFormat::Unknown:
        break;
    }
    return MrzProblem::tr("unknown layout");
}

QString mrzFieldKey(MrzField field)
{
    return QString::fromUtf16(fieldText(field).key);
}

QString mrzFieldName(MrzField field)
{
    return MrzProblem::tr(fieldText(field).name);
}

QString mrzProblemKey(MrzProblemCode code)
{
    return QString::fromUtf16(kProblemKeys[static_cast<std::size_t>(code)].key);
}

MrzField mrzCheckedField(MrzField checkDigit)
{
    switch (checkDigit) {
    case MrzField::DocumentNumberCheck:
        return MrzField::DocumentNumber;
    case MrzField::BirthDateCheck:
        return MrzField::BirthDate;
    case MrzField::ExpiryDateCheck:
        return MrzField::ExpiryDate;
    case MrzField::OptionalDataCheck:
        return MrzField::OptionalData;
    default:
        return checkDigit;
    }
}

QString MrzProblem::message() const
{
    const QString where = tr("Line %1, position %2 (%3)")
                              .arg(static_cast<int>(line))
                              .arg(static_cast<int>(position))
                              .arg(mrzFieldName(field));
    QString suggestion;
    if (hint != 0) {
        suggestion = hintLine == line && hintPosition == position
                         ? tr(" Did you mean \"%1\"?").arg(QChar(hint))
                         : tr(" Perhaps line %1, position %2 should read \"%3\"; check the "
                              "document.")
                               .arg(static_cast<int>(hintLine))
                               .arg(static_cast<int>(hintPosition))
                               .arg(QChar(hint));
    }
    const Shape shape = shapeOf(format);
    switch (code) {
    case MrzProblemCode::LowerCase:
        return tr("Lower-case letters were read as capitals.");
    case MrzProblemCode::SpacesIgnored:
        return tr("Spaces inside the lines were ignored.");
    case MrzProblemCode::LinesJoined:
        return tr("The MRZ was given as one line of %1 characters; it was read as %2 lines of "
                  "%3: %4.")
            .arg(static_cast<int>(found))
            .arg(static_cast<int>(expected))
            .arg(shape.length)
            .arg(mrzFormatName(format));
    case MrzProblemCode::DateUnknownPart:
        return tr("%1: the date is wholly or partly unknown (fillers instead of digits); check "
                  "the visual zone.")
            .arg(where);
    case MrzProblemCode::NameMayBeTruncated:
        return tr("The names fill the whole zone and may have been truncated; compare them with "
                  "the visual zone.");
    case MrzProblemCode::SexX:
        return tr("%1: X is written in the visual zone; ICAO 9303 writes < in the MRZ for an "
                  "unspecified sex. Check the visual zone.")
            .arg(where);
    case MrzProblemCode::Empty:
        return tr("No MRZ text was given.");
    case MrzProblemCode::LineCount:
        return tr("%n line(s) read, but %1 has %2 lines. Check that no line is missing or added.",
                  nullptr, static_cast<int>(found))
            .arg(mrzFormatName(format))
            .arg(static_cast<int>(expected));
    case MrzProblemCode::LineLength:
        return (found < expected ? tr("Line %1 has %2 characters instead of %3 for %4: a "
                                      "character is missing or was not read.")
                                 : tr("Line %1 has %2 characters instead of %3 for %4: a "
                                      "character was added or read twice."))
            .arg(static_cast<int>(line))
            .arg(static_cast<int>(found))
            .arg(static_cast<int>(expected))
            .arg(mrzFormatName(format));
    case MrzProblemCode::FormatMismatch:
        return tr("The MRZ has the layout %1, but the selected document type uses %2.")
            .arg(mrzFormatName(static_cast<MrzFormat>(hint)), mrzFormatName(format));
    case MrzProblemCode::InvalidCharacter:
        return tr("%1: %2 is not an MRZ character (only A-Z, 0-9 and <).%3")
            .arg(where, character(found), suggestion);
    case MrzProblemCode::NotADigit:
        return tr("%1: %2 must be a digit.%3").arg(where, character(found), suggestion);
    case MrzProblemCode::NotALetter:
        return tr("%1: %2 must be a letter or <.%3").arg(where, character(found), suggestion);
    case MrzProblemCode::BadDocumentCode:
        return tr("The document code starts with %1; %2 must start with %3.")
            .arg(character(found), mrzFormatName(format),
                 format == MrzFormat::Td3            ? QStringLiteral("P")
                 : format == MrzFormat::FrenchId1988 ? QStringLiteral("ID")
                                                     : tr("A, C or I"));
    case MrzProblemCode::CheckDigitNotADigit:
        return tr("%1: the check digit is %2, not a digit (the data gives %3).%4")
            .arg(where, character(found), QString(QChar(expected)), suggestion);
    case MrzProblemCode::CheckDigitMismatch:
        if (field == MrzField::CompositeCheck) {
            return tr("%1: the composite check digit is %2 but the data it covers gives %3: a "
                      "character is wrong somewhere in the zones it covers.%4")
                .arg(where, QString(QChar(found)), QString(QChar(expected)), suggestion);
        }
        return tr("%1: the check digit is %2 but the %3 gives %4: a character of the %3 or the "
                  "check digit is wrong.%5")
            .arg(where, QString(QChar(found)), mrzFieldName(mrzCheckedField(field)),
                 QString(QChar(expected)), suggestion);
    case MrzProblemCode::InvalidDate:
        return tr("%1: not a valid date (YYMMDD).").arg(where);
    case MrzProblemCode::ExpiryBeforeBirth:
        return tr("%1: the expiry date is before the date of birth.").arg(where);
    case MrzProblemCode::IssueBeforeBirth:
        return tr("%1: the issue month in the document number is before the date of birth.")
            .arg(where);
    case MrzProblemCode::Expired:
        return tr("%1: the document has expired; it must be valid on the meeting date "
                  "(VAL-8.3.1-07).")
            .arg(where);
    case MrzProblemCode::BadSex:
        return tr("%1: %2 is not a sex code; the MRZ uses F, M or <.").arg(where, character(found));
    case MrzProblemCode::NameMissing:
        return tr("%1: the primary identifier (surname) is missing.").arg(where);
    case MrzProblemCode::LongNumberMalformed:
        return tr("%1: a filler here announces a document number longer than 9 characters, but "
                  "the optional data does not continue it with its check digit.")
            .arg(where);
    case MrzProblemCode::IssueDateOutOfRange:
        return tr("%1: the issue month (YYMM at the start of the number) must fall between 1988 "
                  "and 2021 and not after the reference date.")
            .arg(where);
    case MrzProblemCode::TooManyProblems:
        return tr("There are more problems; correct these first.");
    }
    return {};
}

} // namespace guichet
