"""KPIs of a small hand-built ecosystem against values computed by hand; snapshots replayed from history equal
the snapshots taken then; the changes between two dates; one snapshot a day."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from brussels_creative.core.analysis import kpi
from brussels_creative.core.errors import ValidationError
from brussels_creative.core.store.clock import SimulatedClock
from brussels_creative.core.store.ecosystem import EcosystemStore

# Areas and populations chosen for hand arithmetic (km², inhabitants).
AREAS = {"21001": 3.0, "21004": 2.0, "21009": 4.0, "21015": 1.0}
POPULATION = {"21001": 1500, "21004": 1000, "21009": 4000, "21015": 500}
MOMENT = "2025-03-31T23:59:59.999Z"


# name: type, status, municipality, sectors (primary first), verification, extra values
ENTITIES = {
    "e1": ("hub", "active", "21004", ["music", "design"], "verified",
           {"email": "info@e1.be", "website": "https://e1.be", "verified_at": "2025-03-01T00:00:00.000Z"}),
    "e2": ("fablab", "active", "21004", ["design"], "unverified", {"last_reviewed": "2024-12-21"}),
    "e3": ("company", "active", "21009", ["music"], "claimed", {"phone": "+32 2 000 00 00"}),
    "e4": ("freelancer", "active", "21009", ["audiovisual", "music"], "unverified", {}),
    "e5": ("company", "closed", "21015", ["music"], "unverified", {}),
    "e6": ("coworking", "active", "21015", [], "verified", {"verified_at": "2023-01-01T00:00:00.000Z"}),
    "e7": ("company", "active", "21001", ["music"], "unverified", {}),
}  # fmt: skip


def build(path: Path, clock_at: str | None = "2025-01-10T10:00:00.000") -> tuple[EcosystemStore, dict[str, str]]:
    """The hand-built ecosystem: seven entities, their sectors and three relationships."""
    store = EcosystemStore.create(path)
    if clock_at is not None:
        store.clock = SimulatedClock(clock_at).install(store.connection)
    uuids = {}
    with store.transaction():
        for i, (name, (kind, status, nis, sectors, verification, extra)) in enumerate(ENTITIES.items()):
            uuids[name] = store.add_entity(150_000.0 + 100 * i, 170_000.0, name=name.upper(), entity_type=kind,
                                           status=status, municipality=nis, verification=verification, **extra)
            if sectors:
                store.set_links("entity_sectors", uuids[name], sectors, primary=sectors[0])
        store.add_relationship(uuids["e2"], uuids["e1"], "member_of")
        store.add_relationship(uuids["e3"], uuids["e1"], "collaborates_with")
        store.add_relationship(uuids["e5"], uuids["e1"], "member_of")  # e5 is closed: not counted
        store.add_relationship(uuids["e4"], uuids["e6"], "collaborates_with", until="2020-01-01")  # ended
    return store, uuids


def values(kpis: list[kpi.Kpi]) -> dict[tuple, float]:
    return {(k.kpi, k.scope_type, k.scope_code): k.value for k in kpis}


def test_kpis_of_a_hand_built_ecosystem_equal_the_hand_computation(tmp_path):
    store, _ = build(tmp_path / "e.gpkg")
    with store:
        got = values(kpi.compute_kpis(kpi.read_state(store.connection), MOMENT, AREAS, POPULATION))
    expected = {
        ("active_entities", "region", None): 6,
        ("active_entities:company", "region", None): 2,
        ("active_entities:hub", "region", None): 1,
        ("active_entities", "municipality", "21004"): 2,
        ("active_entities", "municipality", "21015"): 1,
        ("active_entities", "sector", "music"): 4,
        ("active_entities", "sector", "design"): 2,
        ("active_entities", "sector", "audiovisual"): 1,
        ("density", "region", None): 6 / 10,
        ("density", "municipality", "21001"): 1 / 3,
        ("density", "municipality", "21009"): 2 / 4,
        ("per_1000_inhabitants", "region", None): 1000 * 6 / 7000,
        ("per_1000_inhabitants", "municipality", "21009"): 1000 * 2 / 4000,
        ("location_quotient:music", "municipality", "21004"): (1 / 2) / (4 / 6),
        ("location_quotient:music", "municipality", "21009"): (2 / 2) / (4 / 6),
        ("location_quotient:design", "municipality", "21004"): (2 / 2) / (2 / 6),
        ("location_quotient:audiovisual", "municipality", "21009"): (1 / 2) / (1 / 6),
        ("share_intermediaries", "region", None): 100 * 3 / 6,
        ("share_of_type:hub", "region", None): 100 / 6,
        ("share_of_type:incubator", "region", None): 0.0,
        ("relationships", "region", None): 2,
        ("relationships_per_entity", "region", None): 2 / 6,
        ("share_verified", "region", None): 100 * 2 / 6,
        ("share_reviewed_12_months", "region", None): 100 * 2 / 6,  # e1 (verified in March), e2 (reviewed in Dec.)
        ("completeness:email", "region", None): 100 / 6,
        ("completeness:phone", "region", None): 100 / 6,
        ("completeness:primary_sector", "region", None): 100 * 5 / 6,
        ("share_top3_municipalities", "region", None): 100 * 5 / 6,
        ("herfindahl_sectors", "region", None): (3**2 + 1 + 1) / 25,
        # the network of the running relationships between active entities: e2 - e1 - e3, three others alone
        ("network_engagement", "region", None): 2 / 6,
        ("network_vitality", "region", None): 2 / 15,
        ("network_linking", "region", None): (1 / 10) / 6,  # e1 lies on the one path of 10 pairs; mean of 6
        ("network_embeddedness", "region", None): 100 * 3 / 6,
    }
    for key, value in expected.items():
        assert got[key] == pytest.approx(value, rel=1e-12), key
    assert ("active_entities", "sector", "fashion") not in got  # no active entity in it: no row
    assert ("location_quotient:music", "municipality", "21015") not in got  # e5 is closed


def test_a_past_as_of_equals_the_snapshot_taken_then(tmp_path):
    store, uuids = build(tmp_path / "e.gpkg", clock_at=None)  # the real clock
    with store:
        then = kpi.now_moment()
        taken_then = kpi.compute_kpis(kpi.read_state(store.connection), then, AREAS, POPULATION)
        time.sleep(0.01)
        with store.transaction() as connection:
            connection.execute("UPDATE entities SET status = 'closed' WHERE uuid = ?", (uuids["e1"],))
            connection.execute("UPDATE entities SET municipality = '21001' WHERE uuid = ?", (uuids["e3"],))
            connection.execute("DELETE FROM entities WHERE uuid = ?", (uuids["e2"],))
            store.set_links("entity_sectors", uuids["e4"], ["fashion"], primary="fashion")
            store.add_entity(151_000.0, 171_000.0, name="NEW", entity_type="hub", municipality="21009")
        replayed = kpi.compute_kpis(kpi.read_state(store.connection, then), then, AREAS, POPULATION)
        now = values(kpi.compute_kpis(kpi.read_state(store.connection), then, AREAS, POPULATION))
    assert replayed == taken_then
    assert now[("active_entities", "region", None)] == 5  # the edits did change the present
    assert now[("active_entities", "sector", "fashion")] == 1


def test_snapshots_at_two_dates_give_the_changes_between_them(tmp_path):
    store, uuids = build(tmp_path / "e.gpkg")
    with store:
        with store.transaction() as connection:
            first, _ = kpi.take_snapshot(connection, "2025-01-31", areas=AREAS)
        store.clock.iso = "2025-02-05T09:00:00.000"
        with store.transaction() as connection:
            store.add_entity(151_000.0, 171_000.0, name="N1", entity_type="company", municipality="21009")
            store.add_entity(151_100.0, 171_000.0, name="N2", entity_type="hub", municipality="21004")
            connection.execute("UPDATE entities SET status = 'closed' WHERE uuid = ?", (uuids["e3"],))
            connection.execute("UPDATE entities SET name = 'E2 renamed' WHERE uuid = ?", (uuids["e2"],))
            store.set_links("entity_sectors", uuids["e7"], ["design"], primary="design")
            connection.execute("DELETE FROM entities WHERE uuid = ?", (uuids["e6"],))
        with store.transaction() as connection:
            second, kpis = kpi.take_snapshot(connection, kpi.parse_moment("2025-02-28"), areas=AREAS)
            stored = connection.execute("SELECT count(DISTINCT taken_at) FROM kpi_snapshots").fetchone()[0]
    got = values(kpis)
    assert first == "2025-01-31T23:59:59.999Z" and second == "2025-02-28T23:59:59.999Z"
    assert got[("new_entities", "region", None)] == 2
    assert got[("closed_entities", "region", None)] == 1
    assert got[("deleted_entities", "region", None)] == 1
    assert got[("changed_entities", "region", None)] == 3  # e2 renamed, e3 closed, e7's sectors
    assert got[("active_entities", "region", None)] == 6 + 2 - 1 - 1
    assert stored == 2


def test_a_snapshot_taken_twice_the_same_day_is_kept_once(tmp_path):
    store, _ = build(tmp_path / "e.gpkg")
    with store:
        for moment in ("2025-02-28", "2025-02-28T10:00:00"):
            with store.transaction() as connection:
                _, kpis = kpi.take_snapshot(connection, kpi.parse_moment(moment), areas=AREAS)
        rows = store.connection.execute("SELECT count(*), count(DISTINCT taken_at) FROM kpi_snapshots").fetchone()
    assert rows == (len(kpis), 1)


def test_trends_give_the_change_since_the_previous_snapshot_and_a_year_before(tmp_path):
    store, uuids = build(tmp_path / "e.gpkg")
    with store:
        with store.transaction() as connection:
            kpi.take_snapshots(connection, ["2025-01-31T23:59:59.999Z"])
        store.clock.iso = "2026-01-20T09:00:00.000"
        with store.transaction() as connection:
            store.add_entity(151_000.0, 171_000.0, name="N1", entity_type="company", municipality="21009")
            store.add_entity(151_100.0, 171_000.0, name="N2", entity_type="company", municipality="21009")
            store.add_entity(151_200.0, 171_000.0, name="N3", entity_type="company", municipality="21009")
        with store.transaction() as connection:
            kpi.take_snapshots(connection, [kpi.parse_moment("2026-01-25"), kpi.parse_moment("2026-02-10")])
        rows = kpi.read_trends(store.connection, ["active_entities"])
    assert [(r.taken_at[:10], r.value) for r in rows] == [("2025-01-31", 6), ("2026-01-25", 9), ("2026-02-10", 9)]
    assert (rows[0].change, rows[0].change_year) == (None, None)
    assert (rows[1].change, rows[1].change_pct) == (3, 50)
    assert (rows[1].change_year, rows[1].change_year_pct) == (3, 50)  # a year before is 2025-01-25: 6 days off
    assert (rows[2].change, rows[2].change_year) == (0, 3)  # a year before is 2025-02-10: 2025-01-31, 10 days off


def test_monthly_moments_end_each_month_and_on_the_last_date():
    assert kpi.monthly_moments("2025-01-15", "2025-03-10") == [
        "2025-01-31T23:59:59.999Z",
        "2025-02-28T23:59:59.999Z",
        "2025-03-10T23:59:59.999Z",
    ]
    with pytest.raises(ValidationError, match="after it ends"):
        kpi.monthly_moments("2025-03-01", "2025-01-01")
    with pytest.raises(ValidationError, match="is not a date"):
        kpi.parse_moment("31/01/2025")
    assert kpi.parse_moment("2025-01-31T12:00:00+01:00") == "2025-01-31T11:00:00.000Z"
