#pragma once

#include <QByteArray>
#include <QList>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace guichet {

class AuditEventModel;
class DossierWorker;

// The supervisors' audit view (issue 7): the audit trail filtered by dossier, operator,
// action and dates, and a "Verify" button that checks the chain and its signed checkpoints.
// Everything runs on the storage worker; the window never waits for SQL.
class AuditView : public QWidget {
    Q_OBJECT
public:
    explicit AuditView(DossierWorker& worker, QWidget* parent = nullptr);

    // Certificates the checkpoint signers must chain to (e.g. the CA profile's anchors).
    void setTrustAnchors(QList<QByteArray> anchorsDer) { m_anchors = std::move(anchorsDer); }
    AuditEventModel* model() const { return m_model; }

    // Applies the filter fields (also bound to Return and to the "Filter" button).
    void applyFilter();
    void verify();

signals:
    void verified(bool intact);

private:
    DossierWorker& m_worker;
    AuditEventModel* m_model;
    QLineEdit* m_dossier;
    QLineEdit* m_operator;
    QLineEdit* m_action;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableView* m_table;
    QPushButton* m_verifyButton;
    QLabel* m_status;
    QList<QByteArray> m_anchors;
};

} // namespace guichet
