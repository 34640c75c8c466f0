#include "ca/RenewalDialog.h"

#include "service/DossierService.h"
#include "service/DossierWorker.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

RenewalDialog::RenewalDialog(DossierWorker& worker, RenewalPreview preview, QWidget* parent)
    : QDialog(parent), m_worker(worker), m_preview(std::move(preview))
{
    setObjectName(QStringLiteral("renewalDialog"));
    setWindowTitle(tr("Renew a certificate"));
    const PreviousCertificate& cert = m_preview.certificate;
    const Dossier& draft = m_preview.draft;

    auto* facts = new QFormLayout;
    facts->addRow(tr("Certificate:"), new QLabel(cert.subject.toHtmlEscaped(), this));
    facts->addRow(tr("Serial number:"), new QLabel(cert.serialHex, this));
    facts->addRow(tr("Issued by:"), new QLabel(cert.issuer.toHtmlEscaped(), this));
    facts->addRow(
        tr("Valid until:"),
        new QLabel(QLocale().toString(cert.notAfterUtc.toLocalTime(), QLocale::ShortFormat), this));
    facts->addRow(
        tr("Holder:"),
        new QLabel(
            (draft.holder.givenNames + QLatin1Char(' ') + draft.holder.surnames).toHtmlEscaped(),
            this));
    if (draft.organisation) {
        facts->addRow(tr("Organisation:"),
                      new QLabel(draft.organisation->name.toHtmlEscaped(), this));
    }
    if (m_preview.previousDossierId != 0) {
        facts->addRow(tr("Previous dossier:"),
                      new QLabel(QString::number(m_preview.previousDossierId), this));
    }

    // The decision comes first and stands out: it decides whether the holder must come back.
    auto* decision = new QLabel(this);
    decision->setObjectName(QStringLiteral("renewalDecision"));
    decision->setWordWrap(true);
    decision->setTextFormat(Qt::RichText);
    QString html =
        QStringLiteral("<b>%1</b><ul>").arg(m_preview.decision.displayName().toHtmlEscaped());
    for (const QString& reason : m_preview.decision.reasons) {
        html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    }
    decision->setText(html + QStringLiteral("</ul>"));

    auto* inputs = new QFormLayout;
    m_order = new QLineEdit(draft.orderReference, this);
    m_order->setObjectName(QStringLiteral("renewalOrder"));
    inputs->addRow(tr("&Order reference:"), m_order);
    m_birthDate = new QDateEdit(this);
    m_birthDate->setObjectName(QStringLiteral("renewalBirthDate"));
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birthDate->setDate(draft.holder.birthDate.isValid() ? draft.holder.birthDate
                                                          : QDate(1980, 1, 1));
    inputs->addRow(tr("Holder's date of &birth:"), m_birthDate);
    m_email = new QLineEdit(draft.holder.email, this);
    m_email->setObjectName(QStringLiteral("renewalEmail"));
    inputs->addRow(tr("Holder's &email:"), m_email);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("renewalError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* open =
        m_buttons->addButton(tr("&Open the renewal dossier"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("renewalOpen"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RenewalDialog::openDossier);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addWidget(decision);
    layout->addLayout(inputs);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

void RenewalDialog::openDossier()
{
    m_buttons->setEnabled(false);
    m_error->hide();
    const RenewalSupplement supplement{
        m_order->text().trimmed(), m_birthDate->date(), m_email->text().trimmed(), {}, {}};
    m_worker.run<Result<std::pair<Dossier, RenewalLink>>>(
        this,
        [certificate = m_preview.certificate, caProfile = m_preview.draft.caProfileId,
         supplement](DossierService& service) {
            RenewalService renewals(service.database(), service.clock(), service.catalogue(),
                                    service.actor());
            return renewals.open(certificate, supplement, caProfile);
        },
        [this](Result<std::pair<Dossier, RenewalLink>> opened) {
            m_buttons->setEnabled(true);
            if (!opened) {
                m_error->setText(opened.error().message);
                m_error->show();
                return;
            }
            emit this->opened(opened->first.id, m_preview.decision.displayName());
            accept();
        });
}

} // namespace guichet
