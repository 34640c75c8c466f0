// Starts a program and reports how long it takes until its first top-level window is mapped
// on the X server, then its resident memory after a pause:
//   guichet-time-to-window [--rss-after MS] -- PROGRAM [ARGS...]
// Prints "mapped_ms=N" and "rss_kb=N". Used under Xvfb (no window manager: top-level
// windows are children of the root window, so their MapNotify reaches us directly).
#include <X11/Xlib.h>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

long residentKb(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) {
            return std::strtol(line.c_str() + 6, nullptr, 10);
        }
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    int rssAfterMs = 0;
    int first = 1;
    for (; first < argc; ++first) {
        if (std::strcmp(argv[first], "--rss-after") == 0 && first + 1 < argc) {
            rssAfterMs = std::atoi(argv[++first]);
        } else if (std::strcmp(argv[first], "--") == 0) {
            ++first;
            break;
        }
    }
    if (first >= argc) {
        std::fprintf(stderr, "usage: guichet-time-to-window [--rss-after MS] -- PROGRAM [ARGS]\n");
        return 2;
    }
    Display* display = XOpenDisplay(nullptr);
    if (display == nullptr) {
        std::fprintf(stderr, "no X display\n");
        return 1;
    }
    XSelectInput(display, DefaultRootWindow(display), SubstructureNotifyMask);
    XSync(display, False);

    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child == 0) {
        execvp(argv[first], argv + first);
        std::perror("exec");
        _exit(127);
    }
    bool mapped = false;
    while (!mapped) {
        XEvent event;
        XNextEvent(display, &event);
        if (event.type == MapNotify && !event.xmap.override_redirect) {
            mapped = true;
        }
    }
    const auto at = std::chrono::steady_clock::now();
    std::printf("mapped_ms=%.1f\n", std::chrono::duration<double, std::milli>(at - start).count());
    if (rssAfterMs > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(rssAfterMs));
        std::printf("rss_kb=%ld\n", residentKb(child));
    }
    std::fflush(stdout);
    kill(child, SIGTERM);
    int status = 0;
    waitpid(child, &status, 0);
    XCloseDisplay(display);
    return 0;
}
