#include "identity/MrzParser.h"

#include "MrzTestVectors.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace guichet;
using namespace mrztest;

namespace {

MrzResult parse(const std::string& text, QDate reference = QDate(2010, 6, 1))
{
    MrzParser::Options options;
    options.referenceDate = reference;
    return MrzParser::parse(QString::fromStdString(text), options);
}

MrzResult parse(const QString& text, QDate reference = QDate(2010, 6, 1))
{
    MrzParser::Options options;
    options.referenceDate = reference;
    return MrzParser::parse(text, options);
}

std::string describe(const MrzResult& result)
{
    std::string text;
    for (const MrzProblem& problem : result.problems()) {
        text += mrzProblemKey(problem.code).toStdString() + " [" +
                mrzFieldKey(problem.field).toStdString() + "]: " + problem.message().toStdString() +
                "\n";
    }
    return text;
}

const MrzProblem* find(const MrzResult& result, MrzProblemCode code)
{
    const auto problems = result.problems();
    const auto it = std::find_if(problems.begin(), problems.end(),
                                 [&](const MrzProblem& p) { return p.code == code; });
    return it == problems.end() ? nullptr : &*it;
}

// Replaces one character (1-based line and position) of an MRZ text.
std::string with(std::string text, int line, int position, char c)
{
    std::size_t index = 0;
    for (int i = 1; i < line; ++i) {
        index = text.find('\n', index) + 1;
    }
    text[index + static_cast<std::size_t>(position - 1)] = c;
    return text;
}

} // namespace

TEST(MrzParser, Td3SpecimenReadsEveryField)
{
    const MrzResult r = parse(kTd3Specimen);
    ASSERT_TRUE(r.valid()) << describe(r);
    EXPECT_EQ(r.format(), MrzFormat::Td3);
    EXPECT_EQ(r.documentCode(), QStringLiteral("P"));
    EXPECT_EQ(r.issuingState(), QStringLiteral("UTO"));
    EXPECT_EQ(r.surnames(), QStringLiteral("ERIKSSON"));
    EXPECT_EQ(r.givenNames(), QStringLiteral("ANNA MARIA"));
    EXPECT_EQ(r.documentNumber(), QStringLiteral("L898902C3"));
    EXPECT_EQ(r.nationality(), QStringLiteral("UTO"));
    EXPECT_EQ(r.birthDate(), QDate(1974, 8, 12));
    EXPECT_EQ(r.sex(), MrzSex::Female);
    EXPECT_EQ(r.expiryDate(), QDate(2012, 4, 15));
    EXPECT_EQ(r.optionalData(), QStringLiteral("ZE184226B"));
    EXPECT_EQ(r.raw(MrzField::Surnames), QLatin1StringView("ERIKSSON"));
    EXPECT_EQ(r.interpreted(MrzField::BirthDate), QStringLiteral("1974-08-12"));
    EXPECT_EQ(r.interpreted(MrzField::Sex), QStringLiteral("female"));
    EXPECT_EQ(r.interpreted(MrzField::CompositeCheck), QStringLiteral("matches"));
    EXPECT_EQ(r.fields().size(), 15u);
    EXPECT_TRUE(r.problems().empty()) << describe(r);
}

TEST(MrzParser, SpecimensExpireAgainstALaterReferenceDate)
{
    const MrzResult r = parse(kTd3Specimen, QDate(2026, 1, 10));
    EXPECT_FALSE(r.valid());
    const MrzProblem* expired = find(r, MrzProblemCode::Expired);
    ASSERT_NE(expired, nullptr) << describe(r);
    EXPECT_EQ(expired->field, MrzField::ExpiryDate);
    EXPECT_EQ(r.errorCount(), 1) << describe(r);
    EXPECT_TRUE(expired->message().contains(QStringLiteral("VAL-8.3.1-07")));
    // The expiry day itself is still valid (VAL-8.3.1-07: valid on the meeting date).
    EXPECT_TRUE(parse(kTd3Specimen, QDate(2012, 4, 15)).valid());
    MrzParser::Options lenient;
    lenient.referenceDate = QDate(2026, 1, 10);
    lenient.reportExpired = false;
    EXPECT_TRUE(MrzParser::parse(QString::fromStdString(kTd3Specimen), lenient).valid());
}

