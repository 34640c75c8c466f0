#pragma once

#include "domain/Dossier.h"
#include "domain/ProductCatalogue.h"
#include "token/DossierSubject.h"
#include "token/TokenTypes.h"

#include <QDialog>
#include <QList>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace guichet {

class AtrCatalogue;
class DossierWorker;
class EnrolmentWait;
class TokenService;

// Personalises the holder's token inside the dossier: the operator picks the token (listed by
// the TokenService on its worker, never on the GUI thread), sees its model, serial and QSCD
// status from the catalogue, and starts; the holder then types the PIN in the holder-only
// HolderPinDialog (or on the reader's pinpad), and the steps run on the worker with their
// progress shown: initialise, holder PIN, key generated on the token, CSR. The CSR then goes
// through the outbox (issue 6: queued with the dossier's move on the dossier worker, sent by
// the window's OutboxSender); the dialog waits for the answer (progress, Stop) while the token
// stays present, then the certificate is written back and verified on the token worker. If
// the CA does not answer in time the dialog says so and may be closed: the key and the request
// are kept, and "Write the issued certificate to the token…" finishes later
// (IssuedCertificateDialog). A stop (token removed, wrong PIN, cancelled) keeps the job so
// that it can be resumed on the same token, or dropped to start over on this or another token.
class PersonalisationDialog : public QDialog {
    Q_OBJECT
public:
    // `service` must be started and outlive the dialog; `catalogue` gives the QSCD status and
    // the model's PIN rules. `identity` is the identity document checked for this dossier
    // (the certificate's serial number, for the products that need one). `worker` queues the
    // request and reads the outbox (the dossier must be stored).
    PersonalisationDialog(TokenService& service, DossierWorker& worker,
                          const AtrCatalogue& catalogue, const Dossier& dossier,
                          const Product& product,
                          std::optional<HolderIdentity> identity = std::nullopt,
                          QWidget* parent = nullptr);
    ~PersonalisationDialog() override;

    // The logged-in operator's token, left out of the list (two-reader desk). Set it right
    // after construction: the list arrives later from the token service's worker.
    void setOperatorToken(const QString& serial) { m_operatorToken = serial; }

    // How long the dialog waits for the CA's answer before it says so (default 60 s).
    void setAnswerTimeoutMs(int milliseconds);

    // The subject the dossier maps to (unset when the dossier cannot be mapped).
    const std::optional<CertificateSubject>& subject() const { return m_subject; }

signals:
    // The token is personalised and its certificate verified: the dossier records it.
    void personalised(const QString& serial, const QByteArray& certificateDer);
    // The request is in the outbox, the dossier submitted to the CA.
    void requestQueued(qint64 itemId);

private:
    void refreshTokens();
    void showTokens(const QList<guichet::TokenInfo>& tokens);
    void showSelected();
    void start();
    void cancel();
    void resume();
    void startOver();
    void onProgress(const QString& step, int done, int total);
    void onStopped(int job, int done, const QString& serial, const QByteArray& requestDer,
                   const QString& message);
    void onFinished(int job, const QString& serial, const QByteArray& certificateDer);
    void onFailed(const QString& operation, const QString& message);
    void onRequestSigned(int job, const QString& serial, const QByteArray& keyId,
                         const QByteArray& requestDer);
    void onQueued(qint64 itemId);
    void onIssued(const QByteArray& certificateDer);
    void onRefused(const QString& reason);
    void onNoAnswer(qint64 itemId, bool stoppedByOperator);
    void onNotQueued(const QString& message);
    void setBusy(bool busy);
    const TokenInfo* selected() const;
    std::optional<QString> refusal(const TokenInfo& token) const;
    void markSteps(int done, int running, bool failed);
    void setRunning(bool running);
    void showError(const QString& message);

    TokenService& m_service;
    const AtrCatalogue& m_catalogue;
    Dossier m_dossier;
    Product m_product;
    std::optional<CertificateSubject> m_subject;
    QList<TokenInfo> m_tokens;
    QString m_operatorToken;
    int m_job = 0;       // the personalisation kept by the service, 0 when none
    QString m_jobSerial; // the token it runs on, once known
    bool m_running = false;
    EnrolmentWait* m_wait = nullptr;

    QLabel* m_subjectLabel = nullptr;
    QComboBox* m_tokenBox = nullptr;
    QComboBox* m_algorithmBox = nullptr;
    QLabel* m_tokenDetails = nullptr;
    QListWidget* m_steps = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_startOver = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace guichet
