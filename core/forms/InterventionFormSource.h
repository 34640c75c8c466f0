#pragma once

#include "common/Operator.h"
#include "common/Result.h"
#include "forms/FormTemplate.h"
#include "forms/InterventionFormBuilder.h"
#include "forms/InterventionFormData.h"

#include <QCoreApplication>

namespace guichet {

class DossierService;

// Reads what a dossier's intervention form shows from storage: the dossier, its recorded
// meeting, its documents' digests and its CA profile. Both faces of Guichet use it; it does
// database work, so the window calls it on a worker thread.
class InterventionFormSource {
    Q_DECLARE_TR_FUNCTIONS(InterventionFormSource)
public:
    // The form's data in one of its template's languages, ready to render or preview.
    struct Prepared {
        FormTemplate formTemplate;
        InterventionFormData data;
        bool meetingRecorded = false; // false: the meeting fields are left blank
    };

    // `workstationOperator` describes the operator of this workstation; a meeting held by
    // someone else is signed by the id it recorded (operator accounts come later).
    static Result<InterventionFormInputs> read(DossierService& service, qint64 dossierId,
                                               const OperatorProfile& workstationOperator);

    // Reads, loads the CA profile's template (or `templateFile` when given) and builds the
    // data; refused when the template has no such language.
    static Result<Prepared> prepare(DossierService& service, qint64 dossierId,
                                    const OperatorProfile& workstationOperator,
                                    const QString& language, const QString& templateFile = {});

    // Prepares and renders the form as A4 PDF in one go (the window, the form signature
    // and the evidence package all need just the bytes).
    static Result<QByteArray> renderPdf(DossierService& service, qint64 dossierId,
                                        const OperatorProfile& workstationOperator,
                                        const QString& language);
};

} // namespace guichet
