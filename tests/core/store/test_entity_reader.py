"""The fast entity reader: points and columns read by two connections stay paired whatever another session commits
between the two reads; uuid filters; numbers come back exactly."""

from __future__ import annotations

import sqlite3

import pytest
from helpers import commit_between_reads

from brussels_creative.core.store import selection
from brussels_creative.core.store.ecosystem import EcosystemStore


@pytest.fixture
def store(tmp_path):
    with EcosystemStore.create(tmp_path / "eco.gpkg") as opened:
        yield opened


def test_an_edit_keeping_count_and_fid_sum_between_the_two_reads_cannot_pair_points_with_other_rows(
    store, monkeypatch
):
    """Entities 1 and 4 leave the filter and 2 and 3 join it between the points read and the columns read: same
    count, same sum of fids, other rows. Both reads must be done again, and each point keep its own uuid and name."""
    with store.transaction():
        for i, kind in enumerate(("hub", "fablab", "fablab", "hub")):
            store.add_entity(150_000 + i, 170_000, name=f"N{i + 1}", entity_type=kind)

    def swap():
        with EcosystemStore.open(store.path) as other, other.transaction():
            other.connection.execute(
                "UPDATE entities SET entity_type = CASE WHEN fid IN (1, 4) THEN 'fablab' ELSE 'hub' END"
            )

    queries = commit_between_reads(monkeypatch, swap)
    read = selection.read_entity_points(store.path, selection.EntityFilter(entity_types=("hub",)), ("name",))
    assert queries == ["points", "points", "columns"]
    with sqlite3.connect(store.path) as connection:
        by_fid = {fid: (uuid, name) for fid, uuid, name in connection.execute("SELECT fid, uuid, name FROM entities")}
    fids = [int(x) - 150_000 + 1 for x in read.x.tolist()]
    assert fids == [2, 3]
    assert list(zip(read.uuids, read.columns["name"], strict=True)) == [by_fid[f] for f in fids]


def test_a_uuid_filter_reads_those_entities(store):
    with store.transaction():
        uuids = [store.add_entity(150_000 + i, 170_000, name=f"N{i}", entity_type="hub") for i in range(4)]
    read = selection.read_entity_points(store.path, selection.EntityFilter(uuids=(uuids[2], uuids[0])), ("name",))
    assert read.uuids == [uuids[0], uuids[2]] and read.columns["name"] == ["N0", "N2"]
    assert read.x.tolist() == [150_000.0, 150_002.0]
    assert selection.read_entity_points(store.path, selection.EntityFilter(uuids=())).x.size == 0


def test_numbers_come_back_exactly(store):
    with store.transaction():
        for i in range(3):
            store.add_entity(150_000 + i, 170_000, name=f"N{i}", entity_type="hub")
    store.connection.execute("ALTER TABLE entities ADD COLUMN score REAL")
    store.connection.execute("ALTER TABLE entities ADD COLUMN big INTEGER")
    with store.transaction():
        for fid, score, big in ((1, 1 / 3, 2**62 + 1), (2, None, None), (3, 0.1, -(2**53) - 1)):
            store.connection.execute("UPDATE entities SET score = ?, big = ? WHERE fid = ?", (score, big, fid))
    read = selection.read_entity_points(store.path, columns=("score", "big"))
    assert read.columns["score"] == [1 / 3, None, 0.1]
    assert read.columns["big"] == [2**62 + 1, None, -(2**53) - 1]
