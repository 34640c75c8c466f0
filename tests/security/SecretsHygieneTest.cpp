// Issue 7, "Secrets hygiene (tested)": a whole meeting and token personalisation with known
// PINs and a marker in the ID scan, then every file the workstation wrote is searched. The
// PINs must appear nowhere; the marker only inside encrypted blobs, i.e. never in clear.
#include "HygieneRun.h"
#include "support/SoftHsmToken.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QRegularExpression>
#include <gtest/gtest.h>
#include <iostream>

using namespace guichet::test;

namespace {

// Distinct 8-digit values: nothing else in a run (dates, serials, sizes) spells them.
const QByteArray kSoPin("39517264");
const QByteArray kHolderPin("48273915");
const QByteArray kChangedPin("70628143");
const QByteArray kUnblockedPin("85291736");
const QByteArray kOperatorPin("26480937");
// Short enough for Qt to write an uncompressed tEXt chunk, so the PNG holds it in clear.
const QByteArray kMarker("GUICHET-SCAN-MARKER-Q7Z4");
// ICAO 9303 specimen passport, valid until 2039 (check digits computed as in MrzTestVectors.h).
const QByteArray kMrz("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                      "L898902C36UTO7408122F3904154<<<<<<<<<<<<<<04\n");

QList<Needle> allNeedles()
{
    return needlesFor(QStringLiteral("SO PIN"), kSoPin) +
           needlesFor(QStringLiteral("holder PIN"), kHolderPin) +
           needlesFor(QStringLiteral("changed PIN"), kChangedPin) +
           needlesFor(QStringLiteral("unblocked PIN"), kUnblockedPin) +
           needlesFor(QStringLiteral("operator PIN"), kOperatorPin) +
           needlesFor(QStringLiteral("ID scan marker"), kMarker);
}

bool fileContains(const QString& path, const QByteArray& what)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().contains(what);
}

// An ID card front: the marker painted on it and in a PNG tEXt chunk.
bool writeIdScan(const QString& path)
{
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(qRgb(235, 240, 250));
    {
        QPainter painter(&image);
        painter.setPen(Qt::black);
        painter.drawText(QRect(20, 20, 600, 60), Qt::AlignLeft, QString::fromLatin1(kMarker));
        painter.drawRect(20, 100, 140, 180); // the photo
    }
    image.setText(QStringLiteral("Comment"), QString::fromLatin1(kMarker));
    return image.save(path, "png");
}

class SecretsHygiene : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            GTEST_SKIP() << "needs the keyring session of tests/support/with-keyring.sh";
        }
        // The run has its own SoftHSM2 configuration (HygieneRun); only the check is shared.
        requireSoftHsm(SoftHsmToken());
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        ASSERT_TRUE(run.valid());
        ASSERT_TRUE(writeOperatorSettings(run, today));
        run.setNeedles(allNeedles());
    }

    static QString module() { return SoftHsmToken::modulePath(); }

    CliRun record(const QString& kind, const QStringList& more = {})
    {
        return run.cli(QStringList{QStringLiteral("meeting"), QStringLiteral("record"), id, kind} +
                       more);
    }

    void operatorLogin();
    void meeting();
    void personalise();

    HygieneRun run;
    const QDate today = QDate::currentDate();
    QString id;
    QString scanId;
    QString serial;
};

// The operator's training card (a SoftHSM2 token with a training CA certificate, made with
// the operator's PIN), then a login with it: certificate checked, challenge signed on the card.
void SecretsHygiene::operatorLogin()
{
    const CliRun card = run.cli({QStringLiteral("operator"), QStringLiteral("training-card"),
                                 QStringLiteral("--name"), QStringLiteral("Claire Martin"),
                                 QStringLiteral("--module"), module(), QStringLiteral("--pin-fd"),
                                 QStringLiteral("0")},
                                kOperatorPin + '\n');
    ASSERT_EQ(card.exitCode, 0) << card.err.toStdString();
    const QString cardSerial =
        QRegularExpression(QStringLiteral("serial: (\\S+)")).match(card.out).captured(1);
    ASSERT_FALSE(cardSerial.isEmpty()) << card.out.toStdString();
    const CliRun login = run.cli({QStringLiteral("operator"), QStringLiteral("whoami"),
                                  QStringLiteral("--operator-token"), cardSerial,
                                  QStringLiteral("--operator-module"), module(),
                                  QStringLiteral("--operator-pin-fd"), QStringLiteral("0")},
                                 kOperatorPin + '\n');
    ASSERT_EQ(login.exitCode, 0) << login.err.toStdString();
    ASSERT_TRUE(login.out.contains(QStringLiteral("Claire Martin"))) << login.out.toStdString();
}

