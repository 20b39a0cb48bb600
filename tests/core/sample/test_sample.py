"""The sample-ecosystem generator: seeded, clustered inside the region, consistent, with relationships and history.

Every test works on real GeoPackages made by EcosystemStore.create and reads them back independently (sqlite3 and
shapely on the stored blobs, fiona, GDAL's validator), not through the generator's own values."""

from __future__ import annotations

import collections
import datetime as dt
import sqlite3
import time
from pathlib import Path

import numpy as np
import pytest
import shapely
from helpers import sql_rows
from scipy.spatial import cKDTree

from brussels_creative.core.errors import BrusselsCreativeError, ValidationError
from brussels_creative.core.sample.data import CENTRES, PERIOD_END, PERIOD_START
from brussels_creative.core.sample.generator import SampleSummary, generate_sample
from brussels_creative.core.store import region, taxonomy
from brussels_creative.core.store.ecosystem import EcosystemStore

N = 3000
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def _wkb(blob: bytes) -> bytes:
    """The WKB inside a GeoPackage geometry blob (after the header and its optional envelope)."""
    assert blob[:2] == b"GP"
    return bytes(blob[8 + _ENVELOPE_BYTES[(blob[3] >> 1) & 0x07] :])


def _value(path: Path, sql: str, params=()):
    return sql_rows(path, sql, params)[0][0]


def _generate(path: Path, **kwargs) -> SampleSummary:
    with EcosystemStore.create(path) as store:
        return generate_sample(store, **kwargs)


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple[Path, SampleSummary, float]:
    """One default-size sample ecosystem (seed 42) shared by the read-only tests, with its generation time."""
    path = tmp_path_factory.mktemp("sample") / "sample.gpkg"
    with EcosystemStore.create(path) as store:
        start = time.perf_counter()
        summary = generate_sample(store, n=N, seed=42)
        seconds = time.perf_counter() - start
    return path, summary, seconds


def _points(path: Path) -> tuple[list[str], np.ndarray, list[str], list[str]]:
    rows = sql_rows(path, "SELECT uuid, geom, municipality, postcode FROM entities ORDER BY fid")
    geometries = shapely.from_wkb([_wkb(r[1]) for r in rows])
    xy = shapely.get_coordinates(geometries)
    return [r[0] for r in rows], xy, [r[2] for r in rows], [r[3] for r in rows]


def _municipalities(path: Path) -> tuple[list[str], np.ndarray, dict[str, set[str]]]:
    rows = sql_rows(path, "SELECT code, geom, postcodes FROM municipalities ORDER BY code")
    shapes = shapely.from_wkb([_wkb(r[1]) for r in rows])
    return [r[0] for r in rows], shapes, {r[0]: set(r[2].split(",")) for r in rows}


# ---- reproducibility -------------------------------------------------------------------------------------------
def _content(path: Path) -> dict[str, list[tuple]]:
    tables = ("entities", "entity_sectors", "entity_services", "entity_audiences", "relationships",
              "relationship_lines", "history")  # fmt: skip
    return {table: sql_rows(path, f"SELECT * FROM {table} ORDER BY fid") for table in tables}


def test_same_seed_gives_identical_content(tmp_path):
    first = _generate(tmp_path / "a.gpkg", n=400, seed=7)
    second = _generate(tmp_path / "b.gpkg", n=400, seed=7)
    assert first == second
    a, b = _content(tmp_path / "a.gpkg"), _content(tmp_path / "b.gpkg")
    for table in a:
        assert a[table] == b[table], table
    names = sql_rows(tmp_path / "a.gpkg", "SELECT uuid, name, geom FROM entities ORDER BY fid")
    assert len(names) == 400 and len({r[0] for r in names}) == 400


def test_different_seed_gives_different_content(tmp_path):
    _generate(tmp_path / "a.gpkg", n=400, seed=7)
    _generate(tmp_path / "b.gpkg", n=400, seed=8)
    a = sql_rows(tmp_path / "a.gpkg", "SELECT uuid, name, geom FROM entities ORDER BY fid")
    b = sql_rows(tmp_path / "b.gpkg", "SELECT uuid, name, geom FROM entities ORDER BY fid")
    assert not {r[0] for r in a} & {r[0] for r in b}
    assert not {r[2] for r in a} & {r[2] for r in b}
    assert [r[1] for r in a] != [r[1] for r in b]


