// PersonalisationDialog, second part: the run. Starting on the chosen token with the
// holder's PIN, stopping, resuming and starting over; the token worker's answers (progress,
// stopped, finished); and the certificate request's way through the outbox (queued, issued,
// refused, no answer), after which the certificate is written back on the token worker.
#include "smartcard/AtrCatalogue.h"
#include "token/EnrolmentWait.h"
#include "token/HolderPinDialog.h"
#include "token/PersonalisationDialog.h"
#include "token/TokenModels.h"
#include "token/TokenPersonaliser.h"
#include "token/TokenService.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <memory>

namespace guichet {

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
    markSteps(static_cast<int>(PersonalisationStep::Verified), -1, false);
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

} // namespace guichet
