// Issue 7, "Evidence package": the ASiC-E container as unzip and openssl see it, and the
// verifier's account of every change.
#include "EvidenceFixture.h"
#include "evidence/AsicContainer.h"
#include "evidence/AsicManifest.h"
#include "evidence/EvidencePackageBuilder.h"
#include "evidence/EvidenceVerifier.h"
#include "identity/IdentityDocumentCatalogue.h"
#include "smartcard/AtrCatalogue.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace guichet::test {
namespace {

class EvidencePackageTest : public EvidenceTest {
protected:
    EvidencePackage build()
    {
        EvidencePackageBuilder builder(*service, *documents, IdentityDocumentCatalogue::builtIn(),
                                       AtrCatalogue::builtIn(), aliceProfile());
        auto package = builder.build(dossierId, *signer);
        EXPECT_TRUE(package) << (package ? "" : package.error().message.toStdString());
        return package ? std::move(package).value() : EvidencePackage{};
    }

    QString write(const QByteArray& bytes, const QString& name = QStringLiteral("dossier.asice"))
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    // Rewrites a container with `edit` applied to its files (manifest and signature kept).
    QByteArray tampered(const QByteArray& container,
                        const std::function<void(QList<AsicEntry>&)>& edit)
    {
        auto contents = AsicContainer::read(container);
        EXPECT_TRUE(contents);
        QList<AsicEntry> entries = contents->entries;
        edit(entries);
        auto rewritten = AsicContainer::write(entries, clock.nowUtc());
        EXPECT_TRUE(rewritten);
        return rewritten ? *rewritten : QByteArray();
    }

    EvidenceReport verify(const QByteArray& container, bool trust = true)
    {
        QList<QByteArray> anchors;
        if (trust) {
            anchors.append(OperatorPki::instance().rootDer());
        }
        auto report = EvidenceVerifier::verify(container, anchors);
        EXPECT_TRUE(report) << (report ? "" : report.error().message.toStdString());
        return report ? *report : EvidenceReport{};
    }

    QTemporaryDir m_dir;
};

TEST_P(EvidencePackageTest, UnzipListsMimetypeFirstStoredAndEveryFile)
{
    addScans(3);
    const EvidencePackage package = build();
    ASSERT_FALSE(package.bytes.isEmpty());
    const QString path = write(package.bytes);

    QByteArray listing;
    ASSERT_EQ(runProgram(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path}, &listing), 0)
        << listing.toStdString();
    const QStringList names =
        QString::fromUtf8(listing).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(names.isEmpty());
    EXPECT_EQ(names.first(), u"mimetype");
    QStringList expected = package.files;
    expected << AsicManifest::Path << AsicManifest::SignaturePath;
    for (const QString& file : expected) {
        EXPECT_TRUE(names.contains(file)) << file.toStdString();
    }
    EXPECT_EQ(names.size(), expected.size() + 1);
    EXPECT_TRUE(package.files.contains(QStringLiteral("documents/01-id-front-p3.jpg")))
        << package.files.join(u' ').toStdString();
    EXPECT_TRUE(package.files.contains(QStringLiteral("intervention-form.pdf")));
    EXPECT_TRUE(package.files.contains(QStringLiteral("record.json")));
    EXPECT_TRUE(package.files.contains(QStringLiteral("token.json")));
    EXPECT_TRUE(package.files.contains(QStringLiteral("audit.jsonl")));

    // unzip -l, as an operator would run it, lists the same.
    QByteArray plain;
    ASSERT_EQ(runProgram(QStringLiteral("unzip"), {QStringLiteral("-l"), path}, &plain), 0);
    EXPECT_TRUE(plain.contains("mimetype"));

