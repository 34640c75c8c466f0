// The personalisation dialog driven as the operator and the holder would: real SoftHSM2 token,
// real token service on its worker, the request through the outbox (dossier worker, the
// window's OutboxSender with the training CA in process), the PIN typed by keyboard.
#include "token/PersonalisationDialog.h"

#include "PersonalisationDriver.h"
#include "TokenFixture.h"
#include "ca/outbox/CaRequests.h"
#include "ca/outbox/OutboxSender.h"
#include "domain/ProductCatalogue.h"
#include "service/DossierService.h"
#include "service/DossierWorker.h"
#include "smartcard/AtrCatalogue.h"
#include "token/HolderPinDialog.h"
#include "token/IssuedCertificateDialog.h"
#include "token/PersonalisedToken.h"
#include "token/TokenService.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <openssl/objects.h>
#include <openssl/x509.h>

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

QStringList g_messages;
QMutex g_mutex;

void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    QMutexLocker lock(&g_mutex);
    g_messages << QString::fromLatin1(context.category ? context.category : "") +
                      QStringLiteral(": ") + message;
}

Dossier organisationDossier()
{
    Dossier dossier;
    dossier.orderReference = QStringLiteral("CMD-2026-77");
    dossier.productId = QStringLiteral("rgs2");
    dossier.usage = QStringLiteral("signature");
    dossier.holder.givenNames = QStringLiteral("Jean Pierre");
    dossier.holder.surnames = QStringLiteral("Dupont-Martin");
    dossier.holder.email = QStringLiteral("jp.dupont@example.org");
    Organisation organisation;
    organisation.name = QStringLiteral("Étude Martin");
    organisation.registrationId = QStringLiteral("73282932000074");
    organisation.address.country = QStringLiteral("FR");
    dossier.organisation = organisation;
    return dossier;
}

QString entry(X509_NAME* name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0) {
        return {};
    }
    unsigned char* utf8 = nullptr;
    const int size =
        ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), size);
    OPENSSL_free(utf8);
    return text;
}

class PersonalisationDialogTest : public TokenTest {
protected:
    void SetUp() override
    {
        TokenTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        module.reset(); // the service loads its own, on its worker
    }

    void TearDown() override
    {
        stopSender();
        service.reset();
        worker.reset();
        TokenTest::TearDown();
    }

    // The service as the window makes it (no issuer: the request goes through the outbox),
    // or with the given issuer.
    void startService(CertificateIssuer* issuer = nullptr)
    {
        TokenService::Storage storage{testDb->config(),
                                      [] {
                                          return std::make_unique<FixedMasterKeySource>(
                                              SecretBytes::copyOf(QByteArray(32, 'k')));
                                      },
                                      QStringLiteral("op-alice")};
        service =
            std::make_unique<TokenService>(SoftHsmToken::modulePath(), storage, clock, issuer);
        std::optional<bool> ready;
        QString why;
        QObject::connect(service.get(), &TokenService::ready, service.get(),
                         [&](bool ok, const QString& message) {
                             ready = ok;
                             why = message;
                         });
        service->start();
        ASSERT_TRUE(waitFor([&] { return ready.has_value(); }));
        ASSERT_TRUE(*ready) << why.toStdString();
    }

    // The window's dossier worker on the test's database.
    void startWorker()
    {
        worker = std::make_unique<DossierWorker>(testDb->config(), clock,
                                                 ProductCatalogue::builtIn(), kOperator);
        std::optional<bool> opened;
        QObject::connect(worker.get(), &DossierWorker::opened, worker.get(),
                         [&](bool ok, const QString&) { opened = ok; });
        worker->start();
        ASSERT_TRUE(waitFor([&] { return opened.has_value(); }));
        ASSERT_TRUE(*opened);
    }