TEST(MrzParser, Td1Specimen)
{
    const MrzResult r = parse(kTd1Specimen);
    ASSERT_TRUE(r.valid()) << describe(r);
    EXPECT_EQ(r.format(), MrzFormat::Td1);
    EXPECT_EQ(r.documentCode(), QStringLiteral("I"));
    EXPECT_EQ(r.documentNumber(), QStringLiteral("D23145890"));
    EXPECT_EQ(r.birthDate(), QDate(1974, 8, 12));
    EXPECT_EQ(r.expiryDate(), QDate(2012, 4, 15));
    EXPECT_EQ(r.surnames(), QStringLiteral("ERIKSSON"));
    EXPECT_EQ(r.givenNames(), QStringLiteral("ANNA MARIA"));
    EXPECT_EQ(r.lineCount(), 3);
    EXPECT_EQ(r.line(2), QLatin1StringView("ERIKSSON<<ANNA<MARIA<<<<<<<<<<"));
}

TEST(MrzParser, Td2Specimen)
{
    const MrzResult r = parse(kTd2Specimen);
    ASSERT_TRUE(r.valid()) << describe(r);
    EXPECT_EQ(r.format(), MrzFormat::Td2);
    EXPECT_EQ(r.documentNumber(), QStringLiteral("D23145890"));
    EXPECT_EQ(r.givenNames(), QStringLiteral("ANNA MARIA"));
    EXPECT_EQ(r.expiryDate(), QDate(2012, 4, 15));
}

TEST(MrzParser, LongTd1DocumentNumberContinuesInTheOptionalData)
{
    // ICAO 9303 part 5's example: D23145890734, check digit 9 in position 19.
    const std::string text = td1("I<", "UTO", "D23145890734", "", "740812", 'F', "120415", "UTO",
                                 "", "ERIKSSON<<ANNA<MARIA");
    ASSERT_EQ(text.substr(0, 30), "I<UTOD23145890<7349<<<<<<<<<<<");
    const MrzResult r = parse(text);
    ASSERT_TRUE(r.valid()) << describe(r);
    EXPECT_EQ(r.documentNumber(), QStringLiteral("D23145890734"));
    EXPECT_EQ(r.raw(MrzField::DocumentNumberCheck), QLatin1StringView("9"));
    EXPECT_EQ(r.optionalData(), QString());

    const MrzResult wrong = parse(with(text, 1, 19, '8'));
    EXPECT_FALSE(wrong.valid());
    const MrzProblem* mismatch = find(wrong, MrzProblemCode::CheckDigitMismatch);
    ASSERT_NE(mismatch, nullptr) << describe(wrong);
    EXPECT_EQ(mismatch->field, MrzField::DocumentNumberCheck);
    EXPECT_EQ(mismatch->position, 19);

    // Position 15 announces a long number but nothing continues it.
    const MrzResult cut = parse(with(kTd1Specimen, 1, 15, '<'));
    ASSERT_NE(find(cut, MrzProblemCode::LongNumberMalformed), nullptr) << describe(cut);
}

