#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace guichet {

class DossierWorker;

// The certificate entries of the Dossier menu (issue 6): "Renew from certificate…" opens a
// renewal dossier from a certificate file; "Revoke the certificate…" queues the revocation of
// the selected dossier's certificate. Both work through the dossier worker.
class CertificateActions : public QObject {
    Q_OBJECT
public:
    CertificateActions(DossierWorker& worker, QMenu& menu, QWidget* window);

    void setDossier(qint64 id);
    QAction* renewAction() const { return m_renew; }
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
    void revoke();

    DossierWorker& m_worker;
    QWidget* m_window;
    QAction* m_renew;
    QAction* m_revoke;
    qint64 m_dossierId = 0;
};

} // namespace guichet
