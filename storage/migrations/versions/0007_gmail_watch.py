"""Sync states: the Gmail push notification watch (`users.watch`) of each account, its
starting history id and when it expires (null: no watch).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 01:30:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_states", schema=None) as batch_op:
        batch_op.add_column(sa.Column("watch_history_id", sa.String(length=32), nullable=True))
        batch_op.add_column(
            sa.Column("watch_expires_at", sa.DateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_states", schema=None) as batch_op:
        batch_op.drop_column("watch_expires_at")
        batch_op.drop_column("watch_history_id")
