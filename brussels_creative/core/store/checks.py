"""Quality checks of an ecosystem GeoPackage: what `check_geopackage` reports, one Finding per problem."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import gpkg, region, schema

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One problem found in a file: how bad, which check, where, and what."""

    severity: str
    check: str
    table: str
    row: str
    message: str


# (check id, severity, table, SQL returning (row id, message)) — queries take no user input.
REFERENCE_QUERIES = (
    (
        "link_entity_missing",
        ERROR,
        "entity_sectors",
        "SELECT l.fid, 'sector link to missing entity ' || l.entity_uuid FROM entity_sectors l "
        "LEFT JOIN entities e ON e.uuid = l.entity_uuid WHERE e.uuid IS NULL",
    ),
    (
        "link_entity_missing",
        ERROR,
        "entity_services",
        "SELECT l.fid, 'service link to missing entity ' || l.entity_uuid FROM entity_services l "
        "LEFT JOIN entities e ON e.uuid = l.entity_uuid WHERE e.uuid IS NULL",
    ),
    (
        "link_entity_missing",
        ERROR,
        "entity_audiences",
        "SELECT l.fid, 'audience link to missing entity ' || l.entity_uuid FROM entity_audiences l "
        "LEFT JOIN entities e ON e.uuid = l.entity_uuid WHERE e.uuid IS NULL",
    ),
    (
        "relationship_end_missing",
        ERROR,
        "relationships",
        "SELECT r.uuid, 'relationship end missing: ' || r.from_uuid || ' → ' || r.to_uuid FROM relationships r "
        "WHERE NOT EXISTS (SELECT 1 FROM entities WHERE uuid = r.from_uuid) "
        "OR NOT EXISTS (SELECT 1 FROM entities WHERE uuid = r.to_uuid)",
    ),
    (
        "unknown_code",
        ERROR,
        "entities",
        "SELECT e.uuid, 'unknown entity_type ' || quote(e.entity_type) FROM entities e "
        "WHERE NOT EXISTS (SELECT 1 FROM entity_types t WHERE t.code = e.entity_type)",
    ),
    (
        "unknown_code",
        ERROR,
        "entities",
        "SELECT e.uuid, 'unknown municipality ' || quote(e.municipality) FROM entities e "
        "WHERE e.municipality IS NOT NULL AND e.municipality <> '' "
        "AND NOT EXISTS (SELECT 1 FROM municipalities m WHERE m.code = e.municipality)",
    ),
    (
        "unknown_code",
        ERROR,
        "entity_sectors",
        "SELECT l.fid, 'unknown sector ' || quote(l.code) FROM entity_sectors l "
        "WHERE NOT EXISTS (SELECT 1 FROM sectors s WHERE s.code = l.code)",
    ),
    (
        "unknown_code",
        ERROR,
        "relationships",
        "SELECT r.uuid, 'unknown relation type ' || quote(r.relation_type) FROM relationships r "
        "WHERE NOT EXISTS (SELECT 1 FROM relation_types t WHERE t.code = r.relation_type)",
    ),
    (
        "duplicate_uuid",
        ERROR,
        "entities",
        "SELECT uuid, 'uuid used by ' || count(*) || ' entities' FROM entities GROUP BY uuid HAVING count(*) > 1",
    ),
    (
        "missing_uuid",
        ERROR,
        "entities",
        "SELECT fid, 'entity without uuid (fid ' || fid || ')' FROM entities WHERE uuid IS NULL OR uuid = ''",
    ),
    (
        "no_sector",
        WARNING,
        "entities",
        "SELECT e.uuid, 'entity ' || quote(e.name) || ' has no sector' FROM entities e "
        "WHERE NOT EXISTS (SELECT 1 FROM entity_sectors l WHERE l.entity_uuid = e.uuid)",
    ),
    (
        "no_primary_sector",
        WARNING,
        "entities",
        "SELECT e.uuid, 'entity ' || quote(e.name) || ' has sectors but none is primary' FROM entities e "
        "WHERE EXISTS (SELECT 1 FROM entity_sectors l WHERE l.entity_uuid = e.uuid) "
        "AND NOT EXISTS (SELECT 1 FROM entity_sectors l WHERE l.entity_uuid = e.uuid AND l.is_primary = 1)",
    ),
    (
        "stale_relationship_line",
        WARNING,
        "relationship_lines",
        "SELECT r.uuid, 'relationship without its line' FROM relationships r "
        "WHERE NOT EXISTS (SELECT 1 FROM relationship_lines l WHERE l.fid = r.fid)",
    ),
)


