"""scan id on check-ins: a desk's retry of the same scan can never count twice

Every scan a desk sends carries a random id (uuid). A desk that lost its
connection half-way cannot know whether its check-in was committed; it sends
the scan again later with the same id, and the unique index makes that retry
find the first one instead of writing a second.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("check_ins", sa.Column("scan_id", sa.String(length=36), nullable=True))
    op.create_index("uq_check_ins_scan_id", "check_ins", ["scan_id"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_check_ins_scan_id", table_name="check_ins")
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.drop_column("scan_id")
