#pragma once

#include "common/Result.h"
#include "storage/DossierQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <atomic>
#include <memory>
#include <optional>

namespace guichet {

class DossierWorker;
class ProductCatalogue;

// The dossier list, read page by page on the worker thread as the view scrolls, so that a
// million dossiers cost no more than the few hundred rows on screen. A new query (each
// keystroke of a search) supersedes the previous one: its queued jobs return at once and
// its late answers are dropped.
class DossierListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        OrderReferenceColumn,
        OrganisationColumn,
        ProductColumn,
        StatusColumn,
        UpdatedColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int IdRole = Qt::UserRole + 1;

    DossierListModel(DossierWorker& worker, const ProductCatalogue& catalogue, QString language,
                     QObject* parent = nullptr);

    // Lists from the top for this query; the first call also starts listing (call it once
    // the database is open).
    void setQuery(const DossierListQuery& query);
    const DossierListQuery& query() const { return m_query; }
    // Lists again from the top with the same query, e.g. after a save.
    void reload();

    bool isActive() const { return m_active; }
    bool isLoading() const { return m_loading; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not loaded
    // The sort behind a column; empty for a column that cannot be sorted.
    static std::optional<DossierSortKey> sortKeyFor(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // A page arrived; `fromStart` when it replaced the rows (a new query or a reload).
    void pageLoaded(bool fromStart);
    void loadFailed(const QString& message);

private:
    void requestPage(bool fromStart);
    void receivePage(int generation, bool fromStart, Result<QList<DossierSummary>> page);
    QString displayText(const DossierSummary& row, int column) const;

    DossierWorker& m_worker;
    const ProductCatalogue& m_catalogue;
    QString m_language;
    DossierListQuery m_query;
    // Shared with the queued jobs, which compare it with the generation they were made for.
    std::shared_ptr<std::atomic<int>> m_generation = std::make_shared<std::atomic<int>>(0);
    QList<DossierSummary> m_rows;
    QSet<qint64> m_ids; // a relevance search may return a dossier twice: keep the first
    std::optional<PageCursor> m_next;
    bool m_active = false;
    bool m_loading = false;
    bool m_atEnd = true;
};

} // namespace guichet
