#pragma once

#include "audit/AuditLog.h"
#include "audit/AuditQuery.h"

#include <QAbstractTableModel>

namespace guichet {

class DossierWorker;

// The audit events a supervisor filters, newest first, loaded a page at a time on the
// storage worker (keyset by seq); answers to a superseded filter are ignored.
class AuditEventModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        TimeColumn,
        OperatorColumn,
        ActionColumn,
        ObjectColumn,
        DetailsColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit AuditEventModel(DossierWorker& worker, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    bool isLoading() const { return m_loading; }
    const AuditEvent& eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loaded(int rows);
    void failed(const QString& message);

private:
    void request();

    DossierWorker& m_worker;
    AuditFilter m_filter;
    QList<AuditEvent> m_events;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_atEnd = false;
};

} // namespace guichet
