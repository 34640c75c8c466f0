#pragma once

#include "common/Result.h"
#include "domain/Dossier.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace guichet {

// The dossier as JSON, for the command line, exports and the evidence record. Field names
// are the same keys that validation problems use ("holder.email").
class DossierJson {
    Q_DECLARE_TR_FUNCTIONS(DossierJson)
public:
    static QJsonObject toJson(const Dossier& dossier);
    // Reads the editable content; fields absent from `json` keep their value in `into`.
    static Status merge(const QJsonObject& json, Dossier& into);
};

} // namespace guichet
