"""Ecosystem KPIs at a date: the register's state then (read from the tables, or replayed from the history the
file's triggers keep), and the figures monitoring keeps over time in ``kpi_snapshots``.

A KPI is a name, a scope (the region, one municipality by NIS code, or one sector by code), a value and a unit.
Names that carry a category after a colon (``active_entities:hub``, ``location_quotient:music``) hold one row per
category. Every KPI counts *active* entities (status ``active``), private ones included: monitoring is internal.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from ..errors import ValidationError, tr_noop
from ..store import gpkg
from ..store.base import is_postgis

# The entity columns a state needs (history rows hold every column as JSON, the geometry as hex).
STATE_COLUMNS = (
    "uuid", "entity_type", "status", "verification", "municipality", "postcode", "address", "website", "email",
    "phone", "description", "verified_at", "last_reviewed", "created_at",
)  # fmt: skip
COMPLETENESS_FIELDS = ("address", "postcode", "website", "email", "phone", "description", "primary_sector")
# Intermediaries: the places that connect the ecosystem (hubs, clusters, networks, labs, coworkings, incubators).
INTERMEDIARY_TYPES = ("hub", "cluster", "network", "fablab", "makerspace", "living_lab", "coworking", "incubator")
SHARE_TYPES = ("hub", "fablab", "makerspace", "living_lab", "coworking", "incubator")
REVIEW_DAYS = 365

REGION, MUNICIPALITY, SECTOR = "region", "municipality", "sector"
ENTITIES, PERCENT, PER_KM2, RATIO, INDEX = "entities", "%", "per km²", "ratio", "index"
PER_1000 = "per 1 000 inhabitants"


@dataclass(frozen=True)
class Kpi:
    """One figure of a snapshot."""

    kpi: str
    scope_type: str
    scope_code: str | None
    value: float
    unit: str


@dataclass
class EcosystemState:
    """The register at one moment: one row per entity that existed then, and the relationships between them."""

    columns: dict[str, list]  # STATE_COLUMNS -> one value per entity
    sectors: dict[str, set[str]]  # entity uuid -> sector codes
    primary_sector: dict[str, str]  # entity uuid -> primary sector code
    relationships: list[tuple[str, str]]  # (from uuid, to uuid) of the relationships running then

    def __len__(self) -> int:
        return len(self.columns["uuid"])


def parse_moment(text: str | None) -> str | None:
    """Return an ISO timestamp (UTC, milliseconds, as the history stores them) for a date or date-time; a bare date
    means the end of that day. None or an empty text means now (the tables as they are)."""
    if text is None or not str(text).strip():
        return None
    value = str(text).strip()
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return f"{day.isoformat()}T23:59:59.999Z"
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as error:
        raise ValidationError(
            tr_noop("'{value}' is not a date (YYYY-MM-DD) or an ISO date-time"),
            value=value) from error
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def now_moment() -> str:
    """Return the current time as the history stores it."""
    return parse_moment(dt.datetime.now(dt.UTC).isoformat())


def monthly_moments(first: str, last: str) -> list[str]:
    """Return the ends of the months from the month of ``first`` to the month of ``last`` (dates YYYY-MM-DD); the
    last one is ``last`` itself, so a series ends on the date asked."""
    return period_moments(first, last, 1)


def period_moments(first: str, last: str, months: int) -> list[str]:
    """Return the ends of the calendar periods of ``months`` months (1 month, 3 a quarter, 12 a year) from the one
    holding ``first`` to ``last``; the last moment is the end of ``last``'s day."""
    start, end = dt.date.fromisoformat(first[:10]), dt.date.fromisoformat(last[:10])
    if end < start:
        raise ValidationError(tr_noop("the series starts on {start} after it ends on {end}"), start=start, end=end)
    moments = []
    year, month = start.year, start.month
    while (year, month) < (end.year, end.month):
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        if month % months == 0:
            moments.append(parse_moment((following - dt.timedelta(days=1)).isoformat()))
        year, month = following.year, following.month
    moments.append(parse_moment(end.isoformat()))
    return moments


