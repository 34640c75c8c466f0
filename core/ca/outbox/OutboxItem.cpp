#include "ca/outbox/OutboxItem.h"

namespace guichet {

QString OutboxNames::key(OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::Enrol:
        return QStringLiteral("enroll");
    case OutboxKind::Revoke:
        return QStringLiteral("revoke");
    case OutboxKind::Submit:
        return QStringLiteral("submit");
    }
    return {};
}

std::optional<OutboxKind> OutboxNames::kindFromKey(const QString& key)
{
    for (OutboxKind kind : {OutboxKind::Enrol, OutboxKind::Revoke, OutboxKind::Submit}) {
        if (OutboxNames::key(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

QString OutboxNames::key(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Delivered:
        return QStringLiteral("delivered");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    case OutboxState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OutboxState> OutboxNames::stateFromKey(const QString& key)
{
    for (OutboxState state : {OutboxState::Queued, OutboxState::Sending, OutboxState::Delivered,
                              OutboxState::Failed, OutboxState::Cancelled}) {
        if (OutboxNames::key(state) == key) {
            return state;
        }
    }
    return std::nullopt;
}

QString OutboxNames::displayName(OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::Enrol:
        return tr("Enrolment");
    case OutboxKind::Revoke:
        return tr("Revocation");
    case OutboxKind::Submit:
        return tr("Dossier submission");
    }
    return {};
}

QString OutboxNames::displayName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return tr("Queued");
    case OutboxState::Sending:
        return tr("Sending");
    case OutboxState::Delivered:
        return tr("Delivered");
    case OutboxState::Failed:
        return tr("Failed");
    case OutboxState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

} // namespace guichet
