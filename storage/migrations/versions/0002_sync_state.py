"""Sync: message ids on threads, label changes in flight, resumable full sync, labels the
user deleted.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 21:29:26.615922
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("label_mappings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table("sync_states", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("full_sync_started_at", sa.DateTime(timezone=True), nullable=True)
        )

    with op.batch_alter_table("thread_records", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("label_pending", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("label_target_id", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column(
                "gmail_message_ids", sa.JSON(), server_default=sa.text("'[]'"), nullable=False
            )
        )
        batch_op.add_column(sa.Column("synced_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("thread_records", schema=None) as batch_op:
        batch_op.drop_column("synced_at")
        batch_op.drop_column("gmail_message_ids")
        batch_op.drop_column("label_target_id")
        batch_op.drop_column("label_pending")

    with op.batch_alter_table("sync_states", schema=None) as batch_op:
        batch_op.drop_column("full_sync_started_at")

    with op.batch_alter_table("label_mappings", schema=None) as batch_op:
        batch_op.drop_column("deleted_at")