def first_moment(connection: sqlite3.Connection) -> str | None:
    """Return the time of the register's first recorded change, or None for an empty history."""
    row = connection.execute("SELECT min(changed_at) FROM history WHERE table_name = 'entities'").fetchone()
    return row[0] if row and row[0] else None


# ---- reading the state ----------------------------------------------------------------------------------------
def read_state(connection: sqlite3.Connection, moment: str | None = None) -> EcosystemState:
    """Return the register now (``moment`` None: the tables) or as it was at ``moment`` (replayed from history)."""
    if moment is None:
        rows = connection.execute(
            f"SELECT {', '.join(STATE_COLUMNS)} FROM entities ORDER BY fid"
        ).fetchall()
        links = connection.execute("SELECT entity_uuid, code, is_primary FROM entity_sectors").fetchall()
        relationships = connection.execute(
            "SELECT from_uuid, to_uuid FROM relationships WHERE until IS NULL OR until = '' OR until > date('now')"
        ).fetchall()
        return _state(rows, links, relationships)
    # one multi-path json_extract per row: SQLite parses each history row's JSON once
    paths = ", ".join(f"'$.{c}'" for c in STATE_COLUMNS)
    rows = [
        tuple(json.loads(values))
        for (values,) in connection.execute(
            f"SELECT json_extract(h.new_values, {paths}) FROM history h WHERE h.fid IN ("
            "SELECT max(fid) FROM history WHERE table_name = 'entities' AND changed_at <= ? GROUP BY row_uuid"
            ") AND h.action <> 'delete' ORDER BY h.fid",
            (moment,),
        )
    ]
    relationships = connection.execute(
        "SELECT json_extract(h.new_values, '$.from_uuid'), json_extract(h.new_values, '$.to_uuid') FROM history h "
        "WHERE h.fid IN (SELECT max(fid) FROM history WHERE table_name = 'relationships' AND changed_at <= ? "
        "GROUP BY row_uuid) AND h.action <> 'delete' AND ("
        "coalesce(json_extract(h.new_values, '$.until'), '') = '' OR json_extract(h.new_values, '$.until') > ?)",
        (moment, moment[:10]),
    ).fetchall()
    return _state(rows, _links_at(connection, moment), relationships)


def _links_at(connection: sqlite3.Connection, moment: str) -> list[tuple[str, str, int]]:
    """Replay the sector links' history up to ``moment``: (entity uuid, code, is_primary) present then."""
    present: dict[tuple[str, str], int] = {}
    events = connection.execute(
        "SELECT action, json_extract(old_values, '$.entity_uuid'), json_extract(old_values, '$.code'), "
        "json_extract(new_values, '$.entity_uuid'), json_extract(new_values, '$.code'), "
        "json_extract(new_values, '$.is_primary') FROM history "
        "WHERE table_name = 'entity_sectors' AND changed_at <= ? ORDER BY fid",
        (moment,),
    )
    for action, old_uuid, old_code, new_uuid, new_code, is_primary in events:
        if action in ("update", "delete"):
            present.pop((old_uuid, old_code), None)
        if action in ("insert", "update"):
            present[(new_uuid, new_code)] = int(is_primary or 0)
    return [(uuid, code, primary) for (uuid, code), primary in present.items()]


def _state(rows: list[tuple], links: Iterable[tuple], relationships: list[tuple]) -> EcosystemState:
    columns = {name: [row[i] for row in rows] for i, name in enumerate(STATE_COLUMNS)}
    sectors: dict[str, set[str]] = defaultdict(set)
    primary: dict[str, str] = {}
    for uuid, code, is_primary in links:
        sectors[uuid].add(code)
        if is_primary:
            primary[uuid] = code
    return EcosystemState(columns, dict(sectors), primary, [tuple(r) for r in relationships])


