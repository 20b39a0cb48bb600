"""Tests of the controlled vocabularies in brussels_creative.core.taxonomy."""

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from brussels_creative.core.store import taxonomy
from brussels_creative.core.store.taxonomy import (
    AUDIENCES,
    ENTITY_TYPES,
    MUNICIPALITIES,
    RELATION_TYPES,
    SECTORS,
    SERVICES,
    SIZE_CLASSES,
    STATUSES,
    VERIFICATIONS,
    VISIBILITIES,
    VOCABULARIES,
    Municipality,
    RelationType,
    Sector,
    Term,
    municipality_for_postcode,
    term,
)

CODE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
NACE_RE = re.compile(r"^\d{2}\.\d{2}$")

GEOJSON_NAME = "brussels_municipalities_urbis.geojson"
GEOJSON_CANDIDATES = (
    Path(taxonomy.__file__).resolve().parents[2] / "data" / GEOJSON_NAME,
    Path("/work/shared/data") / GEOJSON_NAME,
)

ALL_TERMS = [(name, entry) for name, entries in VOCABULARIES.items() for entry in entries]

REQUIRED_CODES = {
    "entity_types": (
        "hub",
        "cluster",
        "network",
        "fablab",
        "makerspace",
        "living_lab",
        "coworking",
        "incubator",
        "company",
        "freelancer",
        "collective",
        "research",
        "school",
        "cultural_venue",
        "public_body",
        "funder",
        "event",
    ),
    "sectors": (
        "visual_arts",
        "performing_arts",
        "heritage",
        "audiovisual",
        "gaming",
        "publishing",
        "music",
        "architecture",
        "design",
        "fashion",
        "advertising",
        "crafts",
        "digital_media",
        "arts_education",
    ),
    "services": (
        "workspace",
        "equipment",
        "prototyping",
        "training",
        "coaching",
        "funding",
        "networking",
        "residencies",
        "showcase",
        "legal_admin",
        "market_access",
        "research_development",
        "community",
    ),
    "audiences": (
        "artists",
        "makers",
        "students",
        "freelancers",
        "startups",
        "smes",
        "large_companies",
        "researchers",
        "public_sector",
        "ngos",
        "citizens",
        "youth",
    ),
    "relation_types": (
        "member_of",
        "spin_off_of",
        "incubated_by",
        "invested_in_by",
        "founded_by",
        "subsidiary_of",
        "hosted_by",
        "supported_by",
        "part_of_cluster",
        "collaborates_with",
    ),
    "size_classes": ("solo", "micro", "small", "medium", "large"),
}

# NACE Rev.2 classes each sector must at least contain.
REQUIRED_NACE = {
    "visual_arts": ("90.03", "74.20"),
    "performing_arts": ("90.01", "90.02", "90.04"),
    "heritage": ("91.01", "91.02", "91.03"),
    "audiovisual": ("59.11", "59.12", "59.13", "59.14", "60.10", "60.20", "77.22"),
    "gaming": ("58.21",),
    "publishing": ("58.11", "58.13", "58.14", "58.19", "18.11", "18.12", "47.61", "47.62", "63.91", "74.30"),
    "music": ("59.20", "47.63", "32.20"),
    "architecture": ("71.11",),
    "design": ("74.10",),
    "fashion": ("14.11", "14.12", "14.13", "14.14", "14.19", "15.20"),
    "advertising": ("73.11", "73.12", "70.21"),
    "crafts": ("32.12", "32.13", "23.41"),
    "digital_media": ("58.29", "62.01", "63.12"),
    "arts_education": ("85.52",),
}

# Inverse readings in English, and whether the relation type is directed.
REQUIRED_RELATIONS = {
    "member_of": ("member of", "has member"),
    "spin_off_of": ("spin-off of", "produced spin-off"),
    "incubated_by": ("incubated or accelerated by", "incubates or accelerates"),
    "invested_in_by": ("invested in by", "invests in"),
    "founded_by": ("founded by", "founded"),
    "subsidiary_of": ("subsidiary of", "has subsidiary"),
    "hosted_by": ("hosted by", "hosts"),
    "supported_by": ("supported or mentored by", "supports or mentors"),
    "part_of_cluster": ("part of cluster", "cluster includes"),
    "collaborates_with": ("collaborates with", "collaborates with"),
}

