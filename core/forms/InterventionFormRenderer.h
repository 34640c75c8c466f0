#pragma once

#include "common/Result.h"
#include "forms/FormTemplate.h"
#include "forms/InterventionFormData.h"

#include <QByteArray>
#include <QCoreApplication>

class QPagedPaintDevice;
class QPainter;

namespace guichet {

// Draws the intervention form: to PDF bytes (A4, DejaVu Sans embedded so the text is
// extractable and prints the same everywhere), or on any paged device such as a printer for
// the preview. Needs a QGuiApplication (fonts), never a widget.
class InterventionFormRenderer {
    Q_DECLARE_TR_FUNCTIONS(InterventionFormRenderer)
public:
    explicit InterventionFormRenderer(const FormTemplate& formTemplate);

    Result<QByteArray> renderPdf(const InterventionFormData& data) const;
    // Paints every page on `device` through `painter` (already begun on it), calling
    // device.newPage() between pages. Returns the number of pages.
    Result<int> paint(QPainter& painter, QPagedPaintDevice& device,
                      const InterventionFormData& data) const;

    // The font family the form uses, loaded from the resources on first use.
    static Result<QString> fontFamily();

private:
    const FormTemplate& m_template;
};

} // namespace guichet
