#include "token/PersonalisationDialog.h"

#include "smartcard/AtrCatalogue.h"
#include "token/EnrolmentWait.h"
#include "token/HolderPinDialog.h"
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

void PersonalisationDialog::start()
{
    const TokenInfo* token = selected();
    if (!token || !m_subject) {
        return;
    }
    if (auto refused = refusal(*token)) {
        showError(*refused);
        return;
    }
    const TokenInfo chosen = *token;
    HolderPinDialog pinDialog(pinPolicyFor(chosen, catalogueModelFor(m_catalogue, chosen)),
                              chosen.protectedAuthenticationPath, this);
    if (pinDialog.exec() != QDialog::Accepted) {
        m_message->setText(tr("The holder did not choose a PIN; nothing was done."));
        return;
    }
    auto secrets = std::make_shared<PersonalisationSecrets>();
    secrets->holderPin = pinDialog.takePin(); // the service keeps it with the job, then wipes it

    PersonalisationRequest request;
    request.slot = static_cast<CK_SLOT_ID>(chosen.slotId);
    request.label = m_subject->commonName.left(32);
    request.algorithm = static_cast<KeyAlgorithm>(m_algorithmBox->currentData().toInt());
    request.subject = *m_subject;
    request.product = m_product.id;
    request.qscd = m_product.qscdRequired;
    request.dossierRef = m_dossier.orderReference;
    markSteps(0, -1, false);
    m_message->setStyleSheet(QString());
    m_message->clear();
    m_jobSerial = chosen.serial;
    m_job = m_service.personalise(request, std::move(secrets));
    setRunning(true);
}

void PersonalisationDialog::setAnswerTimeoutMs(int milliseconds)
{
    m_wait->setTimeoutMs(milliseconds);
}

void PersonalisationDialog::cancel()
{
    if (m_wait->waiting()) {
        m_wait->stop();
        onNoAnswer(m_wait->itemId(), true);
        return;
    }
    m_message->setText(tr("Stopping after the current step…"));
    m_service.cancel();
}

void PersonalisationDialog::resume()
{
    if (m_job == 0) {
        return;
    }
    m_message->setStyleSheet(QString());
    if (m_wait->itemId() != 0) {
        // The request is already in the outbox: wait for its answer again.
        m_message->setText(
            tr("Waiting for the CA's answer (outbox item %1)…").arg(m_wait->itemId()));
        setRunning(true);
        setBusy(true);
        m_wait->wait();
        return;
    }
    m_message->clear();
    m_service.resume(m_job);
    setRunning(true);
}

void PersonalisationDialog::startOver()
{
    if (m_job != 0) {
        m_service.drop(m_job);
        m_job = 0;
    }
    markSteps(0, -1, false);
    m_message->setText(tr("Start over: choose the token (the same or another one)."));
    setRunning(false);
    refreshTokens();
}

void PersonalisationDialog::onProgress(const QString&, int done, int)
{
    if (m_running) {
        markSteps(done, done, false);
    }
}

void PersonalisationDialog::onStopped(int job, int done, const QString& serial,
                                      const QByteArray& requestDer, const QString& message)
{
    if (job != m_job) {
        return;
    }
    if (!serial.isEmpty()) {
        m_jobSerial = serial;
    }
    if (message.isEmpty()) {
        // The CSR is signed: onRequestSigned() queues it and the dialog waits for the CA.
        markSteps(done, done, false);
        m_message->setText(tr("The certificate request is signed on the token (%n bytes); "
                              "putting it in the outbox…",
                              nullptr, static_cast<int>(requestDer.size())));
        return;
    }
    markSteps(done, -1, true);
    showError(tr("%1\nResume on the same token once the problem is solved (token %2), or "
                 "start over.")
                  .arg(message, m_jobSerial.isEmpty() ? tr("not yet known") : m_jobSerial));
    setRunning(false);
}

void PersonalisationDialog::onFinished(int job, const QString& serial,
                                       const QByteArray& certificateDer)
{
    if (job != m_job) {
        return;
    }
    m_job = 0; // the service has forgotten it, and its secrets
    markSteps(kSteps, -1, false);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("The token %1 is personalised: its certificate is written and "
                          "verified with a signature made on the token.")
                           .arg(serial));
    setRunning(false);
    m_start->setEnabled(false);
    emit personalised(serial, certificateDer);
}

void PersonalisationDialog::onFailed(const QString& operation, const QString& message)
{
    m_refresh->setEnabled(!m_running);
    showError(tr("Error (%1): %2").arg(operation, message));
}

void PersonalisationDialog::onRequestSigned(int job, const QString& serial, const QByteArray& keyId,
                                            const QByteArray& requestDer)
{
    if (job != m_job) {
        return;
    }
    m_wait->queue(serial, keyId, requestDer);
}

void PersonalisationDialog::onQueued(qint64 itemId)
{
    setBusy(true);
    m_message->setText(
        tr("The certificate request is in the outbox (item %1); waiting for the CA's answer. "
           "Leave the holder's token in the reader.")
            .arg(itemId));
    emit requestQueued(itemId);
}

void PersonalisationDialog::onIssued(const QByteArray& certificateDer)
{
    setBusy(false);
    m_message->setText(tr("The CA issued the certificate; writing it to the token…"));
    // The token worker checks that it carries the key generated on the token before writing.
    m_service.supplyCertificate(m_job, certificateDer);
    m_service.resume(m_job);
}

void PersonalisationDialog::onRefused(const QString& reason)
{
    setBusy(false);
    showError(tr("The CA refused the certificate request: %1\nThe dossier shows the reason; "
                 "the key stays on the token.")
                  .arg(reason));
    setRunning(false);
}

void PersonalisationDialog::onNoAnswer(qint64 itemId, bool stoppedByOperator)
{
    setBusy(false);
    const QString why = stoppedByOperator ? tr("You stopped waiting for the CA.")
                                          : tr("The CA has not answered in time.");
    showError(tr("%1 The request stays in the outbox (item %2) and is sent as soon as the CA "
                 "can be reached; the key stays on the token. You may close this window: once "
                 "the certificate is issued, use Dossier › Write the issued certificate to the "
                 "token…, or Resume to wait again now.")
                  .arg(why)
                  .arg(itemId));
    setRunning(false);
}

void PersonalisationDialog::onNotQueued(const QString& message)
{
    setBusy(false);
    showError(tr("The certificate request could not be put in the outbox: %1").arg(message));
    setRunning(false);
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
