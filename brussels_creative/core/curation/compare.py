"""Portfolios side by side: counts by type and sector, density, share verified, network degree."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..store.base import in_json_list

HEADLINES = ("entities", "per_km2", "verified_pct", "mean_degree")


@dataclass(frozen=True)
class Comparison:
    """One row per measure (and category): the value of each portfolio, in the order of `portfolios`."""

    portfolios: tuple[str, ...]
    rows: list[tuple[str, str | None, list[float]]]  # (measure, category code or None, values)

    def value(self, measure: str, category: str | None = None) -> list[float]:
        """The values of one measure for every portfolio."""
        for name, code, values in self.rows:
            if name == measure and code == category:
                return values
        raise KeyError((measure, category))


def compare(connection: sqlite3.Connection, members: dict[str, Sequence[str]], region_km2: float) -> Comparison:
    """Compare portfolios given their members' uuids: entities, entities per km² of the region, % verified, mean
    number of relationships per entity (both directions, any type), and counts by entity type and primary sector
    (every code any portfolio has)."""
    names = tuple(members)
    per: dict[str, dict] = {}
    for name, uuids in members.items():
        rows = connection.execute(
            "SELECT e.entity_type, e.verification, s.code, "
            "(SELECT count(*) FROM relationships r WHERE r.from_uuid = e.uuid OR r.to_uuid = e.uuid) "
            "FROM entities e LEFT JOIN entity_sectors s ON s.entity_uuid = e.uuid AND s.is_primary "
            f"WHERE {in_json_list(connection, 'e.uuid')}", (json.dumps(list(uuids)),)).fetchall()
        n = len(rows)
        per[name] = {
            "entities": float(n),
            "per_km2": n / region_km2 if region_km2 > 0 else float("nan"),
            "verified_pct": 100.0 * sum(r[1] == "verified" for r in rows) / n if n else float("nan"),
            "mean_degree": sum(r[3] for r in rows) / n if n else float("nan"),
            "entity_type": Counter(r[0] for r in rows),
            "primary_sector": Counter(r[2] for r in rows if r[2]),
        }
    result: list[tuple[str, str | None, list[float]]] = [
        (measure, None, [per[name][measure] for name in names]) for measure in HEADLINES]
    for measure in ("entity_type", "primary_sector"):
        codes = sorted(set().union(*(per[name][measure] for name in names))) if names else []
        result += [(measure, code, [float(per[name][measure][code]) for name in names]) for code in codes]
    return Comparison(names, result)
