#pragma once

#include "storage/DossierQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace guichet {

class DossierListModel;
class DossierWorker;
class ProductCatalogue;

// The left side of the window: search as you type, a status filter and the dossier list.
// While a search is typed the list is in order of relevance (no column marked) until the
// operator clicks a column header.
class DossierListPanel : public QWidget {
    Q_OBJECT
public:
    DossierListPanel(DossierWorker& worker, const ProductCatalogue& catalogue,
                     const QString& language, QWidget* parent = nullptr);

    DossierListModel* model() const { return m_model; }

    // Starts listing; call once the database is open.
    void activate();
    void showUnavailable(const QString& message);
    // Lists again and keeps `id` selected if it is still in the list.
    void reload(qint64 id);
    void focusSearch();
    // Marks the row of `id` without announcing a selection; 0 clears.
    void selectDossier(qint64 id);

signals:
    void dossierSelected(qint64 id);
    void dossierActivated(qint64 id); // Enter or double-click: go to the editor
    void newDossierRequested();

private:
    void applyQuery();
    void onSectionClicked(int column);
    void onSearchChanged(const QString& text);
    void onCurrentRowChanged();
    void onPageLoaded(bool fromStart);
    void showSortIndicator(bool relevance);
    qint64 currentRowId() const;
    DossierListQuery currentQuery() const;

    DossierListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_info = nullptr;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_searching = false;
    bool m_userSorted = false; // a header was clicked during this search
    bool m_selecting = false;  // the selection is being set by code, not by the operator
    qint64 m_selectedId = 0;
};

} // namespace guichet
