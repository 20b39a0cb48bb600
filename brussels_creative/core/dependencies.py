"""What the plugin needs beyond QGIS, checked at load so users get advice rather than a traceback."""

from __future__ import annotations

import importlib

# module name, minimum version, what to tell the user
REQUIRED = (
    ("numpy", "1.21", "numpy"),
    ("scipy", "1.8", "scipy"),
    ("shapely", "2.0", "shapely>=2.0"),
)


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def missing_dependencies() -> list[str]:
    """Return pip requirement strings for each missing or too old dependency (empty when all is there)."""
    missing = []
    for module_name, minimum, requirement in REQUIRED:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            missing.append(requirement)
            continue
        if _version_tuple(getattr(module, "__version__", "0")) < _version_tuple(minimum):
            missing.append(requirement)
    return missing


# Needed by some algorithms only: without them those algorithms are left out of the toolbox, the rest works.
# module name, minimum version, what to tell the user, what needs it
OPTIONAL = (
    ("igraph", "0.10", "igraph>=0.10 (python-igraph)", "the Network algorithms"),
)


def missing_optional() -> dict[str, str]:
    """Return {module: advice} for each missing or too old optional dependency, the advice naming what to install
    and what needs it."""
    missing = {}
    for module_name, minimum, requirement, users in OPTIONAL:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            module = None
        if module is None or _version_tuple(getattr(module, "__version__", "0")) < _version_tuple(minimum):
            missing[module_name] = f"{users} need {requirement}: install it with pip in QGIS's Python"
    return missing
