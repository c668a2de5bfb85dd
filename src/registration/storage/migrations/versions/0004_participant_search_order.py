"""participant search order: a covering index of id, event and sort key (SQLite)

A name search finds its hits in the FTS5 index (0002), then needs them in Thai
order: reading each hit's sort key from its table row cost 12-31 ms for 4,000-9,000
hits among 100,000 people; from this small index, 3-12 ms. PostgreSQL searches
without the FTS index and needs none.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_participants_search_order"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.create_index(INDEX, "participants", ["id", "event_id", "sort_key"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index(INDEX, table_name="participants")