TEST(MrzParser, FrenchCards)
{
    const MrzResult old = parse(kFrenchSpecimen);
    ASSERT_TRUE(old.valid()) << describe(old);
    EXPECT_EQ(old.format(), MrzFormat::FrenchId1988);
    EXPECT_EQ(old.surnames(), QStringLiteral("BERTHIER"));
    EXPECT_EQ(old.givenNames(), QStringLiteral("CORINNE"));
    EXPECT_EQ(old.documentNumber(), QStringLiteral("880692310285"));
    EXPECT_EQ(old.issueDate(), QDate(1988, 6, 1));
    EXPECT_EQ(old.interpreted(MrzField::IssuingOffice), QStringLiteral("923"));
    EXPECT_EQ(old.birthDate(), QDate(1965, 12, 6));
    EXPECT_FALSE(old.expiryDate().isValid()); // not in this layout
    EXPECT_FALSE(old.has(MrzField::ExpiryDate));

    const std::string built =
        frenchId1988("DUPONT<DE<LA<TOUR", "750123", "051275012345", "JEAN<<PIERRE", "701231", 'M');
    const MrzResult b = parse(built, QDate(2015, 1, 1));
    ASSERT_TRUE(b.valid()) << describe(b);
    EXPECT_EQ(b.surnames(), QStringLiteral("DUPONT DE LA TOUR"));
    EXPECT_EQ(b.givenNames(), QStringLiteral("JEAN PIERRE"));
    EXPECT_EQ(b.interpreted(MrzField::IssueDate), QStringLiteral("2005-12"));

    const std::string card2021 = td1("ID", "FRA", "X4RTBPFW4", "", "900101", 'F', "310101", "FRA",
                                     "", "MARTIN<<MARIE<ELODIE");
    const MrzResult n = parse(card2021, QDate(2024, 3, 1));
    ASSERT_TRUE(n.valid()) << describe(n);
    EXPECT_EQ(n.format(), MrzFormat::Td1);
    EXPECT_EQ(n.documentCode(), QStringLiteral("ID"));
    EXPECT_EQ(n.expiryDate(), QDate(2031, 1, 1));

    // The old card cannot be issued after 2021, nor before the holder's birth.
    const MrzResult late =
        parse(frenchId1988("DUPONT", "", "230575012345", "JEAN", "701231", 'M'), QDate(2024, 1, 1));
    EXPECT_NE(find(late, MrzProblemCode::IssueDateOutOfRange), nullptr) << describe(late);
    const MrzResult early =
        parse(frenchId1988("DUPONT", "", "950175012345", "JEAN", "991231", 'M'), QDate(2024, 1, 1));
    EXPECT_NE(find(early, MrzProblemCode::IssueBeforeBirth), nullptr) << describe(early);
}

TEST(MrzParser, EachWrongCheckDigitIsReportedOnItsField)
{
    struct Case {
        int line;
        int position;
        MrzField field;
    };
    const Case td3Cases[] = {{2, 10, MrzField::DocumentNumberCheck},
                             {2, 20, MrzField::BirthDateCheck},
                             {2, 28, MrzField::ExpiryDateCheck},
                             {2, 43, MrzField::OptionalDataCheck},
                             {2, 44, MrzField::CompositeCheck}};
    for (const Case& c : td3Cases) {
        const std::string lines = kTd3Specimen;
        const std::size_t index = lines.find('\n') + static_cast<std::size_t>(c.position);
        const char wrong = lines[index] == '9' ? '0' : static_cast<char>(lines[index] + 1);
        const MrzResult r = parse(with(lines, c.line, c.position, wrong));
        EXPECT_FALSE(r.valid());
        const MrzProblem* mismatch = find(r, MrzProblemCode::CheckDigitMismatch);
        ASSERT_NE(mismatch, nullptr) << c.position << describe(r);
        EXPECT_EQ(mismatch->field, c.field) << describe(r);
        EXPECT_EQ(mismatch->position, c.position);
        EXPECT_EQ(mismatch->found, static_cast<char16_t>(wrong));
        EXPECT_EQ(r.interpreted(c.field).startsWith(QStringLiteral("does not match")), true);
    }
    // TD1 and TD2 composites, and the French card's three digits.
    EXPECT_NE(find(parse(with(kTd1Specimen, 2, 30, '7')), MrzProblemCode::CheckDigitMismatch),
              nullptr);
    EXPECT_NE(find(parse(with(kTd2Specimen, 2, 36, '7')), MrzProblemCode::CheckDigitMismatch),
              nullptr);
    for (const int position : {13, 34, 36}) {
        const MrzResult r = parse(with(kFrenchSpecimen, 2, position, '1'));
        const MrzProblem* mismatch = find(r, MrzProblemCode::CheckDigitMismatch);
        ASSERT_NE(mismatch, nullptr) << position << describe(r);
        EXPECT_EQ(mismatch->position, position);
    }
}

