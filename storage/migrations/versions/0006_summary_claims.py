"""Weekly summaries: who holds a claim (so a retry knows its own), and why a week was skipped.
Users: the Google profile name from sign-in (it signs drafts when sent mail shows none).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 23:30:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("profile_name", sa.String(length=255), nullable=True))
    with op.batch_alter_table("summaries_sent", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claimed_by", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("skipped", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("summaries_sent", schema=None) as batch_op:
        batch_op.drop_column("skipped")
        batch_op.drop_column("claimed_by")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("profile_name")
