// The background sender on its own thread, as the GUI runs it: offline, then the training CA
// comes back and the queue drains; only signals cross threads.
#include "ca/outbox/OutboxSender.h"

#include "OutboxFixture.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace guichet::test {
namespace {

// Runs this thread's event loop (the CA's HTTP server lives here) until `done` or timeout.
bool runUntil(const std::function<bool()>& done, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

TEST_P(OutboxTest, BackgroundSenderGoesOfflineThenDrainsWhenTheCaComesBack)
{
    QList<qint64> items;
    for (int i = 0; i < 3; ++i) {
        auto queued = requests->queueEnrolment(readyDossier(), csr());
        ASSERT_TRUE(queued.ok()) << text(queued.error());
        items.append(queued->id);
    }
    OutboxSenderConfig config;
    config.database = testDb().config();
    config.actor = {QStringLiteral("op-alice"), QStringLiteral("Alice")};
    config.url = QUrl(QStringLiteral("http://127.0.0.1:%1/pkix/").arg(port));
    config.reference = "guichet-ra";
    config.secret = SecretBytes::copyOf(kSecret);
    config.options.firstBackoffMs = 100;
    config.options.maxBackoffMs = 400;
    config.timeoutMs = 5000;
    QThread thread;
    auto* sender = new OutboxSender(std::move(config));
    sender->moveToThread(&thread);
    QObject guiSide; // receives the signals on this thread, like a widget would
    int online = -1, waiting = -1, delivered = 0;
    bool stopped = false;
    QObject::connect(&thread, &QThread::started, sender, &OutboxSender::start);
    QObject::connect(sender, &OutboxSender::onlineChanged, &guiSide,
                     [&](bool isOnline) { online = isOnline ? 1 : 0; });
    QObject::connect(sender, &OutboxSender::queueLengthChanged, &guiSide,
                     [&](int n) { waiting = n; });
    QObject::connect(sender, &OutboxSender::itemChanged, &guiSide,
                     [&](qint64, const QString& state, const QString&) {
                         delivered += state == u"delivered" ? 1 : 0;
                     });
    QObject::connect(sender, &OutboxSender::stopped, &guiSide, [&] { stopped = true; });
    QObject::connect(&thread, &QThread::finished, sender, &QObject::deleteLater);
    thread.start();

    EXPECT_TRUE(runUntil([&] { return online == 0; })) << "offline while the CA is down";
    EXPECT_EQ(waiting, 3);
    startCa();
    EXPECT_TRUE(runUntil([&] { return waiting == 0; })) << "drained once the CA is back";
    EXPECT_EQ(online, 1);
    EXPECT_EQ(delivered, 3);
    QMetaObject::invokeMethod(sender, &OutboxSender::stop, Qt::QueuedConnection);
    EXPECT_TRUE(runUntil([&] { return stopped; }));
    thread.quit();
    thread.wait();
    for (qint64 id : items) {
        auto item = requests->outbox().find(id);
        ASSERT_TRUE(item.ok());
        EXPECT_EQ(item->state, OutboxState::Delivered);
    }
}

// Training mode in the window: no CA server to run, the embedded training CA answers in the
// sender's own thread and database.
TEST_P(OutboxTest, InTrainingModeTheEmbeddedCaAnswersInProcess)
{
    auto queued = requests->queueEnrolment(readyDossier(), csr());
    ASSERT_TRUE(queued.ok()) << text(queued.error());
    OutboxSenderConfig config;
    config.database = testDb().config();
    config.actor = {QStringLiteral("op-alice"), QStringLiteral("Alice")};
    config.trainingCaKeys = [](Database&) -> Result<std::unique_ptr<MasterKeySource>> {
        QByteArray key = CaFixture::masterKeyBytes();
        return std::unique_ptr<MasterKeySource>(
            std::make_unique<FixedMasterKeySource>(SecretBytes::takeFrom(key)));
    };
    QThread thread;
    auto* sender = new OutboxSender(std::move(config));
    sender->moveToThread(&thread);
    QObject guiSide;
    int online = -1, waiting = -1;
    bool stopped = false;
    QString failure;
    QObject::connect(&thread, &QThread::started, sender, &OutboxSender::start);
    QObject::connect(sender, &OutboxSender::onlineChanged, &guiSide,
                     [&](bool isOnline) { online = isOnline ? 1 : 0; });
    QObject::connect(sender, &OutboxSender::queueLengthChanged, &guiSide,
                     [&](int n) { waiting = n; });
    QObject::connect(sender, &OutboxSender::failed, &guiSide,
                     [&](const QString& message) { failure = message; });
    QObject::connect(sender, &OutboxSender::stopped, &guiSide, [&] { stopped = true; });
    QObject::connect(&thread, &QThread::finished, sender, &QObject::deleteLater);
    thread.start();

    EXPECT_TRUE(runUntil([&] { return waiting == 0 || !failure.isEmpty(); }))
        << "delivered in process";
    EXPECT_TRUE(failure.isEmpty()) << failure.toStdString();
    EXPECT_EQ(online, 1);
    QMetaObject::invokeMethod(sender, &OutboxSender::stop, Qt::QueuedConnection);
    EXPECT_TRUE(runUntil([&] { return stopped; }));
    thread.quit();
    thread.wait();
    auto item = requests->outbox().find(queued->id);
    ASSERT_TRUE(item.ok());
    EXPECT_EQ(item->state, OutboxState::Delivered);
    auto dossier = service->find(item->dossierId);
    ASSERT_TRUE(dossier.ok());
    EXPECT_EQ(dossier->status, DossierStatus::CertificateIssued);
}

} // namespace
} // namespace guichet::test
