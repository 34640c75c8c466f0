#include "forms/FormPreviewDialog.h"

#include "forms/InterventionFormRenderer.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>

namespace guichet {

FormPreviewDialog::FormPreviewDialog(FormTemplate formTemplate, InterventionFormData form,
                                     QWidget* parent)
    : QPrintPreviewDialog(parent), m_template(std::move(formTemplate)), m_data(std::move(form))
{
    setObjectName(QStringLiteral("formPreviewDialog"));
    setWindowTitle(tr("Intervention form — dossier %1").arg(m_data.dossierId));
    // The same page as the PDF: A4 with the same margins.
    printer()->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
    printer()->setDocName(m_template.text(QStringLiteral("title"), m_data.language));
    connect(this, &QPrintPreviewDialog::paintRequested, this, &FormPreviewDialog::paintForm);
}

void FormPreviewDialog::paintForm(QPrinter* printer)
{
    QPainter painter;
    if (!painter.begin(printer)) {
        m_lastError = tr("The printer cannot be drawn on.");
        return;
    }
    const Result<int> painted =
        InterventionFormRenderer(m_template).paint(painter, *printer, m_data);
    painter.end();
    m_lastError = painted ? QString() : painted.error().message;
    m_pageCount = painted ? *painted : 0;
}

} // namespace guichet