TEST(MrzParser, OnlyTheCompositeWrong)
{
    // The data is changed where only the composite covers it (TD1 line 2 optional data).
    const MrzResult r = parse(with(kTd1Specimen, 2, 20, '5'));
    ASSERT_EQ(r.errorCount(), 1) << describe(r);
    EXPECT_EQ(r.problems()[0].field, MrzField::CompositeCheck);
    EXPECT_TRUE(r.problems()[0].message().contains(QStringLiteral("composite")));
}

TEST(MrzParser, SuggestsAnOcrCorrectionWithoutApplyingIt)
{
    // L898902C3 read as L8989O2C3: the number's check fails; the message suggests 0.
    const MrzResult r = parse(with(kTd3Specimen, 2, 6, 'O'));
    EXPECT_FALSE(r.valid());
    EXPECT_EQ(r.documentNumber(), QStringLiteral("L8989O2C3")); // not silently corrected
    const MrzProblem* mismatch = find(r, MrzProblemCode::CheckDigitMismatch);
    ASSERT_NE(mismatch, nullptr);
    EXPECT_EQ(mismatch->hint, u'0');
    EXPECT_EQ(mismatch->hintLine, 2);
    EXPECT_EQ(mismatch->hintPosition, 6);
    EXPECT_TRUE(mismatch->message().contains(QStringLiteral("position 6 should read \"0\"")))
        << mismatch->message().toStdString();

    // A letter O in a date.
    const MrzResult date = parse(with(kTd3Specimen, 2, 15, 'O'));
    const MrzProblem* notDigit = find(date, MrzProblemCode::NotADigit);
    ASSERT_NE(notDigit, nullptr) << describe(date);
    EXPECT_EQ(notDigit->field, MrzField::BirthDate);
    EXPECT_EQ(notDigit->hint, u'0');
    EXPECT_TRUE(notDigit->message().contains(QStringLiteral("Did you mean \"0\"?")));

    // A zero in a state code.
    const MrzResult state = parse(with(kTd3Specimen, 2, 13, '0'));
    const MrzProblem* notLetter = find(state, MrzProblemCode::NotALetter);
    ASSERT_NE(notLetter, nullptr) << describe(state);
    EXPECT_EQ(notLetter->field, MrzField::Nationality);
    EXPECT_EQ(notLetter->hint, u'O');
}

