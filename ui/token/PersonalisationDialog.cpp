// PersonalisationDialog, first part: the window, the choice of the holder's token (listed on
// the token worker, refused with the reason when the product cannot go on it) and the steps'
// display. The run itself is in PersonalisationRun.cpp.
#include "token/PersonalisationDialog.h"

#include "smartcard/AtrCatalogue.h"
#include "token/EnrolmentWait.h"
#include "token/TokenModels.h"
#include "token/TokenPersonaliser.h"
#include "token/TokenService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {
namespace {

constexpr int kSteps = static_cast<int>(PersonalisationStep::Verified);

// The catalogue writes "rsa-2048", the token layer "rsa2048".
std::optional<KeyAlgorithm> productAlgorithm(const QString& name)
{
    if (auto algorithm = keyAlgorithmFromName(name)) {
        return algorithm;
    }
    return keyAlgorithmFromName(
        QString(name).replace(QStringLiteral("rsa-"), QStringLiteral("rsa")));
}

QLabel* wrapped(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PersonalisationDialog::PersonalisationDialog(TokenService& service, DossierWorker& worker,
                                             const AtrCatalogue& catalogue, const Dossier& dossier,
                                             const Product& product,
                                             std::optional<HolderIdentity> identity,
                                             QWidget* parent)
    : QDialog(parent), m_service(service), m_catalogue(catalogue), m_dossier(dossier),
      m_product(product), m_wait(new EnrolmentWait(worker, dossier.id, this))
{
    setObjectName(QStringLiteral("personalisationDialog"));
    setWindowTitle(tr("Personalise the holder's token — %1").arg(dossier.orderReference));

    m_subjectLabel = wrapped(this, QStringLiteral("personalisationSubject"));
    m_tokenBox = new QComboBox(this);
    m_tokenBox->setObjectName(QStringLiteral("personalisationTokens"));
    m_refresh = new QPushButton(tr("Look again"), this);
    m_refresh->setObjectName(QStringLiteral("personalisationRefresh"));
    m_algorithmBox = new QComboBox(this);
    m_algorithmBox->setObjectName(QStringLiteral("personalisationAlgorithm"));
    for (const QString& name : std::as_const(product.keyAlgorithms)) {
        if (auto algorithm = productAlgorithm(name)) {
            m_algorithmBox->addItem(name, static_cast<int>(*algorithm));
        }
    }
    m_tokenDetails = wrapped(this, QStringLiteral("personalisationTokenDetails"));
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("personalisationSteps"));
    for (int step = 1; step <= kSteps; ++step) {
        m_steps->addItem(personalisationStepName(static_cast<PersonalisationStep>(step)));
    }
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, kSteps);
    m_progress->setValue(0);
    m_message = wrapped(this, QStringLiteral("personalisationMessage"));

    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenBox, 1);
    tokenRow->addWidget(m_refresh);
    auto* form = new QFormLayout;
    form->addRow(tr("Certificate subject:"), m_subjectLabel);
    form->addRow(tr("Token:"), tokenRow);
    form->addRow(QString(), m_tokenDetails);
    form->addRow(tr("Key:"), m_algorithmBox);

    auto* buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Personalise"), QDialogButtonBox::ActionRole);
    m_start->setObjectName(QStringLiteral("personalisationStart"));
    m_cancel = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("personalisationCancel"));
    m_resume = buttons->addButton(tr("Resume"), QDialogButtonBox::ActionRole);
    m_resume->setObjectName(QStringLiteral("personalisationResume"));
    m_startOver = buttons->addButton(tr("Start over"), QDialogButtonBox::ActionRole);
    m_startOver->setObjectName(QStringLiteral("personalisationStartOver"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("personalisationClose"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_steps);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &PersonalisationDialog::refreshTokens);
    connect(m_tokenBox, &QComboBox::currentIndexChanged, this,
            &PersonalisationDialog::showSelected);
    connect(m_start, &QPushButton::clicked, this, &PersonalisationDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &PersonalisationDialog::cancel);
    connect(m_resume, &QPushButton::clicked, this, &PersonalisationDialog::resume);
    connect(m_startOver, &QPushButton::clicked, this, &PersonalisationDialog::startOver);
    connect(m_close, &QPushButton::clicked, this, &PersonalisationDialog::reject);
    connect(&m_service, &TokenService::tokensListed, this, &PersonalisationDialog::showTokens);
    connect(&m_service, &TokenService::progress, this, &PersonalisationDialog::onProgress);
    connect(&m_service, &TokenService::personalisationStopped, this,
            &PersonalisationDialog::onStopped);
    connect(&m_service, &TokenService::personalisationFinished, this,
            &PersonalisationDialog::onFinished);
    connect(&m_service, &TokenService::failed, this, &PersonalisationDialog::onFailed);
    connect(&m_service, &TokenService::requestSigned, this,
            &PersonalisationDialog::onRequestSigned);
    connect(m_wait, &EnrolmentWait::queued, this, &PersonalisationDialog::onQueued);
    connect(m_wait, &EnrolmentWait::issued, this, &PersonalisationDialog::onIssued);
    connect(m_wait, &EnrolmentWait::refused, this, &PersonalisationDialog::onRefused);
    connect(m_wait, &EnrolmentWait::timedOut, this,
            [this](qint64 itemId) { onNoAnswer(itemId, false); });
    connect(m_wait, &EnrolmentWait::failed, this, &PersonalisationDialog::onNotQueued);

    auto subject = DossierSubject::build(dossier, product, identity);
    if (subject) {
        m_subject = *subject;
        QStringList parts{QStringLiteral("CN=") + subject->commonName};
        if (!subject->organisation.isEmpty()) {
            parts << QStringLiteral("O=") + subject->organisation
                  << QStringLiteral("organizationIdentifier=") + subject->organisationIdentifier;
        }
        if (!subject->serialNumber.isEmpty()) {
            parts << QStringLiteral("serialNumber=") + subject->serialNumber;
        }
        parts << QStringLiteral("C=") + subject->country;
        if (!subject->email.isEmpty()) {
            parts << tr("e-mail %1").arg(subject->email);
        }
        m_subjectLabel->setText(parts.join(QStringLiteral(", ")));
    } else {
        m_subjectLabel->setText(tr("(cannot be made from this dossier)"));
        showError(subject.error().message);
    }
    setRunning(false);
    refreshTokens();
}