def municipality_areas(connection: sqlite3.Connection) -> dict[str, float]:
    """Return each municipality's area in km² (NIS code -> km², planar EPSG:31370)."""
    import shapely

    areas = {}
    for code, blob in connection.execute("SELECT code, geom FROM municipalities"):
        if blob is None:
            continue
        geometry = shapely.from_wkb(bytes(blob[gpkg.blob_wkb_offset(blob) :]))
        areas[code] = float(shapely.area(geometry)) / 1e6
    return areas


# ---- the figures -------------------------------------------------------------------------------------------------
def compute_kpis(
    state: EcosystemState,
    moment: str,
    areas: dict[str, float],
    population: dict[str, float] | None = None,
    changes: dict[str, int] | None = None,
) -> list[Kpi]:
    """Return every KPI of the state at ``moment``: counts, densities, location quotients, shares, network links,
    data quality and concentration (see the module's docstring for the naming)."""
    cols = state.columns
    active = [i for i, status in enumerate(cols["status"]) if status == "active"]
    uuids = [cols["uuid"][i] for i in active]
    n = len(active)
    kpis: list[Kpi] = [Kpi("active_entities", REGION, None, n, ENTITIES)]
    add = kpis.append

    types = Counter(cols["entity_type"][i] for i in active)
    for code, count in sorted(types.items()):
        add(Kpi(f"active_entities:{code}", REGION, None, count, ENTITIES))
    by_municipality = Counter(cols["municipality"][i] for i in active if cols["municipality"][i])
    by_sector = Counter(code for uuid in uuids for code in state.sectors.get(uuid, ()))
    for code in sorted(areas):
        add(Kpi("active_entities", MUNICIPALITY, code, by_municipality.get(code, 0), ENTITIES))
    for code, count in sorted(by_sector.items()):
        add(Kpi("active_entities", SECTOR, code, count, ENTITIES))

    region_area = sum(areas.values())
    if region_area > 0:
        add(Kpi("density", REGION, None, n / region_area, PER_KM2))
    for code, area in sorted(areas.items()):
        if area > 0:
            add(Kpi("density", MUNICIPALITY, code, by_municipality.get(code, 0) / area, PER_KM2))
    if population:
        total = sum(population.get(code, 0) for code in areas)
        if total > 0:
            add(Kpi("per_1000_inhabitants", REGION, None, 1000 * n / total, PER_1000))
        for code in sorted(areas):
            if population.get(code, 0) > 0:
                add(Kpi("per_1000_inhabitants", MUNICIPALITY, code,
                        1000 * by_municipality.get(code, 0) / population[code], PER_1000))
    kpis += _location_quotients(state, active, by_municipality, by_sector, n)

    if n:
        add(Kpi("share_intermediaries", REGION, None,
                100 * sum(types.get(t, 0) for t in INTERMEDIARY_TYPES) / n, PERCENT))
        for code in SHARE_TYPES:
            add(Kpi(f"share_of_type:{code}", REGION, None, 100 * types.get(code, 0) / n, PERCENT))
    active_set = set(uuids)
    links = sum(1 for a, b in state.relationships if a in active_set and b in active_set)
    add(Kpi("relationships", REGION, None, links, "relationships"))
    if n:
        add(Kpi("relationships_per_entity", REGION, None, links / n, RATIO))
        kpis += _quality(state, active, moment)
        kpis += _concentration(state, uuids, by_municipality)
    kpis += [Kpi(name, REGION, None, value, unit) for name, (value, unit) in network_figures(state, active_set).items()]
    for name, value in (changes or {}).items():
        add(Kpi(name, REGION, None, value, ENTITIES))
    return kpis