TEST(MrzParser, BadDatesAndSex)
{
    const MrzResult month =
        parse(td3("UTO", "ERIKSSON<<ANNA", "L898902C3", "UTO", "741312", 'F', "120415", ""));
    const MrzProblem* invalid = find(month, MrzProblemCode::InvalidDate);
    ASSERT_NE(invalid, nullptr) << describe(month);
    EXPECT_EQ(invalid->field, MrzField::BirthDate);
    EXPECT_EQ(month.errorCount(), 1) << describe(month); // the check digits themselves match
    // 29 February exists in 2000 and not in 1900 (the century follows the reference date).
    EXPECT_TRUE(parse(td3("UTO", "A<<B", "1", "UTO", "000229", 'F', "120415", "")).valid());
    EXPECT_NE(find(parse(td3("UTO", "A<<B", "1", "UTO", "010229", 'F', "120415", "")),
                   MrzProblemCode::InvalidDate),
              nullptr);
    const MrzResult sex = parse(td3("UTO", "A<<B", "1", "UTO", "740812", 'Z', "120415", ""));
    const MrzProblem* bad = find(sex, MrzProblemCode::BadSex);
    ASSERT_NE(bad, nullptr) << describe(sex);
    EXPECT_EQ(bad->field, MrzField::Sex);
    const MrzResult x = parse(td3("UTO", "A<<B", "1", "UTO", "740812", 'X', "120415", ""));
    EXPECT_TRUE(x.valid()) << describe(x);
    EXPECT_NE(find(x, MrzProblemCode::SexX), nullptr);
    EXPECT_EQ(x.sex(), MrzSex::Unspecified);
    // Expiry before birth: two-digit years read in a window that ends 20 years ahead.
    const MrzResult backwards =
        parse(td3("UTO", "A<<B", "1", "UTO", "740812", 'F', "600101", ""), QDate(2026, 1, 1));
    EXPECT_NE(find(backwards, MrzProblemCode::ExpiryBeforeBirth), nullptr) << describe(backwards);
    // An unknown day of birth (ICAO 9303 part 3) is accepted with a notice.
    const MrzResult unknown = parse(td3("UTO", "A<<B", "1", "UTO", "7408<<", 'F', "120415", ""));
    EXPECT_TRUE(unknown.valid()) << describe(unknown);
    EXPECT_NE(find(unknown, MrzProblemCode::DateUnknownPart), nullptr);
    EXPECT_TRUE(unknown.interpreted(MrzField::BirthDate).startsWith(QStringLiteral("7408??")));
}

TEST(MrzParser, AcceptsTypedAndOcrInput)
{
    QString typed = QString::fromStdString(kTd3Specimen).toLower();
    typed.replace(u'\n', QStringLiteral("   \r\n\r\n  \t"));
    typed = QStringLiteral("\n  ") + typed + QStringLiteral("  \n\n");
    const MrzResult r = parse(typed);
    ASSERT_TRUE(r.valid()) << describe(r);
    EXPECT_NE(find(r, MrzProblemCode::LowerCase), nullptr);
    EXPECT_EQ(find(r, MrzProblemCode::SpacesIgnored), nullptr); // only surrounding spaces
    EXPECT_EQ(r.text(), QString::fromStdString(kTd3Specimen));

    QString grouped = QString::fromStdString(kTd1Specimen);
    grouped.replace(QStringLiteral("D23145890"), QStringLiteral("D231 45890"));
    const MrzResult g = parse(grouped);
    EXPECT_TRUE(g.valid()) << describe(g);
    EXPECT_NE(find(g, MrzProblemCode::SpacesIgnored), nullptr);

    // Pasted as one line: read, and said.
    QString joined = QString::fromStdString(kTd3Specimen);
    joined.remove(u'\n');
    const MrzResult j = parse(joined);
    EXPECT_TRUE(j.valid()) << describe(j);
    EXPECT_EQ(j.format(), MrzFormat::Td3);
    EXPECT_NE(find(j, MrzProblemCode::LinesJoined), nullptr);
}

TEST(MrzParser, ExplainsWhatItCannotRead)
{
    const MrzResult empty = parse(QStringLiteral("  \n \n"));
    ASSERT_NE(find(empty, MrzProblemCode::Empty), nullptr);
    EXPECT_FALSE(empty.valid());

    const std::string firstLine = kTd3Specimen.substr(0, 44);
    const MrzResult one = parse(firstLine);
    const MrzProblem* count = find(one, MrzProblemCode::LineCount);
    ASSERT_NE(count, nullptr) << describe(one);
    EXPECT_EQ(count->found, 1);
    EXPECT_EQ(count->expected, 2);
    EXPECT_TRUE(count->message().contains(QStringLiteral("TD3"))) << count->message().toStdString();

    const MrzResult four = parse(kTd1Specimen + "\n" + "XXXX");
    ASSERT_NE(find(four, MrzProblemCode::LineCount), nullptr) << describe(four);

    std::string shortLine = kTd3Specimen;
    shortLine.erase(50, 1); // line 2 loses a character
    const MrzResult s = parse(shortLine);
    const MrzProblem* length = find(s, MrzProblemCode::LineLength);
    ASSERT_NE(length, nullptr) << describe(s);
    EXPECT_EQ(length->line, 2);
    EXPECT_EQ(length->found, 43);
    EXPECT_EQ(length->expected, 44);
    EXPECT_TRUE(length->message().contains(QStringLiteral("missing")));
    EXPECT_EQ(s.format(), MrzFormat::Unknown);
    EXPECT_TRUE(s.fields().empty()); // no field is guessed from a shifted line

    QString accented = QString::fromStdString(kTd3Specimen);
    accented.replace(QStringLiteral("ERIKSSON"), QStringLiteral("ÉRIKSSON"));
    const MrzResult a = parse(accented);
    const MrzProblem* character = find(a, MrzProblemCode::InvalidCharacter);
    ASSERT_NE(character, nullptr) << describe(a);
    EXPECT_EQ(character->found, u'É');
    EXPECT_EQ(character->field, MrzField::Surnames);
    EXPECT_EQ(character->position, 6);
}

