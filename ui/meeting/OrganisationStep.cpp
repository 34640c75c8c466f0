#include "meeting/OrganisationStep.h"

#include "identity/OrganisationIdentifier.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace guichet {

OrganisationStep::OrganisationStep(QWidget* parent) : MeetingStep(parent)
{
    setObjectName(QStringLiteral("organisationStep"));
    m_identifier = new QLineEdit;
    m_identifier->setObjectName(QStringLiteral("organisationId"));
    m_identifier->setPlaceholderText(tr("SIREN (9 digits) or SIRET (14 digits)"));
    m_identifierStatus = new QLabel;
    m_identifierStatus->setObjectName(QStringLiteral("organisationIdStatus"));
    m_identifierStatus->setWordWrap(true);
    m_representative = new QLineEdit;
    m_representative->setObjectName(QStringLiteral("legalRepresentative"));
    m_mandateDate = new QLineEdit;
    m_mandateDate->setObjectName(QStringLiteral("mandateDate"));
    m_mandateDate->setPlaceholderText(tr("DD/MM/YYYY"));
    m_dateProblem = new QLabel;
    m_dateProblem->setObjectName(QStringLiteral("mandateDateProblem"));
    m_countersigned = new QCheckBox(tr("Mandate &countersigned by the holder"));
    m_countersigned->setObjectName(QStringLiteral("mandateCountersigned"));
    m_coSigned = new QCheckBox(tr("Request co-signed by the holder and the Certification &Agent"));
    m_coSigned->setObjectName(QStringLiteral("requestCoSigned"));

    auto* form = new QFormLayout;
    form->addRow(tr("SIREN or S&IRET:"), m_identifier);
    form->addRow(QString(), m_identifierStatus);
    form->addRow(tr("Legal &representative who signed the mandate:"), m_representative);
    form->addRow(tr("&Mandate dated:"), m_mandateDate);
    form->addRow(QString(), m_dateProblem);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_countersigned);
    layout->addWidget(m_coSigned);
    layout->addStretch(1);

    connect(m_identifier, &QLineEdit::textChanged, this, &OrganisationStep::checkIdentifier);
    connect(m_representative, &QLineEdit::textChanged, this, &OrganisationStep::onEdited);
    connect(m_mandateDate, &QLineEdit::textChanged, this, &OrganisationStep::onEdited);
    connect(m_countersigned, &QCheckBox::clicked, this, &OrganisationStep::onEdited);
    connect(m_coSigned, &QCheckBox::clicked, this, &OrganisationStep::onEdited);
}

QString OrganisationStep::title() const
{
    return tr("Organisation and mandate");
}

void OrganisationStep::load(const Meeting& meeting, const Dossier& dossier)
{
    m_loading = true;
    m_storedIdentifier = dossier.organisation ? dossier.organisation->registrationId : QString();
    m_identifier->setText(m_storedIdentifier);
    const OrganisationEvidence& evidence = meeting.organisation;
    m_representative->setText(evidence.legalRepresentative);
    m_mandateDate->setText(dateText(evidence.mandateDate));
    m_countersigned->setChecked(evidence.mandateCountersigned);
    m_coSigned->setChecked(evidence.requestCoSigned);
    checkIdentifier();
    onEdited();
    m_loading = false;
}

void OrganisationStep::writeTo(Meeting& meeting) const
{
    OrganisationEvidence& evidence = meeting.organisation;
    evidence.legalRepresentative = m_representative->text().trimmed();
    evidence.mandateDate = parseDate(m_mandateDate->text());
    evidence.mandateCountersigned = m_countersigned->isChecked();
    evidence.requestCoSigned = m_coSigned->isChecked();
}

QWidget* OrganisationStep::firstField() const
{
    return m_identifier;
}

void OrganisationStep::checkIdentifier()
{
    const QString typed = m_identifier->text();
    if (typed.trimmed().isEmpty()) {
        m_identifierStatus->setText(tr("Type the SIREN or SIRET from the Kbis extract or SIRENE "
                                       "notice."));
        return;
    }
    const Status checked = OrganisationIdentifier::checkSirenOrSiret(typed);
    if (!checked) {
        m_identifierStatus->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                                        .arg(checked.error().message.toHtmlEscaped()));
        return;
    }
    m_identifierStatus->setText(tr("Valid identifier."));
    const QString normalised = OrganisationIdentifier::normalise(typed);
    if (!m_loading && normalised != m_storedIdentifier) {
        m_storedIdentifier = normalised;
        emit organisationIdEdited(normalised);
    }
}

void OrganisationStep::onEdited()
{
    m_dateProblem->setText(dateInputValid(m_mandateDate)
                               ? QString()
                               : tr("Write the date as DD/MM/YYYY, for example 31/12/2025."));
    if (!m_loading) {
        emit edited();
    }
}

} // namespace guichet
