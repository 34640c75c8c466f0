#include "RejectionBanner.h"

namespace guichet {

RejectionBanner::RejectionBanner(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("rejectionBanner"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFrameShape(QFrame::StyledPanel);
    setMargin(8);
    // Warning colours from the palette's own roles would vary by theme; a fixed pale red
    // with dark text stays readable on light and dark themes alike.
    setStyleSheet(QStringLiteral("QLabel#rejectionBanner { background: #fde2e1; color: #5c0a06; "
                                 "border: 1px solid #c9302c; font-weight: bold; }"));
    setAccessibleName(tr("Rejection by the CA"));
    hide();
}

void RejectionBanner::showFor(const Dossier& dossier)
{
    if (dossier.id == 0 || dossier.status != DossierStatus::RejectedPendingDocuments) {
        hide();
        return;
    }
    const QString reason = lastRejectionReason(dossier);
    setText(reason.isEmpty()
                ? tr("The CA rejected this dossier pending documents, without giving a reason. "
                     "Ask the CA what is missing before submitting it again.")
                : tr("The CA rejected this dossier pending documents: %1\nAdd or correct what "
                     "it asks for, then submit the dossier again.")
                      .arg(reason));
    show();
}

QString RejectionBanner::lastRejectionReason(const Dossier& dossier)
{
    for (auto change = dossier.history.crbegin(); change != dossier.history.crend(); ++change) {
        if (change->to == DossierStatus::RejectedPendingDocuments) {
            return change->reason.trimmed();
        }
    }
    return {};
}

} // namespace guichet