TEST(MrzParser, CodesNamesAndLayouts)
{
    // ICAO special state codes with fillers (D<< for Germany), personal number check as <.
    const MrzResult german = parse(
        td3("D<<", "MUSTERMANN<<ERIKA", "C01X00T47", "D<<", "640812", 'F', "270630", "", true),
        QDate(2024, 1, 15));
    ASSERT_TRUE(german.valid()) << describe(german);
    EXPECT_EQ(german.issuingState(), QStringLiteral("D"));
    EXPECT_EQ(german.raw(MrzField::Nationality), QLatin1StringView("D<<"));

    const MrzResult visa = parse(with(kTd3Specimen, 1, 1, 'V'));
    ASSERT_NE(find(visa, MrzProblemCode::BadDocumentCode), nullptr) << describe(visa);

    const MrzResult noSurname =
        parse(td3("UTO", "<<ANNA", "L898902C3", "UTO", "740812", 'F', "120415", ""));
    EXPECT_NE(find(noSurname, MrzProblemCode::NameMissing), nullptr) << describe(noSurname);

    const MrzResult full = parse(td3("UTO", "WOLFESCHLEGELSTEINHAUSENBERGERDORFF<<HUBERT", "1",
                                     "UTO", "740812", 'M', "120415", ""));
    EXPECT_TRUE(full.valid()) << describe(full);
    EXPECT_TRUE(full.namesMayBeTruncated());
    EXPECT_NE(find(full, MrzProblemCode::NameMayBeTruncated), nullptr);
    EXPECT_EQ(full.givenNames(), QStringLiteral("HU"));

    MrzParser::Options expectTd1;
    expectTd1.referenceDate = QDate(2010, 6, 1);
    expectTd1.expectedFormat = MrzFormat::Td1;
    const MrzResult mismatch = MrzParser::parse(QString::fromStdString(kTd3Specimen), expectTd1);
    EXPECT_NE(find(mismatch, MrzProblemCode::FormatMismatch), nullptr);
    EXPECT_EQ(mismatch.format(), MrzFormat::Td3); // still read, so the operator sees why
}

TEST(MrzParser, EveryProblemHasAMessage)
{
    for (const auto& text : {std::string("x"), kTd3Specimen.substr(0, 60), std::string(200, 'A'),
                             with(kTd3Specimen, 2, 10, 'O'), with(kTd1Specimen, 1, 15, '<')}) {
        const MrzResult r = parse(text);
        EXPECT_FALSE(r.valid());
        for (const MrzProblem& problem : r.problems()) {
            EXPECT_FALSE(problem.message().isEmpty());
            EXPECT_FALSE(mrzProblemKey(problem.code).isEmpty());
        }
    }
    // Garbage never overflows the fixed storage.
    const MrzResult garbage = parse(QString(90, u'€'));
    EXPECT_FALSE(garbage.valid());
    EXPECT_LE(garbage.problems().size(), static_cast<std::size_t>(MrzResult::kMaxProblems));
}
