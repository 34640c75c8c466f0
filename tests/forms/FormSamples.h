#pragma once

#include "forms/InterventionFormBuilder.h"

#include <QString>

namespace guichet::test {

// A full RGS** dossier for an employee holder, met face to face by a DRA operator, with its
// documents and token: every field of the form has a value. `extraDocuments` adds that many
// more attached documents, to make the list flow onto further pages.
InterventionFormInputs employeeFormInputs(int extraDocuments = 0);

// The SHA-256 (hex) of the first attached document of employeeFormInputs().
QString firstDocumentSha256Hex();

// Text of a PDF through poppler's pdftotext: one string per page (pdftotext separates pages
// with form feeds). Empty on failure, with the reason in `error`.
QStringList pdfTextPages(const QByteArray& pdf, QString* error);
// poppler's pdffonts output.
QString pdfFonts(const QByteArray& pdf, QString* error);

} // namespace guichet::test
