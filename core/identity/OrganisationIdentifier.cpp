#include "identity/OrganisationIdentifier.h"

namespace guichet {
namespace {

constexpr QStringView kLaPosteSiren = u"356000000";

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isDigit() || c.unicode() > '9') {
            return false;
        }
    }
    return true;
}

} // namespace

QString OrganisationIdentifier::normalise(const QString& input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        if (!c.isSpace() && c != u'.' && c != u'-') {
            out.append(c);
        }
    }
    return out;
}

bool OrganisationIdentifier::luhnValid(QStringView digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int digit = digits[i].unicode() - '0';
        if (doubleIt) {
            digit *= 2;
            if (digit > 9) {
                digit -= 9;
            }
        }
        sum += digit;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

Status OrganisationIdentifier::checkSiren(const QString& input)
{
    const QString siren = normalise(input);
    if (siren.size() != 9 || !allDigits(siren)) {
        return Error{ErrorCode::InvalidInput, tr("A SIREN number has exactly 9 digits.")};
    }
    if (!luhnValid(siren)) {
        return Error{ErrorCode::InvalidInput,
                     tr("This SIREN number is not valid: its check digit (Luhn) does not match. "
                        "Check for a mistyped digit.")};
    }
    return Status::success();
}

Status OrganisationIdentifier::checkSiret(const QString& input)
{
    const QString siret = normalise(input);
    if (siret.size() != 14 || !allDigits(siret)) {
        return Error{ErrorCode::InvalidInput, tr("A SIRET number has exactly 14 digits.")};
    }
    const QStringView siren = QStringView(siret).left(9);
    if (siren == kLaPosteSiren) {
        // La Poste's establishments share one SIREN; their SIRETs follow a sum-modulo-5 rule.
        int sum = 0;
        for (const QChar c : siret) {
            sum += c.unicode() - '0';
        }
        if (sum % 5 != 0) {
            return Error{ErrorCode::InvalidInput,
                         tr("This La Poste SIRET number is not valid: the sum of its digits is "
                            "not a multiple of 5.")};
        }
        return Status::success();
    }
    if (!luhnValid(siren)) {
        return Error{ErrorCode::InvalidInput,
                     tr("The SIREN part (first 9 digits) of this SIRET is not valid: its check "
                        "digit (Luhn) does not match.")};
    }
    if (!luhnValid(siret)) {
        return Error{ErrorCode::InvalidInput,
                     tr("This SIRET number is not valid: its check digit (Luhn) does not match. "
                        "Check the establishment number (last 5 digits).")};
    }
    return Status::success();
}

Status OrganisationIdentifier::checkSirenOrSiret(const QString& input)
{
    const QString value = normalise(input);
    if (value.size() == 14) {
        return checkSiret(value);
    }
    if (value.size() == 9) {
        return checkSiren(value);
    }
    return Error{ErrorCode::InvalidInput, tr("Enter a SIREN (9 digits) or a SIRET (14 digits).")};
}

int OrganisationIdentifier::vatKey(QStringView siren)
{
    if (siren.size() != 9 || !allDigits(siren)) {
        return -1;
    }
    qint64 value = 0;
    for (const QChar c : siren) {
        value = value * 10 + (c.unicode() - '0');
    }
    // REFERENCE.md, "Organisation identifiers": key = (12 + 3 x (SIREN mod 97)) mod 97.
    return static_cast<int>((12 + 3 * (value % 97)) % 97);
}

QString OrganisationIdentifier::vatNumber(QStringView siren)
{
    const int key = vatKey(siren);
    if (key < 0) {
        return {};
    }
    return QStringLiteral("FR%1%2").arg(key, 2, 10, QLatin1Char('0')).arg(siren);
}

Status OrganisationIdentifier::checkVat(const QString& input)
{
    const QString vat = normalise(input).toUpper();
    if (!vat.startsWith(u"FR")) {
        return Error{ErrorCode::InvalidInput, tr("A French VAT number starts with FR.")};
    }
    if (vat.size() != 13) {
        return Error{ErrorCode::InvalidInput,
                     tr("A French VAT number is FR followed by 11 characters, a 2-digit key and "
                        "the 9-digit SIREN; this one has %n character(s) after FR.",
                        nullptr, static_cast<int>(vat.size() - 2))};
    }
    const QStringView key = QStringView(vat).mid(2, 2);
    const QStringView siren = QStringView(vat).mid(4);
    if (!allDigits(siren)) {
        return Error{ErrorCode::InvalidInput,
                     tr("The last 9 characters of a French VAT number are the SIREN, all digits.")};
    }
    if (!allDigits(key)) {
        // Keys with letters go to businesses without a SIREN; their rule is not public.
        return Error{ErrorCode::InvalidInput,
                     tr("The key of this VAT number (characters 3 and 4, \"%1\") is not two "
                        "digits, so it cannot be checked against a SIREN.")
                         .arg(key)};
    }
    if (!luhnValid(siren)) {
        return Error{ErrorCode::InvalidInput,
                     tr("The SIREN part (last 9 digits) of this VAT number is not valid: its "
                        "check digit (Luhn) does not match.")};
    }
    const QString expected = vatNumber(siren);
    if (QStringView(expected).mid(2, 2) != key) {
        return Error{ErrorCode::InvalidInput,
                     tr("The key %1 of this VAT number does not match its SIREN %2: the key is "
                        "(12 + 3 × (SIREN mod 97)) mod 97 = %3. Did you mean %4?")
                         .arg(key, siren, QStringView(expected).mid(2, 2), expected)};
    }
    return Status::success();
}

Status OrganisationIdentifier::checkRna(const QString& input)
{
    const QString rna = normalise(input).toUpper();
    if (!rna.startsWith(u'W')) {
        return Error{ErrorCode::InvalidInput,
                     tr("An association number in the RNA starts with W.")};
    }
    if (rna.size() != 10) {
        return Error{ErrorCode::InvalidInput,
                     tr("An RNA number is W followed by 9 characters; this one has %n after "
                        "the W.",
                        nullptr, static_cast<int>(rna.size() - 1))};
    }
    for (const QChar c : QStringView(rna).mid(1)) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z'))) {
            return Error{ErrorCode::InvalidInput,
                         tr("An RNA number has only letters and digits after the W; found "
                            "\"%1\".")
                             .arg(c)};
        }
    }
    return Status::success();
}

