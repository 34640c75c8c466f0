#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace guichet {

// The certificates an auditor trusts for checkpoint signers (audit verify --trust): a PEM
// file with one or more certificates, or one DER certificate. Returns them DER-encoded.
class TrustAnchorFile {
    Q_DECLARE_TR_FUNCTIONS(TrustAnchorFile)
public:
    static Result<QList<QByteArray>> read(const QString& path);
};

} // namespace guichet
