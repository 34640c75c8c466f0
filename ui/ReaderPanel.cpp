#include "ReaderPanel.h"

#include "smartcard/AtrCatalogue.h"
#include "smartcard/ReaderMonitor.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace guichet {

ReaderPanel::ReaderPanel(ReaderMonitor& monitor, const AtrCatalogue& catalogue, QWidget* parent)
    : QDockWidget(tr("Card readers"), parent), m_monitor(monitor), m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("readerPanel"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    m_service = new QLabel;
    m_service->setObjectName(QStringLiteral("readerServiceLabel"));
    m_service->setWordWrap(true);
    m_readers = new QTreeWidget;
    m_readers->setObjectName(QStringLiteral("readerList"));
    m_readers->setColumnCount(2);
    m_readers->setHeaderLabels({tr("Reader"), tr("Card")});
    m_readers->setRootIsDecorated(false);
    m_readers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_service);
    layout->addWidget(m_readers, 1);
    setWidget(body);

    // Every event redraws from the monitor's own picture: simpler than patching rows, and
    // a desk has two or three readers.
    connect(&m_monitor, &ReaderMonitor::readerAdded, this, &ReaderPanel::refresh);
    connect(&m_monitor, &ReaderMonitor::readerRemoved, this, &ReaderPanel::refresh);
    connect(&m_monitor, &ReaderMonitor::cardInserted, this, &ReaderPanel::refresh);
    connect(&m_monitor, &ReaderMonitor::cardRemoved, this, &ReaderPanel::refresh);
    connect(&m_monitor, &ReaderMonitor::synchronised, this, &ReaderPanel::refresh);
    connect(&m_monitor, &ReaderMonitor::serviceRestored, this, &ReaderPanel::refresh);
    connect(&m_monitor, &ReaderMonitor::serviceLost, this, &ReaderPanel::showServiceLost);
    m_service->setText(tr("Looking for card readers…"));
}

void ReaderPanel::refresh()
{
    m_readers->clear();
    const QList<ReaderInfo> readers = m_monitor.readers();
    for (const ReaderInfo& reader : readers) {
        QString card = tr("No card");
        QString detail;
        if (reader.cardPresent) {
            const TokenModel* model = m_catalogue.identify(reader.atr);
            card = model != nullptr ? model->model : tr("Unknown card");
            detail = tr("ATR %1").arg(atrToHex(reader.atr));
        }
        QString name = reader.name;
        if (reader.features.hasPinpad()) {
            name = tr("%1 (PIN pad: the PIN is typed on the reader)").arg(reader.name);
        }
        auto* item = new QTreeWidgetItem(m_readers, {name, card});
        item->setToolTip(1, detail);
    }
    m_service->setText(readers.isEmpty()
                           ? tr("No card reader is connected.")
                           : tr("%n reader(s) connected.", nullptr, int(readers.size())));
}

void ReaderPanel::showServiceLost(const QString& reason)
{
    m_readers->clear();
    m_service->setText(reason); // already says that the service is missing, and why
}

} // namespace guichet