EXPECTED_MUNICIPALITIES = {
    "21001": ("Anderlecht", "Anderlecht"),
    "21002": ("Auderghem", "Oudergem"),
    "21003": ("Berchem-Sainte-Agathe", "Sint-Agatha-Berchem"),
    "21004": ("Bruxelles", "Brussel"),
    "21005": ("Etterbeek", "Etterbeek"),
    "21006": ("Evere", "Evere"),
    "21007": ("Forest", "Vorst"),
    "21008": ("Ganshoren", "Ganshoren"),
    "21009": ("Ixelles", "Elsene"),
    "21010": ("Jette", "Jette"),
    "21011": ("Koekelberg", "Koekelberg"),
    "21012": ("Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek"),
    "21013": ("Saint-Gilles", "Sint-Gillis"),
    "21014": ("Saint-Josse-ten-Noode", "Sint-Joost-ten-Node"),
    "21015": ("Schaerbeek", "Schaarbeek"),
    "21016": ("Uccle", "Ukkel"),
    "21017": ("Watermael-Boitsfort", "Watermaal-Bosvoorde"),
    "21018": ("Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe"),
    "21019": ("Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe"),
}

EXPECTED_POSTCODES = {
    "1000": "21004",
    "1020": "21004",
    "1030": "21015",
    "1040": "21005",
    "1050": "21009",
    "1060": "21013",
    "1070": "21001",
    "1080": "21012",
    "1081": "21011",
    "1082": "21003",
    "1083": "21008",
    "1090": "21010",
    "1120": "21004",
    "1130": "21004",
    "1140": "21006",
    "1150": "21019",
    "1160": "21002",
    "1170": "21017",
    "1180": "21016",
    "1190": "21007",
    "1200": "21018",
    "1210": "21014",
}


def _geojson_properties() -> list[dict]:
    """Return the feature properties of the UrbIS municipalities GeoJSON, failing if the plugin does not ship it."""
    for path in GEOJSON_CANDIDATES:
        if path.is_file():
            with path.open(encoding="utf-8") as handle:
                return [feature["properties"] for feature in json.load(handle)["features"]]
    pytest.fail(f"{GEOJSON_NAME} not found: the plugin must ship it")


def _get(vocabulary: str, code: str) -> Term:
    """Return a term that must exist."""
    found = term(vocabulary, code)
    assert found is not None, f"{vocabulary}.{code} missing"
    return found


# ------------------------------------------------------------------------------------------------------------------
# Structure
# ------------------------------------------------------------------------------------------------------------------


def test_vocabularies_table_names_and_contents() -> None:
    assert VOCABULARIES == {
        "entity_types": ENTITY_TYPES,
        "sectors": SECTORS,
        "services": SERVICES,
        "audiences": AUDIENCES,
        "relation_types": RELATION_TYPES,
        "size_classes": SIZE_CLASSES,
    }


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_codes_unique_and_well_formed(name: str) -> None:
    codes = [entry.code for entry in VOCABULARIES[name]]
    assert codes, name
    duplicates = [code for code, count in Counter(codes).items() if count > 1]
    assert not duplicates, f"{name}: duplicate codes {duplicates}"
    bad = [code for code in codes if not CODE_RE.match(code)]
    assert not bad, f"{name}: malformed codes {bad}"


@pytest.mark.parametrize(("name", "entry"), ALL_TERMS, ids=[f"{n}-{e.code}" for n, e in ALL_TERMS])
def test_labels_non_empty_in_three_languages(name: str, entry: Term) -> None:
    assert isinstance(entry, Term)
    for label in (entry.label_en, entry.label_fr, entry.label_nl):
        assert isinstance(label, str)
        assert label.strip() == label != "", f"{name}.{entry.code}: {label!r}"


