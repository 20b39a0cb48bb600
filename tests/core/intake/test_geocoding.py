"""Geocoding against a reference built from the real street names of the region with synthetic house points: every
abbreviation, language, number form, municipality name and typo case gives the expected point, and 'none' says why."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from brussels_creative.core.intake import geocoding
from brussels_creative.core.intake.geocoding import AddressReference, Geocoder


@pytest.fixture(scope="module")
def geocoder(address_reference) -> Geocoder:
    """A geocoder on the session's reference GeoPackage."""
    return Geocoder(AddressReference.from_gpkg(address_reference.gpkg))


def _at(result: tuple, xy: tuple[float, float]) -> bool:
    return math.hypot(result[0] - xy[0], result[1] - xy[1]) < 0.01


# (how the street is written, official French name, postcode, municipality as written)
WRITTEN = [
    ("Av. Louise", "Avenue Louise", "1050", "Ixelles"),
    ("Louizalaan", "Avenue Louise", "1050", "Elsene"),
    ("Louiza ln.", "Avenue Louise", "1050", ""),
    ("Bd Anspach", "Boulevard Anspach", "1000", "Bruxelles"),
    ("Bld Anspach", "Boulevard Anspach", "1000", "Brussel"),
    ("Anspachln", "Boulevard Anspach", "1000", ""),
    ("Chée de Wavre", "Chaussée de Wavre", "1050", "Ixelles"),
    ("Waverse stwg", "Chaussée de Wavre", "1050", "Elsene"),
    ("Steenweg op Waver", "Chaussée de Wavre", "1040", "Etterbeek"),
    ("Lennikse Baan", "Route de Lennik", "1070", ""),
    ("Pl. Sainte-Catherine", "Place Sainte-Catherine", "1000", ""),
    ("Sint-Katelijnepln", "Place Sainte-Catherine", "1000", ""),
    ("Sq. Ambiorix", "Square Ambiorix", "1000", ""),
    ("R. Haute", "Rue Haute", "1000", ""),
    ("Hoogstr.", "Rue Haute", "1000", ""),
    ("Rte de Lennik", "Route de Lennik", "1070", "Anderlecht"),
    ("Ninoofsestwg", "Chaussée de Ninove", "1080", "Molenbeek"),
    ("Ninoofse stw.", "Chaussée de Ninove", "1080", "Sint-Jans-Molenbeek"),
    ("Tervurenln.", "Avenue de Tervueren", "1040", "Etterbeek"),
    ("St-Maartenstr.", "Rue Saint-Martin", "1080", ""),
    ("Rue St-Martin", "Rue Saint-Martin", "1080", ""),
    ("Rue Walckiers - Walckiersstraat", "Rue Walckiers", "1030", "Schaerbeek"),
    ("Walckiersstraat / Rue Walckiers", "Rue Walckiers", "1030", "Schaarbeek"),
    ("RUE D ARLON", "Rue d'Arlon", "1040", ""),
    ("rue d’arlon", "Rue d'Arlon", "1040", ""),
    ("Rue Marie Christine", "Rue Marie-Christine", "1020", "Laeken"),
    ("Rue MarieChristine", "Rue Marie-Christine", "1020", "Bruxelles"),
    ("Maria-Christinastraat", "Rue Marie-Christine", "1020", "Laken"),
]


@pytest.mark.parametrize(("written", "official", "postcode", "municipality"), WRITTEN)
def test_abbreviations_languages_and_spellings_find_the_exact_point(geocoder, address_reference, written, official,
                                                                     postcode, municipality):
    row = address_reference.number(official, postcode, index=1)
    text = f"{written} {row['house_number']}, {postcode} {municipality}".strip()
    result = geocoder.geocode_one(text)
    assert result[2] == "exact", result
    assert _at(result, address_reference.xy(row))
    assert result[3] == 1.0
    assert result[4].startswith(f"{official} {row['house_number']}, {postcode}")
    assert result[6] == postcode and result[7] == row["municipality_id"]


