#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace guichet {

class Database;

// The personal data of a face-to-face meeting, erased at the end of retention
// (TS 119 461 ISS-8.5.2-04..08: evidence is deleted with all personal data).
//   Erased: what identifies the holder or their document: document number, issuing state and
//   authority, issue / expiry / birth dates, the MRZ, the names read from the visual zone,
//   and the legal representative's name.
//   Kept: the record that the check happened and how (REG-6.4.5-04 c-g: who accepted the
//   application, how the ID was validated): the document type, when and where the meeting took
//   place, the operator, the security features suggested, the mandate date and flags, when
//   identity was verified, and every decision (feature ids, face comparison, consents, with
//   operator and time): none of them names the holder.
// The caller owns the transaction and writes the audit event.
class MeetingErasure {
    Q_DECLARE_TR_FUNCTIONS(MeetingErasure)
public:
    // Column names of what is erased, and of what is kept, for the audit event.
    static QStringList erasedFields();
    static QStringList keptFields();

    // Blanks the erased fields and bumps the meeting's version (an open meeting editor then
    // gets a conflict instead of writing the data back). Returns false when there is no meeting.
    static Result<bool> erase(Database& db, qint64 dossierId, const QString& by,
                              const QDateTime& atUtc);
};

} // namespace guichet