    QByteArray verbose;
    ASSERT_EQ(runProgram(QStringLiteral("unzip"), {QStringLiteral("-v"), path}, &verbose), 0);
    const QRegularExpression mimetypeLine(QStringLiteral(R"(^\s*(\d+)\s+(\w+).*\smimetype$)"),
                                          QRegularExpression::MultilineOption);
    const auto match = mimetypeLine.match(QString::fromUtf8(verbose));
    ASSERT_TRUE(match.hasMatch()) << verbose.toStdString();
    EXPECT_EQ(match.captured(2), u"Stored");
    EXPECT_EQ(match.captured(1).toInt(), AsicContainer::MimeType.size());

    // ETSI EN 319 162-1 A.1: "mimetype" named at offset 30, its content at 38 (no extra field).
    EXPECT_EQ(package.bytes.mid(30, 8), "mimetype");
    EXPECT_EQ(package.bytes.mid(38, AsicContainer::MimeType.size()),
              AsicContainer::MimeType.toLatin1());
}

TEST_P(EvidencePackageTest, OpensslVerifiesTheManifestSignatureLikeGuichet)
{
    addScans(2);
    const EvidencePackage package = build();
    const QString path = write(package.bytes);
    const QString out = m_dir.filePath(QStringLiteral("x"));
    ASSERT_EQ(runProgram(QStringLiteral("unzip"), {QStringLiteral("-q"), QStringLiteral("-o"), path,
                                                   QStringLiteral("-d"), out}),
              0);
    const QString manifest = out + QStringLiteral("/META-INF/ASiCManifest.xml");
    const QString signature = out + QStringLiteral("/META-INF/signature001.p7s");
    const QStringList cms = {QStringLiteral("cms"),
                             QStringLiteral("-verify"),
                             QStringLiteral("-binary"),
                             QStringLiteral("-inform"),
                             QStringLiteral("DER"),
                             QStringLiteral("-in"),
                             signature,
                             QStringLiteral("-content"),
                             manifest,
                             QStringLiteral("-CAfile"),
                             OperatorPki::instance().rootPem(),
                             QStringLiteral("-out"),
                             QStringLiteral("/dev/null")};
    QByteArray said;
    EXPECT_EQ(runProgram(QStringLiteral("openssl"), cms, &said), 0) << said.toStdString();

    const EvidenceReport report = verify(package.bytes);
    EXPECT_TRUE(report.intact()) << report.findings().join(u'\n').toStdString();
    ASSERT_TRUE(report.signature);
    EXPECT_TRUE(report.signature->valid);
    EXPECT_TRUE(report.signature->trusted);
    EXPECT_TRUE(report.signature->signerName.contains(u"Alice Operator"));
    EXPECT_EQ(report.checked.size(), package.files.size());

    // One byte of the manifest changed: openssl and Guichet both refuse it.
    QFile edited(manifest);
    ASSERT_TRUE(edited.open(QIODevice::ReadWrite));
    QByteArray xml = edited.readAll();
    xml.replace("record.json", "record.jsoN");
    edited.seek(0);
    edited.write(xml);
    edited.close();
    EXPECT_NE(runProgram(QStringLiteral("openssl"), cms, &said), 0);
    const QByteArray forged = tampered(package.bytes, [&](QList<AsicEntry>& entries) {
        for (AsicEntry& entry : entries) {
            if (entry.name == AsicManifest::Path) {
                entry.data = xml;
            }
        }
    });
    const EvidenceReport forgedReport = verify(forged);
    EXPECT_FALSE(forgedReport.intact());
    EXPECT_FALSE(forgedReport.signatureProblem.isEmpty());
}

