#include "SessionFixture.h"

#include "domain/ProductCatalogue.h"
#include "operators/CardLogin.h"
#include "operators/TrainingOperatorCard.h"
#include "security/EncryptionService.h"
#include "security/MasterKeySource.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace guichet::test {

void SessionTest::SetUp()
{
    WindowTest::SetUp();
    if (HasFatalFailure()) {
        return;
    }
    m_softHsm = std::make_unique<SoftHsmToken>();
    requireSoftHsm(*m_softHsm);
    if (IsSkipped() || HasFatalFailure()) {
        return;
    }
    startSession();
}

void SessionTest::TearDown()
{
    m_window.reset();
    m_session.reset(); // logs out, closes its connection and finalises the module
    WindowTest::TearDown();
    m_softHsm.reset();
}

void SessionTest::startSession()
{
    m_presence = std::make_shared<SwitchablePresence>();
    SessionWorker::Config config;
    config.modulePath = SoftHsmToken::modulePath();
    config.database = m_config;
    config.trustAnchors = [](Database& db) { return CardLogin::workstationTrustAnchors(db, true); };
    // The training CA's keys sealed under a fixed key: the test's own keychain stand-in.
    config.trainingCard = [next = m_nextCard, &clock = m_clock](
                              const Pkcs11Module& module, Database& db, const QString& name,
                              const SecretBytes& pin) -> Result<QString> {
        EncryptionService encryption(
            std::make_unique<FixedMasterKeySource>(SecretBytes::copyOf(QByteArray(32, 'k'))));
        TrainingOperatorCard::Request request;
        request.name = name;
        request.role = next->role;
        request.organisationName = next->organisation;
        request.trainingDate = clock.nowUtc().date().addMonths(-1);
        auto created = TrainingOperatorCard(db, encryption, clock, ProductCatalogue::builtIn())
                           .create(module, request, pin, next->actor ? &*next->actor : nullptr);
        if (!created) {
            return created.error();
        }
        return created->tokenSerial;
    };
    config.presence = m_presence;
    config.presenceInterval = std::chrono::milliseconds(100);
    m_session = std::make_unique<SessionWorker>(std::move(config), m_clock);
    bool started = false;
    QString problem;
    QObject::connect(m_session.get(), &SessionWorker::ready, m_session.get(),
                     [&](bool ok, const QString& message) {
                         started = ok;
                         problem = message;
                     });
    m_session->start();
    ASSERT_TRUE(waitUntil([&] { return m_session->isStarted() || !problem.isEmpty(); }));
    ASSERT_TRUE(started) << problem.toStdString();
}

QString SessionTest::makeCard(const QString& name, OperatorRole role, const char* pin,
                              const std::optional<OperatorAccount>& actor,
                              const QString& organisation)
{
    m_nextCard->role = role;
    m_nextCard->actor = actor;
    m_nextCard->organisation = organisation;
    QString serial;
    QString failure;
    QObject context;
    QObject::connect(m_session.get(), &SessionWorker::trainingCardCreated, &context,
                     [&](const QString& made) { serial = made; });
    QObject::connect(m_session.get(), &SessionWorker::trainingCardFailed, &context,
                     [&](const QString& message) { failure = message; });
    m_session->createTrainingCard(
        name, std::make_shared<const SecretBytes>(SecretBytes::copyOf(QByteArrayView(pin))));
    EXPECT_TRUE(waitUntil([&] { return !serial.isEmpty() || !failure.isEmpty(); },
                          std::chrono::seconds(60)));
    EXPECT_TRUE(failure.isEmpty()) << failure.toStdString();
    return serial;
}

OperatorAccount SessionTest::logIn(const QString& serial, const char* pin)
{
    bool done = false;
    QString failure;
    QObject context;
    QObject::connect(m_session.get(), &SessionWorker::loggedIn, &context, [&] { done = true; });
    QObject::connect(m_session.get(), &SessionWorker::loginFailed, &context,
                     [&](const QString& message) { failure = message; });
    m_session->login(serial,
                     std::make_shared<const SecretBytes>(SecretBytes::copyOf(QByteArrayView(pin))));
    EXPECT_TRUE(waitUntil([&] { return done || !failure.isEmpty(); }, std::chrono::seconds(30)));
    EXPECT_TRUE(done) << failure.toStdString();
    return m_session->account();
}

void SessionTest::openSessionWindow(std::chrono::milliseconds lockAfter)
{
    const OperatorIdentity actor = m_session->account().profile().identity;
    m_worker =
        std::make_unique<DossierWorker>(m_config, m_clock, ProductCatalogue::builtIn(), actor);
    MainWindow::Dependencies dependencies{*m_worker, *m_settings, ProductCatalogue::builtIn(),
                                          m_config,  actor,       QStringLiteral("en")};
    dependencies.clock = &m_clock;
    dependencies.session = m_session.get();
    dependencies.lockAfter = lockAfter;
    dependencies.documentKeys = m_documentKeys;
    m_window = std::make_unique<MainWindow>(dependencies);
    m_window->show();
    m_worker->start();
    ASSERT_TRUE(waitUntil([this] { return listModel().isActive() && !listModel().isLoading(); }))
        << "the first page never came";
}

QStringList SessionTest::auditActions()
{
    QStringList actions;
    QSqlQuery query = m_db->query();
    query.prepare(QStringLiteral("SELECT action FROM audit_event ORDER BY seq"));
    if (Status done = m_db->exec(query, QStringLiteral("reading the audit")); !done) {
        ADD_FAILURE() << done.error().message.toStdString();
        return actions;
    }
    while (query.next()) {
        actions.append(query.value(0).toString());
    }
    return actions;
}

} // namespace guichet::test
