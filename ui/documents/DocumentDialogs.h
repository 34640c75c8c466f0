#pragma once

#include "documents/CertifiedCopy.h"
#include "documents/DocumentType.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

class QWidget;

namespace guichet {

struct ImportChoice {
    DocumentType type = DocumentType::Other;
    std::optional<QDate> paperDate;
};

// The questions the viewer's buttons ask before any work is queued.
class DocumentDialogs {
    Q_DECLARE_TR_FUNCTIONS(DocumentDialogs)
public:
    // The document's type, and its paper date where a rule needs one (Kbis, mandate).
    static std::optional<ImportChoice> askImport(QWidget* parent);
    // Who certifies and on which date, prefilled with the operator and today.
    static std::optional<Certification>
    askCertification(QWidget* parent, const QString& operatorName, const QDate& today);
};

} // namespace guichet
