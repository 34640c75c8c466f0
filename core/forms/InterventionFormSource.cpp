#include "forms/InterventionFormSource.h"

#include "ca/CaProfileRepository.h"
#include "documents/DocumentRepository.h"
#include "domain/ProductCatalogue.h"
#include "forms/InterventionFormRenderer.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "meeting/MeetingService.h"
#include "service/DossierService.h"
#include "smartcard/AtrCatalogue.h"
#include "token/PersonalisedToken.h"

namespace guichet {

Result<InterventionFormInputs>
InterventionFormSource::read(DossierService& service, qint64 dossierId,
                             const OperatorProfile& workstationOperator)
{
    InterventionFormInputs inputs;
    auto dossier = service.find(dossierId);
    if (!dossier) {
        return dossier.error();
    }
    inputs.dossier = std::move(dossier).value();

    const ProductCatalogue& products = service.catalogue();
    MeetingService meetings(service.database(), service.clock(), products,
                            IdentityDocumentCatalogue::builtIn(), workstationOperator);
    auto meeting = meetings.open(dossierId);
    if (!meeting) {
        return meeting.error();
    }
    inputs.meeting = std::move(meeting).value();
    if (inputs.meeting.version == 0) {
        // No meeting stored yet: a blank form to fill in by hand, not one dated today.
        inputs.meeting.startedAtUtc = {};
        inputs.meeting.operatorId.clear();
    }

    inputs.operatorProfile = workstationOperator;
    if (!inputs.meeting.operatorId.isEmpty() &&
        inputs.meeting.operatorId != workstationOperator.identity.id) {
        inputs.operatorProfile = OperatorProfile{};
        inputs.operatorProfile.identity = {inputs.meeting.operatorId, inputs.meeting.operatorId};
    }

    // Metadata only: the digests were computed at capture; `document verify` re-checks them.
    auto documents = DocumentRepository(service.database()).forDossier(dossierId);
    if (!documents) {
        return documents.error();
    }
    inputs.documents = std::move(documents).value();

    CaProfileRepository profiles(service.database(), service.clock(), products);
    auto ca = profiles.find(inputs.dossier.caProfileId.isEmpty() ? CaProfile::TrainingId
                                                                 : inputs.dossier.caProfileId);
    if (!ca) {
        return ca.error();
    }
    inputs.ca = std::move(ca).value();

    // The holder's token, once personalised from this dossier (SDP-6.4.5-10).
    auto token = PersonalisedTokens::forDossier(service.database(), service.clock(), dossierId,
                                                AtrCatalogue::builtIn());
    if (!token) {
        return token.error();
    }
    if (*token) {
        const PersonalisedToken& personalised = **token;
        inputs.token = TokenFacts{personalised.model, personalised.serial,
                                  personalised.qscdReference, personalised.keyGeneratedOnDevice};
    }
    return inputs;
}

Result<InterventionFormSource::Prepared>
InterventionFormSource::prepare(DossierService& service, qint64 dossierId,
                                const OperatorProfile& workstationOperator, const QString& language,
                                const QString& templateFile)
{
    auto inputs = read(service, dossierId, workstationOperator);
    if (!inputs) {
        return inputs.error();
    }
    auto formTemplate = templateFile.isEmpty()
                            ? FormTemplates::builtIn(inputs->ca.interventionFormTemplate)
                            : FormTemplates::fromFile(templateFile);
    if (!formTemplate) {
        return formTemplate.error();
    }
    if (!formTemplate->languages.contains(language)) {
        return Error{ErrorCode::InvalidInput,
                     tr("The form template \"%1\" has no language \"%2\"; it has: %3.")
                         .arg(formTemplate->id, language,
                              formTemplate->languages.join(QStringLiteral(", ")))};
    }
    InterventionFormData data = InterventionFormBuilder(*formTemplate, service.catalogue(),
                                                        IdentityDocumentCatalogue::builtIn())
                                    .build(*inputs, language);
    return Prepared{std::move(formTemplate).value(), std::move(data), inputs->meeting.version != 0};
}

Result<QByteArray> InterventionFormSource::renderPdf(DossierService& service, qint64 dossierId,
                                                     const OperatorProfile& workstationOperator,
                                                     const QString& language)
{
    auto prepared = prepare(service, dossierId, workstationOperator, language);
    if (!prepared) {
        return prepared.error();
    }
    return InterventionFormRenderer(prepared->formTemplate).renderPdf(prepared->data);
}

} // namespace guichet
