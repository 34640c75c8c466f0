#pragma once

#include "common/Result.h"
#include "domain/Dossier.h"
#include "domain/DossierValidator.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace guichet {

class DossierForm;
class DossierWorker;
class ProductCatalogue;
class RejectionBanner;
class StatusHistoryWidget;

// One dossier at a time: its content (validated as it is typed), its status and history.
// Reads and writes go through the worker; the answers come back here.
class DossierEditor : public QWidget {
    Q_OBJECT
public:
    DossierEditor(DossierWorker& worker, const ProductCatalogue& catalogue, const QString& language,
                  QWidget* parent = nullptr);

    void startNew();
    void open(qint64 id);
    // Validates, then creates or saves through the worker; problems block the save.
    void save();

    qint64 dossierId() const { return m_hasDossier ? m_dossier.id : 0; }
    bool hasDossier() const { return m_hasDossier; }
    bool isModified() const;
    bool isBusy() const { return m_busy; }
    // True when there is nothing unsaved, or the operator agrees to lose it.
    bool confirmDiscard();
    void focusForm();

signals:
    // The dossier was created, saved or moved: lists showing it are out of date.
    void dossierChanged(qint64 id);
    void message(const QString& text);

private:
    void buildContent();
    void display(const Dossier& dossier);
    Dossier edited() const;
    QList<FieldProblem> problems() const;
    void refresh();
    void onSaved(Result<Dossier> result, const Dossier& sent, int serial);
    void onStatusChanged(Result<Dossier> result, int serial);
    void openStatusDialog();
    void showConflict(const QString& details);
    void showError(const QString& text, const QString& details);

    DossierWorker& m_worker;
    const ProductCatalogue& m_catalogue;
    QString m_language;
    DossierValidator m_validator;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_changeStatus = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_summary = nullptr;
    RejectionBanner* m_rejection = nullptr;
    QTabWidget* m_tabs = nullptr;
    DossierForm* m_form = nullptr;
    StatusHistoryWidget* m_history = nullptr;
    Dossier m_dossier; // as last read or saved; the form holds the edits
    bool m_hasDossier = false;
    bool m_revealAll = false; // show every problem, not only those of touched fields
    bool m_busy = false;      // a save or status change is on its way
    int m_serial = 0;         // which open/new the answers in flight belong to
};

} // namespace guichet
