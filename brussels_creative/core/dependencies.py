"""What the plugin needs beyond QGIS, checked at load so users get advice rather than a traceback."""

from __future__ import annotations

import importlib

# module name, minimum version, what to tell the user
REQUIRED = (
    ("numpy", "1.21", "numpy"),
    ("scipy", "1.8", "scipy"),
    ("shapely", "2.0", "shapely>=2.0"),
)


# Optional: the plugin works without them, some algorithms more slowly.
# module, minimum version, requirement, the algorithms that use it (rapidfuzz: misspelt streets; without it a
# pure-Python matcher gives the same results, slower)
OPTIONAL = (
    ("rapidfuzz", "3.0", "rapidfuzz>=3.0", "geocode_addresses"),
)


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def missing_dependencies() -> list[str]:
    """Return pip requirement strings for each missing or too old dependency (empty when all is there)."""
    return _missing(REQUIRED)


def missing_optional() -> list[tuple[str, str]]:
    """Return (pip requirement, the algorithms that run slower without it) for each missing or too old optional
    package."""
    wanted = {requirement: purpose for _, _, requirement, purpose in OPTIONAL}
    return [(requirement, wanted[requirement]) for requirement in _missing(
        tuple(entry[:3] for entry in OPTIONAL))]


def _missing(entries) -> list[str]:
    missing = []
    for module_name, minimum, requirement in entries:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            missing.append(requirement)
            continue
        if _version_tuple(getattr(module, "__version__", "0")) < _version_tuple(minimum):
            missing.append(requirement)
    return missing
