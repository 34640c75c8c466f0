#pragma once

#include "forms/FormTemplate.h"
#include "forms/InterventionFormData.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPaintDevice;

namespace guichet {

// One thing drawn on a page, in device pixels from the printable area's top left corner.
struct FormItem {
    enum class Kind { Text, Frame, Rule, Fill };
    enum class Style { Body, Label, Bold, Title, Small };
    Kind kind = Kind::Text;
    QRectF rect;
    QString text;
    Style style = Style::Body;
    int flags = 0; // Qt::AlignmentFlag | Qt::TextFlag
};

struct FormPage {
    QList<FormItem> items;
};

// Places the template's sections on A4 pages for one device (PDF or printer): measures the
// text with the device's metrics and moves to a new page when a block does not fit, keeping
// a section title with its first row. The header and footer are drawn by the painter, who
// knows the page count only once layout is done ("page x of y").
class FormLayout {
public:
    FormLayout(const FormTemplate& formTemplate, const InterventionFormData& data,
               const QString& fontFamily, const QPaintDevice& device);

    QList<FormPage> pages() const;

    QFont font(FormItem::Style style) const;
    qreal mm(qreal millimetres) const;
    qreal headerHeight() const;
    qreal footerHeight() const;

private:
    struct Block {
        qreal height = 0;
        QList<FormItem> items; // y relative to the block's top
        bool keepWithNext = false;
    };

    qreal textHeight(const QString& text, FormItem::Style style, qreal width, int flags) const;
    Block text(const QString& text, FormItem::Style style, int flags = 0) const;
    Block sectionTitle(const QString& title) const;
    Block fieldRow(const QString& label, const QString& value) const;
    QList<Block> attachments() const;
    QList<Block> signatures(const FormTemplate::Section& section) const;
    QList<Block> blocks() const;

    const FormTemplate& m_template;
    const InterventionFormData& m_data;
    QString m_family;
    const QPaintDevice& m_device;
    qreal m_width = 0;
    qreal m_height = 0;
};

} // namespace guichet
