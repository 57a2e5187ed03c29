"""Sync states: what an account's poll cadence counts from (`last_polled_at`): the tick of
the poll that queued its last incremental sync, so a sync that waited in the queue does
not cost the account its next poll (worker.polling). Null: not recorded yet.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 11:45:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_states", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_polled_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_states", schema=None) as batch_op:
        batch_op.drop_column("last_polled_at")
