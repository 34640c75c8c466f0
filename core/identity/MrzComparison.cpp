#include "identity/MrzComparison.h"

#include "identity/NameTransliteration.h"

namespace guichet {
namespace {

using Outcome = MrzFieldComparison::Outcome;

// Letters and digits that look alike on a document: a difference made only of these is
// likely a typing or reading slip, which the message says (it is still a difference).
char16_t lookAlikeClass(char16_t c)
{
    switch (c) {
    case u'O':
    case u'Q':
    case u'D':
        return u'0';
    case u'I':
    case u'L':
        return u'1';
    case u'Z':
        return u'2';
    case u'S':
        return u'5';
    case u'G':
        return u'6';
    case u'B':
        return u'8';
    default:
        return c;
    }
}

bool sameButLookAlikes(QStringView a, QStringView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (lookAlikeClass(a[i].unicode()) != lookAlikeClass(b[i].unicode())) {
            return false;
        }
    }
    return true;
}

MrzFieldComparison compareNames(const MrzResult& mrz, MrzField field, const QString& visual)
{
    MrzFieldComparison result;
    result.field = field;
    result.visualValue = visual;
    result.mrzValue = mrz.interpreted(field);
    if (!mrz.has(field)) {
        result.outcome = Outcome::NotInMrz;
        return result;
    }
    const QString plain = NameTransliteration::forComparison(visual);
    if (plain.isEmpty()) {
        result.outcome = result.mrzValue.isEmpty() ? Outcome::Match : Outcome::NotEntered;
        return result;
    }
    const QString expanded =
        NameTransliteration::forComparison(visual, NameTransliteration::Variant::Expanded);
    const QString& inMrz = result.mrzValue;
    if (inMrz == plain || inMrz == expanded) {
        result.outcome = Outcome::Match;
        return result;
    }
    // A name longer than its zone is cut at the end of the zone (ICAO 9303 part 3, 4.6).
    if (mrz.namesMayBeTruncated() && !inMrz.isEmpty() &&
        (plain.startsWith(inMrz) || expanded.startsWith(inMrz))) {
        result.outcome = Outcome::MatchTruncated;
        return result;
    }
    result.outcome = Outcome::Differs;
    return result;
}

QString withoutSeparators(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'<' && c != u'-' && c != u'.') {
            out.append(c.toUpper());
        }
    }
    return out;
}

MrzFieldComparison compareNumber(const MrzResult& mrz, const QString& visual)
{
    MrzFieldComparison result;
    result.field = MrzField::DocumentNumber;
    result.visualValue = visual;
    result.mrzValue = mrz.documentNumber();
    const QString typed = withoutSeparators(visual);
    const QString read = withoutSeparators(result.mrzValue);
    if (typed.isEmpty()) {
        result.outcome = Outcome::NotEntered;
    } else if (typed == read) {
        result.outcome = Outcome::Match;
    } else {
        result.outcome = Outcome::Differs;
        result.lookAlikeOnly = sameButLookAlikes(typed, read);
    }
    return result;
}

MrzFieldComparison compareDate(const MrzResult& mrz, MrzField field, QDate inMrz, QDate visual)
{
    MrzFieldComparison result;
    result.field = field;
    result.visualValue = visual.isValid() ? visual.toString(Qt::ISODate) : QString();
    if (!mrz.has(field)) {
        result.outcome = Outcome::NotInMrz;
        return result;
    }
    result.mrzValue = mrz.interpreted(field);
    if (!visual.isValid()) {
        result.outcome = Outcome::NotEntered;
        return result;
    }
    // The MRZ has two-digit years: the parser chose the century, the document prints it.
    const bool same = inMrz.isValid() && inMrz.month() == visual.month() &&
                      inMrz.day() == visual.day() && (inMrz.year() - visual.year()) % 100 == 0;
    result.outcome = same ? Outcome::Match : Outcome::Differs;
    return result;
}

} // namespace

QString MrzFieldComparison::message() const
{
    QString name = mrzFieldName(field);
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper(); // it starts the sentence
    }
    switch (outcome) {
    case Outcome::Match:
        return tr("%1: the same as in the MRZ.").arg(name);
    case Outcome::MatchTruncated:
        return tr("%1: the same as the start of the MRZ, where it was cut to fit its zone.")
            .arg(name);
    case Outcome::Differs:
        if (lookAlikeOnly) {
            return tr("%1: typed \"%2\", the MRZ reads \"%3\". They differ only by look-alike "
                      "characters (O and 0, I and 1...): check which one the document shows.")
                .arg(name, visualValue, mrzValue);
        }
        return tr("%1: typed \"%2\", the MRZ reads \"%3\".").arg(name, visualValue, mrzValue);
    case Outcome::NotInMrz:
        return tr("%1: not in the MRZ of this document.").arg(name);
    case Outcome::NotEntered:
        return tr("%1: not entered from the visual zone.").arg(name);
    }
    return {};
}

QList<MrzFieldComparison> MrzComparison::compare(const MrzResult& mrz, const VisualZone& visual)
{
    return {compareNames(mrz, MrzField::Surnames, visual.surnames),
            compareNames(mrz, MrzField::GivenNames, visual.givenNames),
            compareNumber(mrz, visual.documentNumber),
            compareDate(mrz, MrzField::BirthDate, mrz.birthDate(), visual.birthDate),
            compareDate(mrz, MrzField::ExpiryDate, mrz.expiryDate(), visual.expiryDate)};
}

QList<MrzFieldComparison> MrzComparison::differences(const MrzResult& mrz, const VisualZone& visual)
{
    QList<MrzFieldComparison> all = compare(mrz, visual);
    all.removeIf([](const MrzFieldComparison& each) { return !each.differs(); });
    return all;
}

} // namespace guichet