    // The dossier stored as the meeting leaves it: identity verified.
    Dossier storedDossier()
    {
        DossierService dossiers(*db, clock, ProductCatalogue::builtIn(), kOperator);
        Dossier dossier = organisationDossier();
        dossier.holder.birthDate = QDate(1980, 5, 17);
        dossier.holder.birthPlace = QStringLiteral("Lille");
        dossier.holder.address = {QStringLiteral("20 allée de la râperie"), QStringLiteral("59650"),
                                  QStringLiteral("Villeneuve d'Ascq"), QStringLiteral("FR")};
        auto created = dossiers.create(dossier);
        EXPECT_TRUE(created.ok()) << (created ? "" : created.error().message.toStdString());
        if (!created) {
            return {};
        }
        auto ready = dossiers.changeStatus(created->id, created->version,
                                           DossierStatus::ReadyForMeeting, QString());
        EXPECT_TRUE(ready.ok());
        auto verified = dossiers.changeStatus(created->id, ready->version,
                                              DossierStatus::IdentityVerified, QString());
        EXPECT_TRUE(verified.ok());
        return *verified;
    }

    // The window's sender in training mode: the training CA answers in process.
    void startSender()
    {
        OutboxSenderConfig config;
        config.database = testDb->config();
        config.actor = kOperator;
        config.idlePollMs = 100;
        config.trainingCaKeys = [](Database&) -> Result<std::unique_ptr<MasterKeySource>> {
            return std::unique_ptr<MasterKeySource>(
                std::make_unique<FixedMasterKeySource>(SecretBytes::copyOf(QByteArray(32, 'k'))));
        };
        sender = new OutboxSender(std::move(config));
        sender->moveToThread(&senderThread);
        QObject::connect(&senderThread, &QThread::started, sender, &OutboxSender::start);
        QObject::connect(sender, &OutboxSender::stopped, &senderThread, &QThread::quit);
        QObject::connect(&senderThread, &QThread::finished, sender, &QObject::deleteLater);
        senderThread.start();
    }