# ---- space ------------------------------------------------------------------------------------------------------
def test_centres_lie_inside_the_region():
    shape = region.region_shape()
    for centre in CENTRES:
        assert shapely.contains_xy(shape, centre.x, centre.y), centre.name


def test_every_point_lies_in_the_municipality_recorded(sample):
    path, summary, _ = sample
    uuids, xy, municipality, postcode = _points(path)
    assert len(uuids) == summary.entities == N
    codes, shapes, postcodes = _municipalities(path)
    assert len(codes) == 19
    region_polygon = shapely.union_all(shapes)
    assert shapely.contains_xy(region_polygon, xy[:, 0], xy[:, 1]).all()
    tree = shapely.STRtree(shapes)
    point_index, shape_index = tree.query(shapely.points(xy), predicate="within")
    holders = collections.defaultdict(list)
    for p, s in zip(point_index.tolist(), shape_index.tolist(), strict=True):
        holders[p].append(codes[s])
    assert len(holders) == len(uuids)
    for i, code in enumerate(municipality):
        assert holders[i] == [code], (uuids[i], holders[i], code)
        assert postcode[i] in postcodes[code], (uuids[i], postcode[i], code)
        assert taxonomy.municipality_for_postcode(postcode[i]).nis == code
    assert len(set(municipality)) >= 17  # the periphery reaches nearly every municipality


def test_points_are_clustered(sample):
    path, _, _ = sample
    _, xy, _, _ = _points(path)
    _, shapes, _ = _municipalities(path)
    window = shapely.union_all(shapes)
    area = window.area
    nearest, _ = cKDTree(xy).query(xy, k=2)
    observed = nearest[:, 1].mean()
    clark_evans = observed / (0.5 * np.sqrt(area / len(xy)))
    assert clark_evans < 0.7, clark_evans  # about 0.62; uniform points give about 1 (checked below)
    # uniform points in the same window, as a control
    rng = np.random.default_rng(1)
    minx, miny, maxx, maxy = window.bounds
    uniform = np.empty((0, 2))
    while len(uniform) < len(xy):
        candidates = rng.uniform((minx, miny), (maxx, maxy), size=(len(xy), 2))
        uniform = np.vstack([uniform, candidates[shapely.contains_xy(window, candidates[:, 0], candidates[:, 1])]])
    uniform = uniform[: len(xy)]
    control, _ = cKDTree(uniform).query(uniform, k=2)
    assert observed < 0.7 * control[:, 1].mean()
    assert 0.85 < control[:, 1].mean() / (0.5 * np.sqrt(area / len(xy))) < 1.2
    # the Dansaert centre is far denser than the region as a whole, the periphery still populated
    dansaert = CENTRES[0]
    near = np.hypot(xy[:, 0] - dansaert.x, xy[:, 1] - dansaert.y) < 500
    expected = len(xy) * np.pi * 500**2 / area
    assert near.sum() > 10 * expected
    far = np.hypot(xy[:, 0] - 149_000, xy[:, 1] - 170_500) > 5_000
    assert 0.02 * len(xy) < far.sum() < 0.2 * len(xy)


def test_sector_mix_follows_the_centres(sample):
    path, _, _ = sample
    rows = sql_rows(
        path,
        "SELECT e.geom, s.code FROM entities e JOIN entity_sectors s ON s.entity_uuid = e.uuid WHERE s.is_primary = 1",
    )
    xy = shapely.get_coordinates(shapely.from_wkb([_wkb(r[0]) for r in rows]))
    sector = np.array([r[1] for r in rows])

    def share(code: str, mask: np.ndarray) -> float:
        return float((sector[mask] == code).mean())

    everywhere = np.ones(len(rows), dtype=bool)
    by_name = {c.name.split(" ")[0]: c for c in CENTRES}
    dansaert = by_name["Dansaert"]
    near_dansaert = np.hypot(xy[:, 0] - dansaert.x, xy[:, 1] - dansaert.y) < 400
    assert share("fashion", near_dansaert) > 1.8 * share("fashion", everywhere)
    reyers = by_name["Reyers"]
    near_reyers = np.hypot(xy[:, 0] - reyers.x, xy[:, 1] - reyers.y) < 400
    assert share("audiovisual", near_reyers) > 2 * share("audiovisual", everywhere)