def test_terms_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        ENTITY_TYPES[0].code = "changed"  # type: ignore[misc]


def test_plain_code_lists() -> None:
    assert STATUSES == ("active", "inactive", "closed")
    assert VISIBILITIES == ("public", "private")
    assert VERIFICATIONS == ("unverified", "claimed", "verified")


# ------------------------------------------------------------------------------------------------------------------
# Required entries
# ------------------------------------------------------------------------------------------------------------------

REQUIRED_PAIRS = [(name, code) for name, codes in REQUIRED_CODES.items() for code in codes]


@pytest.mark.parametrize(("name", "code"), REQUIRED_PAIRS, ids=[f"{n}-{c}" for n, c in REQUIRED_PAIRS])
def test_required_entry_present(name: str, code: str) -> None:
    found = term(name, code)
    assert found is not None, f"{name}.{code} missing"
    assert found.code == code
    assert found in VOCABULARIES[name]


def test_size_classes_in_order() -> None:
    assert [entry.code for entry in SIZE_CLASSES] == ["solo", "micro", "small", "medium", "large"]


def test_term_lookup_misses() -> None:
    assert term("sectors", "no_such_sector") is None
    assert term("no_such_vocabulary", "fablab") is None
    assert term("sectors", "fablab") is None


def test_term_lookup_returns_subclasses() -> None:
    assert isinstance(term("sectors", "music"), Sector)
    assert isinstance(term("relation_types", "member_of"), RelationType)


# ------------------------------------------------------------------------------------------------------------------
# Sectors and NACE codes
# ------------------------------------------------------------------------------------------------------------------


def test_nace_codes_well_formed_and_unique_per_sector() -> None:
    for sector in SECTORS:
        assert sector.nace, sector.code
        assert isinstance(sector.nace, tuple)
        for code in sector.nace:
            assert NACE_RE.match(code), f"{sector.code}: {code!r}"
            assert 1 <= int(code[:2]) <= 99
        assert len(set(sector.nace)) == len(sector.nace), sector.code


@pytest.mark.parametrize("code", sorted(REQUIRED_NACE))
def test_required_nace_classes(code: str) -> None:
    sector = term("sectors", code)
    assert isinstance(sector, Sector)
    missing = set(REQUIRED_NACE[code]) - set(sector.nace)
    assert not missing, f"{code}: missing NACE classes {sorted(missing)}"


def test_only_documented_nace_code_is_shared() -> None:
    counts = Counter(code for sector in SECTORS for code in sector.nace)
    shared = {code for code, count in counts.items() if count > 1}
    assert shared == {"62.01"}
    owners = {sector.code for sector in SECTORS if "62.01" in sector.nace}
    assert owners == {"gaming", "digital_media"}


# ------------------------------------------------------------------------------------------------------------------
# Relation types
# ------------------------------------------------------------------------------------------------------------------


def test_collaborates_with_is_the_only_undirected_relation() -> None:
    undirected = [relation.code for relation in RELATION_TYPES if not relation.directed]
    assert undirected == ["collaborates_with"]


@pytest.mark.parametrize("code", sorted(REQUIRED_RELATIONS))
def test_relation_readings(code: str) -> None:
    relation = term("relation_types", code)
    assert isinstance(relation, RelationType)
    forward, inverse = REQUIRED_RELATIONS[code]
    assert relation.label_en == forward
    assert relation.inverse_en == inverse
    for text in (relation.inverse_en, relation.inverse_fr, relation.inverse_nl):
        assert text.strip() == text != ""
    if relation.directed:
        assert relation.inverse_en != relation.label_en
        assert relation.inverse_fr != relation.label_fr
        assert relation.inverse_nl != relation.label_nl
    else:
        assert (relation.inverse_en, relation.inverse_fr, relation.inverse_nl) == (
            relation.label_en,
            relation.label_fr,
            relation.label_nl,
        )


