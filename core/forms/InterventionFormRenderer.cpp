#include "forms/InterventionFormRenderer.h"

#include "forms/FormLayout.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace guichet {

InterventionFormRenderer::InterventionFormRenderer(const FormTemplate& formTemplate)
    : m_template(formTemplate)
{
}

Result<QString> InterventionFormRenderer::fontFamily()
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        return Error{ErrorCode::Internal,
                     tr("The intervention form needs a graphical application object to load "
                        "its fonts.")};
    }
    // Loaded once per process: the font database belongs to the application.
    static const QString family = [] {
        const int regular =
            QFontDatabase::addApplicationFont(QStringLiteral(":/guichet/fonts/DejaVuSans.ttf"));
        QFontDatabase::addApplicationFont(QStringLiteral(":/guichet/fonts/DejaVuSans-Bold.ttf"));
        return QFontDatabase::applicationFontFamilies(regular).value(0);
    }();
    if (family.isEmpty()) {
        return Error{ErrorCode::Internal,
                     tr("The intervention form's font is missing from this build.")};
    }
    return family;
}

Result<int> InterventionFormRenderer::paint(QPainter& painter, QPagedPaintDevice& device,
                                            const InterventionFormData& data) const
{
    const Result<QString> family = fontFamily();
    if (!family) {
        return family.error();
    }
    const FormLayout layout(m_template, data, *family, device);
    const QList<FormPage> pages = layout.pages();
    const qreal width = device.width();
    const qreal height = device.height();
    const QString title = m_template.text(QStringLiteral("title"), data.language);
    const QString footer = m_template.text(QStringLiteral("pageFooter"), data.language);
    const QPen rule(QColor(150, 150, 150), layout.mm(0.2));
    const QPen frame(Qt::black, layout.mm(0.3));

    for (qsizetype index = 0; index < pages.size(); ++index) {
        if (index > 0 && !device.newPage()) {
            return Error{ErrorCode::Io, tr("Cannot start page %1 of the form.").arg(index + 1)};
        }
        painter.setFont(layout.font(FormItem::Style::Title));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, 0, width, layout.headerHeight() - layout.mm(3)),
                         Qt::TextWordWrap, title);
        painter.setPen(frame);
        painter.drawLine(QPointF(0, layout.headerHeight() - layout.mm(2)),
                         QPointF(width, layout.headerHeight() - layout.mm(2)));

        for (const FormItem& item : pages.at(index).items) {
            switch (item.kind) {
            case FormItem::Kind::Text:
                painter.setPen(item.style == FormItem::Style::Label ? QColor(70, 70, 70)
                                                                    : QColor(Qt::black));
                painter.setFont(layout.font(item.style));
                painter.drawText(item.rect, item.flags, item.text);
                break;
            case FormItem::Kind::Frame:
                painter.setPen(frame);
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(item.rect);
                break;
            case FormItem::Kind::Rule:
                painter.setPen(rule);
                painter.drawLine(item.rect.topLeft(), item.rect.topRight());
                break;
            case FormItem::Kind::Fill:
                painter.fillRect(item.rect, QColor(228, 228, 228));
                break;
            }
        }

        // The dossier and "page x / y" on every page, so that a loose sheet finds its file.
        const QString pageText =
            QString(footer)
                .replace(QStringLiteral("{dossier}"), data.dossierId)
                .replace(QStringLiteral("{page}"), QString::number(index + 1))
                .replace(QStringLiteral("{pages}"), QString::number(pages.size()));
        painter.setPen(rule);
        painter.drawLine(QPointF(0, height - layout.footerHeight() + layout.mm(1)),
                         QPointF(width, height - layout.footerHeight() + layout.mm(1)));
        painter.setPen(Qt::black);
        painter.setFont(layout.font(FormItem::Style::Small));
        painter.drawText(QRectF(0, height - layout.footerHeight() + layout.mm(2), width,
                                layout.footerHeight() - layout.mm(2)),
                         Qt::AlignRight | Qt::AlignVCenter, pageText);
    }
    return int(pages.size());
}

Result<QByteArray> InterventionFormRenderer::renderPdf(const InterventionFormData& data) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(m_template.text(QStringLiteral("title"), data.language));
        writer.setCreator(QStringLiteral("Guichet"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            return Error{ErrorCode::Io, tr("Cannot start the PDF of the intervention form.")};
        }
        const Result<int> painted = paint(painter, writer, data);
        painter.end();
        if (!painted) {
            return painted.error();
        }
    }
    return bytes;
}

} // namespace guichet
