// Issue 6, production mode in the window: the workstation's CA profile becomes the desk's
// sender and key update configuration (URL, trust anchors, protection); what the window
// cannot send is refused with the reason, on each waiting item.
#include "desk/DeskCaPlan.h"

#include "../ca/CaFixture.h"
#include "../core/EngineFixture.h"
#include "../crypto/TestPki.h"
#include "../ui/UiTestSupport.h"
#include "ca/CaProfileRepository.h"
#include "ca/outbox/CaRequests.h"
#include "common/WorkstationSettings.h"
#include "crypto/SoftwareKeySigner.h"
#include "desk/DeskServices.h"
#include "security/MasterKeyUnlock.h"
#include "support/Samples.h"
#include "token/Pkcs11Module.h"

#include <QSettings>
#include <QTemporaryDir>

namespace guichet::test {
namespace {

CaProfile profileFor(const QString& id, const TestPki& pki, CmpProtection protection)
{
    CaProfile profile;
    profile.id = id;
    profile.name = QStringLiteral("CA ") + id;
    profile.trustAnchorsPem = {pki.rootPem()};
    profile.cmpUrl = QUrl(QStringLiteral("http://127.0.0.1:8829"));
    profile.cmpPath = QStringLiteral("pkix/");
    profile.protection = protection;
    profile.products.insert(QStringLiteral("rgs2"),
                            CaProductProfile{QStringLiteral("RGS2"), QStringLiteral("1.2.3.4")});
    profile.interventionFormTemplate = QStringLiteral("default");
    profile.documentsRequired = {QStringLiteral("id-front")};
    return profile;
}

std::shared_ptr<KeySigner> softwareSigner(TestPki& pki)
{
    const TestPki::Issued card = pki.issue(TestPki::KeyType::EcP256, QStringLiteral("Opératrice"));
    auto signer = SoftwareKeySigner::fromPem(card.keyPem, card.certificateDer);
    EXPECT_TRUE(signer.ok());
    return signer.ok() ? std::shared_ptr<KeySigner>(std::move(signer).value()) : nullptr;
}

// Never opened: these plans only carry it.
DatabaseConfig nowhere()
{
    DatabaseConfig config;
    config.sqlitePath = QStringLiteral("/nonexistent/guichet.db");
    return config;
}

const OperatorIdentity kActor{QStringLiteral("op-alice"), QStringLiteral("Alice")};

TEST(DeskCaPlanTest, ASignatureProfileSendsToItsUrlWithItsAnchorsSignedByTheCard)
{
    TestPki ca(QStringLiteral("Production CA"));
    TestPki operators(QStringLiteral("Operator CA"));
    const auto signer = softwareSigner(operators);
    ASSERT_TRUE(signer);
    const DatabaseConfig database = nowhere();
    auto config = DeskCaPlan::senderConfig(
        profileFor(QStringLiteral("acme"), ca, CmpProtection::Signature), database, kActor, signer);
    ASSERT_TRUE(config.ok()) << text(config.error());
    EXPECT_EQ(config->profileId, QStringLiteral("acme"));
    EXPECT_EQ(config->url, QUrl(QStringLiteral("http://127.0.0.1:8829/pkix/")));
    ASSERT_EQ(config->trustAnchorsDer.size(), 1);
    EXPECT_EQ(config->trustAnchorsDer.first(), ca.rootDer());
    EXPECT_EQ(config->operatorSigner, signer);
    EXPECT_TRUE(config->refusal.isEmpty()) << config->refusal.toStdString();
    EXPECT_FALSE(config->trainingCaKeys); // never the embedded CA
    EXPECT_EQ(config->actor.id, kActor.id);

    auto keyUpdate = DeskCaPlan::keyUpdateConfig(
        profileFor(QStringLiteral("acme"), ca, CmpProtection::Signature), database, kActor);
    ASSERT_TRUE(keyUpdate.ok()) << text(keyUpdate.error());
    EXPECT_EQ(keyUpdate->url, QUrl(QStringLiteral("http://127.0.0.1:8829/pkix/")));
    EXPECT_EQ(keyUpdate->trustAnchorsDer, QList<QByteArray>{ca.rootDer()});
    EXPECT_FALSE(keyUpdate->trainingCaKeys);
}

TEST(DeskCaPlanTest, ASharedSecretProfileIsRefusedWithTheCommandThatSendsIt)
{
    TestPki ca(QStringLiteral("Production CA"));
    TestPki operators(QStringLiteral("Operator CA"));
    auto config = DeskCaPlan::senderConfig(
        profileFor(QStringLiteral("pbm-ca"), ca, CmpProtection::SharedSecret), nowhere(), kActor,
        softwareSigner(operators));
    ASSERT_TRUE(config.ok()) << text(config.error());
    EXPECT_TRUE(config->refusal.contains(u"needs a shared secret"))
        << config->refusal.toStdString();
    EXPECT_TRUE(config->refusal.contains(u"guichet-cli outbox send --profile pbm-ca --secret-file"))
        << config->refusal.toStdString();
    EXPECT_FALSE(config->operatorSigner); // the card is not used instead of the secret
    EXPECT_TRUE(config->secret.isEmpty());
}

TEST(DeskCaPlanTest, ASignatureProfileWithoutTheCardOrAnchorsIsRefused)
{
    TestPki ca(QStringLiteral("Production CA"));
    const DatabaseConfig database = nowhere();
    auto noCard = DeskCaPlan::senderConfig(
        profileFor(QStringLiteral("acme"), ca, CmpProtection::Signature), database, kActor, {});
    ASSERT_TRUE(noCard.ok());
    EXPECT_TRUE(noCard->refusal.contains(u"log in with the card")) << noCard->refusal.toStdString();

    TestPki operators(QStringLiteral("Operator CA"));
    CaProfile bare = profileFor(QStringLiteral("acme"), ca, CmpProtection::Signature);
    bare.trustAnchorsPem.clear();
    auto noAnchor = DeskCaPlan::senderConfig(bare, database, kActor, softwareSigner(operators));
    ASSERT_TRUE(noAnchor.ok());
    EXPECT_TRUE(noAnchor->refusal.contains(u"no trust anchor")) << noAnchor->refusal.toStdString();
    EXPECT_FALSE(noAnchor->operatorSigner);

    CaProfile unreadable = profileFor(QStringLiteral("acme"), ca, CmpProtection::Signature);
    unreadable.trustAnchorsPem = {QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nAAAA\n")};
    auto broken = DeskCaPlan::senderConfig(unreadable, database, kActor, {});
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(u"not readable")) << text(broken.error());
}

TEST(DeskCaPlanTest, TheWorkstationsProfileIsTheNamedOneOrTheOnlyOneImported)
{
    TestPki ca(QStringLiteral("Production CA"));
    const CaProfile training = CaProfiles::training(ProductCatalogue::builtIn());
    const CaProfile acme = profileFor(QStringLiteral("acme"), ca, CmpProtection::Signature);
    const CaProfile other = profileFor(QStringLiteral("other"), ca, CmpProtection::Signature);

    auto none = DeskCaPlan::choose({training}, QString());
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().message.contains(u"ca profile import")) << text(none.error());

