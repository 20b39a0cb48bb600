"""The address reference the geocoding tests share: the real street list of the region (../shared/data) with synthetic
house points along each street, written as a BeST openaddress CSV and loaded into a real ecosystem GeoPackage."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from helpers import SHARED

from brussels_creative.core.intake.address_reference import read_best_csv, write_reference
from brussels_creative.core.sample.best import write_best_csv
from brussels_creative.core.store.ecosystem import EcosystemStore

STREETS_CSV = SHARED / "data" / "brussels_streets_best.csv"  # beside the checkout, as on CI; never shipped
MAX_NUMBER = 16


@dataclass
class Reference:
    """A loaded reference: the BeST CSV, the GeoPackage, and the truth read back from the CSV."""

    csv: Path
    gpkg: Path
    rows: list[dict[str, str]] = field(default_factory=list)

    def points(self, street_fr: str, postcode: str) -> list[dict[str, str]]:
        """The CSV rows of one street in one postcode."""
        return [r for r in self.rows if r["streetname_fr"] == street_fr and r["postcode"] == postcode]

    def xy(self, row: dict[str, str]) -> tuple[float, float]:
        """The true point of a CSV row."""
        return float(row["EPSG:31370_x"]), float(row["EPSG:31370_y"])

    def number(self, street_fr: str, postcode: str, box: bool = False, letter: bool = False,
               index: int = 0) -> dict[str, str]:
        """A row of the street: a plain number (the index-th), or one with a box, or with a letter."""
        rows = [r for r in self.points(street_fr, postcode)
                if bool(r["box_number"]) == box and r["house_number"][-1].isalpha() == letter]
        assert rows, f"no {'boxed ' if box else ''}{'lettered ' if letter else ''}number on {street_fr} {postcode}"
        return rows[index]

    def numbers(self, street_fr: str, postcode: str) -> set[str]:
        """Every house number of the street."""
        return {r["house_number"] for r in self.points(street_fr, postcode)}


def build_reference(folder: Path, max_number: int = MAX_NUMBER) -> Reference:
    """Write the synthetic BeST CSV, create an ecosystem GeoPackage and load the reference into it."""
    folder.mkdir(parents=True, exist_ok=True)
    best = folder / "best_brussels.csv"
    write_best_csv(STREETS_CSV, best, max_number=max_number, seed=3)
    path = folder / "ecosystem.gpkg"
    EcosystemStore.create(path).close()
    write_reference(path, read_best_csv(best))
    with best.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return Reference(best, path, rows)