def test_relation_inverse_by_language() -> None:
    relation = term("relation_types", "member_of")
    assert isinstance(relation, RelationType)
    assert relation.inverse("fr") == relation.inverse_fr
    assert relation.inverse("nl") == relation.inverse_nl
    assert relation.inverse("de") == relation.inverse_en


# ------------------------------------------------------------------------------------------------------------------
# Labels by language
# ------------------------------------------------------------------------------------------------------------------


def test_label_by_language_and_english_fallback() -> None:
    body = _get("entity_types", "public_body")
    assert body.label("en") == "Public body"
    assert body.label("fr") == "Organisme public"
    assert body.label("nl") == "Overheidsinstelling"
    for other in ("de", "", "xx", "english", "es_ES"):
        assert body.label(other) == body.label_en


def test_label_accepts_locales() -> None:
    entry = term("services", "workspace")
    assert entry is not None
    assert entry.label("fr_BE") == entry.label_fr
    assert entry.label("nl-BE") == entry.label_nl
    assert entry.label("FR") == entry.label_fr


def test_french_and_dutch_labels_spot_check() -> None:
    assert _get("entity_types", "school").label("fr") == "École / académie"
    assert _get("sectors", "performing_arts").label("nl") == "Podiumkunsten"
    assert _get("services", "equipment").label("fr") == "Équipements et machines"
    assert _get("relation_types", "collaborates_with").label("nl") == "werkt samen met"


# ------------------------------------------------------------------------------------------------------------------
# Municipalities and postcodes
# ------------------------------------------------------------------------------------------------------------------


def test_nineteen_municipalities_with_expected_names() -> None:
    assert len(MUNICIPALITIES) == 19
    assert all(isinstance(m, Municipality) for m in MUNICIPALITIES)
    assert {m.nis: (m.name_fr, m.name_nl) for m in MUNICIPALITIES} == EXPECTED_MUNICIPALITIES
    assert [m.nis for m in MUNICIPALITIES] == sorted(EXPECTED_MUNICIPALITIES)


def test_municipalities_match_urbis_geojson() -> None:
    properties = _geojson_properties()
    from_geojson = {p["national_code"]: (p["name_fr"], p["name_nl"]) for p in properties}
    assert len(from_geojson) == 19
    assert {m.nis: (m.name_fr, m.name_nl) for m in MUNICIPALITIES} == from_geojson


def test_english_names() -> None:
    names = {m.nis: m.name_en for m in MUNICIPALITIES}
    assert names["21004"] == "City of Brussels"
    for municipality in MUNICIPALITIES:
        assert municipality.name_en
        if municipality.nis != "21004":
            assert municipality.name_en == municipality.name_fr


def test_municipality_name_by_language() -> None:
    city = municipality_for_postcode("1000")
    assert city is not None
    assert (city.name("fr"), city.name("nl"), city.name("en"), city.name("it")) == (
        "Bruxelles",
        "Brussel",
        "City of Brussels",
        "City of Brussels",
    )


@pytest.mark.parametrize(("postcode", "nis"), sorted(EXPECTED_POSTCODES.items()))
def test_postcode_maps_to_one_municipality(postcode: str, nis: str) -> None:
    owners = [m.nis for m in MUNICIPALITIES if postcode in m.postcodes]
    assert owners == [nis]
    found = municipality_for_postcode(postcode)
    assert found is not None
    assert found.nis == nis


def test_postcodes_well_formed_and_complete() -> None:
    listed = [postcode for m in MUNICIPALITIES for postcode in m.postcodes]
    assert len(listed) == len(set(listed))
    assert set(listed) == set(EXPECTED_POSTCODES)
    for postcode in listed:
        assert re.fullmatch(r"1[0-2]\d\d", postcode)
        assert 1000 <= int(postcode) <= 1210
    assert all(m.postcodes for m in MUNICIPALITIES)


def test_unknown_postcodes() -> None:
    assert municipality_for_postcode("9999") is None
    assert municipality_for_postcode("1300") is None
    assert municipality_for_postcode("") is None
    found = municipality_for_postcode(" 1070 ")
    assert found is not None
    assert found.name_fr == "Anderlecht"
