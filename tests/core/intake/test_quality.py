"""The quality report's checks on a real ecosystem file with one entity per problem, and its HTML page."""

from __future__ import annotations

import datetime as dt

import pytest

from brussels_creative.core.intake import quality
from brussels_creative.core.store.ecosystem import EcosystemStore

TODAY = dt.date(2026, 12, 3)


@pytest.fixture
def problems(qgis_app, tmp_path):
    """An ecosystem with a clean entity and one entity per problem; returns the path and the uuids by name."""
    path = tmp_path / "quality.gpkg"
    uuids = {}
    with EcosystemStore.create(path) as store, store.transaction():
        fresh = {"verification": "verified", "verified_at": "2026-06-01", "last_reviewed": "2026-06-01"}
        def add(name, x=149_000.0, y=170_500.0, **values):
            values = {"entity_type": "company", **fresh, **values}
            uuids[name] = store.add_entity(x, y, name=name, **values)
        add("Clean", email="a@clean.be", website="https://clean.be", phone="+32 2 555 12 34", postcode="1000",
            municipality="21004")
        add("Bad Site", 150_000.0, 170_000.0, website="https://x.y")
        add("Bad Phone", 151_000.0, 170_000.0, phone="12345")
        add("Bad Postcode", 152_000.0, 170_000.0, postcode="1299")
        add("Wrong Postcode", 151_355.0, 167_805.0, postcode="1180", municipality="21009")
        add("Wrong Place", 148_770.0, 171_618.0, municipality="21016")  # the point is in the City of Brussels
        add("Far Away", 170_000.0, 170_000.0)
        add("Old Review", 146_000.0, 171_000.0, last_reviewed="2025-01-10")
        add("Never Checked", 146_000.0, 172_000.0, verification="unverified", verified_at=None,
            last_reviewed=None)
        add("Studio Flagey asbl", 150_600.0, 168_600.0)
        add("Flagey Studio", 150_650.0, 168_650.0)
        store.connection.execute("PRAGMA ignore_check_constraints = ON")  # a client that skipped the file's rules
        add("Bad Mail", 153_000.0, 170_000.0, email="info@@mail")
        store.connection.execute("PRAGMA ignore_check_constraints = OFF")
        store.connection.execute("UPDATE entities SET geom = NULL WHERE name = 'Bad Site'")
    return path, uuids


def test_each_problem_gives_its_finding_and_nothing_else(problems):
    path, uuids = problems
    report = quality.build_report(path, months=12, distance_m=250, today=TODAY)
    found = sorted((f.check, f.name) for f in report.findings)
    assert found == sorted([
        ("invalid_email", "Bad Mail"),
        ("invalid_website", "Bad Site"),
        ("no_location", "Bad Site"),
        ("invalid_phone", "Bad Phone"),
        ("invalid_postcode", "Bad Postcode"),
        ("postcode_municipality", "Wrong Postcode"),
        ("municipality_location", "Wrong Place"),
        ("outside_region", "Far Away"),
        ("not_reviewed", "Old Review"),
        ("never_verified", "Never Checked"),
        ("not_reviewed", "Never Checked"),
        ("probable_duplicate", "Studio Flagey asbl"),
        ("probable_duplicate", "Flagey Studio"),
    ])
    by_check = {f.check: f for f in report.findings}
    assert by_check["postcode_municipality"].message == "1180 is Uccle, the entity says Ixelles"
    assert by_check["municipality_location"].message == "the point lies in Bruxelles, the entity says Uccle"
    assert by_check["not_reviewed"].uuid in {uuids["Old Review"], uuids["Never Checked"]}
    duplicate = next(f for f in report.findings if f.name == "Studio Flagey asbl")
    assert duplicate.message.startswith(f"similar to 'Flagey Studio' ({uuids['Flagey Studio']}), 71 m away")
    assert report.entities == 12
    completeness = dict(report.completeness)
    assert completeness["email"] == 2 and completeness["name"] == 12 and completeness["sectors"] == 0
    assert report.entities_with_findings() == 9  # the two information-only ones left out


def test_months_and_distance_move_the_limits(problems):
    path, _ = problems
    report = quality.build_report(path, months=24, distance_m=50, today=TODAY)
    names = {(f.check, f.name) for f in report.findings}
    assert ("not_reviewed", "Old Review") not in names  # 2025-01-10 is within 24 months
    assert not any(check == "probable_duplicate" for check, _ in names)  # 71 m > 50 m


def test_the_html_page_holds_the_figures_the_map_and_the_rows(problems):
    path, uuids = problems
    report = quality.build_report(path, today=TODAY)
    page = quality.report_html(report, "iVBORw0KGgo=")
    assert "<td class='n'>12</td>" in page
    assert "src='data:image/png;base64,iVBORw0KGgo='" in page
    assert f"<td>{uuids['Far Away']}</td>" in page
    assert "Rows to fix (10)" in page
    assert "Never Checked" not in page.split("Rows to fix")[1]  # information only, not a row to fix
