#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace guichet {

// A file that holds personal data taken out of the encrypted store (an exported document, a
// certified copy): readable by its owner only, and written whole or not at all, so a full
// disk or a failing drive never leaves half a copy behind.
class PersonalDataFile {
    Q_DECLARE_TR_FUNCTIONS(PersonalDataFile)
public:
    // A full disk is named as such (the operator can act on it); other failures give the
    // system's reason.
    static Status write(const QString& path, const QByteArray& bytes);
};

} // namespace guichet