PersonalisationDialog::~PersonalisationDialog()
{
    if (m_running) {
        m_service.cancel();
    }
    if (m_job != 0) {
        m_service.drop(m_job); // its secrets go with it
    }
}

void PersonalisationDialog::refreshTokens()
{
    m_refresh->setEnabled(false);
    m_tokenDetails->setText(tr("Looking for tokens…"));
    m_service.listTokens();
}

void PersonalisationDialog::showTokens(const QList<TokenInfo>& tokens)
{
    m_refresh->setEnabled(!m_running);
    const QString previous = selected() ? selected()->serial : QString();
    // The two-reader desk (operators issue): the operator's own card is never offered as
    // the holder's token.
    m_tokens.clear();
    for (const TokenInfo& token : tokens) {
        if (m_operatorToken.isEmpty() || token.serial != m_operatorToken) {
            m_tokens.append(token);
        }
    }
    const QSignalBlocker blocker(m_tokenBox);
    m_tokenBox->clear();
    for (const TokenInfo& token : std::as_const(m_tokens)) {
        const QString name =
            token.initialised ? tr("%1 — %2, serial %3").arg(token.label, token.model, token.serial)
                              : tr("blank token — %1, serial %2").arg(token.model, token.serial);
        m_tokenBox->addItem(name);
        if (!previous.isEmpty() && token.serial == previous) {
            m_tokenBox->setCurrentIndex(m_tokenBox->count() - 1);
        }
    }
    showSelected();
}

