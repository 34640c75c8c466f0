#pragma once

#include "ca/CaProfile.h"
#include "common/Operator.h"
#include "documents/Document.h"
#include "domain/Dossier.h"
#include "forms/FormTemplate.h"
#include "forms/InterventionFormData.h"
#include "meeting/Meeting.h"

#include <QList>
#include <QTimeZone>
#include <optional>

namespace guichet {

class IdentityDocumentCatalogue;
class ProductCatalogue;

// Everything an intervention form is made from, as read from storage by the caller.
struct InterventionFormInputs {
    Dossier dossier;
    Meeting meeting;
    OperatorProfile operatorProfile; // the operator who held the meeting
    QList<DocumentInfo> documents;
    CaProfile ca;
    std::optional<TokenFacts> token; // once the token is personalised
    QTimeZone localZone = QTimeZone::systemTimeZone();
};

// Assembles what the form shows, in one of the template's languages. The template gives the
// words (yes / no / not recorded, roles, document types) so that the form's language does not
// depend on the operator's interface language.
class InterventionFormBuilder {
public:
    InterventionFormBuilder(const FormTemplate& formTemplate, const ProductCatalogue& products,
                            const IdentityDocumentCatalogue& documents);

    InterventionFormData build(const InterventionFormInputs& inputs, const QString& language) const;

private:
    const FormTemplate& m_template;
    const ProductCatalogue& m_products;
    const IdentityDocumentCatalogue& m_documents;
};

} // namespace guichet
