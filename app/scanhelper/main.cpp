// guichet-scan-helper: hosts libsane for Guichet in a process of its own, speaking ScanProtocol
// on stdin and stdout (docs/architecture.md, "Scanning"). Started by SaneProcessScanner, never
// by people. A backend that hangs or aborts here costs a scan, not the operator's session.
#include "ScanHelperServer.h"
#include "common/Localisation.h"
#include "scan/SaneScanner.h"

#include <QCoreApplication>
#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace guichet;

int main(int argc, char* argv[])
{
    // Ends with Guichet, even if Guichet is killed (the socket's end would tell us too, but a
    // backend blocked in a device call would never read it).
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    // A terminal's Ctrl+C reaches the whole process group: guichet-cli handles it and cancels
    // through the protocol, keeping the pages already scanned.
    std::signal(SIGINT, SIG_IGN);
    std::signal(SIGPIPE, SIG_IGN);
    // The protocol gets its own descriptor; stdout becomes stderr, so that a backend that
    // prints cannot corrupt a frame.
    const int output = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (output < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        return 1;
    }

    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype languageAt = arguments.indexOf(QStringLiteral("--language"));
    installTranslations(app, languageAt > 0 && languageAt + 1 < arguments.size()
                                 ? arguments.at(languageAt + 1)
                                 : QString());

    auto scanner = SaneScanner::initialise();
    ScanHelperServer server(scanner ? scanner->get() : nullptr, scanner ? Error{} : scanner.error(),
                            STDIN_FILENO, output);
    const int code = server.run();
    // ~SaneScanner: sane_close and sane_exit. Guichet kills us if that hangs.
    return code;
}
