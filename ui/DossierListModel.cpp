#include "DossierListModel.h"

#include "domain/ProductCatalogue.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"

#include <QLocale>

namespace guichet {

using Page = Result<QList<DossierSummary>>;

DossierListModel::DossierListModel(DossierWorker& worker, const ProductCatalogue& catalogue,
                                   QString language, QObject* parent)
    : QAbstractTableModel(parent), m_worker(worker), m_catalogue(catalogue),
      m_language(std::move(language))
{
}

void DossierListModel::setQuery(const DossierListQuery& query)
{
    m_query = query;
    m_active = true;
    requestPage(true);
}

void DossierListModel::reload()
{
    if (m_active) {
        requestPage(true);
    }
}

qint64 DossierListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DossierListModel::rowOf(qint64 id) const
{
    if (!m_ids.contains(id)) {
        return -1;
    }
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

std::optional<DossierSortKey> DossierListModel::sortKeyFor(int column)
{
    switch (column) {
    case NameColumn:
        return DossierSortKey::Name;
    case OrderReferenceColumn:
        return DossierSortKey::OrderReference;
    case ProductColumn:
        return DossierSortKey::Product;
    case StatusColumn:
        return DossierSortKey::Status;
    case UpdatedColumn:
        return DossierSortKey::Updated;
    default:
        return std::nullopt; // the organisation column has no index to sort on
    }
}

int DossierListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DossierListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DossierListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const DossierSummary& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == UpdatedColumn
                   ? QVariant(
                         QLocale().toString(row.updatedAtUtc.toLocalTime(), QLocale::LongFormat))
                   : QVariant(displayText(row, index.column()));
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QString DossierListModel::displayText(const DossierSummary& row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.holderSurnames.toUpper() + u' ' + row.holderGivenNames;
    case OrderReferenceColumn:
        return row.orderReference;
    case OrganisationColumn:
        if (row.organisationName.isEmpty() || row.registrationId.isEmpty()) {
            return row.organisationName + row.registrationId;
        }
        return tr("%1 (%2)").arg(row.organisationName, row.registrationId);
    case ProductColumn:
        if (const Product* product = m_catalogue.product(row.productId)) {
            return product->name.in(m_language);
        }
        return row.productId;
    case StatusColumn:
        return StatusMachine::displayName(row.status);
    case UpdatedColumn: {
        // Today's changes by the hour, older ones by the day; the tooltip has both.
        const QDateTime local = row.updatedAtUtc.toLocalTime();
        return local.date() == QDate::currentDate()
                   ? QLocale().toString(local.time(), QLocale::ShortFormat)
                   : QLocale().toString(local.date(), QLocale::ShortFormat);
    }
    default:
        return {};
    }
}

QVariant DossierListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case OrderReferenceColumn:
            return tr("Order reference");
        case OrganisationColumn:
            return tr("Organisation / SIRET");
        case ProductColumn:
            return tr("Product");
        case StatusColumn:
            return tr("Status");
        case UpdatedColumn:
            return tr("Updated");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        return sortKeyFor(section) ? tr("Click to sort by this column")
                                   : tr("This column cannot be sorted");
    }
    if (role == Qt::InitialSortOrderRole) {
        // The most recent changes first is what people look for.
        return section == UpdatedColumn ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    return {};
}

bool DossierListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_active && !m_loading && !m_atEnd;
}

void DossierListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) {
        requestPage(false);
    }
}

void DossierListModel::requestPage(bool fromStart)
{
    if (fromStart) {
        m_generation->fetch_add(1); // queued jobs of the previous query now skip their work
        m_next.reset();
    }
    m_loading = true;
    const int generation = m_generation->load();
    std::function<Page(DossierService&)> job = [current = m_generation, generation, query = m_query,
                                                after = m_next](DossierService& service) -> Page {
        if (current->load() != generation) {
            return Error{ErrorCode::Internal, {}}; // superseded: dropped on arrival anyway
        }
        return service.page(query, after, kPageSize);
    };
    m_worker.run<Page>(this, std::move(job), [this, generation, fromStart](Page page) {
        receivePage(generation, fromStart, std::move(page));
    });
}

void DossierListModel::receivePage(int generation, bool fromStart, Page page)
{
    if (generation != m_generation->load()) {
        return; // an answer to a query the operator has already changed
    }
    m_loading = false;
    if (!page) {
        m_atEnd = true; // do not retry in a loop; the next query or reload tries again
        if (fromStart) {
            beginResetModel();
            m_rows.clear();
            m_ids.clear();
            endResetModel();
        }
        emit loadFailed(page.error().message);
        return;
    }
    const QList<DossierSummary>& rows = page.value();
    // A short page is the last one. Duplicates count here: the cursor walks raw rows.
    m_atEnd = rows.size() < kPageSize;
    if (!rows.isEmpty()) {
        m_next = rows.last().cursor;
    }
    if (fromStart) {
        beginResetModel();
        m_rows.clear();
        m_ids.clear();
    }
    QList<DossierSummary> fresh;
    fresh.reserve(rows.size());
    for (const DossierSummary& row : rows) {
        if (!m_ids.contains(row.id)) {
            m_ids.insert(row.id);
            fresh.append(row);
        }
    }
    if (fromStart) {
        m_rows = std::move(fresh);
        endResetModel();
    } else if (!fresh.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
    }
    emit pageLoaded(fromStart);
    if (!fromStart && fresh.isEmpty() && !m_atEnd) {
        requestPage(false); // a page of repeats only: the view would not ask again
    }
}

} // namespace guichet
