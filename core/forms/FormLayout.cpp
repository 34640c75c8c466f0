#include "forms/FormLayout.h"

#include <QFontMetricsF>
#include <QPaintDevice>

namespace guichet {

namespace {
constexpr qreal kLabelShare = 0.38; // label column, as a share of the width
constexpr int kWrap = Qt::TextWordWrap;
} // namespace

FormLayout::FormLayout(const FormTemplate& formTemplate, const InterventionFormData& data,
                       const QString& fontFamily, const QPaintDevice& device)
    : m_template(formTemplate), m_data(data), m_family(fontFamily), m_device(device),
      m_width(device.width()), m_height(device.height())
{
}

qreal FormLayout::mm(qreal millimetres) const
{
    return millimetres * m_device.logicalDpiY() / 25.4;
}

QFont FormLayout::font(FormItem::Style style) const
{
    QFont font(m_family);
    // No ligatures: "fi" or "ff" drawn as one glyph extract as U+FB01 / U+FB00, and neither a
    // search for "certification" nor a SHA-256 typed from the paper would match.
    font.setStyleStrategy(QFont::PreferNoShaping);
    switch (style) {
    case FormItem::Style::Body:
        font.setPointSizeF(9.5);
        break;
    case FormItem::Style::Label:
        font.setPointSizeF(8.5);
        break;
    case FormItem::Style::Bold:
        font.setPointSizeF(10);
        font.setBold(true);
        break;
    case FormItem::Style::Title:
        font.setPointSizeF(13);
        font.setBold(true);
        break;
    case FormItem::Style::Small:
        font.setPointSizeF(7.5);
        break;
    }
    return font;
}

qreal FormLayout::textHeight(const QString& text, FormItem::Style style, qreal width,
                             int flags) const
{
    const QFontMetricsF metrics(font(style), &m_device);
    if (text.isEmpty()) {
        return metrics.height();
    }
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height();
}

qreal FormLayout::headerHeight() const
{
    return textHeight(m_template.text(QStringLiteral("title"), m_data.language),
                      FormItem::Style::Title, m_width, kWrap) +
           mm(4);
}

qreal FormLayout::footerHeight() const
{
    return textHeight(QStringLiteral("0"), FormItem::Style::Small, m_width, 0) + mm(3);
}

FormLayout::Block FormLayout::text(const QString& text, FormItem::Style style, int flags) const
{
    Block block;
    block.height = textHeight(text, style, m_width, flags | kWrap);
    block.items.append(
        {FormItem::Kind::Text, QRectF(0, 0, m_width, block.height), text, style, flags | kWrap});
    return block;
}

FormLayout::Block FormLayout::sectionTitle(const QString& title) const
{
    Block block;
    const qreal pad = mm(1.2);
    const qreal height = textHeight(title, FormItem::Style::Bold, m_width - 2 * pad, kWrap);
    block.height = height + 2 * pad + mm(1);
    block.items.append({FormItem::Kind::Fill, QRectF(0, 0, m_width, height + 2 * pad), {}, {}, 0});
    block.items.append({FormItem::Kind::Text, QRectF(pad, pad, m_width - 2 * pad, height), title,
                        FormItem::Style::Bold, kWrap | Qt::AlignVCenter});
    block.keepWithNext = true;
    return block;
}

FormLayout::Block FormLayout::fieldRow(const QString& label, const QString& value) const
{
    Block block;
    const qreal pad = mm(1);
    const qreal labelWidth = m_width * kLabelShare - pad;
    const qreal valueWidth = m_width - m_width * kLabelShare - pad;
    const qreal labelHeight = textHeight(label, FormItem::Style::Label, labelWidth, kWrap);
    const qreal valueHeight = textHeight(value, FormItem::Style::Body, valueWidth, kWrap);
    const qreal height = std::max(labelHeight, valueHeight);
    block.height = height + 2 * pad;
    block.items.append({FormItem::Kind::Text, QRectF(pad, pad, labelWidth, height), label,
                        FormItem::Style::Label, kWrap});
    block.items.append({FormItem::Kind::Text,
                        QRectF(m_width * kLabelShare, pad, valueWidth, height), value,
                        FormItem::Style::Body, kWrap});
    block.items.append({FormItem::Kind::Rule, QRectF(0, block.height, m_width, 0), {}, {}, 0});
    return block;
}

QList<FormLayout::Block> FormLayout::attachments() const
{
    QList<Block> list;
    if (m_data.attachments.isEmpty()) {
        list.append(text(m_template.text(QStringLiteral("noAttachments"), m_data.language),
                         FormItem::Style::Body));
        return list;
    }
    const QString pagesText = m_template.text(QStringLiteral("attachmentPages"), m_data.language);
    const qreal indent = mm(6);
    for (qsizetype i = 0; i < m_data.attachments.size(); ++i) {
        const FormAttachment& attachment = m_data.attachments.at(i);
        QStringList parts{attachment.type,
                          QString(pagesText).replace(QStringLiteral("{count}"),
                                                     QString::number(attachment.pageCount))};
        if (!attachment.paperDate.isEmpty()) {
            parts << attachment.paperDate;
        }
        const QString heading =
            QStringLiteral("%1. %2").arg(i + 1).arg(parts.join(QStringLiteral(" — ")));
        const QString digest = QStringLiteral("SHA-256 : ") + attachment.sha256Hex;
        Block block;
        const qreal headingHeight = textHeight(heading, FormItem::Style::Body, m_width, kWrap);
        // A digest is one word: wrap anywhere rather than overflow the page.
        const int digestFlags = Qt::TextWrapAnywhere;
        const qreal digestHeight =
            textHeight(digest, FormItem::Style::Small, m_width - indent, digestFlags);
        block.items.append({FormItem::Kind::Text, QRectF(0, 0, m_width, headingHeight), heading,
                            FormItem::Style::Body, kWrap});
        block.items.append({FormItem::Kind::Text,
                            QRectF(indent, headingHeight, m_width - indent, digestHeight), digest,
                            FormItem::Style::Small, digestFlags});
        block.height = headingHeight + digestHeight + mm(1.5);
        list.append(block);
    }
    return list;
}

QList<FormLayout::Block> FormLayout::signatures(const FormTemplate::Section& section) const
{
    // Boxes two by two, in the template's order, for the signatories this dossier has.
    QList<Block> rows;
    const qreal gap = mm(4);
    const qreal boxWidth = (m_width - gap) / 2;
    const qreal boxHeight = mm(38);
    const qreal pad = mm(1.5);
    int column = 0;
    for (const FormTemplate::Signature& signature : section.signatures) {
        const auto who =
            std::find_if(m_data.signatories.begin(), m_data.signatories.end(),
                         [&](const FormSignatory& s) { return s.role == signature.role; });
        if (who == m_data.signatories.end()) {
            continue;
        }
        if (column == 0) {
            rows.append(Block{boxHeight + mm(3), {}, false});
        }
        Block& row = rows.last();
        const qreal x = column * (boxWidth + gap);
        const qreal inner = boxWidth - 2 * pad;
        row.items.append({FormItem::Kind::Frame, QRectF(x, 0, boxWidth, boxHeight), {}, {}, 0});
        qreal y = pad;
        const QString label = signature.label.in(m_data.language);
        const qreal labelHeight = textHeight(label, FormItem::Style::Bold, inner, kWrap);
        row.items.append({FormItem::Kind::Text, QRectF(x + pad, y, inner, labelHeight), label,
                          FormItem::Style::Bold, kWrap});
        y += labelHeight;
        const qreal nameHeight = textHeight(who->name, FormItem::Style::Body, inner, kWrap);
        row.items.append({FormItem::Kind::Text, QRectF(x + pad, y, inner, nameHeight), who->name,
                          FormItem::Style::Body, kWrap});
        y += nameHeight;
        const QString note = signature.note.in(m_data.language);
        row.items.append(
            {FormItem::Kind::Text,
             QRectF(x + pad, y, inner, textHeight(note, FormItem::Style::Small, inner, kWrap)),
             note, FormItem::Style::Small, kWrap});
        const QString date = m_template.text(QStringLiteral("signatureDate"), m_data.language);
        const qreal dateHeight = textHeight(date, FormItem::Style::Small, inner, kWrap);
        row.items.append({FormItem::Kind::Text,
                          QRectF(x + pad, boxHeight - pad - dateHeight, inner, dateHeight), date,
                          FormItem::Style::Small, kWrap});
        column = (column + 1) % 2;
    }
    return rows;
}

QList<FormLayout::Block> FormLayout::blocks() const
{
    QList<Block> list;
    Block statement =
        text(m_template.text(QStringLiteral("statement"), m_data.language), FormItem::Style::Body);
    statement.height += mm(3);
    list.append(statement);
    for (const FormTemplate::Section& section : m_template.sections) {
        if (!section.condition.isEmpty() && !m_data.conditions.contains(section.condition)) {
            continue;
        }
        Block title = sectionTitle(section.title.in(m_data.language));
        QList<Block> content;
        switch (section.kind) {
        case FormTemplate::Section::Kind::Fields:
            for (const FormTemplate::Field& field : section.fields) {
                content.append(fieldRow(field.label.in(m_data.language), m_data.value(field.key)));
            }
            break;
        case FormTemplate::Section::Kind::Attachments:
            content = attachments();
            break;
        case FormTemplate::Section::Kind::Signatures:
            content = signatures(section);
            break;
        }
        if (content.isEmpty()) {
            continue;
        }
        content.last().height += mm(4);
        list.append(title);
        list.append(content);
    }
    return list;
}

QList<FormPage> FormLayout::pages() const
{
    const QList<Block> all = blocks();
    const qreal top = headerHeight();
    const qreal bottom = m_height - footerHeight();
    QList<FormPage> pages(1);
    qreal y = top;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Block& block = all.at(i);
        qreal needed = block.height;
        if (block.keepWithNext && i + 1 < all.size()) {
            needed += all.at(i + 1).height;
        }
        // A block taller than a whole page is placed anyway rather than looping.
        if (y + needed > bottom && y > top) {
            pages.append(FormPage());
            y = top;
        }
        for (FormItem item : block.items) {
            item.rect.translate(0, y);
            pages.last().items.append(item);
        }
        y += block.height;
    }
    return pages;
}

} // namespace guichet
