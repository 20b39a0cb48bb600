"""Near-duplicate names: normalisation, the similarity score against its threshold, and the nearby look-up."""

from __future__ import annotations

import math

import pytest

from brussels_creative.core.intake.similarity import (
    SIMILARITY_THRESHOLD,
    find_similar,
    is_similar,
    name_similarity,
    normalize_name,
)


@pytest.mark.parametrize(
    ("name", "normalised"),
    [
        ("Café Central", "cafe central"),
        ("Atelier Ça Va asbl", "atelier ca va"),
        ("ATELIER ÇA VA A.S.B.L.", "atelier ca va"),
        ("Recyclart VZW", "recyclart"),
        ("vzw Recyclart", "recyclart"),
        ("Brussels Design  Lab – SRL", "brussels design lab"),
        ("Sa Maison", "sa maison"),  # "sa" is a French word at the start, a legal form only at the end
        ("Maison SA", "maison"),
        ("ASBL", "asbl"),  # a name made of a legal form only is kept
        ("Lab’O (Ixelles)", "lab o ixelles"),
        ("ﬁlm ﬂow", "film flow"),  # compatibility ligatures decomposed
        ("Geïncubeerd & Co", "geincubeerd co"),
        ("", ""),
        (None, ""),
    ],
)
def test_names_are_normalised_without_accents_case_punctuation_or_legal_form(name, normalised):
    assert normalize_name(name) == normalised


@pytest.mark.parametrize(
    ("a", "b", "similar"),
    [
        ("Café Central", "cafe central", True),
        ("Atelier Ça Va", "atelier ca va asbl", True),
        ("Hub Centrale", "Hub Central", True),  # a typo
        ("Studio Flagey", "Flagey Studio", True),  # words in another order
        ("A.S.B.L. Recyclart", "Recyclart vzw", True),
        ("Studio Molenbeek", "Studio Anderlecht", False),  # one shared word only
        ("Lab Ixelles", "Hub Centrale", False),
        ("Atelier 1", "Atelier 2", False),  # numbers differ
        ("Atelier 01", "Atelier 1", True),
        ("BOZAR", "BOZAR Lab", False),
        ("MAD", "MAX", False),
        ("Café Central", "", False),
    ],
)
def test_similarity_against_the_threshold(a, b, similar):
    assert is_similar(a, b) is similar
    assert (name_similarity(a, b) >= SIMILARITY_THRESHOLD) is similar
    assert name_similarity(a, b) == pytest.approx(name_similarity(b, a))


def test_similarity_is_one_for_equal_normalised_names_and_zero_for_empty():
    assert name_similarity("Café Central", "CAFE  CENTRAL!") == 1.0
    assert name_similarity(None, "x") == 0.0
    assert 0.0 <= name_similarity("Fablab", "Fablabs") <= 1.0


CANDIDATES = [
    ("same-name-near", "Cafe Central", 100.0, 0.0),
    ("typo-nearer", "Café Centrl", 30.0, 40.0),  # 50 m
    ("same-name-far", "Café Central", 400.0, 0.0),
    ("other-name-near", "Studio Molenbeek", 10.0, 0.0),
    ("on-the-radius", "café central asbl", 0.0, 250.0),
    ("no-point", "Café Central", math.nan, math.nan),
    ("no-name", None, 5.0, 5.0),
]


def test_find_similar_keeps_similar_names_within_the_radius_best_first():
    matches = find_similar("Café Central", 0.0, 0.0, CANDIDATES, radius_m=250)
    assert [m.key for m in matches] == ["same-name-near", "on-the-radius", "typo-nearer"]
    assert matches[0].score == 1.0 and matches[0].distance_m == pytest.approx(100.0)
    assert matches[1].score == 1.0 and matches[1].distance_m == pytest.approx(250.0)  # ties: nearer first
    assert matches[2].distance_m == pytest.approx(50.0) and SIMILARITY_THRESHOLD <= matches[2].score < 1.0


def test_find_similar_radius_and_threshold_are_parameters():
    assert [m.key for m in find_similar("Café Central", 0.0, 0.0, CANDIDATES, radius_m=60)] == ["typo-nearer"]
    far = find_similar("Café Central", 0.0, 0.0, CANDIDATES, radius_m=500, threshold=1.0)
    assert [m.key for m in far] == ["same-name-near", "on-the-radius", "same-name-far"]


def test_find_similar_without_candidates_or_name_finds_nothing():
    assert find_similar("Café Central", 0.0, 0.0, []) == []
    assert find_similar("", 0.0, 0.0, CANDIDATES) == []
    assert find_similar("asbl", 0.0, 0.0, CANDIDATES) == []
