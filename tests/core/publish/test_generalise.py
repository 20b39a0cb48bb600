"""The generalisation of persons (street only, centre of the 100 m cell) that partner and public outputs share."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from brussels_creative.core.publish import generalise
from brussels_creative.core.publish.generalise import cell_centre, cell_centres, is_person, street_only
from brussels_creative.core.store import gpkg

ADDRESSES = [
    ("Rue Haute 45A", "Rue Haute"),
    ("Antoine Dansaertstraat 12 bus 3", "Antoine Dansaertstraat"),
    ("Rue de la Loi 16/2", "Rue de la Loi"),
    ("Place Flagey 18 b", "Place Flagey"),
    ("Rue Blaes 7 bte. 3", "Rue Blaes"),
    ("Boulevard Anspach 1 boîte 4", "Boulevard Anspach"),
    ("Chaussée de Wavre 1000-1002", "Chaussée de Wavre"),
    ("Rue X 12, 1000 Bruxelles", "Rue X"),
    ("Rue X 12 rez", "Rue X"),
    ("12, Rue Haute", "Rue Haute"),
    ("12 bte 3 Rue Haute", "Rue Haute"),
    ("Avenue du 11 Novembre 5 bte 2", "Avenue du 11 Novembre"),
    ("Rue du 11 Novembre", "Rue du 11 Novembre"),
    ("Tervurenlaan", "Tervurenlaan"),
    ("45", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("address", "street"), ADDRESSES)
def test_the_address_keeps_the_street_without_number_or_box(address, street):
    assert street_only(address) == street


@pytest.mark.parametrize(
    ("xy", "centre"),
    [
        ((149_237.4, 169_981.2), (149_250.0, 169_950.0)),
        ((149_100.0, 169_300.0), (149_150.0, 169_350.0)),  # on a grid line: the cell to its north-east
        ((149_199.999, 169_399.999), (149_150.0, 169_350.0)),
        ((-0.5, -100.5), (-50.0, -150.0)),
    ],
)
def test_the_point_moves_to_the_centre_of_its_100_m_cell(xy, centre):
    assert cell_centre(*xy) == centre
    x, y = cell_centres(np.array([xy[0]]), np.array([xy[1]]))
    assert (float(x[0]), float(y[0])) == centre


def test_every_point_moves_at_most_71_m_and_persons_of_a_cell_share_a_spot():
    rng = np.random.default_rng(3)
    x, y = rng.uniform(140_000, 160_000, 10_000), rng.uniform(160_000, 180_000, 10_000)
    cx, cy = cell_centres(x, y)
    assert np.hypot(cx - x, cy - y).max() <= 50 * np.sqrt(2)
    assert np.all((cx - 50) % 100 == 0) and np.all((cy - 50) % 100 == 0)
    assert np.all(np.floor(x / 100) == np.floor(cx / 100))


def test_persons_are_freelancers_and_solo_entries():
    assert is_person("freelancer", None) and is_person("company", "solo")
    assert not is_person("company", "micro") and not is_person(None, None)


def test_the_sql_functions_generalise_geopackage_points_and_addresses():
    connection = sqlite3.connect(":memory:")
    generalise.register_sqlite_functions(connection)
    blob, street = connection.execute(
        "SELECT bc_cell_point(?), bc_street(?)", (gpkg.point_blob(149_237.4, 169_981.2), "Rue Haute 45A")
    ).fetchone()
    assert gpkg.blob_point_xy(blob) == (149_250.0, 169_950.0) and street == "Rue Haute"
    assert connection.execute("SELECT bc_cell_point(NULL), bc_street(NULL)").fetchone() == (None, None)