@pytest.mark.parametrize(("written", "official", "postcode", "municipality"), [
    ("Avenue Louise", "Avenue Louise", "1050", "Ixelles"),
    ("Louizalaan", "Avenue Louise", "1050", "Elsene"),
    ("Rue Walckiers", "Rue Walckiers", "1030", "Schaerbeek"),
    ("Walckiersstraat", "Rue Walckiers", "1030", "Schaarbeek"),
    ("Rue Marie-Christine", "Rue Marie-Christine", "1020", "Laeken"),
])
def test_the_municipality_alone_is_enough(geocoder, address_reference, written, official, postcode, municipality):
    row = address_reference.number(official, postcode, index=2)
    result = geocoder.geocode_one(f"{written} {row['house_number']}, {municipality}")
    assert result[2] == "exact" and _at(result, address_reference.xy(row)), result


def test_neder_over_heembeek_and_haren_name_their_postcodes(geocoder, address_reference):
    for postcode, place in (("1120", "Neder-Over-Heembeek"), ("1130", "Haren")):
        street = next(r["streetname_fr"] for r in address_reference.rows if r["postcode"] == postcode)
        row = address_reference.number(street, postcode)
        result = geocoder.geocode_one(f"{street} {row['house_number']} {place}")
        assert result[2] == "exact" and _at(result, address_reference.xy(row)) and result[6] == postcode, result


def test_numbers_with_boxes_letters_and_ranges(geocoder, address_reference):
    boxed = next(r for r in address_reference.rows if r["box_number"] and r["postcode"] == "1030")
    street, number_nl = boxed["streetname_fr"], boxed["streetname_nl"]
    box_xy = address_reference.xy(boxed)
    for written in ("{n} bte {b}", "{n}/{b}", "{n} bus {b}", "{n} boîte {b}", "{n} b {b}"):
        number = written.format(n=boxed["house_number"], b=boxed["box_number"])
        result = geocoder.geocode_one(f"{street} {number}, 1030 Schaerbeek")
        assert result[2] == "exact" and _at(result, box_xy), (written, result)
        assert result[4] == f"{street} {boxed['house_number']} bte {boxed['box_number']}, 1030 Schaerbeek"
        assert result[5] == f"{number_nl} {boxed['house_number']} bus {boxed['box_number']}, 1030 Schaarbeek"
        assert result[8] is None
    unknown_box = geocoder.geocode_one(f"{street} {boxed['house_number']} bte 99, 1030")
    assert unknown_box[2] == "exact" and _at(unknown_box, box_xy)
    assert str(unknown_box[8]) == "box 99 not in the reference: the building's point"


def test_a_letter_finds_its_own_point_and_an_unknown_letter_says_which_number_was_used(geocoder, address_reference):
    lettered = next(r for r in address_reference.rows if r["house_number"][-1] == "A" and not r["box_number"])
    street, postcode, label = lettered["streetname_fr"], lettered["postcode"], lettered["house_number"]
    result = geocoder.geocode_one(f"{street} {label.lower()}, {postcode}")
    assert result[2] == "exact" and _at(result, address_reference.xy(lettered))
    plain = label[:-1]
    plain_row = next(r for r in address_reference.points(street, postcode) if r["house_number"] == plain)
    other = geocoder.geocode_one(f"{street} {plain}C, {postcode}")
    assert other[2] == "exact" and _at(other, address_reference.xy(plain_row))
    assert other[3] == 0.95
    assert str(other[8]) == f"{plain}C not in the reference: number {plain} used"


def test_a_range_uses_its_first_number_and_says_so(geocoder, address_reference):
    row = address_reference.number("Rue Haute", "1000", index=3)
    n = int(row["house_number"])
    result = geocoder.geocode_one(f"Rue Haute {n}-{n + 4}, 1000 Bruxelles")
    assert result[2] == "exact" and _at(result, address_reference.xy(row))
    assert str(result[8]) == f"range {n}-{n + 4}: number {n} used"


def _missing_between(address_reference, street: str, postcode: str) -> tuple[int, dict, dict]:
    numbers = sorted({int(r["house_number"]) for r in address_reference.points(street, postcode)
                      if r["house_number"].isdigit()})
    for low, high in itertools.pairwise(numbers):
        if high - low == 4 and low % 2 == high % 2:
            rows = {int(r["house_number"]): r for r in address_reference.points(street, postcode)
                    if r["house_number"].isdigit()}
            return low + 2, rows[low], rows[high]
    raise AssertionError(f"no gap of one number on {street}")


