"""The plugin's messages in the user's language, for Processing and the GUI alike (qgis.core only)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import translated


def tr(text: str) -> str:
    """Translate a user-facing string in the plugin's context."""
    return QCoreApplication.translate("BrusselsCreative", text)


def error_text(error: BaseException) -> str:
    """An error's message in the user's language (the core's errors carry their English template and values)."""
    return translated(error, tr)
