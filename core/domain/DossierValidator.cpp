#include "domain/DossierValidator.h"

#include "identity/OrganisationIdentifier.h"

#include <QRegularExpression>

namespace guichet {
namespace {

bool plausibleEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return pattern.match(email).hasMatch();
}

bool plausiblePhone(const QString& phone)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\+?[0-9 .()-]{6,20}$)"));
    return pattern.match(phone).hasMatch();
}

bool plausibleName(const QString& name)
{
    // Letters of any script, spaces, hyphens and apostrophes; digits never appear in names.
    static const QRegularExpression pattern(QStringLiteral(R"(^[\p{L}\p{M}][\p{L}\p{M} '’-]*$)"));
    return pattern.match(name.trimmed()).hasMatch();
}

} // namespace

QList<FieldProblem> DossierValidator::validate(const Dossier& dossier, const QDate& today) const
{
    QList<FieldProblem> problems;
    auto add = [&problems](const char* field, const QString& message) {
        problems.append({QString::fromLatin1(field), message});
    };

    const Product* product = m_catalogue.product(dossier.productId);
    if (product == nullptr) {
        add("productId", tr("Choose a product."));
    } else if (!product->usages.contains(dossier.usage)) {
        add("usage", tr("Choose a usage that this product allows."));
    }
    const UseCase* use = nullptr;
    if (!dossier.useCaseId.isEmpty()) {
        use = m_catalogue.useCase(dossier.useCaseId);
        if (use == nullptr) {
            add("useCaseId", tr("This use is not in the product catalogue."));
        } else if (product != nullptr && !use->productIds.contains(product->id)) {
            add("useCaseId", tr("This product does not serve the chosen use."));
        }
    }
    if (dossier.orderReference.size() > 64) {
        add("orderReference", tr("The order reference is longer than 64 characters."));
    }

    const Holder& holder = dossier.holder;
    if (holder.surnames.trimmed().isEmpty()) {
        add("holder.surnames", tr("Enter the holder's surname as written on the identity "
                                  "document."));
    } else if (!plausibleName(holder.surnames)) {
        add("holder.surnames", tr("A surname contains only letters, spaces, hyphens and "
                                  "apostrophes."));
    }
    if (holder.givenNames.trimmed().isEmpty()) {
        add("holder.givenNames", tr("Enter the holder's given names as written on the identity "
                                    "document."));
    } else if (!plausibleName(holder.givenNames)) {
        add("holder.givenNames", tr("Given names contain only letters, spaces, hyphens and "
                                    "apostrophes."));
    }
    if (!holder.birthDate.isValid()) {
        add("holder.birthDate", tr("Enter the holder's date of birth."));
    } else if (holder.birthDate >= today) {
        add("holder.birthDate", tr("The date of birth must be in the past."));
    } else if (holder.birthDate.addYears(18) > today) {
        add("holder.birthDate", tr("The holder must be an adult (18 or over)."));
    } else if (holder.birthDate.addYears(130) < today) {
        add("holder.birthDate", tr("This date of birth is more than 130 years ago."));
    }
    if (holder.email.trimmed().isEmpty()) {
        add("holder.email", tr("Enter the holder's email address: the CA writes to it."));
    } else if (!plausibleEmail(holder.email.trimmed())) {
        add("holder.email", tr("This email address is not valid."));
    }
    if (!holder.phone.isEmpty() && !plausiblePhone(holder.phone)) {
        add("holder.phone", tr("A phone number has digits, spaces and an optional leading +."));
    }

    const bool organisationNeeded = (product != nullptr && product->organisationRequired) ||
                                    (use != nullptr && use->organisationRequired);
    if (dossier.organisation) {
        const Organisation& organisation = *dossier.organisation;
        if (organisation.name.trimmed().isEmpty()) {
            add("organisation.name", tr("Enter the organisation's name."));
        }
        if (organisation.registrationId.trimmed().isEmpty()) {
            add("organisation.registrationId",
                tr("Enter the organisation's SIREN or SIRET number."));
        } else if (const Status check =
                       OrganisationIdentifier::checkSirenOrSiret(organisation.registrationId);
                   !check) {
            add("organisation.registrationId", check.error().message);
        }
    } else if (organisationNeeded) {
        add("organisation", tr("This product is issued to someone acting for an organisation: "
                               "enter the organisation."));
    }
    if (!dossier.subscriber.email.isEmpty() && !plausibleEmail(dossier.subscriber.email)) {
        add("subscriber.email", tr("This email address is not valid."));
    }
    return problems;
}

} // namespace guichet
