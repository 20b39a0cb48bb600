"""Where a person is shown outside the team: the street without the house number, and the centre of a 100 m cell
instead of the home.

A *person* is a natural person whose entry is personal data: an entity of type ``freelancer``, or of size class
``solo`` (a one-person business is its owner). Partner and public outputs (the exports, and later the public web
map) show persons on the map but not their home:

- the point moves to the centre of the 100 m × 100 m cell that holds it, on the grid of EPSG:31370 whose lines are
  the multiples of 100 m (x = 149 237.4, y = 169 981.2 becomes 149 250, 169 950). The point moves by at most 71 m;
  every person of a cell shares the same point, and the grid is fixed, so two exports (or an export and the web
  map) put a person on the same spot and nothing is learnt from comparing them. Near a municipal border the cell
  centre may lie in the neighbouring municipality: the entity's ``municipality`` field still names its own.
- the address keeps the street only: the house number with its letter, range and box (``12``, ``45A``, ``12/3``,
  ``10-12``, ``bte 3``, ``bus 2``, ``boîte 4``, ``box 1``), and anything after it (a floor, a postcode and a
  locality), are removed. A number that is part of the street's name stays when a month follows it (``Rue du 11
  Novembre 5`` → ``Rue du 11 Novembre``). A leading number (``12, Rue Haute``) is removed too. When nothing is left
  the address is empty (NULL). The rule errs towards removing: an address written as ``Rue X 12 rez`` loses ``12
  rez``.

The functions work on plain values and numpy arrays; ``register_sqlite_functions`` makes them callable from SQL
(``bc_street(address)``, ``bc_cell_point(geom)``) on a sqlite3 connection.
"""

from __future__ import annotations

import math
import re
import sqlite3

import numpy as np

from ..store import gpkg

CELL_M = 100.0
PERSON_TYPES = ("freelancer",)
PERSON_SIZE_CLASSES = ("solo",)
PERSON_SQL = "({a}.entity_type = 'freelancer' OR {a}.size_class = 'solo')"  # {a}: the entities table's alias

BOX_WORDS = frozenset({"bte", "boîte", "boite", "bt", "bus", "box", "b", "bo", "app", "apt", "appt", "appartement",
                       "étage", "etage", "verdieping", "rez", "gelijkvloers", "/", "-"})
MONTHS = frozenset({
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre",
    "octobre", "novembre", "décembre", "decembre", "januari", "februari", "maart", "april", "mei", "juni", "juli",
    "augustus", "oktober", "november", "december",
})
_TOKENS = re.compile(r"[^\s,;]+")


def is_person(entity_type: str | None, size_class: str | None) -> bool:
    """True for a natural person: a freelancer, or a one-person (solo) entry."""
    return entity_type in PERSON_TYPES or size_class in PERSON_SIZE_CLASSES


def cell_centre(x: float, y: float, size: float = CELL_M) -> tuple[float, float]:
    """The centre of the `size` m cell (grid on the multiples of `size`, EPSG:31370 metres) holding (x, y)."""
    return math.floor(x / size) * size + size / 2, math.floor(y / size) * size + size / 2


def cell_centres(x: np.ndarray, y: np.ndarray, size: float = CELL_M) -> tuple[np.ndarray, np.ndarray]:
    """`cell_centre` for arrays of coordinates."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    return np.floor(x / size) * size + size / 2, np.floor(y / size) * size + size / 2


def _has_digit(token: str) -> bool:
    return any(c.isdigit() for c in token)


def _is_box(token: str) -> bool:
    return token.lower().rstrip(".:") in BOX_WORDS


def street_only(address: str | None) -> str | None:
    """The address without its house number, box and what follows them (see the module's rules); None when empty."""
    if address is None:
        return None
    tokens = _TOKENS.findall(str(address))
    # leading number ("12, Rue Haute", "12 bte 3 Rue Haute")
    while tokens and (_has_digit(tokens[0]) or _is_box(tokens[0])):
        tokens.pop(0)
    kept: list[str] = []
    for i, token in enumerate(tokens):
        if _has_digit(token):
            following = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            if following in MONTHS and token.isdigit():
                kept.append(token)  # part of the street's name: "Rue du 11 Novembre"
                continue
            break
        kept.append(token)
    while kept and _is_box(kept[-1]):
        kept.pop()
    return " ".join(kept) or None


def generalised_point_blob(blob: bytes | None, size: float = CELL_M) -> bytes | None:
    """A GeoPackage point blob moved to its cell's centre (NULL, empty and non-point geometries are unchanged)."""
    xy = gpkg.blob_point_xy(blob)
    if xy is None:
        return blob
    srs_id = int.from_bytes(blob[4:8], "little" if blob[3] & 0x01 else "big", signed=True)
    return gpkg.point_blob(*cell_centre(*xy, size), srs_id=srs_id)


def register_sqlite_functions(connection: sqlite3.Connection) -> None:
    """Make bc_street(address) and bc_cell_point(geom) callable from SQL on the connection."""
    connection.create_function("bc_street", 1, street_only, deterministic=True)
    connection.create_function("bc_cell_point", 1, generalised_point_blob, deterministic=True)