# ---- attributes -------------------------------------------------------------------------------------------------
def test_every_entity_has_one_primary_sector(sample):
    path, summary, _ = sample
    rows = sql_rows(
        path,
        "SELECT e.uuid, count(s.code), coalesce(sum(s.is_primary), 0) FROM entities e "
        "LEFT JOIN entity_sectors s ON s.entity_uuid = e.uuid GROUP BY e.uuid",
    )
    assert len(rows) == N
    assert all(1 <= count <= 4 and primary == 1 for _, count, primary in rows)
    assert sum(count for _, count, _ in rows) == summary.sector_links
    assert len({count for _, count, _ in rows}) == 4


def test_attributes_are_realistic(sample):
    path, _, _ = sample
    rows = sql_rows(
        path,
        "SELECT name, entity_type, email, website, phone, address, founded_year, size_class, status, visibility, "
        "verification, verified_by, verified_at, source, created_at, created_by FROM entities",
    )
    names = " ".join(r[0] for r in rows)
    for char in "éèëç’":
        assert char in names, char
    types = collections.Counter(r[1] for r in rows)
    assert types["freelancer"] + types["company"] > 0.6 * N
    assert types["freelancer"] > types["collective"] > types["hub"] > 0
    for rare in ("hub", "cluster", "funder", "incubator"):
        assert 0 < types[rare] < 0.02 * N, rare
    assert set(types) == {t.code for t in taxonomy.ENTITY_TYPES}
    # contact details: valid shapes (the file's CHECK constraints held), some missing
    emails = [r[2] for r in rows]
    assert 0.03 * N < emails.count(None) < 0.3 * N
    assert all(e is None or (e.count("@") == 1 and " " not in e) for e in emails)
    websites = [r[3] for r in rows]
    assert 0.1 * N < websites.count(None) < 0.5 * N
    assert all(w is None or w.startswith(("https://", "http://")) for w in websites)
    assert all(p is None or p.startswith("+32 ") for p in (r[4] for r in rows))
    assert all(r[5] and r[5].split(" ")[-1][0].isdigit() for r in rows)
    # sizes consistent with the type, status mostly active, freelancers mostly private
    sizes = collections.Counter((r[1], r[7]) for r in rows)
    assert sizes["freelancer", "solo"] > 0.9 * types["freelancer"]
    assert sizes["freelancer", "large"] == sizes["freelancer", "medium"] == 0
    assert sizes["research", "solo"] == sizes["hub", "solo"] == 0
    status = collections.Counter(r[8] for r in rows)
    assert status["active"] > 0.85 * N and status["inactive"] > 0 and status["closed"] > 0
    private = collections.Counter(r[1] for r in rows if r[9] == "private")
    assert private["freelancer"] > 0.5 * types["freelancer"]
    assert private["company"] < 0.15 * types["company"]
    verification = collections.Counter(r[10] for r in rows)
    assert all(verification[v] > 0.1 * N for v in ("unverified", "claimed", "verified"))
    assert all(r[11] and r[12] for r in rows if r[10] == "verified")
    # founded before (or in) the year the entity was recorded; recorded during the two years
    assert all(r[6] is None or 1800 <= r[6] <= int(r[14][:4]) for r in rows)
    created = sorted(r[14] for r in rows)
    start, end = PERIOD_START.strftime("%Y-%m-%d"), PERIOD_END.strftime("%Y-%m-%d")
    assert start <= created[0] and created[-1] < end
    assert len({c[:7] for c in created}) >= 22
    assert {"import", "web form"} <= {r[15] for r in rows}
    assert len({r[13] for r in rows}) >= 5


def test_services_and_audiences_are_mostly_for_intermediaries(sample):
    path, _, _ = sample
    rows = sql_rows(
        path,
        "SELECT e.entity_type, (SELECT count(*) FROM entity_services s WHERE s.entity_uuid = e.uuid), "
        "(SELECT count(*) FROM entity_audiences a WHERE a.entity_uuid = e.uuid) FROM entities e",
    )
    by_type = collections.defaultdict(list)
    for entity_type, services, audiences in rows:
        by_type[entity_type].append((services, audiences))

    def offering(types: tuple[str, ...], column: int) -> float:
        values = [v[column] > 0 for t in types for v in by_type[t]]
        return sum(values) / len(values)

    intermediaries = ("hub", "fablab", "makerspace", "living_lab", "coworking", "incubator")
    assert offering(intermediaries, 0) > 0.9 and offering(intermediaries, 1) > 0.9
    assert offering(("company", "freelancer"), 0) < 0.15 and offering(("company", "freelancer"), 1) < 0.15


