#include "forms/InterventionFormData.h"

namespace guichet::InterventionFormFields {

// REFERENCE.md "Intervention form": CA and order, product and policy, holder, ID document,
// organisation, operator, place and time, token, terms and consents.
const QStringList& keys()
{
    static const QStringList all = {
        QStringLiteral("ca.name"),
        QStringLiteral("order.reference"),
        QStringLiteral("product.name"),
        QStringLiteral("product.policyOid"),
        QStringLiteral("holder.surnames"),
        QStringLiteral("holder.givenNames"),
        QStringLiteral("holder.birthDate"),
        QStringLiteral("holder.birthPlace"),
        QStringLiteral("holder.email"),
        QStringLiteral("holder.phone"),
        QStringLiteral("holder.address"),
        QStringLiteral("id.type"),
        QStringLiteral("id.number"),
        QStringLiteral("id.issuingState"),
        QStringLiteral("id.issuingAuthority"),
        QStringLiteral("id.issueDate"),
        QStringLiteral("id.expiryDate"),
        QStringLiteral("id.mrzResult"),
        QStringLiteral("id.securityFeatures"),
        QStringLiteral("id.faceComparison"),
        QStringLiteral("id.copyCertified"),
        QStringLiteral("organisation.name"),
        QStringLiteral("organisation.legalForm"),
        QStringLiteral("organisation.registrationId"),
        QStringLiteral("organisation.kbisDate"),
        QStringLiteral("organisation.legalRepresentative"),
        QStringLiteral("organisation.mandateDate"),
        QStringLiteral("operator.name"),
        QStringLiteral("operator.role"),
        QStringLiteral("operator.registrationNumber"),
        QStringLiteral("meeting.place"),
        QStringLiteral("meeting.dateLocal"),
        QStringLiteral("meeting.dateUtc"),
        QStringLiteral("token.model"),
        QStringLiteral("token.serial"),
        QStringLiteral("token.qscdReference"),
        QStringLiteral("token.keyGeneratedOnDevice"),
        QStringLiteral("terms.version"),
        QStringLiteral("consent.information"),
        QStringLiteral("consent.publication"),
        QStringLiteral("consent.secureDevice"),
    };
    return all;
}

const QStringList& signatureRoles()
{
    static const QStringList all = {QStringLiteral("holder"), QStringLiteral("operator"),
                                    QStringLiteral("certificationAgent"),
                                    QStringLiteral("legalRepresentative")};
    return all;
}

const QStringList& conditions()
{
    static const QStringList all = {QStringLiteral("organisation"), QStringLiteral("token")};
    return all;
}

} // namespace guichet::InterventionFormFields
