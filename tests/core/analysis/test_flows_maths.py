"""Relationships aggregated between areas (flow_lines' areas mode)."""

from __future__ import annotations

from collections import Counter

from brussels_creative.core.analysis import flows


def test_flows_count_each_pair_of_areas_by_type_and_leave_out_unplaced_ends():
    """Area 0 → 1 twice (two types), 1 → 0 once, within 2 once, one end outside every area: the table keeps the
    direction and the within-area flow; the lines join unordered pairs of different areas."""
    origin = [0, 0, 1, 2, -1]
    destination = [1, 1, 0, 2, 0]
    types = ["member_of", "collaborates_with", "member_of", "member_of", "member_of"]
    aggregated = flows.area_flows(origin, destination, types)
    assert aggregated.unplaced == 1
    assert aggregated.od == {(0, 1): Counter(member_of=1, collaborates_with=1), (1, 0): Counter(member_of=1),
                             (2, 2): Counter(member_of=1)}
    assert aggregated.pairs == {(0, 1): Counter(member_of=2, collaborates_with=1)}
    assert flows.largest_first(aggregated.od) == [(0, 1), (1, 0), (2, 2)]
    assert flows.type_counts(aggregated.pairs[(0, 1)]) == "member_of 2, collaborates_with 1"


def test_no_relationships():
    aggregated = flows.area_flows([], [], [])
    assert (aggregated.od, aggregated.pairs, aggregated.unplaced) == ({}, {}, 0)