# ---- relationships ----------------------------------------------------------------------------------------------
def test_relationships_are_realistic(sample):
    path, summary, _ = sample
    rows = sql_rows(
        path,
        "SELECT r.from_uuid, r.to_uuid, r.relation_type, r.since, r.until, r.created_at, a.entity_type, "
        "b.entity_type FROM relationships r JOIN entities a ON a.uuid = r.from_uuid "
        "JOIN entities b ON b.uuid = r.to_uuid",
    )
    assert len(rows) == summary.relationships > N
    kinds = collections.Counter(r[2] for r in rows)
    assert set(kinds) == {r.code for r in taxonomy.RELATION_TYPES}
    assert kinds["collaborates_with"] > kinds["member_of"] / 3 > kinds["spin_off_of"] > 0
    assert all(r[0] != r[1] for r in rows)
    assert len({(r[0], r[1], r[2]) for r in rows}) == len(rows)
    collaborations = {(r[0], r[1]) for r in rows if r[2] == "collaborates_with"}
    assert not {(b, a) for a, b in collaborations} & collaborations
    # the targets have the right types
    targets = collections.defaultdict(set)
    for r in rows:
        targets[r[2]].add(r[7])
    assert targets["member_of"] <= {"hub", "network"}
    assert targets["part_of_cluster"] == {"cluster"}
    assert targets["incubated_by"] == {"incubator"}
    assert targets["invested_in_by"] == {"funder"}
    assert {r[6] for r in rows if r[2] == "incubated_by"} == {"company"}
    # hubs with many members, a heavy tail
    members = collections.Counter(r[1] for r in rows if r[2] == "member_of" and r[7] == "hub")
    hubs = _value(path, "SELECT count(*) FROM entities WHERE entity_type = 'hub'")
    hub_uuids = sql_rows(path, "SELECT uuid FROM entities WHERE entity_type = 'hub'")
    counts = sorted([members.get(h, 0) for (h,) in hub_uuids])
    assert len(counts) == hubs
    assert np.median(counts) >= 10 and counts[-1] >= 40
    clusters = collections.Counter(r[1] for r in rows if r[2] == "part_of_cluster")
    assert np.median(list(clusters.values())) >= 20
    # dates: since no later than the recording, until after since
    assert all(r[3] and r[3] <= r[5][:10] for r in rows)
    assert all(r[4] is None or r[4] >= r[3] for r in rows)
    assert any(r[4] for r in rows if r[2] == "incubated_by")
    # the line layer follows the relationships
    assert _value(path, "SELECT count(*) FROM relationship_lines WHERE geom IS NOT NULL") == len(rows)


# ---- history -----------------------------------------------------------------------------------------------------
def test_history_spans_two_years_of_changes(sample):
    path, summary, _ = sample
    rows = sql_rows(path, "SELECT fid, changed_at, changed_by, action, table_name, row_uuid, old_values FROM history")
    assert len(rows) == summary.history_rows
    actions = collections.Counter((r[4], r[3]) for r in rows)
    for table in ("entities", "relationships"):
        for action in ("insert", "update", "delete"):
            assert actions[table, action] > 0, (table, action)
    assert actions["entities", "insert"] == N + summary.deleted
    assert actions["entities", "delete"] == summary.deleted > 0
    assert _value(path, "SELECT count(*) FROM entities") == N
    # chronological, within the period, spread over it
    stamps = [r[1] for r in sorted(rows)]
    assert stamps == sorted(stamps)
    first = dt.datetime.fromisoformat(stamps[0].replace("Z", "+00:00"))
    last = dt.datetime.fromisoformat(stamps[-1].replace("Z", "+00:00"))
    assert first >= PERIOD_START and last < PERIOD_END and (last - first).days > 600
    # updates name who made them; they include renames, status changes, verifications and new emails
    updates = [r for r in rows if r[4] == "entities" and r[3] == "update"]
    assert all(r[2] for r in updates)
    changed = collections.Counter()
    connection = sqlite3.connect(":memory:")
    for old, new in sql_rows(
        path, "SELECT old_values, new_values FROM history WHERE table_name = 'entities' AND action = 'update'"
    ):
        for field in ("name", "status", "verification", "email", "verified_by", "last_reviewed"):
            same = connection.execute("SELECT json_extract(?, '$.' || ?) IS json_extract(?, '$.' || ?)",
                                      (old, field, new, field)).fetchone()[0]  # fmt: skip
            changed[field] += not same
    assert all(changed[f] > 10 for f in ("name", "status", "verification", "email", "verified_by")), changed
    # a deleted entity is gone with its relationships and links, all logged
    deleted = {r[5] for r in rows if r[4] == "entities" and r[3] == "delete"}
    assert not deleted & {u for (u,) in sql_rows(path, "SELECT uuid FROM entities")}
    assert all(r[2] for r in rows if r[4] == "entities" and r[3] == "delete")
    cascaded = [r for r in rows if r[4] == "entity_sectors" and r[3] == "delete"]
    assert {r[5] for r in cascaded} == deleted