std::optional<OrganisationIdentifier::Kind> OrganisationIdentifier::detect(const QString& input)
{
    const QString value = normalise(input).toUpper();
    if (value.startsWith(u"FR")) {
        return Kind::Vat;
    }
    if (value.startsWith(u'W')) {
        return Kind::Rna;
    }
    if (allDigits(value) && value.size() == 9) {
        return Kind::Siren;
    }
    if (allDigits(value) && value.size() == 14) {
        return Kind::Siret;
    }
    return std::nullopt;
}

Status OrganisationIdentifier::check(const QString& input, Kind kind)
{
    switch (kind) {
    case Kind::Siren:
        return checkSiren(input);
    case Kind::Siret:
        return checkSiret(input);
    case Kind::Vat:
        return checkVat(input);
    case Kind::Rna:
        return checkRna(input);
    }
    return Error{ErrorCode::Internal, QString()};
}

Status OrganisationIdentifier::checkAny(const QString& input)
{
    if (const auto kind = detect(input)) {
        return check(input, *kind);
    }
    return Error{ErrorCode::InvalidInput,
                 tr("\"%1\" is not an organisation identifier: a SIREN has 9 digits, a SIRET 14 "
                    "digits, a French VAT number starts with FR and an RNA number with W.")
                     .arg(input.trimmed())};
}

QString OrganisationIdentifier::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Siren:
        return QStringLiteral("siren");
    case Kind::Siret:
        return QStringLiteral("siret");
    case Kind::Vat:
        return QStringLiteral("vat");
    case Kind::Rna:
        return QStringLiteral("rna");
    }
    return {};
}

QString OrganisationIdentifier::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Siren:
        return tr("SIREN");
    case Kind::Siret:
        return tr("SIRET");
    case Kind::Vat:
        return tr("French VAT number");
    case Kind::Rna:
        return tr("RNA association number");
    }
    return {};
}

} // namespace guichet
