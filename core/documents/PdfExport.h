#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QList>

namespace guichet {

// Page images as one PDF (Qt Gui's QPdfWriter: no window needed), each page sized from the
// image's resolution (300 dpi when the image does not say) so a scan prints at real size.
// PDF documents themselves cannot be merged this way: Qt has no PDF page import.
class PdfExport {
    Q_DECLARE_TR_FUNCTIONS(PdfExport)
public:
    static Status write(const QList<QImage>& pages, QIODevice& out, const QString& title);
};

} // namespace guichet
