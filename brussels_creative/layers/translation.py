"""The plugin's messages in the user's language, for Processing and the GUI alike (qgis.core only)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import Message, translated


def tr(text: str) -> str:
    """Translate a user-facing string in the plugin's context."""
    return QCoreApplication.translate("BrusselsCreative", text)


def error_text(error: BaseException | Message) -> str:
    """An error's (or a core message's) text in the user's language: the core's carry their English template and
    values."""
    return translated(error, tr)
