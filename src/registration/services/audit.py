"""The audit trail: every change a desk makes, with when and where."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from registration.domain import limits
from registration.storage.models import AuditEntry


def record(
    session: OrmSession,
    action: str,
    entity: str,
    entity_id: int | None,
    desk: str = "",
    at: datetime | None = None,
    **detail: Any,
) -> None:
    session.add(
        AuditEntry(
            at=at or datetime.now(),
            desk=limits.desk_name(desk),
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else "",
        )
    )


def last_detail(session: OrmSession, action: str, entity: str, entity_id: int) -> dict[str, Any]:
    """The detail of the newest entry of this action on this entity ({} if none)."""
    detail = session.scalars(
        select(AuditEntry.detail)
        .where(
            AuditEntry.action == action,
            AuditEntry.entity == entity,
            AuditEntry.entity_id == entity_id,
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    loaded = json.loads(detail) if detail else {}
    return loaded if isinstance(loaded, dict) else {}
