#pragma once

#include "common/Clock.h"
#include "storage/DatabaseConfig.h"
#include "token/IssuedCertificateWriter.h"
#include "token/TokenPersonaliser.h"
#include "token/TokenTypes.h"

#include <QList>
#include <QObject>
#include <functional>
#include <memory>

namespace guichet {

class CertificateIssuer;
class Database;
class EncryptionService;
class MasterKeySource;
class TokenWorker;

// The token service as the GUI sees it: plain slots in, queued signals out, every PKCS#11
// and database call on the module's worker thread (which opens its own database connection
// and encryption service there, as Qt Sql and EncryptionService require).
//
// A personalisation is kept by the service under a job number until it is verified or
// dropped, so that a failure (token removed, wrong PIN, CA unreachable) can be resumed with
// resume(job) on the same token. Its secrets stay with it; the GUI never gets them back.
class TokenService : public QObject {
    Q_OBJECT
public:
    struct Storage {
        DatabaseConfig database;
        std::function<std::unique_ptr<MasterKeySource>()> masterKey; // called on the worker
        QString operatorId;
    };

    // `clock` and `issuer` must outlive the service. The desk gives no issuer: its
    // personalisations stop once the CSR is signed (state RequestSigned, reported by
    // personalisationStopped) and the request goes through the outbox; the certificate the CA
    // returns is then given with supplyCertificate() and resume().
    TokenService(QString modulePath, Storage storage, const Clock& clock, CertificateIssuer* issuer,
                 QObject* parent = nullptr);
    ~TokenService() override;

    void start();  // ready() says how it went
    void cancel(); // stops the running operation at the next step

    void listTokens();
    // Returns the job number that the personalisation* signals carry.
    int personalise(const PersonalisationRequest& request,
                    std::shared_ptr<PersonalisationSecrets> secrets);
    void resume(int job);
    void supplyCertificate(int job, const QByteArray& certificateDer); // then resume(job)
    void drop(int job);
    void changePin(const QString& serial, std::shared_ptr<const SecretBytes> oldPin,
                   std::shared_ptr<const SecretBytes> newPin);
    void unblockWithStoredSoPin(const QString& serial, std::shared_ptr<const SecretBytes> newPin);
    // The certificate the outbox brought back, written after the personalisation was closed:
    // answered with certificateWritten() or failed().
    void writeIssuedCertificate(const IssuedCertificateWriter::Target& target,
                                std::shared_ptr<const SecretBytes> holderPin);

    // The thread that owns the module, for jobs of other layers that need the holder's token
    // (the key update, core/ca/renewal/KeyUpdateJob): never load the module a second time.
    TokenWorker& worker() { return *m_worker; }

signals:
    void ready(bool ok, const QString& message);
    void tokensListed(const QList<guichet::TokenInfo>& tokens);
    void progress(const QString& step, int done, int total);
    // `done` is the last step completed; `requestDer` is set once the CSR is signed.
    void personalisationStopped(int job, int done, const QString& serial,
                                const QByteArray& requestDer, const QString& message);
    void personalisationFinished(int job, const QString& serial, const QByteArray& certificateDer);
    // The job stopped with its CSR signed and no certificate to write: the request and the
    // key (CKA_ID) the caller queues for the CA. Sent before personalisationStopped.
    void requestSigned(int job, const QString& serial, const QByteArray& keyId,
                       const QByteArray& requestDer);
    void pinChanged(const QString& serial);
    void certificateWritten(const QString& serial);
    void failed(const QString& operation, const QString& message);

private:
    struct Context; // lives on the worker thread
    struct Job;
    void runJob(int job);

    std::unique_ptr<TokenWorker> m_worker;
    Storage m_storage;
    const Clock& m_clock;
    CertificateIssuer* m_issuer;
    std::shared_ptr<Context> m_context;
    int m_nextJob = 1;
};

} // namespace guichet
