#include "meeting/MeetingDecisionKinds.h"

namespace guichet {
namespace {

using Kind = MeetingDecision::Kind;

struct KindInfo {
    Kind kind;
    const char* key;
    const char* name;
};

const KindInfo kKinds[] = {
    {Kind::InformationShown, "information-shown",
     QT_TRANSLATE_NOOP("MeetingDecisionKinds", "Information and terms shown to the holder")},
    {Kind::TermsAccepted, "terms-accepted",
     QT_TRANSLATE_NOOP("MeetingDecisionKinds", "Terms of use accepted")},
    {Kind::PublicationConsent, "publication-consent",
     QT_TRANSLATE_NOOP("MeetingDecisionKinds", "Choice on certificate publication")},
    {Kind::SecureDeviceConsent, "secure-device-consent",
     QT_TRANSLATE_NOOP("MeetingDecisionKinds", "Consent to use a secure device")},
    {Kind::SecurityFeatureChecked, "feature",
     QT_TRANSLATE_NOOP("MeetingDecisionKinds", "Security feature checked")},
    {Kind::FaceCompared, "face-compared",
     QT_TRANSLATE_NOOP("MeetingDecisionKinds", "Face compared with the document")},
    {Kind::CopyCertified, "copy-certified",
     QT_TRANSLATE_NOOP("MeetingDecisionKinds", "Copy certified true to the original")},
    {Kind::OriginalsPosted, "originals-posted",
     QT_TRANSLATE_NOOP("MeetingDecisionKinds", "Originals posted to the CA")},
};

} // namespace

QList<MeetingDecision::Kind> MeetingDecisionKinds::all()
{
    QList<Kind> kinds;
    for (const KindInfo& info : kKinds) {
        kinds.append(info.kind);
    }
    return kinds;
}

QString MeetingDecisionKinds::key(MeetingDecision::Kind kind)
{
    for (const KindInfo& info : kKinds) {
        if (info.kind == kind) {
            return QString::fromLatin1(info.key);
        }
    }
    return {};
}

std::optional<MeetingDecision::Kind> MeetingDecisionKinds::fromKey(const QString& key)
{
    for (const KindInfo& info : kKinds) {
        if (key == QLatin1StringView(info.key)) {
            return info.kind;
        }
    }
    return std::nullopt;
}

QString MeetingDecisionKinds::displayName(MeetingDecision::Kind kind)
{
    for (const KindInfo& info : kKinds) {
        if (info.kind == kind) {
            return tr(info.name);
        }
    }
    return {};
}

bool MeetingDecisionKinds::needsSubject(MeetingDecision::Kind kind)
{
    return kind == Kind::SecurityFeatureChecked || kind == Kind::TermsAccepted;
}

} // namespace guichet
