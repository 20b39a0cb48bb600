"""Paths of the plugin's shipped resources (icons, styles, translations)."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent


def icon_path(name: str = "brussels_creative.svg") -> str:
    """Return the absolute path of an icon shipped in resources/icons."""
    return str(RESOURCES_DIR / "icons" / name)
