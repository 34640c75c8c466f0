/* Guichet's AppImage type-2 runtime: an ELF stub followed by a SquashFS image of the AppDir.
 * Shared declarations of the three parts: main (runtime.c), the FUSE mount (mount.c) and the
 * extraction used by --appimage-extract and when FUSE is unavailable (extract.c). */
#ifndef GUICHET_APPIMAGE_RUNTIME_H
#define GUICHET_APPIMAGE_RUNTIME_H

#include <stddef.h>
#include <sys/types.h>

/* Byte offset where the SquashFS image starts: the end of this ELF file, computed from its
 * section-header table (the last thing the linker writes) and its sections. -1 on error. */
off_t runtime_elf_end(const char* path);

/* Extracts the image (or, with a pattern, the entries whose path matches it, fnmatch(3)) into
 * destination, which is created. 0 on success. */
int runtime_extract(const char* image, size_t offset, const char* destination, const char* pattern);

/* Mounts the image read-only on mountpoint with FUSE, served by a child process that unmounts
 * once every holder of the returned keep-alive descriptor has exited. Returns that descriptor
 * (to leave open across exec), or -1 when FUSE is unavailable or the mount failed. */
int runtime_mount(const char* image, size_t offset, const char* mountpoint);

/* Removes a directory tree (the temporary extraction). */
void runtime_remove_tree(const char* path);

#endif
