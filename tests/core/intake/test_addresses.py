"""Address normalisation and parsing: street keys, house numbers, municipalities, free text."""

from __future__ import annotations

import pytest

from brussels_creative.core.intake.addresses import (
    HouseNumber,
    core_keys,
    find_municipality,
    parse_address,
    parse_house_number,
    street_keys,
)

SAME_STREET = [
    # (as written, as the reference writes it): one key
    ("Av. Louise", "Avenue Louise"),
    ("av louise", "Avenue Louise"),
    ("Ave Louise", "Avenue Louise"),
    ("AVENUE  LOUISE", "Avenue Louise"),
    ("Bd Anspach", "Boulevard Anspach"),
    ("Bld. Anspach", "Boulevard Anspach"),
    ("Chée de Wavre", "Chaussée de Wavre"),
    ("Chee de Wavre", "Chaussée de Wavre"),
    ("Chaussee-de-Wavre", "Chaussée de Wavre"),
    ("Pl. Sainte-Catherine", "Place Sainte-Catherine"),
    ("Place Ste Catherine", "Place Sainte-Catherine"),
    ("Sq. Ambiorix", "Square Ambiorix"),
    ("R. Haute", "Rue Haute"),
    ("Rte de Lennik", "Route de Lennik"),
    ("Rue d Arlon", "Rue d'Arlon"),
    ("Rue d’Arlon", "Rue d'Arlon"),
    ("Rue Marie Christine", "Rue Marie-Christine"),
    ("Rue MarieChristine", "Rue Marie-Christine"),
    ("Wetstr.", "Wetstraat"),
    ("Wet straat", "Wetstraat"),
    ("Ninoofsestwg", "Ninoofsesteenweg"),
    ("Ninoofse stw.", "Ninoofsesteenweg"),
    ("Steenw. op Waver", "Steenweg op Waver"),
    ("Anspachln", "Anspachlaan"),
    ("Anspach ln.", "Anspachlaan"),
    ("Sint-Katelijnepln", "Sint-Katelijneplein"),
    ("St-Maartenstr.", "Sint-Maartenstraat"),
    ("Tervurenlaan", "TERVURENLAAN"),
]


@pytest.mark.parametrize(("written", "official"), SAME_STREET)
def test_written_forms_share_the_official_name_key(written, official):
    assert street_keys(written)[0] == street_keys(official)[0]


def test_an_ambiguous_abbreviation_gives_every_reading():
    assert street_keys("Ch. de Wavre") == ("chausseedewavre", "chemindewavre")


def test_the_core_name_is_shared_by_the_french_and_dutch_forms():
    assert core_keys("Rue Walckiers") == core_keys("Walckiersstraat") == ("walckiers",)
    assert core_keys("Avenue de la Couronne") == ("couronne",)


@pytest.mark.parametrize(("text", "expected"), [
    ("5", HouseNumber(5)),
    ("5A", HouseNumber(5, "a")),
    ("5 a", HouseNumber(5, "a")),
    ("5-7", HouseNumber(5, "", 7)),
    ("5 - 7", HouseNumber(5, "", 7)),
    ("5 bte 2", HouseNumber(5, "", None, "2")),
    ("5 boîte 2", HouseNumber(5, "", None, "2")),
    ("5/2", HouseNumber(5, "", None, "2")),
    ("5 bus 2", HouseNumber(5, "", None, "2")),
    ("5 b 2", HouseNumber(5, "", None, "2")),
    ("5bte2", HouseNumber(5, "", None, "2")),
    ("12A bte 3", HouseNumber(12, "a", None, "3")),
    ("n° 5", HouseNumber(5)),
    ("", None),
    ("bis", None),
])
def test_house_numbers(text, expected):
    assert parse_house_number(text) == expected


def test_house_number_labels_and_texts():
    number = parse_house_number("12a bte 3")
    assert number.label == "12A"
    assert number.text("fr") == "12A bte 3"
    assert number.text("nl") == "12A bus 3"


@pytest.mark.parametrize(("name", "expected"), [
    ("Schaerbeek", ("21015", None)),
    ("Schaarbeek", ("21015", None)),
    ("Ixelles", ("21009", None)),
    ("Elsene", ("21009", None)),
    ("Bruxelles", ("21004", None)),
    ("Brussel", ("21004", None)),
    ("Brüssel", ("21004", None)),
    ("Laeken", ("21004", "1020")),
    ("Laken", ("21004", "1020")),
    ("Neder-Over-Heembeek", ("21004", "1120")),
    ("neder over heembeek", ("21004", "1120")),
    ("Haren", ("21004", "1130")),
    ("Bruxelles (Laeken)", ("21004", "1020")),
    ("St-Gilles", ("21013", None)),
    ("Sint-Gillis", ("21013", None)),
    ("Woluwe-St-Pierre", ("21019", None)),
    ("Sint-Lambrechts-Woluwe", ("21018", None)),
    ("Molenbeek", ("21012", None)),
    ("Gotham", None),
])
def test_municipality_names(name, expected):
    assert find_municipality(name) == expected


POSTCODES = frozenset({"1000", "1020", "1030", "1050", "1150", "1180"})


@pytest.mark.parametrize(("text", "streets", "number", "postcode", "municipality"), [
    ("Av. Louise 54 bte 3, 1050 Ixelles", ("av. louise",), HouseNumber(54, "", None, "3"), "1050", "ixelles"),
    ("Rue Walckiers - Walckiersstraat 5, 1030 Schaerbeek", ("rue walckiers", "walckiersstraat"), HouseNumber(5),
     "1030", "schaerbeek"),
    ("Walckiersstraat / Rue Walckiers 5 B-1030", ("walckiersstraat", "rue walckiers"), HouseNumber(5), "1030",
     None),
    ("54 avenue Louise 1050", ("avenue louise",), HouseNumber(54), "1050", None),
    ("12 Rue Haute, Bruxelles", ("rue haute",), HouseNumber(12), None, "bruxelles"),
    ("Rue Haute 12, Bruxelles", ("rue haute",), HouseNumber(12), None, "bruxelles"),
    ("Rue de Laeken 5, Laeken", ("rue de laeken",), HouseNumber(5), None, "laeken"),
    ("Chaussée de Waterloo 1150", ("chaussee de waterloo",), HouseNumber(1150), None, None),
    ("Chaussée de Waterloo 1150, 1180 Uccle", ("chaussee de waterloo",), HouseNumber(1150), "1180", "uccle"),
    ("Rue Haute 5-7 1000", ("rue haute",), HouseNumber(5, "", 7), "1000", None),
    ("rue haute 5 bus 2 - 1000 brussel", ("rue haute",), HouseNumber(5, "", None, "2"), "1000", "brussel"),
    ("Rue de la Loi 16, 1000 Bruxelles, Belgique", ("rue de la loi",), HouseNumber(16), "1000", "bruxelles"),
    ("3 R. Terre-Neuve", ("r. terre-neuve",), HouseNumber(3), None, None),
    ("Rue Haute, 1000 Bruxelles", ("rue haute",), None, "1000", "bruxelles"),
])
def test_free_text_addresses_are_split(text, streets, number, postcode, municipality):
    parsed = parse_address(text, POSTCODES)
    assert (parsed.streets, parsed.number, parsed.postcode, parsed.municipality) == (
        streets, number, postcode, municipality)
