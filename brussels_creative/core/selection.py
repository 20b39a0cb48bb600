"""Which entities an analysis or export works on: filters by sector, type, status, visibility, verification,
municipality and creation date, turned into SQL with bound parameters, and a fast reader of entity points."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import gpkg


@dataclass(frozen=True)
class EntityFilter:
    """Criteria on entities; an empty criterion selects everything. Dates are ISO strings, inclusive."""

    sectors: tuple[str, ...] = ()
    entity_types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    visibilities: tuple[str, ...] = ()
    verifications: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    created_from: str | None = None
    created_to: str | None = None
    uuids: tuple[str, ...] | None = field(default=None)

    def is_empty(self) -> bool:
        """True when the filter selects every entity."""
        return self == EntityFilter()

    def where(self, alias: str = "e") -> tuple[str, list]:
        """Return a SQL condition on entities (aliased) and its bound parameters."""
        clauses: list[str] = []
        params: list = []

        def among(column: str, values: tuple[str, ...]) -> None:
            if values:
                clauses.append(f"{alias}.{column} IN ({', '.join('?' for _ in values)})")
                params.extend(values)

        among("entity_type", self.entity_types)
        among("status", self.statuses)
        among("visibility", self.visibilities)
        among("verification", self.verifications)
        among("municipality", self.municipalities)
        if self.sectors:
            clauses.append(
                f"EXISTS (SELECT 1 FROM entity_sectors s WHERE s.entity_uuid = {alias}.uuid "
                f"AND s.code IN ({', '.join('?' for _ in self.sectors)}))"
            )
            params.extend(self.sectors)
        if self.created_from:
            clauses.append(f"substr({alias}.created_at, 1, 10) >= ?")
            params.append(self.created_from[:10])
        if self.created_to:
            clauses.append(f"substr({alias}.created_at, 1, 10) <= ?")
            params.append(self.created_to[:10])
        if self.uuids is not None:
            # a temporary table keeps long lists within SQLite's parameter limit
            clauses.append(f"{alias}.uuid IN (SELECT uuid FROM temp.bc_selected_uuids)")
        return (" AND ".join(clauses) or "1"), params


@dataclass
class EntityPoints:
    """Entity points in EPSG:31370 metres with their uuids and requested attribute columns."""

    x: np.ndarray
    y: np.ndarray
    uuids: list[str]
    columns: dict[str, list] = field(default_factory=dict)
    skipped: int = 0


def decode_points(blobs: list[bytes | None]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Decode GeoPackage point blobs to x, y arrays and a mask of usable ones (vectorised for the usual layout)."""
    n = len(blobs)
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    # Fast path: 29-byte blobs = 8-byte header without envelope + little-endian WKB point.
    lengths = np.fromiter((len(b) if b is not None else 0 for b in blobs), dtype=np.int64, count=n)
    simple = lengths == 29
    if simple.any():
        raw = np.frombuffer(b"".join(b for b, s in zip(blobs, simple, strict=True) if s), dtype=np.uint8)
        raw = raw.reshape(-1, 29)
        ok = (raw[:, 0] == 0x47) & (raw[:, 3] == 0x01) & (raw[:, 8] == 1) & (raw[:, 9] == 1)
        coordinates = raw[:, 13:29].copy().view("<f8")
        index = np.flatnonzero(simple)
        x[index[ok]] = coordinates[ok, 0]
        y[index[ok]] = coordinates[ok, 1]
        simple[index[~ok]] = False
    for i in np.flatnonzero(~simple):
        xy = gpkg.blob_point_xy(blobs[i])
        if xy is not None:
            x[i], y[i] = xy
    usable = np.isfinite(x) & np.isfinite(y)
    return x, y, usable


def read_entity_points(
    path: str | Path, entity_filter: EntityFilter | None = None, columns: tuple[str, ...] = (), with_uuids: bool = True
) -> EntityPoints:
    """Read the (filtered) entities of an ecosystem GeoPackage straight from SQLite: the fast path of analyses.

    Without `with_uuids` the uuids are not read (a list of empty strings keeps the result's shape cheaply)."""
    entity_filter = entity_filter or EntityFilter()
    connection = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
    try:
        known = {row[1] for row in connection.execute("PRAGMA table_info(entities)")}
        unknown = [c for c in columns if c not in known]
        if unknown:
            raise ValueError(f"entities has no field {', '.join(unknown)}")
        if entity_filter.uuids is not None:
            connection.execute("CREATE TEMP TABLE bc_selected_uuids (uuid TEXT PRIMARY KEY)")
            connection.executemany(
                "INSERT OR IGNORE INTO temp.bc_selected_uuids VALUES (?)", ((u,) for u in entity_filter.uuids)
            )
        condition, params = entity_filter.where("e")
        selected = "".join(f', e."{c}"' for c in columns)
        uuid_column = "e.uuid" if with_uuids else "''"
        rows = connection.execute(
            f"SELECT e.geom, {uuid_column}{selected} FROM entities e WHERE {condition} ORDER BY e.fid",
            params,
        ).fetchall()
    finally:
        connection.close()
    x, y, usable = decode_points([row[0] for row in rows])
    keep = np.flatnonzero(usable)
    result = EntityPoints(
        x=x[keep], y=y[keep], uuids=[rows[i][1] for i in keep], skipped=int(len(rows) - len(keep))
    )
    for offset, column in enumerate(columns, start=2):
        result.columns[column] = [rows[i][offset] for i in keep]
    return result
