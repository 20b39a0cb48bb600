"""Near-duplicate entity names: accent- and case-insensitive normalisation, a similarity score, nearby look-up.

Two names are *similar* when ``name_similarity`` reaches ``SIMILARITY_THRESHOLD`` (0.85). The score is the best of
two ``difflib.SequenceMatcher`` ratios on the normalised names: as written, and with their words sorted (so "Studio
Flagey" and "Flagey Studio" match). 0.85 accepts a typo or a missing letter in a name of ten letters or more ("Hub
Centrale" / "Hub Central" scores 0.96) and rejects names sharing only a word ("Studio Molenbeek" / "Studio
Anderlecht" scores 0.55). Names whose numbers differ ("Atelier 1" / "Atelier 2") are never similar.

No Qt, no QGIS: plain strings and numpy.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np

SIMILARITY_THRESHOLD = 0.85
DEFAULT_RADIUS_M = 250.0

# Belgian legal forms (fr, nl, de, en), dropped from either end of a name. Short ones that are also common words
# ("sa" is "her" in French, "sc", "cv") are only dropped at the end, where legal forms stand.
LEGAL_FORMS = frozenset(
    {
        "asbl", "aisbl", "vzw", "ivzw", "sprl", "sprlu", "srl", "sa", "nv", "bv", "bvba", "cv", "cvba", "scrl",
        "scris", "sc", "scs", "sca", "snc", "vof", "commv", "comm", "gcv", "ev", "gmbh", "ltd",
    }
)  # fmt: skip
LEADING_LEGAL_FORMS = LEGAL_FORMS - {"sa", "sc", "cv", "bv", "ev", "comm"}

_DOTTED_ABBREVIATION = re.compile(r"\b(?:[^\W\d_]\.){2,}")  # a.s.b.l.  s.a.  n.v.
_NOT_WORD = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Match:
    """An existing entity close to a new one: its key, name, distance in metres and name similarity (0–1)."""

    key: Hashable
    name: str
    distance_m: float
    score: float


def strip_accents(text: str) -> str:
    """Return the text without diacritics ("Ça" → "Ca", "ï" → "i"), compatibility characters decomposed."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_tokens(name: str | None) -> list[str]:
    """Return the words of a normalised name: no accents, case-folded, no punctuation, no legal form at either end."""
    if not name:
        return []
    text = strip_accents(name).casefold()
    text = _DOTTED_ABBREVIATION.sub(lambda m: m.group(0).replace(".", "") + " ", text)
    tokens = _NOT_WORD.sub(" ", text).split()
    kept = list(tokens)
    while len(kept) > 1 and kept[-1] in LEGAL_FORMS:
        kept.pop()
    while len(kept) > 1 and kept[0] in LEADING_LEGAL_FORMS:
        kept.pop(0)
    return kept


def normalize_name(name: str | None) -> str:
    """Return a name reduced for comparison: "Atelier Ça Va a.s.b.l." → "atelier ca va"."""
    return " ".join(name_tokens(name))


def _numbers(tokens: list[str]) -> list[str]:
    return [number.lstrip("0") or "0" for token in tokens for number in _DIGITS.findall(token)]


def name_similarity(a: str | None, b: str | None) -> float:
    """Return how alike two names are, from 0 (nothing in common) to 1 (equal once normalised)."""
    tokens_a, tokens_b = name_tokens(a), name_tokens(b)
    if not tokens_a or not tokens_b:
        return 0.0
    if _numbers(tokens_a) != _numbers(tokens_b):
        return 0.0
    plain = SequenceMatcher(None, " ".join(tokens_a), " ".join(tokens_b), autojunk=False).ratio()
    ordered = SequenceMatcher(None, " ".join(sorted(tokens_a)), " ".join(sorted(tokens_b)), autojunk=False).ratio()
    return max(plain, ordered)


def is_similar(a: str | None, b: str | None, threshold: float = SIMILARITY_THRESHOLD) -> bool:
    """Return True when two names are near-duplicates (similarity at or above the threshold)."""
    return name_similarity(a, b) >= threshold


def find_similar(
    name: str | None,
    x: float,
    y: float,
    candidates: Iterable[tuple[Hashable, str | None, float, float]],
    radius_m: float = DEFAULT_RADIUS_M,
    threshold: float = SIMILARITY_THRESHOLD,
) -> list[Match]:
    """Return the candidates (key, name, x, y) within radius_m of (x, y) whose name is similar, best score first.

    Coordinates are planar metres (EPSG:31370); a candidate exactly on the radius is included.
    """
    rows = list(candidates)
    if not rows or not name_tokens(name):
        return []
    xy = np.array([(row[2], row[3]) for row in rows], dtype=float).reshape(-1, 2)
    distances = np.hypot(xy[:, 0] - x, xy[:, 1] - y)
    near = np.flatnonzero(distances <= radius_m)  # NaN coordinates compare False: skipped
    matches = []
    for index in near:
        key, other, *_ = rows[index]
        score = name_similarity(name, other)
        if score >= threshold:
            matches.append(Match(key, other or "", float(distances[index]), score))
    matches.sort(key=lambda m: (-m.score, m.distance_m))
    return matches
