/* Extraction with squashfuse's library: --appimage-extract, and the fallback when FUSE is
 * unavailable (no /dev/fuse, no fusermount3, containers). No external unsquashfs needed. */
#define _GNU_SOURCE
#include "runtime.h"

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <ftw.h>
#include <squashfuse/squashfuse.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int make_parents(char* path)
{
    for (char* slash = strchr(path + 1, '/'); slash != NULL; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        const int made = mkdir(path, 0755);
        *slash = '/';
        if (made != 0 && errno != EEXIST)
            return -1;
    }
    return 0;
}

static int write_file(sqfs* fs, sqfs_inode* inode, const char* path, mode_t mode)
{
    unlink(path);
    const int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0)
        return -1;
    static char chunk[1 << 16];
    const sqfs_off_t total = (sqfs_off_t)inode->xtra.reg.file_size;
    int status = 0;
    for (sqfs_off_t done = 0; done < total && status == 0;) {
        sqfs_off_t size =
            total - done < (sqfs_off_t)sizeof chunk ? total - done : (sqfs_off_t)sizeof chunk;
        if (sqfs_read_range(fs, inode, done, &size, chunk) != SQFS_OK || size <= 0) {
            status = -1;
            break;
        }
        for (sqfs_off_t written = 0; written < size;) {
            const ssize_t n = write(fd, chunk + written, (size_t)(size - written));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                status = -1;
                break;
            }
            written += n;
        }
        done += size;
    }
    if (close(fd) != 0)
        status = -1;
    return status;
}

static int write_symlink(sqfs* fs, sqfs_inode* inode, const char* path)
{
    size_t size = inode->xtra.symlink_size + 1;
    char* target = malloc(size);
    if (target == NULL)
        return -1;
    int status = -1;
    if (sqfs_readlink(fs, inode, target, &size) == SQFS_OK) {
        unlink(path);
        status = symlink(target, path);
    }
    free(target);
    return status;
}

static int extract_entry(sqfs* fs, const char* relative, sqfs_inode_id id, const char* root)
{
    sqfs_inode inode;
    if (sqfs_inode_get(fs, &inode, id) != SQFS_OK)
        return -1;
    char* path = NULL;
    if (asprintf(&path, "%s/%s", root, relative) < 0)
        return -1;
    int status = make_parents(path);
    const mode_t mode = inode.base.mode & 07777;
    if (status == 0) {
        switch (inode.base.inode_type) {
        case SQUASHFS_DIR_TYPE:
        case SQUASHFS_LDIR_TYPE:
            status = (mkdir(path, 0755) == 0 || errno == EEXIST) ? chmod(path, mode | 0700) : -1;
            break;
        case SQUASHFS_REG_TYPE:
        case SQUASHFS_LREG_TYPE:
            status = write_file(fs, &inode, path, mode);
            break;
        case SQUASHFS_SYMLINK_TYPE:
        case SQUASHFS_LSYMLINK_TYPE:
            status = write_symlink(fs, &inode, path);
            break;
        default: /* devices, FIFOs and sockets have no place in an AppDir */
            break;
        }
    }
    if (status != 0)
        fprintf(stderr, "guichet-appimage: cannot extract %s: %s\n", path, strerror(errno));
    free(path);
    return status;
}

int runtime_extract(const char* image, size_t offset, const char* destination, const char* pattern)
{
    sqfs fs;
    if (sqfs_open_image(&fs, image, offset) != SQFS_OK) {
        fprintf(stderr, "guichet-appimage: %s holds no SquashFS image at offset %zu\n", image,
                offset);
        return -1;
    }
    int status = (mkdir(destination, 0755) == 0 || errno == EEXIST) ? 0 : -1;
    sqfs_traverse traversal;
    if (status == 0 && sqfs_traverse_open(&traversal, &fs, sqfs_inode_root(&fs)) != SQFS_OK)
        status = -1;
    if (status == 0) {
        sqfs_err error = SQFS_OK;
        while (status == 0 && sqfs_traverse_next(&traversal, &error)) {
            if (traversal.dir_end)
                continue;
            if (pattern != NULL && fnmatch(pattern, traversal.path, 0) != 0)
                continue;
            status = extract_entry(&fs, traversal.path, sqfs_dentry_inode(&traversal.entry),
                                   destination);
        }
        if (error != SQFS_OK)
            status = -1;
        sqfs_traverse_close(&traversal);
    }
    sqfs_destroy(&fs);
    return status;
}

static int remove_entry(const char* path, const struct stat* st, int flag, struct FTW* ftw)
{
    (void)st;
    (void)ftw;
    return flag == FTW_DP ? rmdir(path) : unlink(path);
}

void runtime_remove_tree(const char* path)
{
    nftw(path, remove_entry, 32, FTW_DEPTH | FTW_PHYS);
}
