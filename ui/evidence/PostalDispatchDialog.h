#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace guichet {

class DossierWorker;

// The originals of a dossier sent to the CA by post: when, by which carrier, with which
// tracking number; and, later, the day the CA says it received them. Shows the dispatches
// already recorded. Saved through PostalDispatchService on the dossier worker.
class PostalDispatchDialog : public QDialog {
    Q_OBJECT
public:
    PostalDispatchDialog(DossierWorker& worker, qint64 dossierId, QWidget* parent = nullptr);

signals:
    void recorded(qint64 dossierId, const QString& message);

private:
    void load();
    void recordSent();
    void recordReceived();
    void setBusy(bool busy);

    DossierWorker& m_worker;
    qint64 m_dossierId;
    QLabel* m_history;
    QDateEdit* m_sentOn;
    QLineEdit* m_carrier;
    QLineEdit* m_tracking;
    QDateEdit* m_receivedOn;
    QPushButton* m_send;
    QPushButton* m_receive;
    QLabel* m_error;
};

} // namespace guichet
