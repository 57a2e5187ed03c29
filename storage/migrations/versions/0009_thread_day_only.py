"""Threads: `day_only`, the advice's `until` and `due` name days whose hours are Afterview's
stand-ins (an interview fixed to a day with no clock time stated), so the popup shows the
day only. False for every advice stored before it (each had a stated or read hour).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 03:05:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("thread_records", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("day_only", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("thread_records", schema=None) as batch_op:
        batch_op.drop_column("day_only")
