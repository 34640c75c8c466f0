#pragma once

#include "meeting/Meeting.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace guichet {

// Stable keys of the decision kinds (storage, audit, command line) and their names for people.
class MeetingDecisionKinds {
    Q_DECLARE_TR_FUNCTIONS(MeetingDecisionKinds)
public:
    static QList<MeetingDecision::Kind> all();
    static QString key(MeetingDecision::Kind kind);
    static std::optional<MeetingDecision::Kind> fromKey(const QString& key);
    static QString displayName(MeetingDecision::Kind kind);
    // The kinds whose decision names what it is about (a feature id, a terms version).
    static bool needsSubject(MeetingDecision::Kind kind);
};

} // namespace guichet
