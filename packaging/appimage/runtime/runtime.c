/* Guichet's AppImage type-2 runtime. Usage, as the AppImage:
 *   Guichet.AppImage [args...]                 mount (FUSE) or extract, then run AppRun
 *   Guichet.AppImage --appimage-extract [pattern]   extract into ./squashfs-root
 *   Guichet.AppImage --appimage-offset         print where the SquashFS image starts
 *   Guichet.AppImage --appimage-help
 * APPIMAGE_EXTRACT_AND_RUN=1 skips FUSE and runs from a temporary extraction. */
#define _GNU_SOURCE
#include "runtime.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX(a, b) ((a) > (b) ? (a) : (b))

off_t runtime_elf_end(const char* path)
{
    const int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    Elf64_Ehdr header;
    off_t end = -1;
    if (pread(fd, &header, sizeof header, 0) == (ssize_t)sizeof header &&
        memcmp(header.e_ident, ELFMAG, SELFMAG) == 0 && header.e_ident[EI_CLASS] == ELFCLASS64 &&
        header.e_shentsize == sizeof(Elf64_Shdr)) {
        /* The section-header table is normally last, but take the furthest byte that any
         * section or the table itself occupies. */
        end = (off_t)(header.e_shoff + (Elf64_Off)header.e_shnum * header.e_shentsize);
        for (Elf64_Half i = 0; i < header.e_shnum; ++i) {
            Elf64_Shdr section;
            if (pread(fd, &section, sizeof section,
                      (off_t)(header.e_shoff + (Elf64_Off)i * sizeof section)) != sizeof section) {
                end = -1;
                break;
            }
            if (section.sh_type != SHT_NOBITS)
                end = MAX(end, (off_t)(section.sh_offset + section.sh_size));
        }
    }
    close(fd);
    return end;
}

static int usage(void)
{
    fputs("Guichet AppImage runtime\n"
          "  --appimage-extract [pattern]  extract the contents into ./squashfs-root\n"
          "  --appimage-offset             print the offset of the SquashFS image\n"
          "  --appimage-help               this help\n"
          "Environment: APPIMAGE_EXTRACT_AND_RUN=1 runs from a temporary extraction instead "
          "of a FUSE mount.\n",
          stdout);
    return 0;
}

static void export_environment(const char* self, const char* appdir, const char* argv0)
{
    char cwd[PATH_MAX];
    setenv("APPIMAGE", self, 1);
    setenv("APPDIR", appdir, 1);
    setenv("ARGV0", argv0, 1);
    if (getcwd(cwd, sizeof cwd) != NULL)
        setenv("OWD", cwd, 1);
}

static int exec_apprun(const char* appdir, char** argv)
{
    char apprun[PATH_MAX];
    snprintf(apprun, sizeof apprun, "%s/AppRun", appdir);
    argv[0] = apprun;
    execv(apprun, argv);
    fprintf(stderr, "guichet-appimage: cannot run %s: %s\n", apprun, strerror(errno));
    return 127;
}

static pid_t forwarded_child;
static void forward_signal(int signal_number)
{
    if (forwarded_child > 0)
        kill(forwarded_child, signal_number);
}

/* No FUSE: extract into a private temporary folder, run from there, remove it afterwards. */
static int extract_and_run(const char* self, size_t offset, char** argv)
{
    const char* tmp = getenv("TMPDIR");
    char folder[PATH_MAX];
    snprintf(folder, sizeof folder, "%s/.guichet-appimage-XXXXXX", tmp ? tmp : "/tmp");
    if (mkdtemp(folder) == NULL) {
        perror("guichet-appimage: mkdtemp");
        return 1;
    }
    fprintf(stderr, "guichet-appimage: running from a temporary extraction in %s\n", folder);
    if (runtime_extract(self, offset, folder, NULL) != 0) {
        runtime_remove_tree(folder);
        return 1;
    }
    export_environment(self, folder, argv[0]);
    const pid_t child = fork();
    if (child == 0)
        _exit(exec_apprun(folder, argv));
    int status = 1;
    if (child > 0) {
        forwarded_child = child;
        signal(SIGINT, SIG_IGN); /* the terminal sends it to the application too */
        signal(SIGQUIT, SIG_IGN);
        signal(SIGTERM, forward_signal);
        signal(SIGHUP, forward_signal);
        while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
        }
    }
    runtime_remove_tree(folder);
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 1;
}

int main(int argc, char** argv)
{
    char self[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0) {
        perror("guichet-appimage: /proc/self/exe");
        return 1;
    }
    self[length] = '\0';
    const off_t offset = runtime_elf_end(self);
    if (offset <= 0) {
        fprintf(stderr, "guichet-appimage: %s is not a 64-bit ELF file\n", self);
        return 1;
    }
    if (argc > 1 && strcmp(argv[1], "--appimage-help") == 0)
        return usage();
    if (argc > 1 && strcmp(argv[1], "--appimage-offset") == 0) {
        printf("%lld\n", (long long)offset);
        return 0;
    }
    if (argc > 1 && strcmp(argv[1], "--appimage-extract") == 0)
        return runtime_extract(self, (size_t)offset, "squashfs-root", argc > 2 ? argv[2] : NULL)
                   ? 1
                   : 0;

    const char* force_extract = getenv("APPIMAGE_EXTRACT_AND_RUN");
    if (force_extract == NULL || strcmp(force_extract, "1") != 0) {
        const char* tmp = getenv("TMPDIR");
        char mountpoint[PATH_MAX];
        snprintf(mountpoint, sizeof mountpoint, "%s/.mount_guichet-XXXXXX", tmp ? tmp : "/tmp");
        if (mkdtemp(mountpoint) != NULL) {
            /* The keep-alive descriptor stays open in AppRun and its children; the server
             * unmounts when the last of them exits. */
            if (runtime_mount(self, (size_t)offset, mountpoint) >= 0) {
                export_environment(self, mountpoint, argv[0]);
                return exec_apprun(mountpoint, argv);
            }
            rmdir(mountpoint);
        }
        fprintf(stderr, "guichet-appimage: FUSE unavailable, falling back to extraction\n");
    }
    return extract_and_run(self, (size_t)offset, argv);
}