def network_figures(state: EcosystemState, active: set[str]) -> dict[str, tuple[float, str]]:
    """The ecosystem KPIs of the relationship network between active entities (as network_summary publishes them,
    relationships taken both ways): engagement (links per actor), vitality (density), linking (mean normalised
    betweenness, sampled above the network's exact budget) and embeddedness (share in the largest component, %).
    Empty when igraph is not installed, so the other KPIs are still taken."""
    try:
        from . import network
    except ImportError:
        return {}
    ids = sorted(active)
    n = len(ids)
    if n < 2:
        return {}
    position = {uuid: i for i, uuid in enumerate(ids)}
    pairs = {tuple(sorted((position[a], position[b]))) for a, b in state.relationships
             if a in position and b in position and a != b}
    # Isolated entities lie on no path: betweenness runs on the linked ones only, then is normalised for all n
    linked = sorted({i for pair in pairs for i in pair})
    local = {node: k for k, node in enumerate(linked)}
    source = np.fromiter((local[a] for a, _ in pairs), dtype=np.int64, count=len(pairs))
    target = np.fromiter((local[b] for _, b in pairs), dtype=np.int64, count=len(pairs))
    linking = 0.0
    if len(linked) >= 3:
        try:
            graph = network.build_graph(len(linked), source, target, np.zeros(len(pairs), dtype=bool))
            scaled = network.normalised_betweenness(graph, network.default_pivots(graph))
        except ImportError:  # igraph missing: the network KPIs wait for it
            return {}
        m = len(linked)
        pair_counts = scaled.sum() * (m - 1) * (m - 2) / 2  # back to counts of shortest paths through each entity
        linking = float(pair_counts / ((n - 1) * (n - 2) / 2) / n) if n > 2 else 0.0
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    adjacency = sparse.coo_matrix((np.ones(len(pairs)), (source, target)), shape=(max(len(linked), 1),) * 2)
    largest = int(np.bincount(connected_components(adjacency, directed=False)[1]).max()) if linked else 1
    return {
        "network_engagement": (len(pairs) / n, RATIO),
        "network_vitality": (len(pairs) / (n * (n - 1) / 2), RATIO),
        "network_linking": (linking, INDEX),
        "network_embeddedness": (100.0 * largest / n, PERCENT),
    }


def _location_quotients(state, active, by_municipality, by_sector, n) -> list[Kpi]:
    """LQ of sector s in municipality m: (entities of s in m / entities in m) / (entities of s / all entities)."""
    if not n:
        return []
    cell: Counter = Counter()
    for i in active:
        code = state.columns["municipality"][i]
        if code:
            for sector in state.sectors.get(state.columns["uuid"][i], ()):
                cell[(code, sector)] += 1
    kpis = []
    for (municipality, sector), count in sorted(cell.items()):
        quotient = (count / by_municipality[municipality]) / (by_sector[sector] / n)
        kpis.append(Kpi(f"location_quotient:{sector}", MUNICIPALITY, municipality, quotient, INDEX))
    return kpis


def _quality(state: EcosystemState, active: list[int], moment: str) -> list[Kpi]:
    cols = state.columns
    n = len(active)
    horizon = (dt.date.fromisoformat(moment[:10]) - dt.timedelta(days=REVIEW_DAYS)).isoformat()
    verified = sum(1 for i in active if cols["verification"][i] == "verified")
    reviewed = sum(
        1 for i in active
        if max(str(cols["last_reviewed"][i] or ""), str(cols["verified_at"][i] or ""))[:10] >= horizon
        and max(str(cols["last_reviewed"][i] or ""), str(cols["verified_at"][i] or ""))[:10] <= moment[:10]
    )  # fmt: skip
    kpis = [
        Kpi("share_verified", REGION, None, 100 * verified / n, PERCENT),
        Kpi("share_reviewed_12_months", REGION, None, 100 * reviewed / n, PERCENT),
    ]
    for name in COMPLETENESS_FIELDS:
        if name == "primary_sector":
            filled = sum(1 for i in active if cols["uuid"][i] in state.primary_sector)
        else:
            filled = sum(1 for i in active if str(cols[name][i] or "").strip())
        kpis.append(Kpi(f"completeness:{name}", REGION, None, 100 * filled / n, PERCENT))
    return kpis


