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
class TokenService;

// Personalises the holder's token inside the dossier: the operator picks the token (listed by
// the TokenService on its worker, never on the GUI thread), sees its model, serial and QSCD
// status from the catalogue, and starts; the holder then types the PIN in the holder-only
// HolderPinDialog (or on the reader's pinpad), and the steps run on the worker with their
// progress shown: initialise, holder PIN, key generated on the token, CSR, certificate from
// the service's CertificateIssuer, written back and verified. A stop (token removed, wrong
// PIN, CA unreachable, cancelled) keeps the job so that it can be resumed on the same token,
// or dropped to start over on this or another token.
class PersonalisationDialog : public QDialog {
    Q_OBJECT
public:
    // `service` must be started and outlive the dialog; `catalogue` gives the QSCD status and
    // the model's PIN rules. `identity` is the identity document checked for this dossier
    // (the certificate's serial number, for the products that need one).
    PersonalisationDialog(TokenService& service, const AtrCatalogue& catalogue,
                          const Dossier& dossier, const Product& product,
                          std::optional<HolderIdentity> identity = std::nullopt,
                          QWidget* parent = nullptr);
    ~PersonalisationDialog() override;

    // The logged-in operator's token, left out of the list (two-reader desk). Set it right
    // after construction: the list arrives later from the token service's worker.
    void setOperatorToken(const QString& serial) { m_operatorToken = serial; }

    // The subject the dossier maps to (unset when the dossier cannot be mapped).
    const std::optional<CertificateSubject>& subject() const { return m_subject; }

signals:
    // The token is personalised and its certificate verified: the dossier records it.
    void personalised(const QString& serial, const QByteArray& certificateDer);

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