    auto only = DeskCaPlan::choose({training, acme}, QString());
    ASSERT_TRUE(only.ok());
    EXPECT_EQ(only->id, QStringLiteral("acme"));

    auto several = DeskCaPlan::choose({training, acme, other}, QString());
    ASSERT_FALSE(several.ok());
    EXPECT_TRUE(several.error().message.contains(u"acme, other")) << text(several.error());

    auto named = DeskCaPlan::choose({training, acme, other}, QStringLiteral("other"));
    ASSERT_TRUE(named.ok());
    EXPECT_EQ(named->id, QStringLiteral("other"));

    auto missing = DeskCaPlan::choose({training, acme}, QStringLiteral("gone"));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(u"\"gone\"")) << text(missing.error());

    // Production never falls back to the training CA, even when named.
    EXPECT_FALSE(DeskCaPlan::choose({training}, QStringLiteral("training")).ok());
}

TEST(DeskCaPlanTest, TheHolderTokenModuleComesFromTheSettingsElseP11Kit)
{
    const QStringList registered{QStringLiteral("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"),
                                 QStringLiteral("/usr/lib/other.so")};
    EXPECT_EQ(DeskServices::holderModuleFor(false, QStringLiteral("/opt/vendor.so"), registered),
              QStringLiteral("/opt/vendor.so"));
    EXPECT_EQ(DeskServices::holderModuleFor(false, QString(), registered), registered.first());
    EXPECT_EQ(DeskServices::holderModuleFor(false, QString(), {}), QString());
    EXPECT_EQ(DeskServices::holderModuleFor(true, QString(), registered),
              Pkcs11Module::softHsmPath());
    EXPECT_EQ(DeskServices::holderModuleFor(true, QStringLiteral("/opt/vendor.so"), registered),
              QStringLiteral("/opt/vendor.so"));

    // The settings keep the production choices between runs.
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("guichet.ini"));
    {
        WorkstationSettings settings(ini);
        EXPECT_TRUE(settings.trainingMode());
        settings.setTrainingMode(false);
        settings.setCaProfile(QStringLiteral(" acme "));
        settings.setHolderTokenModule(QStringLiteral("/opt/vendor.so"));
    }
    WorkstationSettings settings(ini);
    EXPECT_FALSE(settings.trainingMode());
    EXPECT_EQ(settings.caProfile(), QStringLiteral("acme"));
    EXPECT_EQ(settings.holderTokenModule(), QStringLiteral("/opt/vendor.so"));
}

