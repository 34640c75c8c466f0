#include "documents/DocumentPages.h"

#include "documents/PageEncoder.h"

#include <QBuffer>
#include <QEventLoop>
#include <QPainter>
#include <QPdfDocument>
#include <QTimer>

namespace guichet {
namespace {

constexpr double kPointsPerInch = 72.0;
constexpr int kLoadTimeoutMs = 30'000;

QString pdfProblem(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::None:
        return {};
    case QPdfDocument::Error::IncorrectPassword:
        return DocumentPages::tr("the PDF is protected by a password");
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return DocumentPages::tr("the PDF uses an unsupported protection");
    case QPdfDocument::Error::InvalidFileFormat:
    case QPdfDocument::Error::DataNotYetAvailable:
        return DocumentPages::tr("the PDF is damaged or not a PDF");
    case QPdfDocument::Error::FileNotFound:
    case QPdfDocument::Error::Unknown:
        break;
    }
    return DocumentPages::tr("the PDF cannot be read");
}

} // namespace

Result<QList<QImage>> DocumentPages::renderPdf(const QByteArray& pdf, int resolution)
{
    QByteArray bytes = pdf; // QBuffer wants a mutable array; a shallow copy
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() == QPdfDocument::Status::Loading) {
        // A random-access device loads at once; wait in case a Qt version does it later.
        QEventLoop loop;
        QObject::connect(&document, &QPdfDocument::statusChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(kLoadTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (document.status() != QPdfDocument::Status::Ready) {
        return Error{ErrorCode::InvalidInput,
                     tr("The PDF cannot be shown: %1.").arg(pdfProblem(document.error()))};
    }
    QList<QImage> pages;
    for (int page = 0; page < document.pageCount(); ++page) {
        const QSizeF points = document.pagePointSize(page);
        double scale = resolution / kPointsPerInch;
        const double side = std::max(points.width(), points.height()) * scale;
        if (side > MaximumSide) {
            scale *= MaximumSide / side;
        }
        const QSize size(std::max(1, qRound(points.width() * scale)),
                         std::max(1, qRound(points.height() * scale)));
        QImage rendered = document.render(page, size);
        if (rendered.isNull()) {
            return Error{ErrorCode::InvalidInput,
                         tr("Page %1 of the PDF cannot be rendered.").arg(page + 1)};
        }
        // pdfium leaves the background transparent: paper is white.
        QImage paper(rendered.size(), QImage::Format_RGB32);
        paper.fill(Qt::white);
        {
            QPainter painter(&paper);
            painter.drawImage(0, 0, rendered);
        }
        const int dotsPerMeter = qRound(scale * kPointsPerInch / 0.0254);
        paper.setDotsPerMeterX(dotsPerMeter);
        paper.setDotsPerMeterY(dotsPerMeter);
        pages.append(paper);
    }
    if (pages.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("The PDF has no page.")};
    }
    return pages;
}

Result<QList<QImage>> DocumentPages::render(const DocumentInfo& document,
                                            const QList<QByteArray>& parts, int resolution)
{
    if (parts.size() != document.parts.size()) {
        return Error{ErrorCode::InvalidInput, tr("The document's pages are incomplete.")};
    }
    QList<QImage> pages;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        auto images = document.parts[i].mimeType == u"application/pdf"
                          ? renderPdf(parts[i], resolution)
                          : PageEncoder::decodeAll(parts[i]);
        if (!images) {
            return images.error();
        }
        pages.append(*images);
    }
    if (pages.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("The document has no page.")};
    }
    return pages;
}

} // namespace guichet
