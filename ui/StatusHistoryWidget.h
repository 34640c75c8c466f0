#pragma once

#include "domain/DossierStatus.h"

#include <QTableWidget>

namespace guichet {

// The status history of one dossier, most recent change first, in local time.
class StatusHistoryWidget : public QTableWidget {
    Q_OBJECT
public:
    explicit StatusHistoryWidget(QWidget* parent = nullptr);

    void setHistory(const QList<StatusChange>& history); // oldest first, as stored
};

} // namespace guichet