def _sqlite_checks(connection: sqlite3.Connection) -> Iterator[Finding]:
    for (result,) in connection.execute("PRAGMA integrity_check"):
        if result != "ok":
            yield Finding(ERROR, "integrity_check", "", "", result)
    version = connection.execute("SELECT value FROM bc_meta WHERE key = 'schema_version'").fetchone()
    if version is None or int(version[0]) != schema.SCHEMA_VERSION:
        yield Finding(
            ERROR, "schema_version", "bc_meta", "", f"schema version {version and version[0]}, "
            f"expected {schema.SCHEMA_VERSION}"
        )
    triggers = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    expected = set(schema.expected_trigger_names(connection))
    for name in sorted(expected - triggers):
        yield Finding(ERROR, "missing_trigger", "", name, f"integrity trigger {name} is missing: rules not enforced")
    for check, severity, table, query in REFERENCE_QUERIES:
        for row, message in connection.execute(query):
            yield Finding(severity, check, table, str(row), message)


def _geometry_checks(connection: sqlite3.Connection) -> Iterator[Finding]:
    import numpy as np
    import shapely

    uuids, xs, ys = [], [], []
    for entity_uuid, name, blob in connection.execute("SELECT uuid, name, geom FROM entities"):
        xy = gpkg.blob_point_xy(blob)
        if xy is None:
            yield Finding(ERROR, "empty_geometry", "entities", str(entity_uuid), f"entity {name!r} has no location")
            continue
        uuids.append(entity_uuid)
        xs.append(xy[0])
        ys.append(xy[1])
    if uuids:
        inside = shapely.contains_xy(region.region_shape(), np.array(xs), np.array(ys))
        for index in np.flatnonzero(~inside):
            yield Finding(
                WARNING,
                "outside_region",
                "entities",
                str(uuids[index]),
                f"point ({xs[index]:.1f}, {ys[index]:.1f}) lies outside the Brussels Capital Region",
            )
    for code, blob in connection.execute("SELECT code, geom FROM municipalities"):
        if blob is None:
            yield Finding(ERROR, "empty_geometry", "municipalities", code, "municipality without geometry")
            continue
        geometry = shapely.from_wkb(bytes(blob[gpkg.blob_wkb_offset(blob) :]))
        if geometry.is_empty or not geometry.is_valid:
            reason = shapely.is_valid_reason(geometry)
            yield Finding(ERROR, "invalid_geometry", "municipalities", code, f"invalid geometry: {reason}")


def _gdal_checks(path: Path) -> Iterator[Finding]:
    from osgeo_utils.samples import validate_gpkg

    try:
        errors = validate_gpkg.check(str(path), abort_at_first_error=False, warning_msg=False)
    except Exception as error:  # the validator stops on some structural faults: report, never hide
        yield Finding(ERROR, "gpkg_conformance", "", "", f"GeoPackage validator stopped: {error}")
        return
    for requirement, message in errors:
        yield Finding(ERROR, "gpkg_conformance", "", f"requirement {requirement}", str(message))


def check_file(path: str | Path, is_canceled: Callable[[], bool] | None = None) -> list[Finding]:
    """Run every quality check on an ecosystem GeoPackage (read only) and return the findings."""
    path = Path(path)
    findings: list[Finding] = []
    connection = gpkg.connect_read_only(path)
    try:
        gpkg.register_functions(connection)
        for stage in (_sqlite_checks(connection), _geometry_checks(connection)):
            for finding in stage:
                findings.append(finding)
                if is_canceled is not None and is_canceled():
                    return findings
    finally:
        connection.close()
    findings.extend(_gdal_checks(path))
    return findings
