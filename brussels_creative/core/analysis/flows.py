"""Relationships aggregated between areas: how many link each pair of areas, and of which types."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np


@dataclass
class AreaFlows:
    """Counts by relation type, for relationships whose both ends lie in an area.

    od: by (origin area, destination area) as recorded (within one area included); pairs: by unordered pair of
    two different areas (smaller index first); unplaced: relationships with an end outside every area."""

    od: dict[tuple[int, int], Counter]
    pairs: dict[tuple[int, int], Counter]
    unplaced: int


def area_flows(origin: np.ndarray, destination: np.ndarray, types) -> AreaFlows:
    """Aggregate relationships by the areas of their ends (area indices, -1 for none) and their types."""
    origin, destination = np.asarray(origin), np.asarray(destination)
    placed = (origin >= 0) & (destination >= 0)
    od: dict[tuple[int, int], Counter] = defaultdict(Counter)
    pairs: dict[tuple[int, int], Counter] = defaultdict(Counter)
    kinds = np.asarray(types, dtype=object)[placed].tolist()
    for i, j, kind in zip(origin[placed].tolist(), destination[placed].tolist(), kinds, strict=True):
        od[(i, j)][str(kind)] += 1
        if i != j:
            pairs[(min(i, j), max(i, j))][str(kind)] += 1
    return AreaFlows(dict(od), dict(pairs), int((~placed).sum()))


def largest_first(flows: dict[tuple[int, int], Counter]) -> list[tuple[int, int]]:
    """The keys by decreasing number of links, ties by key."""
    return sorted(flows, key=lambda key: (-sum(flows[key].values()), key))


def type_counts(counter: Counter) -> str:
    """'member_of 12, collaborates_with 3': the relation types by count."""
    return ", ".join(f"{kind} {count}" for kind, count in sorted(counter.items(), key=lambda i: (-i[1], i[0])))
