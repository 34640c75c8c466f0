#pragma once

#include "ca/TrainingEvidenceReceiver.h"
#include "ca/outbox/EvidenceSubmissions.h"
#include "security/EncryptionService.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <memory>
#include <optional>

namespace guichet {

class CaRequests;
class CliContext;
class OutboxDelivery;

// What `outbox send` needs to deliver evidence packages (issue 7): the master key, since the
// packages are sealed in the outbox, and the CA's receiver. Only the training CA (embedded in
// the workstation's database) receives packages; for another profile they wait, or the
// operator saves them for the CA's upload form (`evidence export`).
class EvidenceOutbox {
    Q_DECLARE_TR_FUNCTIONS(EvidenceOutbox)
public:
    // Attaches the receiver to `delivery` when an evidence package waits for `profileId`;
    // the master key is opened only then. An exit code when the command must stop.
    std::optional<int> attach(CliContext& context, const QCommandLineParser& parser,
                              const QCommandLineOption& passphraseFd, const QString& profileId,
                              CaRequests& requests, OutboxDelivery& delivery);

private:
    std::unique_ptr<EncryptionService> m_encryption;
    std::unique_ptr<TrainingEvidenceReceiver> m_receiver;
    std::unique_ptr<EvidenceSubmissions> m_submissions;
};

} // namespace guichet
