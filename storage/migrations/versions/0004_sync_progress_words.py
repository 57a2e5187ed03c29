"""Sync progress a person can read: the phase in words and an estimate of the time left.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 23:50:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_states", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phase_text", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("seconds_left", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_states", schema=None) as batch_op:
        batch_op.drop_column("seconds_left")
        batch_op.drop_column("phase_text")
