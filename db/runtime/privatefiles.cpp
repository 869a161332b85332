// SPDX-License-Identifier: MIT
#include "db/runtime/privatefiles.h"

#ifndef _WIN32
#include <sys/stat.h>
#endif

namespace attlog::db {

void keepNewFilesPrivate()
{
#ifndef _WIN32
    ::umask(S_IRWXG | S_IRWXO);
#endif
}

} // namespace attlog::db
