"""The schema, as SQLAlchemy 2.0 typed models. Alembic migrations own the real DDL."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Sort keys compare code point by code point: PostgreSQL must not apply a locale.
SortKey = String(400).with_variant(String(400, collation="C"), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")
    venue: Mapped[str] = mapped_column(String(300), default="")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)

    sessions: Mapped[list[Session]] = relationship(
        back_populates="event", order_by="Session.starts_at"
    )


class Session(Base):
    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    title_en: Mapped[str] = mapped_column(String(500), default="")
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    speaker: Mapped[str] = mapped_column(String(500), default="")
    # Hidden (not offered for check-in or printing) instead of deleted once people checked
    # in; None while it is offered. Its check-ins count everywhere as before.
    hidden_at: Mapped[datetime | None] = mapped_column(DateTime)
    hidden_by: Mapped[str] = mapped_column(String(60), default="", server_default="")
    hidden_reason: Mapped[str] = mapped_column(String(500), default="", server_default="")

    event: Mapped[Event] = relationship(back_populates="sessions")


class Province(Base):
    __tablename__ = "provinces"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)  # ISO 3166-2:TH
    name_th: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    region: Mapped[str] = mapped_column(String(40))


class EventProvince(Base):
    """Which provinces an event's region takes in, and their breakout cluster (editable)."""

    __tablename__ = "event_provinces"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), primary_key=True)
    province_code: Mapped[str] = mapped_column(ForeignKey("provinces.code"), primary_key=True)
    cluster: Mapped[str] = mapped_column(String(60), default="")


class IssueArea(Base):
    __tablename__ = "issue_areas"
    __table_args__ = (UniqueConstraint("event_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    key: Mapped[str] = mapped_column(String(40))
    name_th: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(10), default="issue")  # issue | role
    colour: Mapped[str] = mapped_column(String(9), default="#808080")


class Participant(Base):
    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    badge_code: Mapped[str] = mapped_column(String(16), unique=True)
    prefix: Mapped[str] = mapped_column(String(60), default="")
    first_name: Mapped[str] = mapped_column(String(200))
    last_name: Mapped[str] = mapped_column(String(200), default="")
    nickname: Mapped[str] = mapped_column(String(100), default="")
    province_code: Mapped[str | None] = mapped_column(ForeignKey("provinces.code"), index=True)
    issue_area_id: Mapped[int | None] = mapped_column(ForeignKey("issue_areas.id"), index=True)
    role: Mapped[str] = mapped_column(String(30), default="representative")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    registered_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="registered")
    # Derived columns kept in step by the registry service: search and Thai order.
    search_text: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(SortKey, default="", index=True)

    province: Mapped[Province | None] = relationship(lazy="joined")
    issue_area: Mapped[IssueArea | None] = relationship(lazy="joined")


class CheckIn(Base):
    """One per participant and session while not annulled: the database holds that rule."""

    __tablename__ = "check_ins"
    __table_args__ = (
        Index(
            "uq_check_ins_active",
            "participant_id",
            "session_id",
            unique=True,
            sqlite_where=text("annulled_at IS NULL"),
            postgresql_where=text("annulled_at IS NULL"),
        ),
        Index("ix_check_ins_session_time", "session_id", "checked_in_at"),
        Index("uq_check_ins_scan_id", "scan_id", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"))
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"))
    checked_in_at: Mapped[datetime] = mapped_column(DateTime)
    desk: Mapped[str] = mapped_column(String(60))
    method: Mapped[str] = mapped_column(String(20))
    annulled_at: Mapped[datetime | None] = mapped_column(DateTime)
    annul_reason: Mapped[str] = mapped_column(String(500), default="")
    # The desk's id for the scan (uuid), so a retry after a lost connection finds
    # this row instead of counting twice; empty for rows from before migration 0003.
    scan_id: Mapped[str | None] = mapped_column(String(36))


class FailedScan(Base):
    __tablename__ = "failed_scans"

    id: Mapped[int] = mapped_column(primary_key=True)
    raw_text: Mapped[str] = mapped_column(String(500))
    desk: Mapped[str] = mapped_column(String(60))
    session_id: Mapped[int | None] = mapped_column(Integer)
    scanned_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(40))


class AuditEntry(Base):
    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    desk: Mapped[str] = mapped_column(String(60), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")


class BadgePrint(Base):
    """One badge print job: who printed which badges when, so reprints are visible."""

    __tablename__ = "badge_prints"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    printed_at: Mapped[datetime] = mapped_column(DateTime)
    desk: Mapped[str] = mapped_column(String(60))
    layout: Mapped[str] = mapped_column(String(20))


class BadgePrintItem(Base):
    __tablename__ = "badge_print_items"

    print_id: Mapped[int] = mapped_column(ForeignKey("badge_prints.id"), primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id"), primary_key=True, index=True
    )


class GroupSet(Base):
    """A set of breakout groups (e.g. the afternoon groups of day one); optionally tied to
    the session they meet in. `mode` is how it was last assigned ("" before any)."""

    __tablename__ = "group_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), index=True
    )
    mode: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class BreakoutGroup(Base):
    __tablename__ = "breakout_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("group_sets.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    room: Mapped[str] = mapped_column(String(100), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")


class GroupMembership(Base):
    """One group per participant and set: the primary key holds that rule."""

    __tablename__ = "group_memberships"

    set_id: Mapped[int] = mapped_column(ForeignKey("group_sets.id"), primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("breakout_groups.id"), index=True)
    moved_by_hand: Mapped[bool] = mapped_column(Boolean, default=False)


class GroupAssignment(Base):
    """One automatic (re-)assignment of a set, with the memberships it replaced, so the
    whole of it can be undone."""

    __tablename__ = "group_assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("group_sets.id"), index=True)
    assigned_at: Mapped[datetime] = mapped_column(DateTime)
    desk: Mapped[str] = mapped_column(String(60), default="")
    mode: Mapped[str] = mapped_column(String(20))
    previous_mode: Mapped[str] = mapped_column(String(20), default="")
    previous: Mapped[str] = mapped_column(Text, default="")  # JSON [[person, group, by hand]]
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class Certificate(Base):
    """A certificate of attendance issued to a participant: the number is given once and
    kept, so a reprint carries the same number."""

    __tablename__ = "certificates"
    __table_args__ = (
        UniqueConstraint("event_id", "participant_id", name="uq_certificates_event_person"),
        UniqueConstraint("event_id", "number", name="uq_certificates_event_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"))
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, … within the event
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    desk: Mapped[str] = mapped_column(String(60), default="")
    printed_count: Mapped[int] = mapped_column(Integer, default=1)
    last_printed_at: Mapped[datetime] = mapped_column(DateTime)
