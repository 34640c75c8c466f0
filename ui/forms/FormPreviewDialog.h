#pragma once

#include "forms/FormTemplate.h"
#include "forms/InterventionFormData.h"

#include <QPrintPreviewDialog>

class QPrinter;

namespace guichet {

// Print preview of the intervention form, painted by the same code as the PDF
// (InterventionFormRenderer). The form data is assembled by the caller, off the GUI thread
// when it comes from storage; this dialog only paints.
class FormPreviewDialog : public QPrintPreviewDialog {
    Q_OBJECT
public:
    FormPreviewDialog(FormTemplate formTemplate, InterventionFormData form,
                      QWidget* parent = nullptr);

    // Why the last painting failed (the form's font missing from the build), or empty.
    QString lastError() const { return m_lastError; }
    int lastPageCount() const { return m_pageCount; }

private:
    void paintForm(QPrinter* printer);

    FormTemplate m_template;
    InterventionFormData m_data;
    QString m_lastError;
    int m_pageCount = 0;
};

} // namespace guichet
