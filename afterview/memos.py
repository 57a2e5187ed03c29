"""The domain's memos: what it has worked out about subjects, addresses and names it met
before (`functools.lru_cache`, bounded), so a mailbox's repeated senders and subjects are
read once.

Bounded is not small: filled, they hold about 115,000 entries and 20 MiB of a process's
memory (a 50,000-thread mailbox fills them). A process that reads a whole mailbox and
then goes on living (the worker) may empty them now and then (`clear_memos`): the
answers are the same, only worked out again. The resources a process builds once (the
Public Suffix List: maxsize 1) are not memos and stay.
"""

from __future__ import annotations

import sys
from typing import Any

import afterview


def domain_memos() -> list[Any]:
    """Every memo of the domain's modules imported so far (one not imported is empty)."""
    found: dict[int, Any] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith(f"{afterview.__name__}.") and module is not None:
            for value in vars(module).values():
                if hasattr(value, "cache_clear") and value.cache_info().maxsize != 1:
                    found[id(value)] = value
    return list(found.values())


def clear_memos() -> int:
    """Empty every memo of the domain; the entries they held."""
    emptied = 0
    for memo in domain_memos():
        emptied += memo.cache_info().currsize
        memo.cache_clear()
    return emptied