    void stopSender()
    {
        if (sender != nullptr) {
            QMetaObject::invokeMethod(sender, &OutboxSender::stop, Qt::QueuedConnection);
            // stopped() quits the thread through this thread's event loop: keep it turning.
            EXPECT_TRUE(waitFor([&] { return senderThread.isFinished(); }, 120'000));
            senderThread.quit();
            senderThread.wait();
            sender = nullptr;
        }
    }

    std::optional<OutboxItem> onlyItem(qint64 dossierId)
    {
        CaRequests requests(*db, clock, ProductCatalogue::builtIn(), kOperator);
        auto items = requests.outbox().forDossier(dossierId);
        return items && items->size() == 1 ? std::optional<OutboxItem>(items->first())
                                           : std::nullopt;
    }

    std::unique_ptr<PersonalisationDialog> openDialog(const Dossier& dossier,
                                                      const QString& productId,
                                                      std::optional<HolderIdentity> identity = {})
    {
        const Product* product = ProductCatalogue::builtIn().product(productId);
        EXPECT_NE(product, nullptr);
        if (!worker) {
            startWorker();
        }
        auto dialog = std::make_unique<PersonalisationDialog>(
            *service, *worker, AtrCatalogue::builtIn(), dossier, *product, std::move(identity));
        dialog->show();
        auto* tokens = dialog->findChild<QComboBox*>(QStringLiteral("personalisationTokens"));
        EXPECT_TRUE(waitFor([&] { return tokens->count() > 0; }));
        return dialog;
    }

    static QPushButton* button(QWidget* dialog, const char* name)
    {
        return dialog->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    static QString message(QWidget* dialog)
    {
        return dialog->findChild<QLabel*>(QStringLiteral("personalisationMessage"))->text();
    }

    const OperatorIdentity kOperator{QStringLiteral("op-alice"), QStringLiteral("Alice")};
    std::unique_ptr<TokenService> service;
    std::unique_ptr<DossierWorker> worker;
    QThread senderThread;
    OutboxSender* sender = nullptr;
};

} // namespace

TEST_F(PersonalisationDialogTest, PersonalisesTheDossiersTokenWithThePinTheHolderTyped)
{
    ASSERT_NO_FATAL_FAILURE(startService());
    QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
    {
        QMutexLocker lock(&g_mutex);
        g_messages.clear();
    }
    const QtMessageHandler previous = qInstallMessageHandler(capture);

    const Dossier dossier = storedDossier();
    ASSERT_GT(dossier.id, 0);
    startSender();
    auto dialog = openDialog(dossier, QStringLiteral("rgs2"));
    dialog->setAnswerTimeoutMs(300'000); // a loaded machine is slow, not a CA that went away
    const QString details =
        dialog->findChild<QLabel*>(QStringLiteral("personalisationTokenDetails"))->text();
    EXPECT_TRUE(details.contains(QStringLiteral("not a certified QSCD"))) << details.toStdString();
    QPushButton* start = button(dialog.get(), "personalisationStart");
    ASSERT_TRUE(start->isEnabled())
        << message(dialog.get()).toStdString() << details.toStdString()
        << dialog->findChild<QLabel*>(QStringLiteral("personalisationSubject"))
               ->text()
               .toStdString();

    QSignalSpy personalised(dialog.get(), &PersonalisationDialog::personalised);
    bool pinHidden = false;
    whenHolderPromptOpens(dialog.get(), [&](HolderPinDialog* prompt) {
        pinHidden = prompt->findChild<QLineEdit*>(QStringLiteral("holderPin"))->echoMode() ==
                    QLineEdit::Password;
        typeHolderPin(prompt, QStringLiteral("583920"));
    });
    QTest::mouseClick(start, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return personalised.count() == 1; }, 300'000))
        << message(dialog.get()).toStdString();
    EXPECT_TRUE(pinHidden);
    const QString serial = personalised.at(0).at(0).toString();
    // Issue 6: the certificate came through the outbox, once, into the dossier.
    const auto item = onlyItem(dossier.id);
    ASSERT_TRUE(item.has_value());
    EXPECT_EQ(item->state, OutboxState::Delivered);
    EXPECT_EQ(item->result, personalised.at(0).at(1).toByteArray());
    auto issued =
        DossierService(*db, clock, ProductCatalogue::builtIn(), kOperator).find(dossier.id);
    ASSERT_TRUE(issued.ok());
    EXPECT_EQ(issued->status, DossierStatus::CertificateIssued);
    stopSender();
    auto* steps = dialog->findChild<QListWidget*>(QStringLiteral("personalisationSteps"));
    for (int row = 0; row < steps->count(); ++row) {
        EXPECT_TRUE(steps->item(row)->text().startsWith(QStringLiteral("✔")));
    }
    dialog.reset();
    service.reset(); // C_Finalize: the test opens the token itself now
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.debug=false\nguichet.*.info=false"));

    auto loaded = Pkcs11Module::load(SoftHsmToken::modulePath());
    ASSERT_TRUE(loaded.ok());
    module = std::move(loaded).value();
    auto slot = TokenSlot::findBySerial(*module, serial);
    ASSERT_TRUE(slot.ok());
    auto session = TokenSession::open(*module, *slot);
    ASSERT_TRUE(session.ok());
    // The holder's PIN works.
    ASSERT_TRUE((*session)->login(CKU_USER, pin("583920")).ok());
    // The key was generated on the token and never left it (SDP-6.5.1-04).
    QByteArray keyId;
    for (const TokenObject& object : (*session)->objects()) {
        if (object.kind == TokenObject::Kind::PrivateKey) {
            keyId = object.id;
        }
    }
    ASSERT_FALSE(keyId.isEmpty());
    auto facts = (*session)->keyFacts(keyId);
    ASSERT_TRUE(facts.ok());
    EXPECT_TRUE(facts->local);
    EXPECT_TRUE(facts->neverExtractable);
    EXPECT_FALSE(facts->extractable);
    EXPECT_EQ(facts->algorithm, KeyAlgorithm::EcP256);

    // The certificate on the token carries the dossier's subject.
    const QList<QByteArray> certificates = certificatesOnToken(*module, **session);
    ASSERT_EQ(certificates.size(), 1);
    const auto* cursor = reinterpret_cast<const unsigned char*>(certificates.first().constData());
    std::unique_ptr<X509, decltype(&X509_free)> certificate(
        d2i_X509(nullptr, &cursor, certificates.first().size()), X509_free);
    ASSERT_TRUE(certificate);
    X509_NAME* subject = X509_get_subject_name(certificate.get());
    EXPECT_EQ(entry(subject, NID_commonName), QStringLiteral("Jean Pierre Dupont-Martin"));
    EXPECT_EQ(entry(subject, NID_givenName), QStringLiteral("Jean Pierre"));
    EXPECT_EQ(entry(subject, NID_surname), QStringLiteral("Dupont-Martin"));
    EXPECT_EQ(entry(subject, NID_organizationName), QStringLiteral("Étude Martin"));
    EXPECT_EQ(entry(subject, NID_organizationIdentifier), QStringLiteral("NTRFR-732829320"));
    EXPECT_EQ(entry(subject, NID_countryName), QStringLiteral("FR"));
    session->reset();

    // The SO PIN Guichet made is sealed in the vault, and it is the token's.
    auto soPin =
        records->vault.reveal(serial, VaultRole::Supervisor, VaultPurpose::ShowToSupervisor);
    ASSERT_TRUE(soPin.ok());
    EXPECT_EQ(soPin->size(), 16u);
    auto soSession = TokenSession::open(*module, *slot);
    ASSERT_TRUE(soSession.ok());
    EXPECT_TRUE((*soSession)->login(CKU_SO, *soPin).ok());
    const QString soPinText = QString::fromLatin1(soPin->view().toByteArray());
    soSession->reset();

    // Linked to its dossier when the request was queued, the token's facts come back from the
    // audit trail for the form.
    auto linked = PersonalisedTokens::forDossier(*db, clock, dossier.id, AtrCatalogue::builtIn());
    ASSERT_TRUE(linked.ok()) << linked.error().message.toStdString();
    ASSERT_TRUE(linked->has_value());
    EXPECT_EQ((*linked)->serial, serial);
    EXPECT_TRUE((*linked)->model.contains(QStringLiteral("SoftHSM")));
    EXPECT_TRUE((*linked)->keyGeneratedOnDevice);
    EXPECT_FALSE((*linked)->certifiedQscd); // SoftHSM2 is no QSCD
    auto none = PersonalisedTokens::forDossier(*db, clock, dossier.id + 1, AtrCatalogue::builtIn());
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());

    // Neither PIN reached the log, though the steps were logged.
    QMutexLocker lock(&g_mutex);
    bool stepsLogged = false;
    for (const QString& line : std::as_const(g_messages)) {
        stepsLogged |= line.startsWith(QStringLiteral("guichet.token"));
        EXPECT_FALSE(line.contains(QStringLiteral("583920"))) << line.toStdString();
        EXPECT_FALSE(line.contains(soPinText)) << line.toStdString();
    }
    EXPECT_TRUE(stepsLogged);
}

TEST_F(PersonalisationDialogTest, TrivialPinsAreRefusedLiveAndNothingIsDone)
{
    ASSERT_NO_FATAL_FAILURE(startService());
    auto dialog = openDialog(organisationDossier(), QStringLiteral("rgs2"));
    QStringList refusals;
    bool acceptEnabled = false;
    bool pinShown = false;
    whenHolderPromptOpens(dialog.get(), [&](HolderPinDialog* prompt) {
        QTest::mouseClick(prompt->findChild<QPushButton*>(QStringLiteral("holderReadyButton")),
                          Qt::LeftButton);
        auto* edit = prompt->findChild<QLineEdit*>(QStringLiteral("holderPin"));
        auto* again = prompt->findChild<QLineEdit*>(QStringLiteral("holderPinConfirm"));
        auto* accept = prompt->findChild<QPushButton*>(QStringLiteral("holderPinAccept"));
        auto* why = prompt->findChild<QLabel*>(QStringLiteral("holderPinMessage"));
        for (const char* trivial : {"123456", "111111", "987654", "12345"}) {
            edit->clear();
            again->clear();
            QTest::keyClicks(edit, QString::fromLatin1(trivial));
            QTest::keyClicks(again, QString::fromLatin1(trivial));
            refusals << why->text();
            acceptEnabled = acceptEnabled || accept->isEnabled();
            pinShown = pinShown || why->text().contains(QString::fromLatin1(trivial));
        }
        prompt->reject();
    });
    QTest::mouseClick(button(dialog.get(), "personalisationStart"), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return refusals.size() == 4; }));
    EXPECT_FALSE(acceptEnabled);
    EXPECT_FALSE(pinShown); // the reason never repeats the PIN
    for (const QString& refusal : std::as_const(refusals)) {
        EXPECT_FALSE(refusal.isEmpty());
    }
    EXPECT_TRUE(message(dialog.get()).contains(QStringLiteral("nothing was done")));
    // The token is still blank.
    bool listed = false;
    QList<TokenInfo> tokens;
    QObject::connect(service.get(), &TokenService::tokensListed, service.get(),
                     [&](const QList<TokenInfo>& found) {
                         tokens = found;
                         listed = true;
                     });
    service->listTokens();
    ASSERT_TRUE(waitFor([&] { return listed; }));
    ASSERT_FALSE(tokens.isEmpty());
    EXPECT_FALSE(tokens.first().initialised);
}