def test_a_missing_number_is_interpolated_between_its_neighbours_on_the_same_side(geocoder, address_reference):
    street, postcode = next(
        (r["streetname_fr"], r["postcode"]) for r in address_reference.rows
        if _has_gap(address_reference, r["streetname_fr"], r["postcode"]))
    number, low, high = _missing_between(address_reference, street, postcode)
    (x0, y0), (x1, y1) = address_reference.xy(low), address_reference.xy(high)
    result = geocoder.geocode_one(f"{street} {number}, {postcode}")
    assert result[2] == "interpolated"
    assert math.hypot(result[0] - (x0 + x1) / 2, result[1] - (y0 + y1) / 2) < 0.01
    assert result[3] == 0.9
    assert str(result[8]) == f"number {number} not in the reference: between {number - 2} and {number + 2}"


def _has_gap(reference, street: str, postcode: str) -> bool:
    try:
        _missing_between(reference, street, postcode)
    except AssertionError:
        return False
    return True


def test_no_number_gives_the_streets_middle_and_a_far_number_too(geocoder, address_reference):
    rows = address_reference.points("Rue Walckiers", "1030")
    points = np.array([address_reference.xy(r) for r in rows])
    middle = points[np.argmin(np.hypot(*(points - points.mean(axis=0)).T))]
    result = geocoder.geocode_one("Rue Walckiers, 1030 Schaerbeek")
    assert result[2] == "street" and _at(result, tuple(middle))
    assert result[3] == 0.7 and result[4] == "Rue Walckiers, 1030 Schaerbeek"
    assert str(result[8]) == "no house number: the street's middle"
    far = geocoder.geocode_one("Rue Walckiers 901, 1030")
    assert far[2] == "street" and _at(far, tuple(middle))
    assert str(far[8]) == "number 901 is outside the street's odd numbers: the street's middle"


def test_typos_are_corrected_within_the_postcode_and_said(geocoder, address_reference):
    row = address_reference.number("Rue de la Loi", "1000")
    for typo in ("Rue de la Loie", "Rue de la Lio", "Rue de la Lou", "Wetsrtaat"):
        result = geocoder.geocode_one(f"{typo} {row['house_number']}, 1000 Bruxelles")
        assert result[2] == "exact" and _at(result, address_reference.xy(row)), (typo, result)
        assert 0.85 <= result[3] < 1.0
        assert str(result[8]).startswith(f"spelling corrected from '{typo.lower()}'")


def test_typos_are_then_looked_for_in_the_neighbouring_postcodes(geocoder, address_reference):
    row = address_reference.number("Avenue de Tervueren", "1040")
    result = geocoder.geocode_one(f"Avenue de Tervueen {row['house_number']}, 1000 Bruxelles")
    assert result[2] == "exact" and _at(result, address_reference.xy(row)), result
    assert result[6] == "1040"
    assert str(result[8]).startswith("spelling corrected from 'avenue de tervueen' (in 1040)")
    core = geocoder.geocode_one(f"Avenue de Tervuren {row['house_number']}, 1040")
    assert core[2] == "exact" and _at(core, address_reference.xy(row))
    assert str(core[8]) == "street type or language differs from 'avenue de tervuren'"


def test_a_street_in_another_postcode_of_the_municipality_says_so(geocoder, address_reference):
    row = address_reference.number("Rue Marie-Christine", "1020")
    result = geocoder.geocode_one(f"Rue Marie-Christine {row['house_number']}, 1000 Bruxelles")
    assert result[2] == "exact" and _at(result, address_reference.xy(row))
    assert str(result[8]) == "street not in 1000: found in 1020"


def test_one_name_for_two_streets_needs_a_postcode_unless_the_number_decides(geocoder, address_reference):
    evere = address_reference.numbers("Rue Saint-Joseph", "1140")
    molenbeek = address_reference.numbers("Rue Saint-Joseph", "1080")
    both = sorted(evere & molenbeek, key=int)[0]
    ambiguous = geocoder.geocode_one(f"Rue Saint-Joseph {both}")
    assert ambiguous[2] == "none" and math.isnan(ambiguous[0])
    assert str(ambiguous[8]) == ("ambiguous: 'rue saint-joseph' names different streets in 1080, 1140; give the "
                            "postcode or municipality")
    row = next(r for r in address_reference.points("Rue Saint-Joseph", "1140") if r["house_number"] == both)
    in_evere = geocoder.geocode_one(f"Rue Saint-Joseph {both}, Evere")
    assert in_evere[2] == "exact" and _at(in_evere, address_reference.xy(row))
    only = sorted(molenbeek - evere, key=lambda n: (len(n), n))[0]
    decided = geocoder.geocode_one(f"Rue Saint-Joseph {only}")
    assert decided[2] == "exact" and decided[6] == "1080"
    assert str(decided[8]) == f"number {only} found only in 1080 (same name in 1140)"


