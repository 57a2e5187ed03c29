"""glibc's allocator in a worker process: two arenas, and free memory handed back.

A sync reads Gmail in threads of its own (`worker.sync`: two readers and a lister) while
the main thread parses and stores. glibc gives every thread that allocates an arena of its
own, up to eight per core, and memory freed in one arena serves only the threads that
allocate in it: the big answers (a batch of 25 or 100 whole threads, decoded) are
allocated in the readers' arenas and the parsed threads in the main thread's, so each
arena keeps its own high-water mark and the process's RSS is about their sum. Two arenas
(glibc's own advice for threaded servers, `MALLOC_ARENA_MAX`) let the threads reuse one
another's free memory; the cost, a reader now and then waiting on an arena's lock, is
nothing beside a sync's wait for the quota. `MALLOC_ARENA_MAX` in the environment still
wins, so a deployment can choose otherwise.

Other C libraries (musl, macOS) keep no per-thread arenas: both functions do nothing there.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import platform
from functools import cache

ARENAS = 2
_M_ARENA_MAX = -8  # glibc's malloc.h


@cache
def _glibc() -> ctypes.CDLL | None:
    if platform.libc_ver()[0] != "glibc":
        return None
    name = ctypes.util.find_library("c")
    return ctypes.CDLL(name) if name else None


def limit_arenas(count: int = ARENAS) -> bool:
    """At most `count` malloc arenas in this process and the processes it forks (RQ's
    work horses), unless `MALLOC_ARENA_MAX` says otherwise. Call it at the process's
    start, before threads allocate: arenas already made stay. True if applied."""
    libc = _glibc()
    if libc is None or "MALLOC_ARENA_MAX" in os.environ:
        return False
    return bool(libc.mallopt(_M_ARENA_MAX, count))


def give_back() -> None:
    """Hand the arenas' free pages back to the system (`malloc_trim`): after a chunk of
    threads is stored, most of what reading it took is free, and kept it counts in the
    RSS until an allocation of the same size in the same arena reuses it."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
