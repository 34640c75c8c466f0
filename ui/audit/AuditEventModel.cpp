#include "audit/AuditEventModel.h"

#include "service/DossierService.h"
#include "service/DossierWorker.h"

namespace guichet {

AuditEventModel::AuditEventModel(DossierWorker& worker, QObject* parent)
    : QAbstractTableModel(parent), m_worker(worker)
{
}

void AuditEventModel::setFilter(const AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_events.clear();
    m_atEnd = false;
    m_loading = false;
    ++m_generation;
    endResetModel();
    request();
}

void AuditEventModel::request()
{
    if (m_loading || m_atEnd) {
        return;
    }
    m_loading = true;
    const quint64 generation = m_generation;
    const AuditFilter filter = m_filter;
    const qint64 before = m_events.isEmpty() ? 0 : m_events.constLast().seq;
    m_worker.run<Result<QList<AuditEvent>>>(
        this,
        [filter, before](DossierService& service) {
            return AuditQuery(service.database()).page(filter, before, kPageSize);
        },
        [this, generation](Result<QList<AuditEvent>> page) {
            if (generation != m_generation) {
                return; // the filter changed meanwhile
            }
            m_loading = false;
            if (!page) {
                m_atEnd = true;
                emit failed(page.error().message);
                return;
            }
            m_atEnd = page->size() < kPageSize;
            if (!page->isEmpty()) {
                beginInsertRows({}, int(m_events.size()), int(m_events.size() + page->size() - 1));
                m_events += *page;
                endInsertRows();
            }
            emit loaded(int(m_events.size()));
        });
}

int AuditEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size() ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const AuditEvent& event = m_events.at(index.row());
    switch (index.column()) {
    case SeqColumn:
        return event.seq;
    case TimeColumn:
        return event.atUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    case OperatorColumn:
        return event.operatorId;
    case ActionColumn:
        return event.action;
    case ObjectColumn:
        return QStringLiteral("%1 %2").arg(event.objectType, event.objectId);
    case DetailsColumn:
        return QString::fromUtf8(event.detailsJson);
    default:
        return {};
    }
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case OperatorColumn:
        return tr("Operator");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

bool AuditEventModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && !m_events.isEmpty();
}

void AuditEventModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid()) {
        request();
    }
}

} // namespace guichet
