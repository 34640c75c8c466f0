#pragma once

#include "domain/Dossier.h"

#include <QLabel>

namespace guichet {

// The CA's rejection shown where the operator cannot miss it (issue 6, "rejected pending
// documents with the reason shown prominently", as the CA's FAQ asks of the registration
// office): above the dossier, with the CA's own words, while the dossier waits for documents.
class RejectionBanner : public QLabel {
    Q_OBJECT
public:
    explicit RejectionBanner(QWidget* parent = nullptr);

    // Visible only while `dossier` is rejected pending documents.
    void showFor(const Dossier& dossier);

    // The reason given when the dossier last entered that status (empty if none was given).
    static QString lastRejectionReason(const Dossier& dossier);
};

} // namespace guichet
