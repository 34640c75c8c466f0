#include "documents/PdfExport.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace guichet {
namespace {

constexpr int kResolution = 300;

QPageSize pageSizeOf(const QImage& image)
{
    // dotsPerMeterX is 0 or a few units when the file carries no usable resolution.
    const double dpmX = image.dotsPerMeterX() > 1000 ? image.dotsPerMeterX() : kResolution / 0.0254;
    const double dpmY = image.dotsPerMeterY() > 1000 ? image.dotsPerMeterY() : kResolution / 0.0254;
    return QPageSize(QSizeF(image.width() / dpmX * 1000.0, image.height() / dpmY * 1000.0),
                     QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
}

// The pixels only: text chunks a scanner or an import carried (PNG tEXt, JPEG comments)
// would otherwise travel into the PDF in clear (Qt's JPEG writer turns them into comments).
QImage withoutMetadata(const QImage& page)
{
    QImage pixels(page.constBits(), page.width(), page.height(), page.bytesPerLine(),
                  page.format());
    QImage clean = pixels.copy(); // owns its bits; text keys are not copied
    clean.setDotsPerMeterX(page.dotsPerMeterX());
    clean.setDotsPerMeterY(page.dotsPerMeterY());
    clean.setColorTable(page.colorTable());
    return clean;
}

} // namespace

Status PdfExport::write(const QList<QImage>& pages, QIODevice& out, const QString& title)
{
    if (pages.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("There is no page to export.")};
    }
    QPdfWriter writer(&out);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Guichet"));
    writer.setResolution(kResolution);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setPageSize(pageSizeOf(pages.first()));
    QPainter painter;
    if (!painter.begin(&writer)) {
        return Error{ErrorCode::Io, tr("The PDF could not be written.")};
    }
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            writer.setPageSize(pageSizeOf(pages[i]));
            writer.newPage();
        }
        painter.drawImage(QRect(0, 0, writer.width(), writer.height()), withoutMetadata(pages[i]));
    }
    if (!painter.end()) {
        return Error{ErrorCode::Io, tr("The PDF could not be written.")};
    }
    return Status::success();
}

} // namespace guichet