const TokenInfo* PersonalisationDialog::selected() const
{
    const int index = m_tokenBox->currentIndex();
    return index >= 0 && index < m_tokens.size() ? &m_tokens.at(index) : nullptr;
}

std::optional<QString> PersonalisationDialog::refusal(const TokenInfo& token) const
{
    const TokenModel* model = catalogueModelFor(m_catalogue, token);
    // SDP-6.5.1-02: a product that needs a QSCD only goes on a certified model.
    if (m_product.qscdRequired && (model == nullptr || !model->qscd)) {
        return tr("The product %1 needs a certified qualified signature creation device "
                  "(QSCD); this token (%2) is not one. Use a certified token.")
            .arg(m_product.id, token.model);
    }
    // A blank token's flags mean nothing yet (SoftHSM2 reports its SO PIN "locked").
    if (token.initialised && token.soPinLocked) {
        return tr("This token's SO PIN is locked: it cannot be initialised.");
    }
    return std::nullopt;
}

void PersonalisationDialog::showSelected()
{
    const TokenInfo* token = selected();
    if (!token) {
        m_tokenDetails->setText(tr("No token found. Insert the holder's token, then look again."));
        setRunning(m_running);
        return;
    }
    const TokenModel* model = catalogueModelFor(m_catalogue, *token);
    QString qscd;
    if (model == nullptr) {
        qscd = tr("model not in the catalogue: not a certified QSCD");
    } else if (model->qscd) {
        qscd = tr("certified QSCD (%1)").arg(model->qscdReference);
    } else {
        qscd = tr("not a certified QSCD");
    }
    QStringList lines{tr("Model: %1 (%2)")
                          .arg(model ? model->model : token->model,
                               model ? model->manufacturer : token->manufacturer),
                      tr("Serial: %1").arg(token->serial), tr("QSCD: %1").arg(qscd)};
    if (token->protectedAuthenticationPath) {
        lines << tr("PIN pad: the holder types the PIN on the reader.");
    }
    if (auto refused = refusal(*token)) {
        lines << *refused;
    }
    m_tokenDetails->setText(lines.join(QLatin1Char('\n')));
    setRunning(m_running);
}

void PersonalisationDialog::setAnswerTimeoutMs(int milliseconds)
{
    m_wait->setTimeoutMs(milliseconds);
}

void PersonalisationDialog::setBusy(bool busy)
{
    // An answer has no known length: the bar moves without a value while waiting.
    m_progress->setRange(0, busy ? 0 : kSteps);
}

void PersonalisationDialog::markSteps(int done, int running, bool failed)
{
    for (int row = 0; row < kSteps; ++row) {
        QListWidgetItem* item = m_steps->item(row);
        const QString name = personalisationStepName(static_cast<PersonalisationStep>(row + 1));
        if (row < done) {
            item->setText(tr("✔ %1").arg(name));
        } else if (row == running) {
            item->setText(tr("… %1").arg(name));
        } else if (row == done && failed) {
            item->setText(tr("✘ %1").arg(name));
        } else {
            item->setText(name);
        }
    }
    m_progress->setValue(std::min(done, kSteps));
}

void PersonalisationDialog::setRunning(bool running)
{
    m_running = running;
    const TokenInfo* token = selected();
    const bool canStart = !running && m_job == 0 && m_subject && token && !refusal(*token);
    m_start->setEnabled(canStart);
    m_cancel->setEnabled(running);
    m_resume->setEnabled(!running && m_job != 0);
    m_startOver->setEnabled(!running && m_job != 0);
    m_tokenBox->setEnabled(!running && m_job == 0);
    m_algorithmBox->setEnabled(!running && m_job == 0);
    m_refresh->setEnabled(!running);
    m_close->setEnabled(!running);
}

void PersonalisationDialog::showError(const QString& message)
{
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_message->setText(message);
}

} // namespace guichet
