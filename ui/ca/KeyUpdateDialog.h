#pragma once

#include "ca/renewal/KeyUpdateJob.h"
#include "token/TokenTypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace guichet {

class TokenWorker;

// "Key update on the holder's token…" for a renewal dossier whose decision is a key update
// (REG-6.3.1, RFC 9483 4.1.3): the operator picks the holder's token, turns the screen to the
// holder, who types the token's PIN (the operator never sees it; it is never stored or
// logged), and the whole key update runs on the token worker's thread (TokenKeyUpdate): new
// key on the token, request queued and sent, new certificate written on the token. Progress
// and cancel while it runs; a wrong PIN, a token pulled out or the CA's refusal are shown
// as they are.
class KeyUpdateDialog : public QDialog {
    Q_OBJECT
public:
    KeyUpdateDialog(TokenWorker& tokens, KeyUpdateCaConfig config, qint64 dossierId,
                    QWidget* parent = nullptr);
    ~KeyUpdateDialog() override;

signals:
    void updated(qint64 dossierId, const QString& serialHex);
    // The key update stopped; the dossier may have moved all the same (queued, or issued by
    // the CA but not written on the token).
    void stopped(qint64 dossierId);

private:
    void listTokens();
    void start();
    void finish(const Result<TokenKeyUpdateResult>& result);
    void cancelOrClose();

    TokenWorker& m_tokens;
    KeyUpdateCaConfig m_config;
    qint64 m_dossierId;
    bool m_running = false;
    QComboBox* m_token;
    QLineEdit* m_pin;
    QProgressBar* m_progress;
    QLabel* m_step;
    QLabel* m_error;
    QLabel* m_result;
    QPushButton* m_run;
    QPushButton* m_cancel;
};

} // namespace guichet
