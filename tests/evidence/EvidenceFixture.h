#pragma once

#include "core/DocumentFixture.h"
#include "core/DocumentSamples.h"
#include "crypto/SoftwareKeySigner.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>

namespace guichet::test {

// Runs a program to the end; its exit code, with stdout (and stderr) in `output`.
inline int runProgram(const QString& program, const QStringList& arguments,
                      QByteArray* output = nullptr, const QString& workingDir = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDir.isEmpty()) {
        process.setWorkingDirectory(workingDir);
    }
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output != nullptr) {
        *output = process.readAll();
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

inline OperatorProfile aliceProfile()
{
    OperatorProfile profile;
    profile.identity = {QStringLiteral("op-alice"), QStringLiteral("Alice")};
    return profile;
}

// A root CA and an operator certificate it issued, made by the openssl command (a real,
// independent implementation), once per test program.
class OperatorPki {
public:
    static const OperatorPki& instance()
    {
        static const OperatorPki pki;
        return pki;
    }
    QString rootPem() const { return m_dir.filePath(QStringLiteral("root.pem")); }
    QByteArray rootDer() const { return m_rootDer; }
    QByteArray operatorKeyPem() const { return m_operatorKeyPem; }
    QByteArray operatorCertDer() const { return m_operatorDer; }
    QString error() const { return m_error; }

    std::unique_ptr<KeySigner> signer() const
    {
        auto made = SoftwareKeySigner::fromPem(m_operatorKeyPem, m_operatorDer);
        return made ? std::unique_ptr<KeySigner>(std::move(made).value()) : nullptr;
    }

private:
    OperatorPki()
    {
        const QString d = m_dir.path();
        auto file = [&](const char* name) { return d + QLatin1Char('/') + QLatin1String(name); };
        QFile ext(file("op.ext"));
        ext.open(QIODevice::WriteOnly);
        ext.write("keyUsage=critical,digitalSignature,nonRepudiation\n");
        ext.close();
        const QList<QStringList> steps = {
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), file("root.key"), QStringLiteral("-out"), file("root.pem"),
             QStringLiteral("-subj"), QStringLiteral("/CN=Guichet Evidence Test Root"),
             QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-addext"),
             QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
             QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), file("op.key"),
             QStringLiteral("-out"), file("op.csr"), QStringLiteral("-subj"),
             QStringLiteral("/CN=Alice Operator/O=Guichet Test")},
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), file("op.csr"),
             QStringLiteral("-CA"), file("root.pem"), QStringLiteral("-CAkey"), file("root.key"),
             QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("365"),
             QStringLiteral("-extfile"), file("op.ext"), QStringLiteral("-out"), file("op.pem")},
        };
        for (const QStringList& step : steps) {
            QByteArray output;
            if (runProgram(QStringLiteral("openssl"), step, &output) != 0) {
                m_error = QString::fromLocal8Bit(output);
                return;
            }
        }
        auto read = [&](const char* name) {
            QFile f(file(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        m_operatorKeyPem = read("op.key");
        m_operatorDer = QSslCertificate(read("op.pem"), QSsl::Pem).toDer();
        m_rootDer = QSslCertificate(read("root.pem"), QSsl::Pem).toDer();
    }

    QTemporaryDir m_dir;
    QByteArray m_rootDer;
    QByteArray m_operatorKeyPem;
    QByteArray m_operatorDer;
    QString m_error;
};

// A dossier with scanned pages, and the operator's key, on both engines. The clock is set
// to now: the operator's certificate is valid from the moment openssl made it.
class EvidenceTest : public DocumentTest {
protected:
    void SetUp() override
    {
        DocumentTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        ASSERT_TRUE(OperatorPki::instance().error().isEmpty())
            << OperatorPki::instance().error().toStdString();
        // After the certificate was made, never before: its notBefore is the second openssl
        // made it, and the signing time must not precede it.
        clock.set(QDateTime::currentDateTimeUtc());
        signer = OperatorPki::instance().signer();
        ASSERT_TRUE(signer);
    }

    void addScans(int pages, int width = 120, int height = 80)
    {
        QList<QImage> images;
        for (int i = 0; i < pages; ++i) {
            images.append(photoImage(width, height, quint32(i + 1)));
        }
        auto stored = documents->addScannedPages(request(DocumentType::IdFront), images);
        ASSERT_TRUE(stored) << stored.error().message.toStdString();
    }

    std::unique_ptr<KeySigner> signer;
};

} // namespace guichet::test
