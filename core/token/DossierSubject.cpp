#include "token/DossierSubject.h"

#include "domain/Dossier.h"
#include "domain/ProductCatalogue.h"

#include <QHash>

namespace guichet {
namespace {

QString simplified(const QString& text)
{
    return text.simplified();
}

QString countryOr(const QString& country, const QString& fallback)
{
    const QString code = country.trimmed().toUpper();
    return code.isEmpty() ? fallback : code;
}

// ICAO 9303 part 3 state codes of the countries whose documents a French RA meets most,
// to their ISO 3166 alpha-2 codes (most are not the first two letters: AUT is AT, not AU).
QString alpha2FromIcao(const QString& icao)
{
    static const QHash<QString, QString> codes = {
        {QStringLiteral("FRA"), QStringLiteral("FR")},
        {QStringLiteral("D"), QStringLiteral("DE")},
        {QStringLiteral("BEL"), QStringLiteral("BE")},
        {QStringLiteral("LUX"), QStringLiteral("LU")},
        {QStringLiteral("CHE"), QStringLiteral("CH")},
        {QStringLiteral("ITA"), QStringLiteral("IT")},
        {QStringLiteral("ESP"), QStringLiteral("ES")},
        {QStringLiteral("PRT"), QStringLiteral("PT")},
        {QStringLiteral("NLD"), QStringLiteral("NL")},
        {QStringLiteral("AUT"), QStringLiteral("AT")},
        {QStringLiteral("GBR"), QStringLiteral("GB")},
        {QStringLiteral("IRL"), QStringLiteral("IE")},
        {QStringLiteral("POL"), QStringLiteral("PL")},
        {QStringLiteral("ROU"), QStringLiteral("RO")},
        {QStringLiteral("MAR"), QStringLiteral("MA")},
        {QStringLiteral("DZA"), QStringLiteral("DZ")},
        {QStringLiteral("TUN"), QStringLiteral("TN")},
        {QStringLiteral("MCO"), QStringLiteral("MC")},
    };
    const QString code = icao.trimmed().toUpper().remove(QLatin1Char('<'));
    return codes.value(code, code.size() == 2 ? code : QString());
}

} // namespace

HolderIdentity DossierSubject::fromPresentedDocument(const PresentedDocument& document)
{
    const bool passport = document.typeId.contains(QStringLiteral("passport"));
    return {passport ? QStringLiteral("PAS") : QStringLiteral("IDC"),
            alpha2FromIcao(document.issuingState), document.number.trimmed()};
}

bool DossierSubject::needsSerialNumber(const Product& product)
{
    return product.standard.contains(QStringLiteral("QCP-n"));
}

bool DossierSubject::isLegalPerson(const Dossier& dossier, const Product& product)
{
    return dossier.usage == u"seal" || product.standard.contains(QStringLiteral("QCP-l"));
}

std::optional<QString> DossierSubject::organisationIdentifier(const QString& registrationId)
{
    QString digits = registrationId;
    digits.remove(QLatin1Char(' '));
    for (const QChar c : std::as_const(digits)) {
        if (!c.isDigit()) {
            return std::nullopt;
        }
    }
    if (digits.size() != 9 && digits.size() != 14) {
        return std::nullopt;
    }
    return QStringLiteral("NTRFR-") + digits.left(9);
}

Result<CertificateSubject> DossierSubject::build(const Dossier& dossier, const Product& product,
                                                 const std::optional<HolderIdentity>& identity)
{
    if (product.keyGeneration == KeyGeneration::ApplicantCsr) {
        return Error{ErrorCode::Refused,
                     tr("The product %1 takes the applicant's own certificate request; it is "
                        "not personalised on a token.")
                         .arg(product.id)};
    }
    const bool legalPerson = isLegalPerson(dossier, product);
    const bool withOrganisation =
        legalPerson || product.organisationRequired || dossier.organisation.has_value();
    CertificateSubject subject;
    if (withOrganisation) {
        if (!dossier.organisation || simplified(dossier.organisation->name).isEmpty()) {
            return Error{ErrorCode::InvalidInput,
                         tr("The product %1 needs the organisation's name.").arg(product.id)};
        }
        const auto identifier = organisationIdentifier(dossier.organisation->registrationId);
        if (!identifier) {
            return Error{ErrorCode::InvalidInput,
                         tr("The organisation's registration number \"%1\" is neither a SIREN "
                            "(9 digits) nor a SIRET (14 digits).")
                             .arg(dossier.organisation->registrationId)};
        }
        subject.organisation = simplified(dossier.organisation->name);
        subject.organisationIdentifier = *identifier;
        subject.country = countryOr(dossier.organisation->address.country, QStringLiteral("FR"));
    }
    if (legalPerson) {
        // ETSI EN 319 412-3 4.2.1: a seal's common name is the organisation's name.
        subject.commonName = subject.organisation;
        return subject;
    }
    // ETSI EN 319 412-2 4.2.4: given name and surname exactly as on the identity document.
    subject.givenName = simplified(dossier.holder.givenNames);
    subject.surname = simplified(dossier.holder.surnames);
    if (subject.givenName.isEmpty() || subject.surname.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     tr("The certificate needs the holder's given names and surname as written "
                        "on the identity document.")};
    }
    subject.commonName = subject.givenName + QLatin1Char(' ') + subject.surname;
    if (!withOrganisation) {
        subject.country = countryOr(dossier.holder.address.country, QStringLiteral("FR"));
    }
    subject.email = dossier.holder.email.trimmed();
    if (needsSerialNumber(product)) {
        if (!identity || identity->number.trimmed().isEmpty() || identity->type.isEmpty()) {
            return Error{ErrorCode::InvalidInput,
                         tr("The product %1 needs the number of the holder's identity document "
                            "for the certificate's serial number.")
                             .arg(product.id)};
        }
        subject.serialNumber = identity->type.toUpper() +
                               countryOr(identity->country, QStringLiteral("FR")) +
                               QLatin1Char('-') + identity->number.trimmed().toUpper();
    }
    return subject;
}

} // namespace guichet
