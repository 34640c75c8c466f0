#include "meeting/SummaryStep.h"

#include "identity/IdentityDocumentCatalogue.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

SummaryStep::SummaryStep(const IdentityDocumentCatalogue& documents, QString language,
                         QWidget* parent)
    : MeetingStep(parent), m_documents(documents), m_language(std::move(language))
{
    setObjectName(QStringLiteral("summaryStep"));
    m_recap = new QLabel;
    m_recap->setObjectName(QStringLiteral("meetingRecap"));
    m_recap->setWordWrap(true);
    m_recap->setTextFormat(Qt::RichText);
    m_recap->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_originals = new QCheckBox(tr("&Originals posted to the certification authority"));
    m_originals->setObjectName(QStringLiteral("originalsPosted"));
    m_verify = new QPushButton(tr("&Identity verified"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Records that the holder's identity was verified face to face "
                            "(Enter). Refused while a rule in the checklist is not met."));
    m_outcome = new QLabel;
    m_outcome->setObjectName(QStringLiteral("verifyOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_recap);
    layout->addWidget(m_originals);
    layout->addWidget(m_verify, 0, Qt::AlignLeft);
    layout->addWidget(m_outcome);
    layout->addStretch(1);

    connect(m_originals, &QCheckBox::clicked, this,
            [this](bool on) { decide(MeetingDecision::Kind::OriginalsPosted, on); });
    connect(m_verify, &QPushButton::clicked, this, &SummaryStep::verifyRequested);
}

QString SummaryStep::title() const
{
    return tr("Summary");
}

void SummaryStep::load(const Meeting& meeting, const Dossier& dossier)
{
    m_dossier = dossier;
    const MeetingDecision* originals = meeting.latest(MeetingDecision::Kind::OriginalsPosted);
    m_originals->setChecked(originals != nullptr && originals->value);
    m_outcome->clear();
    showRecap(meeting);
    if (meeting.identityVerifiedAtUtc) {
        showOutcome(true, tr("Identity verified on %1.")
                              .arg(QLocale().toString(meeting.identityVerifiedAtUtc->toLocalTime(),
                                                      QLocale::ShortFormat)));
    }
}

void SummaryStep::storedChanged(const Meeting& meeting)
{
    showRecap(meeting);
}

QWidget* SummaryStep::firstField() const
{
    return m_originals;
}

void SummaryStep::setBusy(bool busy)
{
    m_verify->setEnabled(!busy);
}

void SummaryStep::showOutcome(bool verified, const QString& text)
{
    m_outcome->setProperty("verified", verified);
    m_outcome->setStyleSheet(verified ? QStringLiteral("color: #1b5e20; font-weight: bold")
                                      : QStringLiteral("color: #b00020"));
    m_outcome->setText(text);
}

void SummaryStep::showRecap(const Meeting& meeting)
{
    const PresentedDocument& doc = meeting.document;
    const IdentityDocumentType* type = m_documents.type(doc.typeId);
    const QString none = tr("not recorded");
    auto row = [](const QString& caption, const QString& value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(caption.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString rows;
    rows += row(tr("Holder"), m_dossier.holder.surnames.toUpper() + QLatin1Char(' ') +
                                  m_dossier.holder.givenNames);
    rows += row(tr("Place"), meeting.place.isEmpty() ? none : meeting.place);
    rows += row(tr("Document"), type != nullptr ? type->name.in(m_language) : none);
    rows += row(tr("Number"), doc.number.isEmpty() ? none : doc.number);
    rows += row(tr("Valid until"), doc.expiryDate.isValid() ? dateText(doc.expiryDate) : none);
    rows += row(tr("Security features checked"), QString::number(meeting.checkedFeatures().size()));
    const MeetingDecision* face = meeting.latest(MeetingDecision::Kind::FaceCompared);
    rows += row(tr("Face"), face == nullptr ? none
                            : face->value   ? tr("matches")
                                            : tr("does not match"));
    m_recap->setText(QStringLiteral("<table cellspacing='4'>%1</table>").arg(rows));
}

} // namespace guichet
