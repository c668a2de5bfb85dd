"""breakout groups and certificates: group sets, groups, memberships, the assignment log
for undo, and the certificates issued (numbers kept for reprints)

Province clusters were already event data (event_provinces.cluster, since 0001).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "group_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_group_sets_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_group_sets_session_id_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_sets")),
    )
    op.create_index(op.f("ix_group_sets_event_id"), "group_sets", ["event_id"])
    op.create_index(op.f("ix_group_sets_session_id"), "group_sets", ["session_id"])
    op.create_table(
        "breakout_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("room", sa.String(length=100), nullable=False),
        sa.Column("facilitator", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["set_id"], ["group_sets.id"], name=op.f("fk_breakout_groups_set_id_group_sets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breakout_groups")),
    )
    op.create_index(op.f("ix_breakout_groups_set_id"), "breakout_groups", ["set_id"])
    op.create_table(
        "group_memberships",
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("moved_by_hand", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["set_id"], ["group_sets.id"], name=op.f("fk_group_memberships_set_id_group_sets")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_group_memberships_participant_id_participants"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["breakout_groups.id"],
            name=op.f("fk_group_memberships_group_id_breakout_groups"),
        ),
        sa.PrimaryKeyConstraint("set_id", "participant_id", name=op.f("pk_group_memberships")),
    )
    op.create_index(op.f("ix_group_memberships_group_id"), "group_memberships", ["group_id"])
    op.create_table(
        "group_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
        sa.Column("desk", sa.String(length=60), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("previous_mode", sa.String(length=20), nullable=False),
        sa.Column("previous", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["set_id"], ["group_sets.id"], name=op.f("fk_group_assignments_set_id_group_sets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_assignments")),
    )
    op.create_index(op.f("ix_group_assignments_set_id"), "group_assignments", ["set_id"])
    op.create_table(
        "certificates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("desk", sa.String(length=60), nullable=False),
        sa.Column("printed_count", sa.Integer(), nullable=False),
        sa.Column("last_printed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_certificates_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_certificates_participant_id_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificates")),
        sa.UniqueConstraint(
            "event_id", "participant_id", name=op.f("uq_certificates_event_person")
        ),
        sa.UniqueConstraint("event_id", "number", name=op.f("uq_certificates_event_number")),
    )
    op.create_index(op.f("ix_certificates_event_id"), "certificates", ["event_id"])


def downgrade() -> None:
    op.drop_table("certificates")
    op.drop_table("group_assignments")
    op.drop_table("group_memberships")
    op.drop_table("breakout_groups")
    op.drop_table("group_sets")
