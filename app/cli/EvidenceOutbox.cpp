#include "cli/EvidenceOutbox.h"

#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxDelivery.h"
#include "cli/CliContext.h"
#include "service/DossierService.h"

#include <algorithm>

namespace guichet {

std::optional<int> EvidenceOutbox::attach(CliContext& context, const QCommandLineParser& parser,
                                          const QCommandLineOption& passphraseFd,
                                          const QString& profileId, CaRequests& requests,
                                          OutboxDelivery& delivery)
{
    if (profileId != u"training") {
        return std::nullopt;
    }
    auto pending = requests.outbox().list({OutboxState::Queued, OutboxState::Sending});
    if (!pending) {
        return context.fail(pending.error());
    }
    const bool waiting = std::any_of(pending->cbegin(), pending->cend(), [&](const OutboxItem& i) {
        return i.kind == OutboxKind::Submit && i.caProfileId == profileId;
    });
    if (!waiting) {
        return std::nullopt;
    }
    if (const auto stop = context.openEncryption(parser, passphraseFd, m_encryption)) {
        return stop;
    }
    DossierService* service = context.service();
    auto anchors = TrainingEvidenceReceiver::trainingAnchors(service->database());
    if (!anchors) {
        return context.fail(anchors.error());
    }
    m_receiver = std::make_unique<TrainingEvidenceReceiver>(service->database(), service->clock(),
                                                            std::move(anchors).value());
    m_submissions = std::make_unique<EvidenceSubmissions>(
        service->database(), service->clock(), *m_encryption, service->actor(), m_receiver.get());
    delivery.setEvidenceSubmissions(m_submissions.get());
    return std::nullopt;
}

} // namespace guichet