TEST_P(EvidencePackageTest, ReportsEachChangedMissingAndAddedFile)
{
    addScans(2);
    const EvidencePackage package = build();
    ASSERT_TRUE(verify(package.bytes).intact());

    const QByteArray changed = tampered(package.bytes, [](QList<AsicEntry>& entries) {
        for (AsicEntry& entry : entries) {
            if (entry.name == u"documents/01-id-front-p2.jpg") {
                entry.data[entry.data.size() / 2] = char(entry.data[entry.data.size() / 2] ^ 1);
            }
        }
    });
    EvidenceReport report = verify(changed);
    EXPECT_FALSE(report.intact());
    EXPECT_EQ(report.changed, QStringList{QStringLiteral("documents/01-id-front-p2.jpg")});
    EXPECT_TRUE(report.missing.isEmpty());
    EXPECT_TRUE(report.added.isEmpty());
    EXPECT_TRUE(report.signatureProblem.isEmpty()) << "the manifest itself is untouched";

    const QByteArray missing = tampered(package.bytes, [](QList<AsicEntry>& entries) {
        entries.removeIf([](const AsicEntry& e) { return e.name == u"record.json"; });
    });
    report = verify(missing);
    EXPECT_FALSE(report.intact());
    EXPECT_EQ(report.missing, QStringList{QStringLiteral("record.json")});
    EXPECT_TRUE(report.changed.isEmpty());

    const QByteArray added = tampered(package.bytes, [](QList<AsicEntry>& entries) {
        entries.append({QStringLiteral("documents/99-other.pdf"), QByteArray("%PDF-1.4"), true});
    });
    report = verify(added);
    EXPECT_FALSE(report.intact());
    EXPECT_EQ(report.added, QStringList{QStringLiteral("documents/99-other.pdf")});
    EXPECT_EQ(report.findings().size(), 1);

    // Without the operator's root, the signature is valid but not judged trusted; with
    // another root it is untrusted.
    EXPECT_TRUE(verify(package.bytes, false).intact());
}

TEST_P(EvidencePackageTest, RecordsChecksTokenFactsAndAuditOfTheDossier)
{
    addScans(1);
    const EvidencePackage package = build();
    auto contents = AsicContainer::read(package.bytes);
    ASSERT_TRUE(contents);
    ASSERT_TRUE(contents->problems.isEmpty()) << contents->problems.join(u'\n').toStdString();
    const AsicEntry* record = contents->find(QStringLiteral("record.json"));
    ASSERT_NE(record, nullptr);
    const QJsonObject json = QJsonDocument::fromJson(record->data).object();
    EXPECT_EQ(
        json.value(QStringLiteral("dossier")).toObject().value(QStringLiteral("id")).toInteger(),
        dossierId);
    const QJsonArray rules = json.value(QStringLiteral("requirements")).toArray();
    ASSERT_FALSE(rules.isEmpty());
    bool sawClause = false;
    for (const QJsonValue& rule : rules) {
        const QJsonObject r = rule.toObject();
        EXPECT_FALSE(r.value(QStringLiteral("rule")).toString().isEmpty());
        EXPECT_FALSE(r.value(QStringLiteral("state")).toString().isEmpty());
        sawClause = sawClause || r.value(QStringLiteral("clause")).toString() == u"REG-6.2.2-26";
    }
    EXPECT_TRUE(sawClause);
    const AsicEntry* audit = contents->find(QStringLiteral("audit.jsonl"));
    ASSERT_NE(audit, nullptr);
    const QList<QByteArray> lines = audit->data.trimmed().split('\n');
    EXPECT_GE(lines.size(), 2); // created, document added
    EXPECT_EQ(QJsonDocument::fromJson(lines.first()).object().value(QStringLiteral("action")),
              QStringLiteral("dossier.created"));
    // The export itself is in the trail afterwards, with the package's digest.
    auto trail = service->auditTrail(dossierId);
    ASSERT_TRUE(trail);
    EXPECT_EQ(trail->last().action, u"dossier.evidence_exported");
    EXPECT_EQ(trail->last().details().value(QStringLiteral("packageSha256")).toString(),
              QString::fromLatin1(package.sha256.toHex()));
}

TEST_P(EvidencePackageTest, SomethingThatIsNotAZipIsRefused)
{
    auto report = EvidenceVerifier::verify(QByteArray("not a zip at all"), {});
    EXPECT_FALSE(report);
}

GUICHET_ON_BOTH_ENGINES(EvidencePackageTest);

} // namespace
} // namespace guichet::test
