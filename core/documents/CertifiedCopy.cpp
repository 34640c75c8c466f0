#include "documents/CertifiedCopy.h"

#include <QBuffer>
#include <QImageWriter>
#include <QLocale>
#include <algorithm>
#include <optional>

namespace guichet {
namespace {

constexpr double kPointsPerInch = 72.0;
constexpr double kDefaultDotsPerMeter = 300 / 0.0254;
constexpr int kJpegQuality = 90;

// Stamp layout, in points before scaling.
constexpr double kStampHeight = 96.0;
constexpr double kStampPadding = 8.0;
constexpr double kStampMargin = 18.0;
constexpr double kTitleSize = 12.0;
constexpr double kTextSize = 9.0;

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

// A rough width of Helvetica text (average advance ~0.55 em), enough to size the box.
double textWidth(const QString& text, double size)
{
    return double(text.size()) * size * 0.56;
}

// The few characters of WinAnsiEncoding outside Latin-1 that French text uses.
std::optional<char> winAnsiSpecial(char16_t c)
{
    switch (c) {
    case u'\u20ac':
        return char(0x80);
    case u'\u2026':
        return char(0x85);
    case u'\u0152':
        return char(0x8c);
    case u'\u2018':
        return char(0x91);
    case u'\u2019':
        return char(0x92);
    case u'\u201c':
        return char(0x93);
    case u'\u201d':
        return char(0x94);
    case u'\u2013':
        return char(0x96);
    case u'\u2014':
        return char(0x97);
    case u'\u0153':
        return char(0x9c);
    case u'\u00a0':
    case u'\u202f':
        return ' ';
    default:
        return std::nullopt;
    }
}

QByteArray utf16Hex(const QString& text)
{
    QByteArray bytes("<FEFF");
    for (const QChar c : text) {
        bytes.append(QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper());
    }
    return bytes.append('>');
}

Result<QByteArray> jpeg(const QImage& page, bool& grey)
{
    grey = page.isGrayscale();
    const QImage pixels =
        page.convertToFormat(grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(kJpegQuality);
    if (!writer.write(pixels)) {
        return Error{
            ErrorCode::Io,
            CertifiedCopy::tr("A page could not be encoded: %1").arg(writer.errorString())};
    }
    return bytes;
}

class PdfBuilder {
public:
    // Reserves an object number, to be written later.
    int reserve()
    {
        m_offsets.append(-1);
        return int(m_offsets.size());
    }
    void object(int number, const QByteArray& body)
    {
        m_offsets[number - 1] = m_out.size();
        m_out.append(QByteArray::number(number))
            .append(" 0 obj\n")
            .append(body)
            .append("\nendobj\n");
    }
    void stream(int number, const QByteArray& dictionary, const QByteArray& data)
    {
        object(number, dictionary.chopped(2) + " /Length " + QByteArray::number(data.size()) +
                           " >>\nstream\n" + data + "\nendstream");
    }
    QByteArray finish(int root, int info)
    {
        const qsizetype xref = m_out.size();
        m_out.append("xref\n0 ").append(QByteArray::number(m_offsets.size() + 1)).append("\n");
        m_out.append("0000000000 65535 f \n");
        for (const qsizetype offset : std::as_const(m_offsets)) {
            m_out.append(QByteArray::number(offset).rightJustified(10, '0')).append(" 00000 n \n");
        }
        m_out.append("trailer\n<< /Size ")
            .append(QByteArray::number(m_offsets.size() + 1))
            .append(" /Root ")
            .append(QByteArray::number(root))
            .append(" 0 R /Info ")
            .append(QByteArray::number(info))
            .append(" 0 R >>\nstartxref\n")
            .append(QByteArray::number(xref))
            .append("\n%%EOF\n");
        return m_out;
    }

private:
    QByteArray m_out{"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"};
    QList<qsizetype> m_offsets;
};

QByteArray text(const char* font, double size, double x, double y, const QString& line)
{
    return "BT /" + QByteArray(font) + " " + number(size) + " Tf " + number(x) + " " + number(y) +
           " Td " + CertifiedCopy::pdfString(line) + " Tj ET\n";
}

// The stamp, drawn in a box with its lower left corner at the origin, then placed.
QByteArray stamp(const Certification& certification, double pageWidth, double pageHeight)
{
    const QString mention = CertifiedCopy::legalMention();
    const QString by = CertifiedCopy::tr("Certified by: %1").arg(certification.certifierName);
    const QString date = CertifiedCopy::tr("Date: %1")
                             .arg(QLocale().toString(certification.date, QLocale::ShortFormat));
    const QString signature = CertifiedCopy::tr("Signature:");
    const double width = std::max({textWidth(mention, kTitleSize) * 1.08, textWidth(by, kTextSize),
                                   textWidth(date, kTextSize), 180.0}) +
                         2 * kStampPadding;
    // A small page (a photo at its real size) gets a smaller stamp, still whole.
    const double available = std::min(pageWidth * 0.9, pageHeight * 0.9 * width / kStampHeight);
    const double scale = std::min(1.0, available / (width + kStampMargin));
    const double x = pageWidth - (width + kStampMargin) * scale;
    const double y = kStampMargin * scale;
    const double top = kStampHeight - kStampPadding;
    const double signatureStart = kStampPadding + textWidth(signature, kTextSize) + 4;
    QByteArray ops = "q " + number(scale) + " 0 0 " + number(scale) + " " + number(x) + " " +
                     number(y) + " cm\n";
    ops += "1 1 1 rg 0.05 0.15 0.45 RG 1.2 w 0 0 " + number(width) + " " + number(kStampHeight) +
           " re B\n0.05 0.15 0.45 rg\n";
    ops += text("F1", kTitleSize, kStampPadding, top - kTitleSize, mention);
    ops += text("F2", kTextSize, kStampPadding, top - kTitleSize - 16, by);
    ops += text("F2", kTextSize, kStampPadding, top - kTitleSize - 29, date);
    ops += text("F2", kTextSize, kStampPadding, kStampPadding + 6, signature);
    ops += "0.6 w " + number(signatureStart) + " " + number(kStampPadding + 5) + " m " +
           number(width - kStampPadding) + " " + number(kStampPadding + 5) + " l S\nQ\n";
    return ops;
}

} // namespace

QByteArray CertifiedCopy::pdfString(const QString& line)
{
    QByteArray out("(");
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        char byte = '?';
        if (const auto special = winAnsiSpecial(u)) {
            byte = *special;
        } else if (u >= 0x20 && u < 0x7f) {
            byte = char(u);
        } else if (u >= 0xa0 && u <= 0xff) {
            byte = char(u);
        }
        const auto value = static_cast<unsigned char>(byte);
        if (byte == '(' || byte == ')' || byte == '\\') {
            out.append('\\').append(byte);
        } else if (value >= 0x80) {
            out.append('\\').append(QByteArray::number(value, 8).rightJustified(3, '0'));
        } else {
            out.append(byte);
        }
    }
    return out.append(')');
}

Result<QByteArray> CertifiedCopy::write(const QList<QImage>& pages,
                                        const Certification& certification, const QString& title)
{
    if (pages.isEmpty()) {
        return Error{ErrorCode::InvalidInput, tr("There is no page to certify.")};
    }
    if (certification.certifierName.trimmed().isEmpty() || !certification.date.isValid()) {
        return Error{ErrorCode::InvalidInput,
                     tr("A certified copy needs the certifier's name and a date.")};
    }
    PdfBuilder pdf;
    const int catalog = pdf.reserve();
    const int tree = pdf.reserve();
    const int bold = pdf.reserve();
    const int regular = pdf.reserve();
    const int info = pdf.reserve();
    pdf.object(bold, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding "
                     "/WinAnsiEncoding >>");
    pdf.object(regular, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding "
                        "/WinAnsiEncoding >>");
    pdf.object(info, "<< /Title " + utf16Hex(title) + " /Creator (Guichet) /Producer (Guichet) >>");
    QByteArray kids;
    for (const QImage& page : pages) {
        bool grey = false;
        auto encoded = jpeg(page, grey);
        if (!encoded) {
            return encoded.error();
        }
        const double dpmX =
            page.dotsPerMeterX() > 1000 ? page.dotsPerMeterX() : kDefaultDotsPerMeter;
        const double dpmY =
            page.dotsPerMeterY() > 1000 ? page.dotsPerMeterY() : kDefaultDotsPerMeter;
        const double width = page.width() / dpmX / 0.0254 * kPointsPerInch;
        const double height = page.height() / dpmY / 0.0254 * kPointsPerInch;
        const int image = pdf.reserve();
        const int content = pdf.reserve();
        const int object = pdf.reserve();
        pdf.stream(image,
                   "<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(page.width()) +
                       " /Height " + QByteArray::number(page.height()) + " /ColorSpace " +
                       (grey ? "/DeviceGray" : "/DeviceRGB") +
                       " /BitsPerComponent 8 /Filter /DCTDecode >>",
                   *encoded);
        pdf.stream(content, "<< >>",
                   "q " + number(width) + " 0 0 " + number(height) + " 0 0 cm /Im0 Do Q\n" +
                       stamp(certification, width, height));
        pdf.object(object, "<< /Type /Page /Parent " + QByteArray::number(tree) +
                               " 0 R /MediaBox [0 0 " + number(width) + " " + number(height) +
                               "] /Resources << /XObject << /Im0 " + QByteArray::number(image) +
                               " 0 R >> /Font << /F1 " + QByteArray::number(bold) + " 0 R /F2 " +
                               QByteArray::number(regular) + " 0 R >> >> /Contents " +
                               QByteArray::number(content) + " 0 R >>");
        kids.append(QByteArray::number(object)).append(" 0 R ");
    }
    pdf.object(tree, "<< /Type /Pages /Kids [ " + kids + "] /Count " +
                         QByteArray::number(pages.size()) + " >>");
    pdf.object(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(tree) + " 0 R >>");
    return pdf.finish(catalog, info);
}

} // namespace guichet
