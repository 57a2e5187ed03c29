"""The worker's allocator settings (`worker.memory`), in processes of their own: glibc's
arenas are per process and cannot be undone once made."""

from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's arenas")

# Eight threads, all alive at once (a thread that ends hands its arena to the next), each
# allocate through malloc blocks Python does not keep in its own pools; glibc then prints
# one "Arena N:" block per arena on stderr.
THREADS_ALLOCATE = """
import sys, threading
from worker.memory import give_back, limit_arenas
applied = limit_arenas() if sys.argv[1] == "limit" else None
blocks = []
all_in = threading.Barrier(8)
def allocate():
    blocks.extend(bytearray(64 * 1024) for _ in range(20))
    all_in.wait(timeout=30)
threads = [threading.Thread(target=allocate) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
blocks.clear()
give_back()
import ctypes, ctypes.util
ctypes.CDLL(ctypes.util.find_library("c")).malloc_stats()
print(applied)
"""


def arenas(mode: str, **env: str) -> tuple[int, str]:
    environ = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"} | env
    result = subprocess.run(
        [sys.executable, "-c", THREADS_ALLOCATE, mode],
        cwd=ROOT, env=environ, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    return result.stderr.count("Arena "), result.stdout.strip()


def test_the_worker_keeps_two_arenas_however_many_threads_allocate():
    assert arenas("leave")[0] > 2  # glibc's default: an arena per thread, up to 8 a core
    assert arenas("limit") == (2, "True")


def test_malloc_arena_max_in_the_environment_still_wins():
    assert arenas("limit", MALLOC_ARENA_MAX="3") == (3, "False")
