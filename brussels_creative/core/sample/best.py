"""A BeST-shaped "openaddress" CSV built from a real list of Brussels street names (BOSA's postal streets extract,
whose columns are postal_id, postal_fr/nl, street_fr/nl/de, street_no, city_no...) with synthetic house points:
each street (per postcode) becomes a straight segment inside its municipality, odd numbers on its left side and
even numbers on its right, 7 m apart, some numbers missing (so interpolation has work), some with a letter ("12A")
and some with boxes. Tests and benchmarks use it as a reference whose truth is known.

The street list is not shipped with the plugin (its copy is GPL-3): the path is always given by the caller.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import shapely

from ..intake.address_reference import BEST_COLUMNS
from ..intake.addresses import municipality_key
from ..store import region, taxonomy

SPACING = 7.0  # metres between two houses on one side
OFFSET = 6.0  # metres from the street's axis to each side's houses


def read_street_list(path: str | Path) -> list[dict[str, str]]:
    """The rows of a BeST postal streets CSV (postal_id, street_fr, street_nl, street_de, street_no, city_no...)."""
    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _street_groups(streets: list[dict[str, str]]) -> list[list[dict[str, str]]]:
    """Rows naming one street: the same French and Dutch names in one municipality or in touching ones (a street
    crossing a postcode or municipal border is one line whose numbers are split between its parts, as in BeST)."""
    codes, shapes = region.municipality_shapes()
    touching = {(a, b) for a, shape in zip(codes, shapes, strict=True) for b, other in zip(codes, shapes, strict=True)
                if a == b or shapely.distance(shape, other) < 20.0}
    groups: list[list[dict[str, str]]] = []
    by_name: dict[str, list[list[dict[str, str]]]] = {}
    seen = set()
    for street in streets:
        identity = (street["postal_id"], street.get("street_fr", ""), street.get("street_nl", ""))
        if identity in seen:
            continue  # one street cut in two by BeST within a postcode: one part
        seen.add(identity)
        name = municipality_key(identity[1]) or municipality_key(identity[2])  # spelling variants of one name
        for group in by_name.get(name, ()):
            nis = {row["city_no"] for row in group}
            if any((street["city_no"], code) in touching for code in nis):
                group.append(street)
                break
        else:
            group = [street]
            groups.append(group)
            by_name.setdefault(name, []).append(group)
    return groups


def synthetic_points(streets: list[dict[str, str]], max_number: int = 40, seed: int = 1
                     ) -> list[tuple[float, float, dict[str, str], str, str]]:
    """(x, y, street row, house number, box) for every synthetic address point of the street list."""
    rng = np.random.default_rng(seed)
    codes, shapes = region.municipality_shapes()
    shape_of = dict(zip(codes, shapes, strict=True))
    for shape in shapes:
        shapely.prepare(shape)
    points = []
    for group in _street_groups(streets):
        shape = shape_of.get(group[0]["city_no"]) or shape_of[codes[0]]
        minx, miny, maxx, maxy = shape.bounds
        while True:
            sx, sy = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
            if shapely.intersects_xy(shape, sx, sy):
                break
        angle = rng.uniform(0, np.pi)
        dx, dy = np.cos(angle), np.sin(angle)
        top = int(rng.integers(4, max_number + 1)) * len(group)
        numbers = np.arange(1, top + 1)
        part = np.minimum((numbers - 1) * len(group) // top, len(group) - 1)  # consecutive ranges per postcode
        missing = (numbers > 3) & (rng.random(top) < 0.12)
        boxes = np.where(rng.random(top) < 0.08, rng.integers(2, 4, top), 0)
        lettered = rng.random(top) < 0.04
        along = SPACING * ((numbers - 1) // 2)
        side = np.where(numbers % 2 == 1, OFFSET, -OFFSET)
        xs = (sx + along * dx - side * dy).tolist()
        ys = (sy + along * dy + side * dx).tolist()
        for j, number in enumerate(numbers.tolist()):
            if missing[j]:
                continue
            street = group[int(part[j])]
            x, y, label = xs[j], ys[j], str(number)
            if boxes[j]:
                points.extend((x, y, street, label, str(box)) for box in range(1, int(boxes[j]) + 1))
            else:
                points.append((x, y, street, label, ""))
            if lettered[j]:  # "12A" just after 12, same side
                points.append((x + 0.4 * SPACING * dx, y + 0.4 * SPACING * dy, street, f"{number}A", ""))
    return points


def write_best_csv(streets_csv: str | Path, target: str | Path, max_number: int = 40, seed: int = 1) -> int:
    """Write a BeST openaddress CSV of synthetic points along the real streets; return the number of rows."""
    streets = read_street_list(streets_csv)
    points = synthetic_points(streets, max_number, seed)
    names = {m.nis: m for m in taxonomy.MUNICIPALITIES}
    lon, lat = _to_wgs84(np.array([p[0] for p in points]), np.array([p[1] for p in points]))
    with Path(target).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(BEST_COLUMNS)
        for i, (x, y, street, number, box) in enumerate(points):
            municipality = names.get(street["city_no"])
            writer.writerow((
                f"{x:.2f}", f"{y:.2f}", f"{lat[i]:.7f}", f"{lon[i]:.7f}",
                f"https://databrussels.be/id/address/{i + 1}/1", box, number, street["city_no"], "",
                municipality.name_fr if municipality else street.get("city_fr", ""),
                municipality.name_nl if municipality else street.get("city_nl", ""),
                street["postal_id"], street.get("postal_fr", ""), street.get("postal_nl", ""), street["street_no"],
                street.get("street_de", ""), street.get("street_fr", ""), street.get("street_nl", ""), "BE-BRU",
                "current",
            ))
    return len(points)


def _to_wgs84(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    from osgeo import osr

    source = osr.SpatialReference()
    source.ImportFromEPSG(31370)
    target = osr.SpatialReference()
    target.ImportFromEPSG(4326)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    if not len(x):
        return x, y
    out = np.array(transform.TransformPoints(np.column_stack((x, y)).tolist()))
    return out[:, 0], out[:, 1]
