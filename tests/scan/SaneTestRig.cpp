#include "SaneTestRig.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

namespace guichet::test {

QString SaneTestRig::configDir()
{
    static QTemporaryDir dir; // removed when the process ends
    return dir.path();
}

SaneTestRig::SaneTestRig(const SaneTestSettings& settings)
{
    const QString folder = configDir();
    QFile dll(folder + QStringLiteral("/dll.conf"));
    if (dll.open(QIODevice::WriteOnly)) {
        dll.write("test\n");
    }
    QFile conf(folder + QStringLiteral("/test.conf"));
    if (conf.open(QIODevice::WriteOnly)) {
        QTextStream out(&conf);
        // Keys as in /etc/sane.d/test.conf; geometry_max above A4's 297 mm so that a whole
        // A4 page can be scanned.
        out << "number_of_devices " << settings.devices << "\n"
            << "mode " << settings.mode << "\n"
            << "depth 8\n"
            << "resolution_min 1.0\nresolution_max 1200.0\nresolution_quant 1.0\n"
            << "resolution 300.0\n"
            << "test-picture \"" << settings.picture << "\"\n"
            << "read-status-code \"" << settings.readStatus << "\"\n"
            << "geometry_min 0.0\ngeometry_max 300.0\ngeometry_quant 1.0\n"
            << "tl_x 0.0\ntl_y 0.0\nbr_x 210.0\nbr_y 297.0\n";
        if (settings.delayMicroseconds > 0) {
            out << "read-limit true\nread-limit-size 32768\n"
                << "read-delay true\nread-delay-duration " << settings.delayMicroseconds << "\n";
        }
    }
    qputenv("SANE_CONFIG_DIR", folder.toLocal8Bit());
}

SaneTestRig::~SaneTestRig()
{
    QFile::remove(configDir() + QStringLiteral("/test.conf")); // no test inherits another's
}

qint64 scanHelperOf(qint64 parent)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!pid.front().isDigit() || !stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        // "PID (comm) state PPID ...": comm may hold spaces, so read after its last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        QFile command(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent &&
            command.open(QIODevice::ReadOnly) &&
            command.readAll().contains("guichet-scan-helper")) {
            return pid.toLongLong();
        }
    }
    return -1;
}

} // namespace guichet::test
