"""A solver's freed working memory goes back to the system (glibc's allocator keeps it otherwise)."""

from __future__ import annotations

import ctypes
import ctypes.util
import platform

import pytest

from planning.scheduling import memory


def _resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_freed_native_memory_is_handed_back() -> None:
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    blocks = [libc.malloc(64 * 1024) for _ in range(2_000)]  # 128 MB, below the size glibc maps on its own
    for block in blocks:
        ctypes.memset(block, 1, 64 * 1024)
    for block in blocks[::2]:  # holes: the allocator keeps them for reuse
        libc.free(block)
    kept = _resident_mb()
    try:
        assert memory.release()
        assert _resident_mb() < kept - 40
    finally:
        for block in blocks[1::2]:
            libc.free(block)
