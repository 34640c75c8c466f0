#include "UiTestSupport.h"

#include "domain/ProductCatalogue.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QTest>

namespace guichet::test {

bool waitUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!done()) {
        if (deadline.hasExpired()) {
            return done();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::qSleep(2); // let the worker thread run
    }
    return true;
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

Dossier validDossier(const QString& surnames, const QString& givenNames,
                     const QString& orderReference)
{
    Dossier dossier;
    dossier.productId = QStringLiteral("rgs2");
    dossier.usage = QStringLiteral("signature");
    dossier.orderReference = orderReference;
    dossier.holder.surnames = surnames;
    dossier.holder.givenNames = givenNames;
    dossier.holder.birthDate = QDate(1980, 3, 12);
    dossier.holder.email = QStringLiteral("holder@example.fr");
    dossier.holder.address.country = QStringLiteral("FR");
    return dossier;
}

void WindowTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    auto config = DatabaseConfig::fromUrl(m_dir.filePath(QStringLiteral("guichet.sqlite")));
    ASSERT_TRUE(config.ok());
    m_config = *config;
    m_settings =
        std::make_unique<WorkstationSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    auto db = Database::open(m_config);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    m_db = std::move(db).value();
    m_other = std::make_unique<DossierService>(
        *m_db, m_clock, ProductCatalogue::builtIn(),
        OperatorIdentity{QStringLiteral("bob"), QStringLiteral("Bob")});
}

void WindowTest::TearDown()
{
    m_window.reset();
    m_worker.reset();
    m_other.reset();
    m_db.reset();
}

void WindowTest::openWindow()
{
    const OperatorIdentity alice{QStringLiteral("alice"), QStringLiteral("Alice Martin")};
    m_worker =
        std::make_unique<DossierWorker>(m_config, m_clock, ProductCatalogue::builtIn(), alice);
    m_window = std::make_unique<MainWindow>(
        MainWindow::Dependencies{*m_worker, *m_settings, ProductCatalogue::builtIn(), m_config,
                                 alice, QStringLiteral("en")});
    m_window->show();
    m_worker->start();
    ASSERT_TRUE(waitUntil([this] { return listModel().isActive() && !listModel().isLoading(); }))
        << "the first page never came";
}

qint64 WindowTest::seed(const QString& surnames, const QString& givenNames,
                        const QString& orderReference)
{
    auto created = m_other->create(validDossier(surnames, givenNames, orderReference));
    if (!created) {
        ADD_FAILURE() << created.error().message.toStdString();
        return 0;
    }
    return created->id;
}

Dossier WindowTest::stored(qint64 id)
{
    auto found = m_other->find(id);
    if (!found) {
        ADD_FAILURE() << found.error().message.toStdString();
        return {};
    }
    return *found;
}

void WindowTest::flushWorker()
{
    bool answered = false;
    m_worker->run<Result<int>>(
        m_window.get(), [](DossierService&) { return Result<int>(0); },
        [&answered](Result<int>) { answered = true; });
    ASSERT_TRUE(waitUntil([&answered] { return answered; }));
}

QList<qint64> WindowTest::listIds()
{
    QList<qint64> ids;
    for (int row = 0; row < listModel().rowCount(); ++row) {
        ids.append(listModel().idAt(row));
    }
    return ids;
}

bool WindowTest::waitForListIds(const QList<qint64>& ids)
{
    const bool shown = waitUntil([&] { return !listModel().isLoading() && listIds() == ids; });
    if (!shown) {
        ADD_FAILURE() << "the list shows " << listIds().size() << " rows, not " << ids.size()
                      << " as expected";
    }
    return shown;
}

DossierListModel& WindowTest::listModel()
{
    auto* table = m_window->findChild<QAbstractItemView*>(QStringLiteral("dossierTable"));
    if (table == nullptr) {
        throw std::runtime_error("no dossier table");
    }
    return *qobject_cast<DossierListModel*>(table->model());
}

} // namespace guichet::test