TEST(DeskCaPlanTest, TrainingModeKeepsTheEmbeddedCa)
{
    SystemClock clock;
    DeskServices::Inputs inputs;
    inputs.training = true;
    inputs.database = nowhere();
    inputs.actor = kActor;
    inputs.clock = &clock;
    inputs.masterKey = std::make_shared<MasterKeyUnlock>();
    DeskServices services(std::move(inputs));
    EXPECT_EQ(services.caProfileId(), QStringLiteral("training"));
    EXPECT_EQ(services.holderTokenModule(), Pkcs11Module::softHsmPath());
    EXPECT_NE(services.tokens(), nullptr);
    EXPECT_NE(services.outbox(), nullptr);
    ASSERT_TRUE(services.keyUpdate().has_value());
    EXPECT_TRUE(services.keyUpdate()->trainingCaKeys);
    EXPECT_TRUE(services.problems().isEmpty()) << services.problems().join(u'\n').toStdString();
}

TEST(DeskCaPlanTest, ProductionWithoutAProfileSaysSoAndSendsNothing)
{
    SystemClock clock;
    DeskServices::Inputs inputs;
    inputs.training = false;
    inputs.database = nowhere();
    inputs.actor = kActor;
    inputs.clock = &clock;
    inputs.holderTokenModule = QStringLiteral("/opt/vendor.so");
    inputs.profiles = QList<CaProfile>{CaProfiles::training(ProductCatalogue::builtIn())};
    inputs.masterKey = std::make_shared<MasterKeyUnlock>();
    DeskServices services(std::move(inputs));
    EXPECT_EQ(services.outbox(), nullptr);
    EXPECT_FALSE(services.keyUpdate().has_value());
    EXPECT_TRUE(services.caProfileId().isEmpty());
    ASSERT_EQ(services.problems().size(), 1);
    EXPECT_TRUE(services.problems().first().contains(u"needs a CA profile"));
    EXPECT_NE(services.tokens(), nullptr); // personalisation does not need the CA to start
}

// The refusal reaches the operator on each waiting item of the profile, in the outbox the
// window lists, while the item stays queued and due, so `outbox send` takes it at once.
class DeskSharedSecretTest : public EngineTest {};

TEST_P(DeskSharedSecretTest, TheWaitingItemsCarryTheRefusalAndStayDue)
{
    TestPki ca(QStringLiteral("Production CA"));
    const CaProfile profile = profileFor(QStringLiteral("pbm-ca"), ca, CmpProtection::SharedSecret);
    ASSERT_TRUE(
        CaProfileRepository(*db, clock, ProductCatalogue::builtIn()).store(profile, kActor).ok());
    Dossier draft = sampleDossier();
    draft.caProfileId = profile.id;
    auto created = service->create(draft);
    ASSERT_TRUE(created.ok()) << text(created.error());
    auto meeting = service->changeStatus(created->id, created->version,
                                         DossierStatus::ReadyForMeeting, QString());
    ASSERT_TRUE(meeting.ok());
    ASSERT_TRUE(service
                    ->changeStatus(created->id, meeting->version, DossierStatus::IdentityVerified,
                                   QString())
                    .ok());
    CaRequests requests(*db, clock, ProductCatalogue::builtIn(), kActor);
    const openssl::PKey holder = CaFixture::newKey();
    auto queued = requests.queueEnrolment(
        created->id,
        CaFixture::csrFor(holder.get(), QStringLiteral("Jean Dupont"), {}, QStringLiteral("FR")));
    ASSERT_TRUE(queued.ok()) << text(queued.error());

    SystemClock systemClock;
    DeskServices::Inputs inputs;
    inputs.training = false;
    inputs.database = testDb().config();
    inputs.actor = kActor;
    inputs.clock = &systemClock;
    inputs.holderTokenModule = QStringLiteral("/opt/vendor.so");
    inputs.profiles = DeskCaPlan::storedProfiles(testDb().config());
    inputs.masterKey = std::make_shared<MasterKeyUnlock>();
    DeskServices services(std::move(inputs));
    ASSERT_NE(services.outbox(), nullptr) << services.problems().join(u'\n').toStdString();
    EXPECT_EQ(services.caProfileId(), profile.id);
    ASSERT_EQ(services.problems().size(), 1);
    EXPECT_EQ(services.problems().first(), DeskCaPlan::sharedSecretRefusal(profile));
    int waiting = -1;
    QObject here;
    QObject::connect(services.outbox(), &OutboxSender::queueLengthChanged, &here,
                     [&](int count) { waiting = count; });
    services.startOutbox();
    OutboxItem item;
    ASSERT_TRUE(waitUntil([&] {
        auto found = requests.outbox().find(queued->id);
        item = found.ok() ? *found : OutboxItem{};
        return !item.lastError.isEmpty();
    }));
    EXPECT_EQ(item.lastError, DeskCaPlan::sharedSecretRefusal(profile));
    EXPECT_EQ(item.state, OutboxState::Queued);
    EXPECT_EQ(item.attempts, 0); // never claimed
    EXPECT_LE(item.nextAttemptUtc, QDateTime::currentDateTimeUtc());
    EXPECT_TRUE(waitUntil([&] { return waiting == 1; })) << waiting;
    services.stopOutbox();
    EXPECT_FALSE(services.outboxStarted());
}

GUICHET_ON_BOTH_ENGINES(DeskSharedSecretTest);

} // namespace
} // namespace guichet::test