TEST_F(PersonalisationDialogTest, AQscdProductRefusesATokenThatIsNotACertifiedQscd)
{
    ASSERT_NO_FATAL_FAILURE(startService());
    Dossier dossier = organisationDossier();
    dossier.productId = QStringLiteral("qcp-n-qscd");
    auto dialog = openDialog(
        dossier, QStringLiteral("qcp-n-qscd"),
        HolderIdentity{QStringLiteral("IDC"), QStringLiteral("FR"), QStringLiteral("X4RTBPFW4")});
    const QString details =
        dialog->findChild<QLabel*>(QStringLiteral("personalisationTokenDetails"))->text();
    EXPECT_TRUE(details.contains(QStringLiteral("needs a certified qualified signature")))
        << details.toStdString();
    EXPECT_FALSE(button(dialog.get(), "personalisationStart")->isEnabled());
    ASSERT_TRUE(dialog->subject().has_value());
    EXPECT_EQ(dialog->subject()->serialNumber, QStringLiteral("IDCFR-X4RTBPFW4"));
}

TEST_F(PersonalisationDialogTest, StopsWhenTheCaFailsAndResumesOnTheSameToken)
{
    ca.failNext(1);
    ASSERT_NO_FATAL_FAILURE(startService(&ca));
    auto dialog = openDialog(organisationDossier(), QStringLiteral("rgs2"));
    QSignalSpy personalised(dialog.get(), &PersonalisationDialog::personalised);
    whenHolderPromptOpens(dialog.get(), [](HolderPinDialog* prompt) {
        typeHolderPin(prompt, QStringLiteral("583920"));
    });
    QTest::mouseClick(button(dialog.get(), "personalisationStart"), Qt::LeftButton);
    QPushButton* resume = button(dialog.get(), "personalisationResume");
    ASSERT_TRUE(waitFor([&] { return resume->isEnabled(); }));
    EXPECT_FALSE(message(dialog.get()).isEmpty());
    EXPECT_EQ(personalised.count(), 0);
    EXPECT_TRUE(button(dialog.get(), "personalisationStartOver")->isEnabled());
    EXPECT_FALSE(button(dialog.get(), "personalisationStart")->isEnabled());

    QTest::mouseClick(resume, Qt::LeftButton); // no new PIN asked: the job kept it
    ASSERT_TRUE(waitFor([&] { return personalised.count() == 1; }))
        << message(dialog.get()).toStdString();
    EXPECT_EQ(ca.issued(), 1);
}