// A dossier, the ID scan imported (the keychain's master key seals it), the meeting recorded
// and verified (issue 3).
void SecretsHygiene::meeting()
{
    const CliRun created = run.cli(
        {QStringLiteral("dossier"), QStringLiteral("create"), QStringLiteral("--product"),
         QStringLiteral("rgs2"), QStringLiteral("--usage"), QStringLiteral("signature"),
         QStringLiteral("--surnames"), QStringLiteral("Eriksson"), QStringLiteral("--given-names"),
         QStringLiteral("Anna Maria"), QStringLiteral("--birth-date"), QStringLiteral("1974-08-12"),
         QStringLiteral("--email"), QStringLiteral("anna@example.org"),
         QStringLiteral("--order-ref"), QStringLiteral("CMD-2026-9")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    id = created.out.trimmed();
    ASSERT_EQ(run.cli({QStringLiteral("dossier"), QStringLiteral("set-status"), id,
                       QStringLiteral("ready-for-meeting")})
                  .exitCode,
              0);

    ASSERT_TRUE(writeIdScan(run.control(QStringLiteral("id-front.png"))));
    // The needle is meaningful: the file the user imports holds the marker in clear.
    ASSERT_TRUE(fileContains(run.control(QStringLiteral("id-front.png")), kMarker));
    const CliRun scan =
        run.cli({QStringLiteral("document"), QStringLiteral("import"), QStringLiteral("--dossier"),
                 id, QStringLiteral("--type"), QStringLiteral("id-front"),
                 run.control(QStringLiteral("id-front.png"))});
    ASSERT_EQ(scan.exitCode, 0) << scan.err.toStdString();
    scanId = scan.out.trimmed();

    QImage request(40, 30, QImage::Format_RGB32);
    request.fill(qRgb(240, 240, 240));
    ASSERT_TRUE(request.save(run.control(QStringLiteral("request.png")), "png"));
    ASSERT_EQ(
        run.cli({QStringLiteral("document"), QStringLiteral("import"), QStringLiteral("--dossier"),
                 id, QStringLiteral("--type"), QStringLiteral("request"),
                 QStringLiteral("--paper-date"), today.addDays(-10).toString(Qt::ISODate),
                 run.control(QStringLiteral("request.png"))})
            .exitCode,
        0);

    QFile mrz(run.control(QStringLiteral("mrz.txt")));
    ASSERT_TRUE(mrz.open(QIODevice::WriteOnly));
    mrz.write(kMrz);
    mrz.close();
    const CliRun set = run.cli({QStringLiteral("meeting"),
                                QStringLiteral("set"),
                                id,
                                QStringLiteral("--place"),
                                QStringLiteral("Agence de Lyon"),
                                QStringLiteral("--document-type"),
                                QStringLiteral("passport"),
                                QStringLiteral("--number"),
                                QStringLiteral("L898902C3"),
                                QStringLiteral("--issuing-state"),
                                QStringLiteral("UTO"),
                                QStringLiteral("--issue-date"),
                                QStringLiteral("2024-04-16"),
                                QStringLiteral("--expiry-date"),
                                QStringLiteral("2039-04-15"),
                                QStringLiteral("--mrz-file"),
                                run.control(QStringLiteral("mrz.txt")),
                                QStringLiteral("--surnames"),
                                QStringLiteral("ERIKSSON"),
                                QStringLiteral("--given-names"),
                                QStringLiteral("ANNA MARIA"),
                                QStringLiteral("--birth-date"),
                                QStringLiteral("1974-08-12")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    for (const char* kind : {"information-shown", "face-compared", "copy-certified"}) {
        ASSERT_EQ(record(QString::fromLatin1(kind)).exitCode, 0) << kind;
    }
    ASSERT_EQ(record(QStringLiteral("terms-accepted"),
                     {QStringLiteral("--subject"), QStringLiteral("CGU-2026-01")})
                  .exitCode,
              0);
    ASSERT_EQ(record(QStringLiteral("publication-consent"), {QStringLiteral("--no")}).exitCode, 0);
    for (const char* feature : {"watermark", "intaglio", "laser-photo"}) {
        ASSERT_EQ(record(QStringLiteral("feature"),
                         {QStringLiteral("--subject"), QString::fromLatin1(feature)})
                      .exitCode,
                  0)
            << feature;
    }
    const CliRun verified = run.cli({QStringLiteral("meeting"), QStringLiteral("verify"), id});
    ASSERT_EQ(verified.exitCode, 0) << verified.err.toStdString();
}

// The holder's token: a blank SoftHSM2 slot initialised with the CA's transport SO PIN, the
// holder's PIN, a key generated on the token, the training CA's certificate written back and
// verified; then the holder changes the PIN and the PIN is unblocked with the stored SO PIN.
void SecretsHygiene::personalise()
{
    const CliRun listed = run.cli({QStringLiteral("token"), QStringLiteral("list"),
                                   QStringLiteral("--module"), module(), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    QString slot;
    for (const QJsonValue& token : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        if (!token[QStringLiteral("initialised")].toBool()) {
            slot = QString::number(token[QStringLiteral("slot")].toInteger());
        }
    }
    ASSERT_FALSE(slot.isEmpty()) << listed.out.toStdString();
    const CliRun done = run.cli({QStringLiteral("token"),
                                 QStringLiteral("personalise"),
                                 QStringLiteral("--module"),
                                 module(),
                                 QStringLiteral("--slot"),
                                 slot,
                                 QStringLiteral("--label"),
                                 QStringLiteral("Eriksson"),
                                 QStringLiteral("--cn"),
                                 QStringLiteral("Anna Maria Eriksson"),
                                 QStringLiteral("--country"),
                                 QStringLiteral("FR"),
                                 QStringLiteral("--product"),
                                 QStringLiteral("qcp-n-qscd"),
                                 QStringLiteral("--qscd"),
                                 QStringLiteral("--dossier"),
                                 id,
                                 QStringLiteral("--training-ca"),
                                 QStringLiteral("--so-pin-fd"),
                                 QStringLiteral("0"),
                                 QStringLiteral("--pin-fd"),
                                 QStringLiteral("0")},
                                kSoPin + '\n' + kHolderPin + '\n' + kHolderPin + '\n');
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    serial = QRegularExpression(QStringLiteral("serial: (\\S+)")).match(done.out).captured(1);
    ASSERT_FALSE(serial.isEmpty()) << done.out.toStdString();
    ASSERT_TRUE(done.out.contains(QStringLiteral("verified"))) << done.out.toStdString();

    const CliRun changed =
        run.cli({QStringLiteral("token"), QStringLiteral("change-pin"), QStringLiteral("--module"),
                 module(), QStringLiteral("--serial"), serial, QStringLiteral("--pin-fd"),
                 QStringLiteral("0"), QStringLiteral("--new-pin-fd"), QStringLiteral("0")},
                kHolderPin + '\n' + kChangedPin + '\n' + kChangedPin + '\n');
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    const CliRun unblocked = run.cli(
        {QStringLiteral("token"), QStringLiteral("unblock"), QStringLiteral("--module"), module(),
         QStringLiteral("--serial"), serial, QStringLiteral("--new-pin-fd"), QStringLiteral("0")},
        kUnblockedPin + '\n' + kUnblockedPin + '\n');
    ASSERT_EQ(unblocked.exitCode, 0) << unblocked.err.toStdString();
}

} // namespace

TEST_F(SecretsHygiene, NoPinAnywhereAndTheScanMarkerNeverInClear)
{
    operatorLogin();
    if (HasFatalFailure()) {
        return;
    }
    meeting();
    if (HasFatalFailure()) {
        return;
    }
    personalise();
    if (HasFatalFailure()) {
        return;
    }
    for (const char* language : {"fr", "en"}) {
        const QString pdf =
            run.exported(QStringLiteral("form-%1.pdf").arg(QLatin1String(language)));
        const CliRun form =
            run.cli({QStringLiteral("form"), QStringLiteral("render"), id, QStringLiteral("--out"),
                     pdf, QStringLiteral("--language"), QString::fromLatin1(language)});
        ASSERT_EQ(form.exitCode, 0) << form.err.toStdString();
        ASSERT_TRUE(QFile::exists(pdf));
    }
    const CliRun pdf = run.cli(
        {QStringLiteral("document"), QStringLiteral("export"), scanId, QStringLiteral("--out"),
         run.exported(QStringLiteral("id-front.pdf")), QStringLiteral("--pdf")});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
    EXPECT_EQ(run.cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);

    // The marker is stored: the decrypted original, written outside the searched folders,
    // holds it. So finding it nowhere else means it is only inside encrypted blobs.
    const CliRun original =
        run.cli({QStringLiteral("document"), QStringLiteral("export"), scanId,
                 QStringLiteral("--out"), run.control(QStringLiteral("id-front-original.png"))});
    ASSERT_EQ(original.exitCode, 0) << original.err.toStdString();
    EXPECT_TRUE(fileContains(run.control(QStringLiteral("id-front-original.png")), kMarker));

    // What was searched: the files the issue names are really there.
    for (const char* expected : {"db/guichet.sqlite", "config/Guichet/guichet.conf", "logs/cli.log",
                                 "exports/form-fr.pdf", "exports/id-front.pdf"}) {
        EXPECT_TRUE(QFile::exists(run.path(QString::fromLatin1(expected)))) << expected;
    }
    run.searchNow();
    const QStringList findings = run.findings();
    EXPECT_TRUE(findings.isEmpty()) << findings.join(u'\n').toStdString();
}

// The search can fail: a PIN planted in the real database (as a dossier's order reference),
// in UTF-16 in a temporary file, and in a settings value, is found in each place.
TEST_F(SecretsHygiene, TheSearchFindsAPlantedPin)
{
    const CliRun created = run.cli(
        {QStringLiteral("dossier"), QStringLiteral("create"), QStringLiteral("--product"),
         QStringLiteral("rgs2"), QStringLiteral("--usage"), QStringLiteral("signature"),
         QStringLiteral("--surnames"), QStringLiteral("Dupont"), QStringLiteral("--given-names"),
         QStringLiteral("Jean"), QStringLiteral("--birth-date"), QStringLiteral("1980-05-17"),
         QStringLiteral("--email"), QStringLiteral("j@example.org"), QStringLiteral("--order-ref"),
         QString::fromLatin1(kHolderPin)});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    const QStringList inDatabase = run.findings();
    EXPECT_TRUE(
        inDatabase.join(u'\n').contains(QStringLiteral("guichet.sqlite: holder PIN (ASCII)")))
        << inDatabase.join(u'\n').toStdString();

    QFile dump(run.path(QStringLiteral("tmp/qt-dump.bin")));
    ASSERT_TRUE(dump.open(QIODevice::WriteOnly));
    const QString pin = QString::fromLatin1(kSoPin);
    dump.write("\x01\x02junk", 6);
    dump.write(reinterpret_cast<const char*>(pin.utf16()), pin.size() * 2);
    dump.close();
    QFile conf(run.path(QStringLiteral("config/Guichet/guichet.conf")));
    ASSERT_TRUE(conf.open(QIODevice::Append));
    conf.write("[planted]\nvalue=" + kChangedPin + "\n");
    conf.close();
    run.searchNow();
    const QString all = run.findings().join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("qt-dump.bin: SO PIN (UTF-16LE)")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("guichet.conf: changed PIN (ASCII)")))
        << all.toStdString();
    // Nothing else was planted.
    EXPECT_FALSE(all.contains(QStringLiteral("unblocked PIN"))) << all.toStdString();
}
