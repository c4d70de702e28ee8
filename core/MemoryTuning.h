#pragma once

namespace comptoir {

// Keeps memory freed by the allocator for the next use instead of handing it back to the system
// at once: the pull list, a sync page or a report is rebuilt again and again with blocks of the
// same sizes, and on a virtual machine every fresh page costs a fault that is dearer than the
// work done in it. Freed memory above 256 MB is still returned. Call once, first thing in main().
void keepFreedMemory();

} // namespace comptoir
