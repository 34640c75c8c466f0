#include "meeting/DocumentStep.h"

#include "identity/IdentityDocumentCatalogue.h"
#include "identity/MrzComparison.h"
#include "meeting/MrzPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace guichet {

DocumentStep::DocumentStep(const IdentityDocumentCatalogue& documents, const Clock& clock,
                           QString language, QWidget* parent)
    : MeetingStep(parent), m_documents(documents), m_language(std::move(language))
{
    setObjectName(QStringLiteral("documentStep"));
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("documentType"));
    m_type->addItem(tr("Choose the document type…"), QString());
    for (const IdentityDocumentType& type : documents.types()) {
        m_type->addItem(type.name.in(m_language), type.id);
    }
    m_number = addLine(QStringLiteral("documentNumber"));
    m_state = addLine(QStringLiteral("issuingState"));
    m_state->setPlaceholderText(tr("ICAO code, e.g. FRA"));
    m_authority = addLine(QStringLiteral("issuingAuthority"));
    m_issue = addLine(QStringLiteral("issueDate"));
    m_expiry = addLine(QStringLiteral("expiryDate"));
    m_surnames = addLine(QStringLiteral("visualSurnames"));
    m_givenNames = addLine(QStringLiteral("visualGivenNames"));
    m_birth = addLine(QStringLiteral("visualBirthDate"));
    for (QLineEdit* date : {m_issue, m_expiry, m_birth}) {
        date->setPlaceholderText(tr("DD/MM/YYYY"));
    }
    m_dateProblems = new QLabel;
    m_dateProblems->setObjectName(QStringLiteral("documentDateProblems"));
    m_dateProblems->setWordWrap(true);

    auto* document = new QGroupBox(tr("Document"));
    auto* documentForm = new QFormLayout(document);
    documentForm->addRow(tr("&Type:"), m_type);
    documentForm->addRow(tr("N&umber:"), m_number);
    documentForm->addRow(tr("Issuing &state:"), m_state);
    documentForm->addRow(tr("Issuing authorit&y:"), m_authority);
    documentForm->addRow(tr("Issue&d on:"), m_issue);
    documentForm->addRow(tr("E&xpires on:"), m_expiry);

    auto* visual = new QGroupBox(tr("Visual zone, as printed"));
    auto* visualForm = new QFormLayout(visual);
    visualForm->addRow(tr("Sur&names:"), m_surnames);
    visualForm->addRow(tr("&Given names:"), m_givenNames);
    visualForm->addRow(tr("&Birth date:"), m_birth);

    m_mrz = new MrzPanel(clock);
    auto* mrzBox = new QGroupBox(tr("Machine-readable zone (MRZ)"));
    auto* mrzLayout = new QVBoxLayout(mrzBox);
    auto* mrzLabel = new QLabel(tr("&MRZ lines:"));
    mrzLabel->setBuddy(m_mrz->editor());
    m_comparison = new QLabel;
    m_comparison->setObjectName(QStringLiteral("mrzComparison"));
    m_comparison->setWordWrap(true);
    m_comparison->setTextFormat(Qt::RichText);
    mrzLayout->addWidget(mrzLabel);
    mrzLayout->addWidget(m_mrz);
    mrzLayout->addWidget(m_comparison);

    m_copy = new QCheckBox(tr("&Copy made and marked « conforme à l'original »"));
    m_copy->setObjectName(QStringLiteral("copyCertified"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(document);
    layout->addWidget(visual);
    layout->addWidget(m_dateProblems);
    layout->addWidget(mrzBox);
    layout->addWidget(m_copy);
    layout->addStretch(1);

    connect(m_type, &QComboBox::currentIndexChanged, this, &DocumentStep::onTypeChanged);
    connect(m_mrz, &MrzPanel::changed, this, &DocumentStep::onEdited);
    connect(m_copy, &QCheckBox::clicked, this,
            [this](bool on) { decide(MeetingDecision::Kind::CopyCertified, on); });
}

QLineEdit* DocumentStep::addLine(const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    connect(edit, &QLineEdit::textChanged, this, &DocumentStep::onEdited);
    return edit;
}

QString DocumentStep::title() const
{
    return tr("ID document");
}

QString DocumentStep::typeId() const
{
    return m_type->currentData().toString();
}

const IdentityDocumentType* DocumentStep::currentType() const
{
    return m_documents.type(typeId());
}

void DocumentStep::load(const Meeting& meeting, const Dossier& dossier)
{
    Q_UNUSED(dossier);
    m_loading = true;
    const PresentedDocument& doc = meeting.document;
    const int typeIndex = m_type->findData(doc.typeId);
    m_type->setCurrentIndex(typeIndex < 0 ? 0 : typeIndex);
    m_number->setText(doc.number);
    m_state->setText(doc.issuingState);
    m_authority->setText(doc.issuingAuthority);
    m_issue->setText(dateText(doc.issueDate));
    m_expiry->setText(dateText(doc.expiryDate));
    m_surnames->setText(doc.surnames);
    m_givenNames->setText(doc.givenNames);
    m_birth->setText(dateText(doc.birthDate));
    m_mrz->setLines(doc.mrzLines);
    const MeetingDecision* copy = meeting.latest(MeetingDecision::Kind::CopyCertified);
    m_copy->setChecked(copy != nullptr && copy->value);
    onTypeChanged();
    m_loading = false;
}

void DocumentStep::writeTo(Meeting& meeting) const
{
    PresentedDocument& doc = meeting.document;
    doc.typeId = typeId();
    doc.number = m_number->text().trimmed();
    doc.issuingState = m_state->text().trimmed().toUpper();
    doc.issuingAuthority = m_authority->text().trimmed();
    doc.issueDate = parseDate(m_issue->text());
    doc.expiryDate = parseDate(m_expiry->text());
    doc.surnames = m_surnames->text().trimmed();
    doc.givenNames = m_givenNames->text().trimmed();
    doc.birthDate = parseDate(m_birth->text());
    doc.mrzLines = m_mrz->lines();
}

QWidget* DocumentStep::firstField() const
{
    return m_type;
}

void DocumentStep::onTypeChanged()
{
    const IdentityDocumentType* type = currentType();
    // A document whose validity may be extended is judged by the rules, not by its MRZ alone.
    m_mrz->setExpectation(type != nullptr ? type->mrzFormat : MrzFormat::Unknown,
                          type == nullptr || type->extensions.isEmpty());
    if (type != nullptr && m_state->text().trimmed().isEmpty() && !type->issuingState.isEmpty()) {
        const QSignalBlocker blocker(m_state);
        m_state->setText(type->issuingState);
    }
    emit typeChanged(typeId());
    onEdited();
}

void DocumentStep::onEdited()
{
    QStringList unreadable;
    if (!dateInputValid(m_issue)) {
        unreadable.append(tr("the issue date"));
    }
    if (!dateInputValid(m_expiry)) {
        unreadable.append(tr("the expiry date"));
    }
    if (!dateInputValid(m_birth)) {
        unreadable.append(tr("the birth date"));
    }
    m_dateProblems->setText(
        unreadable.isEmpty()
            ? QString()
            : tr("Write %1 as DD/MM/YYYY, for example 31/12/1980.").arg(unreadable.join(tr(", "))));
    compare();
    if (!m_loading) {
        emit edited();
    }
}

// Differences between the MRZ and what was typed from the visual zone are shown, never
// hidden (issue 3): a mismatch is a reason to look at the document again.
void DocumentStep::compare()
{
    if (m_mrz->isEmpty() || m_mrz->result().lineCount() == 0) {
        m_comparison->clear();
        return;
    }
    VisualZone visual;
    visual.surnames = m_surnames->text().trimmed();
    visual.givenNames = m_givenNames->text().trimmed();
    visual.documentNumber = m_number->text().trimmed();
    visual.birthDate = parseDate(m_birth->text());
    visual.expiryDate = parseDate(m_expiry->text());
    QStringList rows;
    int differences = 0;
    for (const MrzFieldComparison& field : MrzComparison::compare(m_mrz->result(), visual)) {
        if (field.outcome == MrzFieldComparison::Outcome::NotEntered) {
            continue;
        }
        const QString text = field.message().toHtmlEscaped();
        if (field.differs()) {
            ++differences;
            rows.append(
                QStringLiteral("<li><span style='color:#b00020'><b>%1</b></span></li>").arg(text));
        } else {
            rows.append(QStringLiteral("<li>%1</li>").arg(text));
        }
    }
    const QString heading =
        differences == 0
            ? tr("The MRZ agrees with the visual zone.")
            : tr("%n difference(s) between the MRZ and the visual zone:", nullptr, differences);
    m_comparison->setText(
        QStringLiteral("<p>%1</p><ul>%2</ul>").arg(heading.toHtmlEscaped(), rows.join(QString())));
    m_comparison->setProperty("differences", differences);
}

} // namespace guichet
