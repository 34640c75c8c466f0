#include "meeting/ConsentStep.h"

#include "domain/ProductCatalogue.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace guichet {

ConsentStep::ConsentStep(const ProductCatalogue& products, QString language, QString termsVersion,
                         QWidget* parent)
    : MeetingStep(parent), m_products(products), m_language(std::move(language)),
      m_termsVersion(std::move(termsVersion))
{
    setObjectName(QStringLiteral("consentStep"));
    m_place = new QLineEdit;
    m_place->setObjectName(QStringLiteral("meetingPlace"));
    m_place->setPlaceholderText(tr("Town and office, e.g. Lyon, agence Part-Dieu"));
    auto* placeForm = new QFormLayout;
    placeForm->addRow(tr("Meeting &place:"), m_place);
    m_information = new QLabel;
    m_information->setObjectName(QStringLiteral("consentInformation"));
    m_information->setWordWrap(true);
    m_information->setTextFormat(Qt::RichText);

    m_shown = new QCheckBox(tr("&Information above shown to the holder and read"));
    m_shown->setObjectName(QStringLiteral("informationShown"));
    m_terms =
        new QCheckBox(tr("The holder &accepted the terms of use, version %1").arg(m_termsVersion));
    m_terms->setObjectName(QStringLiteral("termsAccepted"));

    auto* publication = new QGroupBox(tr("Publication of the certificate"));
    m_publish = new QRadioButton(tr("The holder agrees to pu&blication"));
    m_publish->setObjectName(QStringLiteral("publicationAgreed"));
    m_noPublish = new QRadioButton(tr("The holder &refuses publication"));
    m_noPublish->setObjectName(QStringLiteral("publicationRefused"));
    m_publication = new QButtonGroup(this);
    m_publication->addButton(m_publish);
    m_publication->addButton(m_noPublish);
    auto* publicationLayout = new QVBoxLayout(publication);
    publicationLayout->addWidget(m_publish);
    publicationLayout->addWidget(m_noPublish);

    m_secureDevice = new QCheckBox(tr("The holder consents to the use of a &secure device"));
    m_secureDevice->setObjectName(QStringLiteral("secureDeviceConsent"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(placeForm);
    layout->addWidget(m_information);
    layout->addWidget(m_shown);
    layout->addWidget(m_terms);
    layout->addWidget(publication);
    layout->addWidget(m_secureDevice);
    layout->addStretch(1);

    connect(m_place, &QLineEdit::textChanged, this, [this] {
        if (!m_loading) {
            emit edited();
        }
    });
    // clicked, not toggled: only what the operator does is a decision, never a load.
    connect(m_shown, &QCheckBox::clicked, this,
            [this](bool on) { decide(MeetingDecision::Kind::InformationShown, on); });
    connect(m_terms, &QCheckBox::clicked, this,
            [this](bool on) { decide(MeetingDecision::Kind::TermsAccepted, on, m_termsVersion); });
    connect(m_publish, &QRadioButton::clicked, this,
            [this] { decide(MeetingDecision::Kind::PublicationConsent, true); });
    connect(m_noPublish, &QRadioButton::clicked, this,
            [this] { decide(MeetingDecision::Kind::PublicationConsent, false); });
    connect(m_secureDevice, &QCheckBox::clicked, this,
            [this](bool on) { decide(MeetingDecision::Kind::SecureDeviceConsent, on); });
}

QString ConsentStep::title() const
{
    return tr("Information and consent");
}

void ConsentStep::load(const Meeting& meeting, const Dossier& dossier)
{
    const Product* product = m_products.product(dossier.productId);
    const QString productName =
        product != nullptr ? product->name.in(m_language) : dossier.productId;
    const int retention = product != nullptr ? product->retentionYears : 7;
    // TS 119 461 INI-8.1-01X: purpose, terms and retention are shown before the process.
    m_information->setText(
        tr("<p><b>Read this to the holder, or let them read it, before anything else.</b></p>"
           "<p><b>Purpose:</b> we verify your identity face to face so that the certification "
           "authority can issue you a certificate (%1). Your identity document is checked and "
           "a copy is kept.</p>"
           "<p><b>Terms of use:</b> version %2 sets your obligations as a certificate holder; "
           "you accept them by a deliberate act recorded now.</p>"
           "<p><b>Retention:</b> this registration file and its copies are kept for %n "
           "year(s), then destroyed.</p>",
           nullptr, retention)
            .arg(productName.toHtmlEscaped(), m_termsVersion.toHtmlEscaped()));

    m_loading = true;
    m_place->setText(meeting.place);
    m_loading = false;
    auto latestValue = [&meeting](MeetingDecision::Kind kind) {
        const MeetingDecision* decision = meeting.latest(kind);
        return decision != nullptr ? std::optional<bool>(decision->value) : std::nullopt;
    };
    m_shown->setChecked(latestValue(MeetingDecision::Kind::InformationShown).value_or(false));
    const MeetingDecision* terms = meeting.latest(MeetingDecision::Kind::TermsAccepted);
    m_terms->setChecked(terms != nullptr && terms->value && terms->subject == m_termsVersion);
    const auto publication = latestValue(MeetingDecision::Kind::PublicationConsent);
    m_publication->setExclusive(false);
    m_publish->setChecked(publication == true);
    m_noPublish->setChecked(publication == false);
    m_publication->setExclusive(true);
    m_secureDevice->setChecked(
        latestValue(MeetingDecision::Kind::SecureDeviceConsent).value_or(false));
}

void ConsentStep::writeTo(Meeting& meeting) const
{
    meeting.place = m_place->text().trimmed();
}

QWidget* ConsentStep::firstField() const
{
    return m_place;
}

} // namespace guichet
