"""Proposed changes on a real ecosystem, in a GeoPackage and in PostGIS (any_ecosystem): approve, reject,
conflicts, concurrent curators, provenance."""

from __future__ import annotations

import json
import sqlite3
import threading

import pytest
from core.conftest import Ecosystem
from postgis_server import require_psycopg2

from brussels_creative.core.curation import proposals
from brussels_creative.core.curation.proposals import ProposalConflictError, ProposalDecidedError
from brussels_creative.core.curation.provenance import provenance
from brussels_creative.core.errors import DatabaseRefusedError, ValidationError

require_psycopg2()


def refused_untouched(ecosystem, match: str, call, *args) -> dict[str, list[tuple]]:
    """call(*args) raises a ValidationError matching `match` and leaves every table as it was; returns the tables."""
    before = ecosystem.snapshot()
    with pytest.raises(ValidationError, match=match):
        call(*args)
    assert ecosystem.snapshot() == before
    return before


def test_an_approved_proposal_changes_the_entity_and_history_names_its_source(any_ecosystem):
    ecosystem = any_ecosystem
    hub = ecosystem.uuids["hub"]
    with ecosystem.open_store() as store:
        fid = proposals.propose(store, hub, "phone", "+32 2 123 45 67", "jan@hub.brussels", "partner list 2026")
        assert [p.fid for p in proposals.list_proposals(store)] == [fid]
        mark = ecosystem.last_history_fid()
        proposals.approve(store, fid, "curator.anna")
    assert ecosystem.value("SELECT phone FROM entities WHERE uuid = ?", (hub,)) == "+32 2 123 45 67"
    history = ecosystem.rows(
        "SELECT action, row_uuid, changed_by, source, proposal_fid, new_values FROM history WHERE fid > ?", (mark,))
    assert [(a, u, by, s, p) for a, u, by, s, p, _ in history] == [
        ("update", hub, ecosystem.changed_by("curator.anna"), "partner list 2026", fid)]
    assert json.loads(history[0][5])["phone"] == "+32 2 123 45 67"
    status = ecosystem.rows("SELECT status, decided_by FROM proposals WHERE fid = ?", (fid,))
    assert status == [("approved", "curator.anna")]
    if isinstance(ecosystem, Ecosystem):
        assert ecosystem.rows("SELECT * FROM bc_change_context") == []
    with ecosystem.open_store() as store:
        origin = provenance(store, hub)
    assert (origin["phone"].changed_by, origin["phone"].source, origin["phone"].proposal_fid) == (
        ecosystem.changed_by("curator.anna"), "partner list 2026", fid)
    assert origin["name"].proposal_fid is None


def test_a_rejected_proposal_changes_nothing_but_its_status(any_ecosystem):
    ecosystem = any_ecosystem
    hub = ecosystem.uuids["hub"]
    with ecosystem.open_store() as store:
        fid = proposals.propose(store, hub, "name", "Hub Zuid", "someone", "web map")
        before = refused_untouched(ecosystem, "needs a reason", proposals.reject, store, fid, "curator.anna", "  ")
        proposals.reject(store, fid, "curator.anna", "not the official name")
    after = ecosystem.snapshot()
    assert after.pop("proposals") != before.pop("proposals")
    assert after == before
    assert ecosystem.rows("SELECT status, reason FROM proposals WHERE fid = ?", (fid,)) == [
        ("rejected", "not the official name")]


def test_approving_a_proposal_whose_field_changed_since_shows_then_now_and_proposed(any_ecosystem):
    ecosystem = any_ecosystem
    hub = ecosystem.uuids["hub"]
    with ecosystem.open_store() as store:
        fid = proposals.propose(store, hub, "email", "info@hub.brussels", "jan", "web map")
    # a colleague edits the field in QGIS meanwhile
    layer = ecosystem.layer("entities")
    assert layer.startEditing()
    ecosystem.set_value(layer, ecosystem.fid("entities", "uuid", hub), "email", "contact@hub.brussels")
    assert layer.commitChanges(), layer.commitErrors()
    with ecosystem.open_store() as store:
        pending = proposals.get(store, fid)
        assert pending.conflict
        before = ecosystem.snapshot()
        with pytest.raises(ProposalConflictError) as raised:
            proposals.approve(store, fid, "curator.anna")
        assert (raised.value.then, raised.value.now, raised.value.proposed) == (
            "hello@hub.brussels", "contact@hub.brussels", "info@hub.brussels")
        assert ecosystem.snapshot() == before
        proposals.approve(store, fid, "curator.anna", force=True)
    assert ecosystem.value("SELECT email FROM entities WHERE uuid = ?", (hub,)) == "info@hub.brussels"


