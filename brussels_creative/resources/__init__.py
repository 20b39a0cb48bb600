"""Paths of the plugin's shipped resources (icons, styles, translations)."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent


def icon_path(name: str = "brussels_creative.svg") -> str:
    """Return the absolute path of an icon shipped in resources/icons."""
    return str(RESOURCES_DIR / "icons" / name)


def style_path(name: str) -> str:
    """Return the absolute path of a QML style shipped in resources/styles."""
    return str(RESOURCES_DIR / "styles" / name)