TEST_F(PersonalisationDialogTest, WithoutAnAnswerInTimeItSaysSoAndTheLaterWriteFinishes)
{
    ASSERT_NO_FATAL_FAILURE(startService());
    const Dossier dossier = storedDossier();
    ASSERT_GT(dossier.id, 0);
    // No sender yet: the CA cannot answer.
    auto dialog = openDialog(dossier, QStringLiteral("rgs2"));
    dialog->setAnswerTimeoutMs(300);
    QSignalSpy personalised(dialog.get(), &PersonalisationDialog::personalised);
    QSignalSpy queued(dialog.get(), &PersonalisationDialog::requestQueued);
    whenHolderPromptOpens(dialog.get(), [](HolderPinDialog* prompt) {
        typeHolderPin(prompt, QStringLiteral("583920"));
    });
    QTest::mouseClick(button(dialog.get(), "personalisationStart"), Qt::LeftButton);
    QPushButton* close = button(dialog.get(), "personalisationClose");
    ASSERT_TRUE(waitFor([&] { return queued.count() == 1 && close->isEnabled(); }))
        << message(dialog.get()).toStdString();
    EXPECT_TRUE(message(dialog.get()).contains(QStringLiteral("has not answered in time")))
        << message(dialog.get()).toStdString();
    EXPECT_TRUE(message(dialog.get()).contains(QStringLiteral("Write the issued certificate")));
    EXPECT_EQ(personalised.count(), 0);
    auto item = onlyItem(dossier.id);
    ASSERT_TRUE(item.has_value());
    EXPECT_EQ(item->state, OutboxState::Queued) << "kept in the outbox";
    EXPECT_EQ(item->id, queued.at(0).at(0).toLongLong());
    dialog.reset(); // closed: the job and its PIN go; the key and the request stay

    // Before the answer, the write action says there is nothing to write yet.
    {
        IssuedCertificateDialog early(*service, *worker, dossier.id);
        auto* why = early.findChild<QLabel*>(QStringLiteral("issuedCertificateMessage"));
        ASSERT_TRUE(waitFor([&] { return !why->text().isEmpty(); }));
        EXPECT_TRUE(why->text().contains(QStringLiteral("not issued")))
            << why->text().toStdString();
        EXPECT_FALSE(
            early.findChild<QPushButton*>(QStringLiteral("issuedCertificateWrite"))->isEnabled());
    }

    // The CA is reachable again: the sender delivers the item.
    startSender();
    ASSERT_TRUE(waitFor(
        [&] {
            auto now = onlyItem(dossier.id);
            return now && now->state == OutboxState::Delivered;
        },
        300'000));
    stopSender();

    IssuedCertificateDialog later(*service, *worker, dossier.id);
    later.show();
    QSignalSpy written(&later, &IssuedCertificateDialog::written);
    auto* write = later.findChild<QPushButton*>(QStringLiteral("issuedCertificateWrite"));
    ASSERT_TRUE(waitFor([&] { return write->isEnabled(); }));
    QTest::keyClicks(later.findChild<QLineEdit*>(QStringLiteral("issuedCertificatePin")),
                     QStringLiteral("583920"));
    QTest::mouseClick(write, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return written.count() == 1; }))
        << later.findChild<QLabel*>(QStringLiteral("issuedCertificateMessage"))
               ->text()
               .toStdString();
    const QString serial = written.at(0).at(0).toString();
    service.reset(); // C_Finalize: the test opens the token itself now

    auto loaded = Pkcs11Module::load(SoftHsmToken::modulePath());
    ASSERT_TRUE(loaded.ok());
    module = std::move(loaded).value();
    auto slot = TokenSlot::findBySerial(*module, serial);
    ASSERT_TRUE(slot.ok());
    auto session = TokenSession::open(*module, *slot);
    ASSERT_TRUE(session.ok());
    const QList<QByteArray> certificates = certificatesOnToken(*module, **session);
    ASSERT_EQ(certificates.size(), 1);
    CaRequests requests(*db, clock, ProductCatalogue::builtIn(), kOperator);
    auto issued = requests.certificateForToken(dossier.id);
    ASSERT_TRUE(issued.ok());
    EXPECT_EQ(certificates.first(), issued->certificateDer);
}