def test_unknown_streets_fall_back_to_the_postcode_centre_or_to_none_with_a_reason(geocoder):
    in_postcode = geocoder.geocode_one("Rue Imaginaire 5, 1030 Schaerbeek")
    assert in_postcode[2] == "postcode" and in_postcode[3] == 0.4 and in_postcode[4] == "1030 Schaerbeek"
    assert str(in_postcode[8]) == ("street 'rue imaginaire' not found in 1030, 1035, 1105 or nearby: the postcode's "
                                   "centre")
    nowhere = geocoder.geocode_one("Rue Imaginaire 5")
    assert nowhere[2] == "none" and math.isnan(nowhere[0]) and nowhere[4] is None
    assert str(nowhere[8]) == "street 'rue imaginaire' not found and no postcode"
    empty = geocoder.geocode_one("")
    assert empty[2] == "none" and str(empty[8]) == "no street and no postcode"
    bad_postcode = geocoder.geocode_one("Rue Imaginaire 5, 1999")
    assert bad_postcode[2] == "none"
    assert str(bad_postcode[8]) == ("postcode 1999 is not in the reference; street 'rue imaginaire' not found and no "
                               "postcode")


def test_columns_are_geocoded_row_by_row(geocoder, address_reference):
    walckiers = address_reference.number("Rue Walckiers", "1030")
    louise = address_reference.number("Avenue Louise", "1050")
    result = geocoder.geocode(
        street=["Rue Walckiers", "Louizalaan", None, "Rue Imaginaire"],
        number=[walckiers["house_number"], int(louise["house_number"]), "4", "3"],
        postcode=[1030, 1050.0, None, "B-1030"],
        municipality=[None, "Elsene", None, "Schaerbeek"],
    )
    assert len(result) == 4
    assert result.match_type == ["exact", "exact", "none", "postcode"]
    assert _at((result.x[0], result.y[0]), address_reference.xy(walckiers))
    assert _at((result.x[1], result.y[1]), address_reference.xy(louise))
    assert math.isnan(result.x[2]) and str(result.reason[2]) == "no street and no postcode"
    assert result.postcode[3] == "1030" and result.nis_code[3] == "21015"
    assert list(result.match_score) == [1.0, 1.0, 0.0, 0.4]


def test_without_rapidfuzz_the_pure_python_matcher_gives_the_same_answers(geocoder, address_reference, monkeypatch):
    row = address_reference.number("Rue de la Loi", "1000")
    texts = [f"Rue de la Loie {row['house_number']}, 1000", "Avenue de Tervuren 3, 1000", "Rue Imaginaire 5, 1030"]
    with_rapidfuzz = [geocoder.geocode_one(t) for t in texts]
    monkeypatch.setattr(geocoding, "FUZZY_BACKEND", "difflib")
    fallback = Geocoder(geocoder.reference)
    assert [fallback.geocode_one(t) for t in texts] == with_rapidfuzz


def test_a_number_on_the_part_of_the_street_across_the_border_is_found_there(geocoder, address_reference):
    anderlecht = address_reference.numbers("Chaussée de Ninove", "1070")
    molenbeek = address_reference.numbers("Chaussée de Ninove", "1080")
    number = sorted(anderlecht - molenbeek, key=lambda n: (len(n), n))[-1]
    row = next(r for r in address_reference.points("Chaussée de Ninove", "1070") if r["house_number"] == number)
    result = geocoder.geocode_one(f"Chaussée de Ninove {number}, 1080 Molenbeek")
    assert result[2] == "exact" and _at(result, address_reference.xy(row)), result
    assert result[6] == "1070" and result[3] == 0.95
    assert str(result[8]) == (f"number {number} not on the street in 1080: found on the street of the same name in "
                              "1070")