def test_store_connection_is_left_as_it_was(tmp_path):
    with EcosystemStore.create(tmp_path / "s.gpkg") as store:
        connection = store.connection
        generate_sample(store, n=100, seed=3)
        assert store.connection is connection
        assert store.count("entities") == 100
        year = connection.execute("SELECT strftime('%Y', 'now')").fetchone()[0]
        assert year == str(dt.datetime.now(dt.UTC).year)
        # the real clock is back: a new write is stamped now, not in the simulated period
        with store.transaction():
            store.add_entity(149_000.0, 170_000.0, name="Après", entity_type="hub", municipality="21004")
        stamp = connection.execute("SELECT max(changed_at) FROM history").fetchone()[0]
        assert stamp[:4] == year


# ---- the file ----------------------------------------------------------------------------------------------------
def test_gdal_validator_passes_and_gdal_reads_the_layers(sample):
    from osgeo_utils.samples import validate_gpkg

    path, summary, _ = sample
    assert validate_gpkg.check(str(path), abort_at_first_error=False, warning_msg=False) == []
    import fiona

    with fiona.open(path, layer="entities") as layer:
        assert len(layer) == summary.entities
        minx, miny, maxx, maxy = layer.bounds
    assert 140_000 < minx < maxx < 160_000 and 160_000 < miny < maxy < 180_000
    with fiona.open(path, layer="relationship_lines") as layer:
        assert len(layer) == summary.relationships
    extent = sql_rows(path, "SELECT min_x, max_x FROM gpkg_contents WHERE table_name = 'entities'")[0]
    assert extent == pytest.approx((minx, maxx))


# ---- progress, cancelling, refusals ------------------------------------------------------------------------------
def test_progress_is_reported_in_percent(tmp_path):
    values: list[float] = []
    _generate(tmp_path / "p.gpkg", n=300, seed=1, progress=values.append)
    assert values[0] == 0 and values[-1] == 100
    assert values == sorted(values) and len(values) > 20


@pytest.mark.parametrize("after", [0, 1, 50])
def test_cancelling_writes_nothing(tmp_path, after):
    calls = 0

    def is_canceled() -> bool:
        nonlocal calls
        calls += 1
        return calls > after

    path = tmp_path / "c.gpkg"
    with EcosystemStore.create(path) as store:
        with pytest.raises(BrusselsCreativeError, match="cancelled"):
            generate_sample(store, n=1000, seed=5, is_canceled=is_canceled)
        for table in ("entities", "relationships", "entity_sectors", "history", "relationship_lines"):
            assert store.count(table) == 0, table
        # the store still works and a full run afterwards succeeds
        summary = generate_sample(store, n=200, seed=5)
    assert summary.entities == 200
    assert calls > after


def test_refuses_a_store_that_already_holds_entities(tmp_path):
    with EcosystemStore.create(tmp_path / "s.gpkg") as store:
        generate_sample(store, n=50, seed=1)
        history = store.count("history")
        with pytest.raises(ValidationError, match="empty"):
            generate_sample(store, n=50, seed=1)
        assert store.count("entities") == 50 and store.count("history") == history


@pytest.mark.parametrize("n", [0, -3, 2.5, True])
def test_refuses_a_bad_count(tmp_path, n):
    with EcosystemStore.create(tmp_path / "s.gpkg") as store, pytest.raises(ValidationError):
        generate_sample(store, n=n)


@pytest.mark.parametrize("n", [1, 7, 60])
def test_small_samples_work(tmp_path, n):
    summary = _generate(tmp_path / "s.gpkg", n=n, seed=11)
    assert summary.entities == n
    rows = sql_rows(tmp_path / "s.gpkg", "SELECT count(*) FROM entity_sectors WHERE is_primary = 1")
    assert rows[0][0] == n


@pytest.mark.parametrize("seed", [-1, 1.5, "42"])
def test_refuses_a_bad_seed(tmp_path, seed):
    with EcosystemStore.create(tmp_path / "s.gpkg") as store, pytest.raises(ValidationError):
        generate_sample(store, n=10, seed=seed)
