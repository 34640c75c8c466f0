#pragma once

#include "ca/renewal/KeyUpdateJob.h"

#include <QObject>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace guichet {

class DossierWorker;
class TokenWorker;

// The certificate entries of the Dossier menu (issue 6): "Renew from certificate…" opens a
// renewal dossier from a certificate file; "Key update on the holder's token…" runs the key
// update of the selected renewal dossier on the token worker; "Revoke a certificate…" queues
// the revocation of the certificate the operator picks among the dossier's. Renewal and
// revocation work through the dossier worker.
class CertificateActions : public QObject {
    Q_OBJECT
public:
    CertificateActions(DossierWorker& worker, QMenu& menu, QWidget* window);

    void setDossier(qint64 id);
    // The token worker of the holder's token module and where the key update is sent; until
    // this is given, the key update entry stays disabled.
    void setKeyUpdate(TokenWorker* tokens, KeyUpdateCaConfig config);
    QAction* renewAction() const { return m_renew; }
    QAction* keyUpdateAction() const { return m_keyUpdate; }
    QAction* revokeAction() const { return m_revoke; }

    // Opens the renewal dialog for a certificate file (what the menu does after its file
    // dialog; tests call it directly).
    void renewFromFile(const QString& path);

signals:
    void message(const QString& text);
    // A renewal dossier was opened, or a revocation queued for this dossier.
    void dossierChanged(qint64 id);

private:
    void renew();
    void keyUpdate();
    void revoke();

    DossierWorker& m_worker;
    QWidget* m_window;
    QAction* m_renew;
    QAction* m_keyUpdate;
    QAction* m_revoke;
    qint64 m_dossierId = 0;
    TokenWorker* m_tokens = nullptr;
    std::optional<KeyUpdateCaConfig> m_keyUpdateConfig;
};

} // namespace guichet
