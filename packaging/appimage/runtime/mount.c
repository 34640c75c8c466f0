/* The FUSE side of the runtime: squashfuse's low-level operations served by a child process,
 * through libfuse 3's public session API. */
#define _GNU_SOURCE
#include "runtime.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <squashfuse/ll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void serve(struct fuse_session* session, int keepalive)
{
    struct fuse_buf buffer;
    memset(&buffer, 0, sizeof buffer);
    const int fuse_fd = fuse_session_fd(session);
    while (!fuse_session_exited(session)) {
        struct pollfd fds[2] = {{fuse_fd, POLLIN, 0}, {keepalive, POLLIN, 0}};
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        /* The application and everything it started have exited: nobody holds the write end. */
        if (fds[1].revents != 0)
            break;
        if (fds[0].revents & POLLIN) {
            const int received = fuse_session_receive_buf(session, &buffer);
            if (received == -EINTR || received == -EAGAIN)
                continue;
            if (received <= 0)
                break;
            fuse_session_process_buf(session, &buffer);
        } else if (fds[0].revents & (POLLERR | POLLHUP | POLLNVAL)) {
            break;
        }
    }
    free(buffer.mem);
}

static int serve_child(const char* image, size_t offset, const char* mountpoint, int ready,
                       int keepalive)
{
    /* Out of the terminal's process group: Ctrl-C reaches the application, not the server. */
    setsid();
    if (chdir("/") != 0)
        return 1;
    sqfs_ll* ll = sqfs_ll_open(image, offset);
    if (ll == NULL) {
        (void)!write(ready, "E", 1);
        return 1;
    }
    struct fuse_lowlevel_ops ops;
    memset(&ops, 0, sizeof ops);
    ops.getattr = sqfs_ll_op_getattr;
    ops.opendir = sqfs_ll_op_opendir;
    ops.releasedir = sqfs_ll_op_releasedir;
    ops.readdir = sqfs_ll_op_readdir;
    ops.lookup = sqfs_ll_op_lookup;
    ops.open = sqfs_ll_op_open;
    ops.create = sqfs_ll_op_create;
    ops.release = sqfs_ll_op_release;
    ops.read = sqfs_ll_op_read;
    ops.readlink = sqfs_ll_op_readlink;
    ops.listxattr = sqfs_ll_op_listxattr;
    ops.getxattr = sqfs_ll_op_getxattr;
    ops.forget = sqfs_ll_op_forget;
    ops.statfs = stfs_ll_op_statfs;

    char* argv[] = {"guichet-appimage", "-o", "ro", NULL};
    struct fuse_args args = FUSE_ARGS_INIT(3, argv);
    sqfs_ll_chan channel;
    if (sqfs_ll_mount(&channel, mountpoint, &args, &ops, sizeof ops, ll) != SQFS_OK) {
        (void)!write(ready, "E", 1);
        sqfs_ll_destroy(ll);
        free(ll);
        return 1;
    }
    (void)!write(ready, "M", 1);
    close(ready);
    /* Let go of the caller's terminal or pipes: whoever reads our output must not wait for
     * the server, only for the application. */
    const int null_fd = open("/dev/null", O_RDWR);
    if (null_fd >= 0) {
        dup2(null_fd, 0);
        dup2(null_fd, 1);
        dup2(null_fd, 2);
        if (null_fd > 2)
            close(null_fd);
    }
    serve(channel.session, keepalive);
    sqfs_ll_unmount(&channel, mountpoint);
    sqfs_ll_destroy(ll);
    free(ll);
    rmdir(mountpoint);
    return 0;
}

int runtime_mount(const char* image, size_t offset, const char* mountpoint)
{
    if (access("/dev/fuse", R_OK | W_OK) != 0) {
        fprintf(stderr, "guichet-appimage: /dev/fuse is not available (%s)\n", strerror(errno));
        return -1;
    }
    int ready[2];
    int keepalive[2];
    if (pipe2(ready, O_CLOEXEC) != 0)
        return -1;
    if (pipe(keepalive) != 0) {
        close(ready[0]);
        close(ready[1]);
        return -1;
    }
    const pid_t server = fork();
    if (server < 0) {
        close(ready[0]);
        close(ready[1]);
        close(keepalive[0]);
        close(keepalive[1]);
        return -1;
    }
    if (server == 0) {
        close(ready[0]);
        close(keepalive[1]);
        _exit(serve_child(image, offset, mountpoint, ready[1], keepalive[0]));
    }
    close(ready[1]);
    close(keepalive[0]);
    char answer = 0;
    ssize_t got;
    do {
        got = read(ready[0], &answer, 1);
    } while (got < 0 && errno == EINTR);
    close(ready[0]);
    if (got == 1 && answer == 'M')
        return keepalive[1];
    close(keepalive[1]);
    waitpid(server, NULL, 0);
    return -1;
}