def _concentration(state: EcosystemState, uuids: list[str], by_municipality: Counter) -> list[Kpi]:
    n = len(uuids)
    top3 = sum(count for _, count in by_municipality.most_common(3))
    primaries = Counter(state.primary_sector[u] for u in uuids if u in state.primary_sector)
    total = sum(primaries.values())
    kpis = [Kpi("share_top3_municipalities", REGION, None, 100 * top3 / n, PERCENT)]
    if total:
        index = math.fsum((count / total) ** 2 for count in primaries.values())
        kpis.append(Kpi("herfindahl_sectors", REGION, None, index, INDEX))
    return kpis


def count_changes(connection: sqlite3.Connection, since: str | None, moment: str) -> dict[str, int]:
    """Entities new, closed, deleted and changed after ``since`` (the previous snapshot; None: the register's
    start) up to ``moment``, from the history."""
    since = since or ""
    entity_rows = connection.execute(
        # a closure is found in the JSON text without parsing it: inside a JSON string every quote is escaped, so
        # the key-value text "status":"closed" can only be the status column itself
        "SELECT action, row_uuid, action = 'update' AND instr(new_values, '\"status\":\"closed\"') > 0 "
        "AND instr(old_values, '\"status\":\"closed\"') = 0 "
        "FROM history WHERE table_name = 'entities' AND changed_at > ? AND changed_at <= ?",
        (since, moment),
    ).fetchall()
    new = {uuid for action, uuid, _ in entity_rows if action == "insert"}
    deleted = {uuid for action, uuid, _ in entity_rows if action == "delete"}
    closed = {uuid for _, uuid, closing in entity_rows if closing}
    changed = {uuid for action, uuid, _ in entity_rows if action == "update"}
    changed |= {
        uuid for (uuid,) in connection.execute(
            "SELECT DISTINCT row_uuid FROM history WHERE table_name IN ('entity_sectors', 'entity_services', "
            "'entity_audiences') AND changed_at > ? AND changed_at <= ?", (since, moment))
    }  # fmt: skip
    changed -= new | deleted
    return {
        "new_entities": len(new),
        "closed_entities": len(closed),
        "deleted_entities": len(deleted),
        "changed_entities": len(changed),
    }


# ---- snapshots -----------------------------------------------------------------------------------------------
def previous_snapshot(connection: sqlite3.Connection, moment: str) -> str | None:
    """Return the time of the last snapshot taken on an earlier day than ``moment``, or None."""
    row = connection.execute(
        "SELECT max(taken_at) FROM kpi_snapshots WHERE kpi = 'active_entities' AND scope_type = 'region' "
        "AND substr(taken_at, 1, 10) < ?",
        (moment[:10],),
    ).fetchone()
    return row[0] if row and row[0] else None


def take_snapshot(
    connection: sqlite3.Connection,
    moment: str | None,
    population: dict[str, float] | None = None,
    areas: dict[str, float] | None = None,
) -> tuple[str, list[Kpi]]:
    """Compute the KPIs at ``moment`` (None: now, from the tables) and write them to ``kpi_snapshots`` in the
    caller's transaction, replacing any snapshot of the same day. Returns the stored time and the KPIs."""
    moment = parse_moment(moment)
    taken_at = moment or now_moment()
    state = read_state(connection, moment)
    changes = count_changes(connection, previous_snapshot(connection, taken_at), taken_at)
    kpis = compute_kpis(state, taken_at, areas if areas is not None else municipality_areas(connection),
                        population, changes)  # fmt: skip
    write_snapshots(connection, [(taken_at, kpis)])
    return taken_at, kpis


