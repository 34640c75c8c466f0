#pragma once

#include <QDockWidget>

class QLabel;
class QTreeWidget;

namespace guichet {

class AtrCatalogue;
class ReaderMonitor;

// The smart-card readers on the desk and the cards in them, as they come and go. It only
// listens to the ReaderMonitor (which owns PC/SC on its own thread) and never calls PC/SC.
class ReaderPanel : public QDockWidget {
    Q_OBJECT
public:
    ReaderPanel(ReaderMonitor& monitor, const AtrCatalogue& catalogue, QWidget* parent = nullptr);

private:
    void refresh();
    void showServiceLost(const QString& reason);

    ReaderMonitor& m_monitor;
    const AtrCatalogue& m_catalogue;
    QLabel* m_service = nullptr;
    QTreeWidget* m_readers = nullptr;
};

} // namespace guichet
