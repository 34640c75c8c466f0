#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>

namespace guichet {

// Who certifies a copy, and when: printed on every page of the copy.
struct Certification {
    QString certifierName;
    QDate date;
};

// A certified copy ("copie conforme à l'original") of a document's pages as one PDF: each
// page is the page image with, in its lower right corner, a stamp carrying the legal
// mention, the certifier's name, the date and a line to sign on. The stamp is real PDF text
// (searchable, extractable), written without any font machinery so that it works in the
// command-line tool as in the window. Only the pages are given: the stored original is
// never touched.
//
// The stamp uses the PDF standard fonts (Helvetica) in WinAnsi encoding: a character
// outside it (rare in French and Western European names) is printed as "?".
class CertifiedCopy {
    Q_DECLARE_TR_FUNCTIONS(CertifiedCopy)
public:
    // The legal mention, in French whatever the interface language: it is the phrase the
    // law and the registration authority's procedures use.
    static QString legalMention() { return QStringLiteral("Copie conforme \u00e0 l'original"); }

    static Result<QByteArray> write(const QList<QImage>& pages, const Certification& certification,
                                    const QString& title);

    // Text as a PDF literal string in WinAnsi encoding, escaped: "(...)".
    static QByteArray pdfString(const QString& text);
};

} // namespace guichet