def write_snapshots(connection, taken: list[tuple[str, list[Kpi]]]) -> None:
    """Store snapshots in kpi_snapshots, each replacing any of the same day, in the caller's transaction (a
    GeoPackage's connection or a PostGIS one: a team's snapshots are computed on a copy taken at one instant)."""
    day = "to_char(taken_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')" if is_postgis(connection) else "substr(taken_at, 1, 10)"
    for taken_at, kpis in taken:
        connection.execute(f"DELETE FROM kpi_snapshots WHERE {day} = ?", (taken_at[:10],))
        connection.executemany(
            "INSERT INTO kpi_snapshots (kpi, scope_type, scope_code, value, unit, taken_at) VALUES (?, ?, ?, ?, ?, ?)",
            [(k.kpi, k.scope_type, k.scope_code, float(k.value), k.unit, taken_at) for k in kpis],
        )


def take_snapshots(
    connection: sqlite3.Connection,
    moments: list[str | None],
    population: dict[str, float] | None = None,
    is_canceled: Callable[[], bool] = lambda: False,
    progress: Callable[[float], None] = lambda _: None,
) -> list[tuple[str, list[Kpi]]]:
    """Take one snapshot per moment, oldest first (each one's changes run from the one before)."""
    areas = municipality_areas(connection)
    taken = []
    for index, moment in enumerate(moments):
        if is_canceled():
            break
        taken.append(take_snapshot(connection, moment, population, areas))
        progress(100 * (index + 1) / len(moments))
    return taken


# ---- trends ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TrendRow:
    """One snapshot of one KPI series with its changes."""

    kpi: str
    scope_type: str
    scope_code: str | None
    taken_at: str
    value: float
    unit: str
    change: float | None  # since the previous snapshot of the series
    change_pct: float | None
    change_year: float | None  # since the snapshot nearest to one year before (within YEAR_TOLERANCE_DAYS)
    change_year_pct: float | None


YEAR_TOLERANCE_DAYS = 20


def read_trends(connection: sqlite3.Connection, kpis: list[str], scope_type: str = REGION) -> list[TrendRow]:
    """Return the series of the chosen KPIs (exact names, or a name ending in ':' for every category) in one
    scope, oldest first, with the change since the previous snapshot and since a year before."""
    clauses = " OR ".join("kpi = ?" if not k.endswith(":") else "substr(kpi, 1, ?) = ?" for k in kpis)
    values: list = []
    for k in kpis:
        values += [k] if not k.endswith(":") else [len(k), k]
    rows = connection.execute(
        f"SELECT kpi, scope_type, scope_code, taken_at, value, unit FROM kpi_snapshots WHERE scope_type = ? "
        f"AND ({clauses or '0'}) ORDER BY kpi, scope_code, taken_at",
        [scope_type, *values],
    ).fetchall()
    series: dict[tuple, list[tuple]] = defaultdict(list)
    for row in rows:
        series[(row[0], row[2])].append(row)
    out = []
    for points in series.values():
        days = [dt.date.fromisoformat(p[3][:10]) for p in points]
        for i, (kpi, scope, code, taken_at, value, unit) in enumerate(points):
            before = points[i - 1][4] if i else None
            year = _nearest(days, days[i] - dt.timedelta(days=365), i)
            before_year = points[year][4] if year is not None else None
            out.append(TrendRow(kpi, scope, code, taken_at, value, unit, *_change(value, before),
                                *_change(value, before_year)))  # fmt: skip
    return out


def _nearest(days: list[dt.date], target: dt.date, upto: int) -> int | None:
    best = None
    for j in range(upto):
        gap = abs((days[j] - target).days)
        if gap <= YEAR_TOLERANCE_DAYS and (best is None or gap < abs((days[best] - target).days)):
            best = j
    return best


def _change(value: float, before: float | None) -> tuple[float | None, float | None]:
    if before is None or value is None:
        return None, None
    change = value - before
    return change, (100 * change / before if before and not math.isclose(before, 0.0) else None)
