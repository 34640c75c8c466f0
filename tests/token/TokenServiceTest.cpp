#include "token/TokenService.h"

#include "TokenFixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

using namespace guichet;
using namespace guichet::test;

namespace {

template <typename Predicate> bool waitFor(Predicate done, int milliseconds = 60'000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return done();
}

} // namespace

// The QObject API the GUI will use: everything on the worker, answers as queued signals.
TEST_F(TokenTest, ServicePersonalisesResumesAndChangesPinThroughSignals)
{
    module.reset(); // the service loads its own, on its thread
    TokenService::Storage storage{testDb->config(),
                                  [] {
                                      return std::make_unique<FixedMasterKeySource>(
                                          SecretBytes::copyOf(QByteArray(32, 'k')));
                                  },
                                  QStringLiteral("op-alice")};
    TokenService service(SoftHsmToken::modulePath(), storage, clock, &ca);
    std::optional<bool> ready;
    QList<TokenInfo> listed;
    bool listedOnce = false;
    QStringList steps;
    std::optional<QString> stopped;
    int stoppedAt = -1;
    QString finishedSerial;
    QByteArray certificate;
    int pinChanges = 0;
    QStringList failures;
    QObject::connect(&service, &TokenService::ready, &service,
                     [&](bool ok, const QString&) { ready = ok; });
    QObject::connect(&service, &TokenService::tokensListed, &service,
                     [&](const QList<TokenInfo>& tokens) {
                         listed = tokens;
                         listedOnce = true;
                     });
    QObject::connect(&service, &TokenService::progress, &service,
                     [&](const QString& step, int, int) { steps << step; });
    QObject::connect(&service, &TokenService::personalisationStopped, &service,
                     [&](int, int done, const QString&, const QByteArray&, const QString& why) {
                         stopped = why;
                         stoppedAt = done;
                     });
    QObject::connect(&service, &TokenService::personalisationFinished, &service,
                     [&](int, const QString& serial, const QByteArray& der) {
                         finishedSerial = serial;
                         certificate = der;
                     });
    QObject::connect(&service, &TokenService::pinChanged, &service,
                     [&](const QString&) { ++pinChanges; });
    QObject::connect(&service, &TokenService::failed, &service,
                     [&](const QString&, const QString& why) { failures << why; });

    service.start();
    ASSERT_TRUE(waitFor([&] { return ready.has_value(); }));
    ASSERT_TRUE(*ready);
    service.listTokens();
    ASSERT_TRUE(waitFor([&] { return listedOnce; }));
    ASSERT_FALSE(listed.isEmpty());
    EXPECT_FALSE(listed.first().initialised);

    PersonalisationRequest asked;
    asked.slot = listed.first().slotId;
    asked.label = QStringLiteral("Service token");
    asked.subject.commonName = QStringLiteral("Jean Dupont");
    asked.qscd = true;
    auto secrets = std::make_shared<PersonalisationSecrets>();
    secrets->holderPin = pin("483920");
    ca.failNext(1); // the CA is unreachable the first time
    const int job = service.personalise(asked, secrets);
    ASSERT_TRUE(waitFor([&] { return stopped.has_value(); }));
    EXPECT_EQ(stoppedAt, static_cast<int>(PersonalisationStep::RequestSigned));
    EXPECT_FALSE(stopped->isEmpty());
    service.resume(job);
    ASSERT_TRUE(waitFor([&] { return !finishedSerial.isEmpty(); }));
    EXPECT_FALSE(certificate.isEmpty());
    EXPECT_GE(steps.size(), 7);

    service.changePin(finishedSerial, std::make_shared<const SecretBytes>(pin("483920")),
                      std::make_shared<const SecretBytes>(pin("590312")));
    ASSERT_TRUE(waitFor([&] { return pinChanges == 1 || !failures.isEmpty(); }));
    EXPECT_TRUE(failures.isEmpty()) << failures.join(u'\n').toStdString();
    service.unblockWithStoredSoPin(finishedSerial,
                                   std::make_shared<const SecretBytes>(pin("720485")));
    ASSERT_TRUE(waitFor([&] { return pinChanges == 2 || !failures.isEmpty(); }));
    EXPECT_TRUE(failures.isEmpty()) << failures.join(u'\n').toStdString();
    // A wrong current PIN comes back as a failure signal with a clear message.
    service.changePin(finishedSerial, std::make_shared<const SecretBytes>(pin("590312")),
                      std::make_shared<const SecretBytes>(pin("619284")));
    ASSERT_TRUE(waitFor([&] { return !failures.isEmpty(); }));
    EXPECT_TRUE(failures.first().contains(QStringLiteral("Wrong PIN")));
}
