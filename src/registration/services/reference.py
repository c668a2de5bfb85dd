"""Reference data shipped with the program: provinces, issue areas, the demo programme."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from registration.storage.models import Province


def read_data_file(name: str) -> Iterator[dict[str, str]]:
    """Rows of a CSV in the package's data folder."""
    text = resources.files("registration").joinpath("data", name).read_text(encoding="utf-8")
    yield from csv.DictReader(text.splitlines())


def ensure_provinces(session: OrmSession) -> None:
    """Load the 77 provinces once; organisers may edit them afterwards."""
    if session.scalar(select(func.count()).select_from(Province)):
        return
    session.add_all(
        Province(
            code=row["iso_code"],
            name_th=row["name_th"],
            name_en=row["name_en"],
            region=row["region_six"],
        )
        for row in read_data_file("provinces.csv")
    )
    session.flush()
