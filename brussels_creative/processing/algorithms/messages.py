"""The two things every algorithm module says to the user: translated text, and the one cancel message."""

from __future__ import annotations

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    """Translate a user-facing string in the plugin's context."""
    return QCoreApplication.translate("BrusselsCreative", text)


def check_canceled(feedback) -> None:
    """Stop the algorithm when the user cancelled: the one cancel check of every algorithm, raised before any output
    is finished (sinks and files are left unwritten or removed)."""
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled: no output was written"))
