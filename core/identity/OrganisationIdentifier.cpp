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

} // namespace guichet
