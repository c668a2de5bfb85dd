"""hidden sessions: a session with check-ins cannot be deleted, so it can be hidden

A hidden session is no longer offered for check-in or printing; its check-ins stay in the
exports, the report and the certificates. Who hid it (desk), when and why are kept on the
session so every desk can say so; the audit trail records each hide and show too.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE both ways (SQLite has DROP COLUMN since 3.35): a batch copy of the
# sessions table would drop it while check-ins and group sets refer to it, and the
# foreign keys would empty or break those rows.


def upgrade() -> None:
    op.add_column("sessions", sa.Column("hidden_at", sa.DateTime(), nullable=True))
    op.add_column(
        "sessions", sa.Column("hidden_by", sa.String(length=60), nullable=False, server_default="")
    )
    op.add_column(
        "sessions",
        sa.Column("hidden_reason", sa.String(length=500), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_column("sessions", "hidden_reason")
    op.drop_column("sessions", "hidden_by")
    op.drop_column("sessions", "hidden_at")
