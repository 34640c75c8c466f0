#include "TokenFixture.h"
#include "token/TokenWorker.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>

using namespace guichet;
using namespace guichet::test;

namespace {

QStringList g_messages;
QMutex g_mutex;

void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    QMutexLocker lock(&g_mutex);
    g_messages << QString::fromLatin1(context.category ? context.category : "") +
                      QStringLiteral(": ") + message;
}

template <typename Predicate> bool waitFor(Predicate done, int milliseconds = 30'000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return done();
}

} // namespace

TEST_F(TokenTest, NoPinReachesTheLogDuringAPersonalisation)
{
    QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
    {
        QMutexLocker lock(&g_mutex);
        g_messages.clear();
    }
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    PersonalisationState state = personalise(KeyAlgorithm::EcP256, "483920");
    // Failures log too: a wrong PIN and a change of PIN.
    auto session = TokenSession::open(*module, slotOf(state));
    ASSERT_TRUE(session.ok());
    EXPECT_FALSE((*session)->login(CKU_USER, pin("918273")).ok());
    session->reset();
    auto soPin =
        records->vault.reveal(state.serial, VaultRole::Supervisor, VaultPurpose::ShowToSupervisor);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.debug=false\nguichet.*.info=false"));
    ASSERT_TRUE(soPin.ok());
    const QString soPinText = QString::fromLatin1(soPin->view().toByteArray());

    QMutexLocker lock(&g_mutex);
    ASSERT_FALSE(g_messages.isEmpty()); // the capture works: the steps were logged
    bool stepsLogged = false;
    for (const QString& message : std::as_const(g_messages)) {
        stepsLogged |= message.startsWith(QStringLiteral("guichet.token"));
        EXPECT_FALSE(message.contains(QStringLiteral("483920"))) << message.toStdString();
        EXPECT_FALSE(message.contains(QStringLiteral("918273"))) << message.toStdString();
        EXPECT_FALSE(message.contains(soPinText)) << message.toStdString();
    }
    EXPECT_TRUE(stepsLogged);
}

TEST_F(TokenTest, WorkerRunsTokenCallsOnItsOwnThreadAndAnswersQueued)
{
    module.reset(); // the worker loads its own
    TokenWorker worker(SoftHsmToken::modulePath());
    bool loaded = false;
    QString loadMessage;
    QObject receiver;
    QObject::connect(&worker, &TokenWorker::moduleLoaded, &receiver,
                     [&](bool ok, const QString& message) {
                         loaded = ok;
                         loadMessage = message;
                     });
    QStringList steps;
    QObject::connect(&worker, &TokenWorker::progress, &receiver,
                     [&](const QString& step, int, int) { steps << step; });
    worker.start();

    QThread* jobThread = nullptr;
    QThread* answerThread = nullptr;
    std::optional<Result<TokenInfo>> answer;
    worker.run<Result<TokenInfo>>(
        &receiver,
        [&](const Pkcs11Module& onWorker, const TokenProgress& progress) -> Result<TokenInfo> {
            jobThread = QThread::currentThread();
            progress.report(QStringLiteral("inspect"), 0, 1);
            auto blank = TokenSlot::findBlank(onWorker);
            if (!blank) {
                return blank.error();
            }
            return TokenSlot::inspect(onWorker, *blank);
        },
        [&](Result<TokenInfo> result) {
            answerThread = QThread::currentThread();
            answer = std::move(result);
        });
    ASSERT_TRUE(waitFor([&] { return answer.has_value(); }));
    EXPECT_TRUE(loaded) << loadMessage.toStdString();
    ASSERT_TRUE(answer->ok()) << answer->error().message.toStdString();
    EXPECT_FALSE((*answer)->initialised);
    EXPECT_NE(jobThread, QThread::currentThread());
    EXPECT_EQ(answerThread, QThread::currentThread());
    ASSERT_TRUE(waitFor([&] { return !steps.isEmpty(); }));
    EXPECT_EQ(steps.first(), QStringLiteral("inspect"));
}

TEST(TokenWorkerModule, AMissingModuleIsReportedToEveryJob)
{
    TokenWorker worker(QStringLiteral("/nonexistent/module.so"));
    QObject receiver;
    std::optional<bool> loaded;
    QObject::connect(&worker, &TokenWorker::moduleLoaded, &receiver,
                     [&](bool ok, const QString&) { loaded = ok; });
    worker.start();
    std::optional<Status> answer;
    worker.run<Status>(
        &receiver, [](const Pkcs11Module&, const TokenProgress&) { return Status::success(); },
        [&](Status status) { answer = status; });
    ASSERT_TRUE(waitFor([&] { return answer.has_value() && loaded.has_value(); }));
    EXPECT_FALSE(*loaded);
    ASSERT_FALSE(answer->ok());
    EXPECT_TRUE(answer->error().message.contains(QStringLiteral("/nonexistent/module.so")));
}