def test_two_curators_approving_the_same_proposal_at_once_apply_it_once(any_ecosystem):
    ecosystem = any_ecosystem
    hub = ecosystem.uuids["hub"]
    with ecosystem.open_store() as store:
        fid = proposals.propose(store, hub, "founded_year", 2011, "jan", "web map")
    mark = ecosystem.last_history_fid()
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def approve(curator: str) -> None:
        with ecosystem.open_store() as store:  # two connections, as two curators' QGIS have
            assert proposals.get(store, fid).status == "pending"
            barrier.wait()
            try:
                proposals.approve(store, fid, curator)
                outcomes.append("applied")
            except ProposalDecidedError:
                outcomes.append("decided")

    threads = [threading.Thread(target=approve, args=(f"curator{i}",)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["applied", "decided"]
    assert ecosystem.rows("SELECT action, proposal_fid FROM history WHERE fid > ?", (mark,)) == [("update", fid)]


def test_the_file_itself_refuses_to_decide_a_proposal_twice(any_ecosystem):
    """A client that skips the plugin's check (reads 'pending', then writes) is stopped by the file's trigger."""
    ecosystem = any_ecosystem
    with ecosystem.open_store() as store:
        fid = proposals.propose(store, ecosystem.uuids["lab"], "phone", "02 555 00 00", "jan", "form")
        proposals.approve(store, fid, "curator.anna")
    with pytest.raises((sqlite3.IntegrityError, DatabaseRefusedError), match="bc_proposal_decided_once"):
        ecosystem.write("UPDATE proposals SET status = 'rejected' WHERE fid = ?", (fid,))


def test_a_proposal_of_sectors_rewrites_the_links_with_the_first_as_primary(any_ecosystem):
    ecosystem = any_ecosystem
    lab = ecosystem.uuids["lab"]
    with ecosystem.open_store() as store:
        fid = proposals.propose(store, lab, "entity_sectors", ["music", "design"], "lab staff", "web map")
        assert proposals.get(store, fid).current == ["design"]
        mark = ecosystem.last_history_fid()
        proposals.approve(store, fid, "curator.anna")
    assert ecosystem.rows("SELECT code, is_primary FROM entity_sectors WHERE entity_uuid = ? ORDER BY code",
                          (lab,)) == [("design", 0), ("music", 1)]
    sources = ecosystem.rows("SELECT DISTINCT table_name, source, proposal_fid FROM history WHERE fid > ?", (mark,))
    assert ("entity_sectors", "web map", fid) in sources


def test_a_new_entity_proposal_creates_the_entity_when_approved(any_ecosystem):
    ecosystem = any_ecosystem
    with ecosystem.open_store() as store:
        new_uuid, fid = proposals.propose_new(
            store, {"name": "Atelier Neuf", "entity_type": "company", "postcode": "1060",
                    "entity_audiences": ["artists"], "location": [148_800.0, 169_000.0]},
            "Marie <marie@atelier.be>", "web map")
        assert ecosystem.value("SELECT count(*) FROM entities WHERE uuid = ?", (new_uuid,)) == 0
        proposals.approve(store, fid, "curator.anna")
    assert ecosystem.rows("SELECT name, postcode, source, created_by FROM entities WHERE uuid = ?", (new_uuid,)) == [
        ("Atelier Neuf", "1060", "web map", ecosystem.changed_by("curator.anna"))]
    assert ecosystem.rows("SELECT code FROM entity_audiences WHERE entity_uuid = ?", (new_uuid,)) == [("artists",)]


def test_a_proposal_breaking_a_rule_of_the_file_is_refused_and_stays_pending(any_ecosystem):
    ecosystem = any_ecosystem
    hub = ecosystem.uuids["hub"]
    with ecosystem.open_store() as store:
        fid = proposals.propose(store, hub, "postcode", "9999", "jan", "web map")
        refused_untouched(ecosystem, f"proposal {fid}: postcode", proposals.approve, store, fid, "curator.anna")
        assert proposals.get(store, fid).status == "pending"
        with pytest.raises(ValidationError, match="not a field a proposal can change"):
            proposals.propose(store, hub, "verified_by", "me", "jan", "web map")
        with pytest.raises(ValidationError, match="no such entity"):
            proposals.propose(store, "00000000-0000-4000-8000-000000000000", "name", "X", "jan", "web map")


def test_bulk_approval_applies_the_clean_ones_and_reports_conflicts(any_ecosystem):
    ecosystem = any_ecosystem
    hub, lab = ecosystem.uuids["hub"], ecosystem.uuids["lab"]
    with ecosystem.open_store() as store:
        first = proposals.propose(store, hub, "phone", "02 111 11 11", "a", "import")
        second = proposals.propose(store, lab, "phone", "02 222 22 22", "b", "import")
        third = proposals.propose(store, lab, "phone", "02 333 33 33", "c", "import")
        result = proposals.approve_many(store, [first, second, third], "curator.anna")
    assert result.done == [first, second]
    assert [c.fid for c in result.conflicts] == [third]
    assert ecosystem.value("SELECT phone FROM entities WHERE uuid = ?", (lab,)) == "02 222 22 22"
