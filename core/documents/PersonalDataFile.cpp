#include "documents/PersonalDataFile.h"

#include <QSaveFile>
#include <algorithm>

namespace guichet {

Status PersonalDataFile::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    bool written = file.open(QIODevice::WriteOnly) &&
                   file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A short write is repeated until the system says why it stopped: Qt only reports the
    // error (ENOSPC as ResourceError) when nothing at all could be written.
    for (qint64 done = 0; written && done < bytes.size();) {
        const qint64 now = file.write(bytes.constData() + done, bytes.size() - done);
        written = now > 0;
        done += std::max<qint64>(now, 0);
    }
    if (written && file.commit()) {
        return Status::success();
    }
    // Not committed: QSaveFile removes its temporary file, the target is untouched.
    if (file.error() == QFileDevice::ResourceError) {
        return Error{ErrorCode::Io, tr("The disk is full: %1 was not written, and nothing of it "
                                       "was left there. Free some space or choose another "
                                       "folder, then try again.")
                                        .arg(path)};
    }
    return Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString())};
}

} // namespace guichet
