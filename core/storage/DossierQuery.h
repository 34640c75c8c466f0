#pragma once

#include "domain/DossierStatus.h"

#include <QDateTime>
#include <QString>
#include <QVariant>
#include <optional>

namespace guichet {

enum class DossierSortKey {
    Relevance, // by the matched search key; only while searching
    Name,
    OrderReference,
    Product,
    Status,
    Updated,
};

// What the dossier list shows: a search as typed, a status filter and an order.
struct DossierListQuery {
    QString search;
    std::optional<DossierStatus> status;
    DossierSortKey sort = DossierSortKey::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    // Issue 7: a Certification Agent only sees its own organisation's dossiers. Set from the
    // logged-in operator's profile (DossierService::pageFor), never from what is typed; the
    // organisation name must match exactly (trimmed). Empty: no dossier at all.
    std::optional<QString> organisation;

    bool operator==(const DossierListQuery&) const = default;
};

// Where the next page starts (keyset pagination: fast at any depth of a million rows).
struct PageCursor {
    QVariant key;       // value of the sort column in the last row
    QVariant secondKey; // the name, when sorting by status
    qint64 id = 0;
};

// One line of the dossier list.
struct DossierSummary {
    qint64 id = 0;
    QString orderReference;
    QString holderSurnames;
    QString holderGivenNames;
    QString organisationName;
    QString registrationId;
    QString productId;
    DossierStatus status = DossierStatus::Draft;
    QDateTime updatedAtUtc;
    PageCursor cursor;
};

} // namespace guichet
