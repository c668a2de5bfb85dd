"""Province clusters (กลุ่มจังหวัด) of an event: event data an organiser can change."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from registration.domain.errors import UserError
from registration.domain.thai_text import thai_sort_key
from registration.services import audit
from registration.storage import models
from registration.storage.database import Database

MAX_CLUSTER_LENGTH = 60


@dataclass(frozen=True)
class ProvinceCluster:
    province_code: str
    province: str
    cluster: str


def list_clusters(db: Database, event_id: int) -> list[ProvinceCluster]:
    """The event's provinces with their cluster, by cluster then Thai order of province."""
    with db.read() as s:
        rows = s.execute(
            select(
                models.EventProvince.province_code,
                models.Province.name_th,
                models.EventProvince.cluster,
            )
            .join(models.Province)
            .where(models.EventProvince.event_id == event_id)
        ).all()
    found = [ProvinceCluster(code, name, cluster) for code, name, cluster in rows]
    return sorted(found, key=lambda c: (c.cluster, thai_sort_key(c.province)))


def set_cluster(
    db: Database, event_id: int, province_code: str, cluster: str, desk: str = ""
) -> ProvinceCluster:
    cluster = cluster.strip()
    if len(cluster) > MAX_CLUSTER_LENGTH:
        raise UserError(
            "cluster_name_too_long",
            f"A cluster name is at most {MAX_CLUSTER_LENGTH} characters.",
            maximum=MAX_CLUSTER_LENGTH,
        )
    with db.write() as s:
        row = s.get(models.EventProvince, (event_id, province_code))
        if row is None:
            raise UserError("unknown_province", f"The event has no province '{province_code}'.")
        row.cluster = cluster
        audit.record(s, "edit", "cluster", None, desk, province=province_code, cluster=cluster)
        name = s.get(models.Province, province_code)
        return ProvinceCluster(province_code, name.name_th if name else province_code, cluster)
