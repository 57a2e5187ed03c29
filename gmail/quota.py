"""Gmail API quota: what each method costs and how many units a user may spend.

Shared by the worker (to pace its calls) and the sandbox (to charge and refuse them), so
both always agree. Keys are the discovery document's method ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class QuotaTable:
    name: str
    costs: Mapping[str, int]
    units_per_second: float  # per user, over a moving window
    window_seconds: float = 1.0
    default_cost: int = 5  # a method missing from the published table
    source: str = ""

    def cost(self, method_id: str) -> int:
        return self.costs.get(method_id, self.default_cost)

    def with_rate(self, units_per_second: float) -> QuotaTable:
        return QuotaTable(
            self.name,
            self.costs,
            units_per_second,
            self.window_seconds,
            self.default_cost,
            self.source,
        )


_PREFIX = "gmail.users."

# Google's per-method table as published at
# developers.google.com/workspace/gmail/api/reference/quota (2023 edition):
# 250 units per user per second, moving average.
_COSTS_2023 = {
    "getProfile": 1,
    "watch": 100,
    "stop": 50,
    "drafts.create": 10,
    "drafts.delete": 10,
    "drafts.get": 5,
    "drafts.list": 5,
    "drafts.send": 100,
    "drafts.update": 15,
    "history.list": 2,
    "labels.create": 5,
    "labels.delete": 5,
    "labels.get": 1,
    "labels.list": 1,
    "labels.patch": 5,
    "labels.update": 5,
    "messages.attachments.get": 5,
    "messages.batchDelete": 50,
    "messages.batchModify": 50,
    "messages.delete": 10,
    "messages.get": 5,
    "messages.import": 25,
    "messages.insert": 25,
    "messages.list": 5,
    "messages.modify": 5,
    "messages.send": 100,
    "messages.trash": 5,
    "messages.untrash": 5,
    "threads.delete": 20,
    "threads.get": 10,
    "threads.list": 10,
    "threads.modify": 10,
    "threads.trash": 10,
    "threads.untrash": 10,
}

GOOGLE_2023 = QuotaTable(
    name="google-2023",
    costs=MappingProxyType({_PREFIX + k: v for k, v in _COSTS_2023.items()}),
    units_per_second=250.0,
    source="Gmail API usage limits, 2023 edition: 250 units/user/s moving average",
)

# Projects created after May 2026: 6,000 units per user per minute, and messages.get
# costs 20. Only the changes Google announced are applied; the rest is as in 2023.
GOOGLE_2026 = QuotaTable(
    name="google-2026",
    costs=MappingProxyType({**GOOGLE_2023.costs, _PREFIX + "messages.get": 20}),
    units_per_second=100.0,
    window_seconds=60.0,
    source="Gmail API usage limits for projects created after May 2026: 6,000 units/user/min",
)

TABLES: Mapping[str, QuotaTable] = MappingProxyType(
    {table.name: table for table in (GOOGLE_2023, GOOGLE_2026)}
)
# What every OAuth project created after May 2026 gets, so what a new deployment runs
# under; older projects choose google-2023 (AFTERVIEW_GMAIL_QUOTA_TABLE, --quota-table).
DEFAULT_TABLE = GOOGLE_2026
