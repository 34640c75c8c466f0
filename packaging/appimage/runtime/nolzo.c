/* squashfuse's library references LZO's decompressor; liblzo2 is GPL-2.0-or-later, so instead
 * of linking it statically the runtime answers "not supported" here. Our images are built with
 * zstd (packaging/appimage/build-appimage.sh), so LZO is never needed. */
#include <stddef.h>

int lzo1x_decompress_safe(const unsigned char* source, size_t source_length,
                          unsigned char* destination, size_t* destination_length, void* work);

int lzo1x_decompress_safe(const unsigned char* source, size_t source_length,
                          unsigned char* destination, size_t* destination_length, void* work)
{
    (void)source;
    (void)source_length;
    (void)destination;
    (void)destination_length;
    (void)work;
    return -1; /* LZO_E_ERROR */
}
