#include "MemoryTuning.h"

#include <malloc.h>

namespace comptoir {

void keepFreedMemory()
{
#ifdef __GLIBC__
    // Large blocks (a pull list's arrays) from the heap rather than from their own mapping, which
    // would be unmapped when freed and faulted in page by page when made again.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    // The top of the heap is given back only when more than this is free there.
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
}

} // namespace comptoir
