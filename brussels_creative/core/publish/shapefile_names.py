"""Field names a shapefile can hold: at most 10 characters, unique, and still readable ("n_sector_visual_arts"
becomes "n_sctrvslr", not GDAL's "n_sector_v" then "n_sector_1"), with the table that maps them back."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

DBF_NAME_LENGTH = 10
VOWELS = set("aeiouy")


def _squeezed(word: str) -> str:
    """A word without its vowels after the first letter ("sector" → "sctr")."""
    return word[:1] + "".join(c for c in word[1:] if c.lower() not in VOWELS)


def short_names(names: Sequence[str], length: int = DBF_NAME_LENGTH) -> list[str]:
    """Unique names of at most `length` characters, in order: short names stay; a long one keeps its first word
    and squeezes the rest; a clash ends in a number. Compared without case, as DBF does."""
    out: list[str] = []
    taken: set[str] = {n.lower() for n in names if len(n) <= length}
    for name in names:
        if len(name) <= length:
            out.append(name)
            continue
        head, _, tail = name.partition("_")
        squeezed = (head + "_" + "".join(_squeezed(w) for w in tail.split("_") if w)) if tail else _squeezed(head)
        candidate = squeezed[:length]
        number = 1
        while candidate.lower() in taken:
            suffix = str(number)
            candidate = squeezed[: length - len(suffix)] + suffix
            number += 1
        taken.add(candidate.lower())
        out.append(candidate)
    return out


def write_field_table(path: str | Path, layer: str, full: Sequence[str], short: Sequence[str]) -> Path:
    """Write the layer's short and full field names as CSV (layer, short_name, full_name), as export's fields.csv."""
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("layer", "short_name", "full_name"))
        writer.writerows((layer, s, f) for s, f in zip(short, full, strict=True))
    return path
