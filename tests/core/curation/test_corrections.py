"""Correction files of the web map read into proposals, in a GeoPackage and in PostGIS (any_ecosystem): valid ones
become pending proposals; bad ones are clear rejections and store nothing."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from brussels_creative.core.curation import proposals
from brussels_creative.core.curation.corrections import import_corrections
from brussels_creative.core.publish import webmap


def _valid_file(uuid: str | None, **changes) -> dict:
    document = {
        "format": "brussels-creative-correction", "version": 1, "kind": "correction",
        "entity_uuid": uuid, "entity_name": "Hub Centrale",
        "published_checksum": "sha256:" + "0" * 64, "published_at": "2026-11-30T08:00:00Z", "claim": True,
        "proposed": {"phone": "+32 2 555 99 99", "sectors": ["design", "music"]},
        "comment": "Nous avons déménagé — merci !",
        "submitter": {"name": "Jan Peeters", "email": "jan@hub.brussels"},
        "created_at": "2026-12-01T10:00:00Z", "language": "fr",
    }
    document.update(changes)
    return document


def _write(folder: Path, name: str, document) -> Path:
    path = folder / name
    path.write_text(document if isinstance(document, str) else json.dumps(document, ensure_ascii=False),
                    encoding="utf-8")
    return path


def _schema() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(webmap.CORRECTION_SCHEMA.read_text(encoding="utf-8")))


def test_a_valid_correction_file_becomes_pending_proposals_and_a_claim(any_ecosystem, tmp_path):
    ecosystem = any_ecosystem
    hub = ecosystem.uuids["hub"]
    document = _valid_file(hub)
    _schema().validate(document)
    path = _write(tmp_path, "correction.json", document)
    with ecosystem.open_store() as store:
        result = import_corrections(store, [path])
        assert result.rejections == []
        pending = proposals.list_proposals(store)
    assert [(p.field, p.value) for p in pending] == [
        ("phone", "+32 2 555 99 99"), ("entity_sectors", ["design", "music"]),
        ("claim", {"name": "Jan Peeters", "email": "jan@hub.brussels"})]
    assert {p.proposer for p in pending} == {"Jan Peeters <jan@hub.brussels>"}
    assert {p.comment for p in pending} == {"Nous avons déménagé — merci !"}
    assert all(p.source.startswith("web map 2026-12-01T10:00:00Z #") for p in pending)
    with ecosystem.open_store() as store:
        for p in pending:
            proposals.approve(store, p.fid, "curator.anna")
        again = import_corrections(store, [path])
    assert [r.reason for r in again.rejections] == ["already imported (the same file was read before)"]
    assert ecosystem.rows("SELECT phone, verification, claimed_by, claim_domain_match, primary_sector FROM entities "
                          "WHERE uuid = ?", (hub,)) == [
        ("+32 2 555 99 99", "claimed", "Jan Peeters <jan@hub.brussels>", 1, "design")]


def test_a_new_organisation_file_becomes_a_new_entity_proposal(any_ecosystem, tmp_path):
    ecosystem = any_ecosystem
    document = _valid_file(None, kind="new", entity_name=None, published_checksum=None, claim=False,
                           proposed={"name": "Nieuw Atelier", "sectors": ["music"], "municipality": "21015"})
    _schema().validate(document)
    with ecosystem.open_store() as store:
        result = import_corrections(store, [_write(tmp_path, "new.json", document)])
        (proposal,) = proposals.list_proposals(store)
    assert result.rejections == []
    assert (proposal.kind, proposal.entity_name, proposal.value) == (
        "new", "Nieuw Atelier", {"name": "Nieuw Atelier", "entity_sectors": ["music"], "municipality": "21015"})


BAD = {
    "unknown top field": ({"extra": 1}, [("extra", "unknown field")]),
    "unknown proposed field": ({"proposed": {"verified_by": "me"}}, [("proposed.verified_by", "unknown field")]),
    "wrong entity id": ({"entity_uuid": "00000000-0000-4000-8000-000000000000"},
                        [("entity_uuid", "no entity 00000000-0000-4000-8000-000000000000 in this file")]),
    "id not a uuid": ({"entity_uuid": "1; DROP TABLE entities"},
                      [("entity_uuid", "not an entity id: '1; DROP TABLE entities'")]),
    "script in a name": ({"proposed": {"name": "<script>alert(1)</script>"}},
                         [("proposed.name", "markup or a script in the text")]),
    "control characters": ({"comment": "ok\u0000\u202e"}, [("comment", "control or invisible characters in the text")]),
    "overlong address": ({"proposed": {"address": "x" * 201}},
                         [("proposed.address", "longer than 200 characters (201)")]),
    "unknown sector": ({"proposed": {"sectors": ["music", "astrology"]}},
                       [("proposed.sectors", "not a code of sectors: astrology")]),
    "submitter without e-mail": ({"submitter": {"name": "X", "email": "nope"}},
                                 [("submitter.email", "not of the expected form: 'nope'")]),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_correction_file_is_a_clear_rejection_and_stores_nothing(any_ecosystem, tmp_path, case):
    ecosystem = any_ecosystem
    changes, expected = BAD[case]
    document = _valid_file(ecosystem.uuids["hub"], **changes)
    good = _write(tmp_path, "good.json", _valid_file(ecosystem.uuids["lab"]))
    bad = _write(tmp_path, "bad.json", document)
    before = ecosystem.rows("SELECT count(*) FROM proposals")
    with ecosystem.open_store() as store:
        result = import_corrections(store, [bad, good])
    assert [(r.file, r.field, r.reason) for r in result.rejections] == [("bad.json", f, r) for f, r in expected]
    assert list(result.proposals) == ["good.json"]
    assert ecosystem.rows("SELECT DISTINCT entity_uuid FROM proposals") == [(ecosystem.uuids["lab"],)]
    assert before == [(0,)]


@pytest.mark.parametrize(("content", "reason"), [
    ("{not json", "not JSON (line 1, column 2: Expecting property name enclosed in double quotes)"),
    ("[]", "not a correction file: the JSON is not an object"),
    ('{"format": "other"}', "not a brussels-creative-correction file of version 1"),
])
def test_a_file_that_is_no_correction_file_is_rejected(any_ecosystem, tmp_path, content, reason):
    ecosystem = any_ecosystem
    with ecosystem.open_store() as store:
        result = import_corrections(store, [_write(tmp_path, "x.json", content)])
    assert [r.reason for r in result.rejections] == [reason]
    assert ecosystem.rows("SELECT count(*) FROM proposals") == [(0,)]


def test_invalid_utf8_is_rejected(any_ecosystem, tmp_path):
    ecosystem = any_ecosystem
    path = tmp_path / "latin1.json"
    path.write_bytes('{"comment": "café"}'.encode("latin-1"))
    with ecosystem.open_store() as store:
        result = import_corrections(store, [path])
    assert [r.reason for r in result.rejections] == ["not UTF-8 text"]
