"""The two things every algorithm module says to the user: translated text, and the one cancel message (and the
one loop that checks for it and reports progress)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    """Translate a user-facing string in the plugin's context."""
    return QCoreApplication.translate("BrusselsCreative", text)


def cancelled() -> QgsProcessingException:
    """The one error every algorithm stops with when the user cancelled (outputs are left unwritten or removed, a
    store's transaction rolled back)."""
    return QgsProcessingException(tr("Cancelled: nothing was written"))


def check_canceled(feedback) -> None:
    """Stop the algorithm when the user cancelled: the one cancel check of every algorithm, raised before any output
    is finished (sinks and files are left unwritten or removed)."""
    if feedback is not None and feedback.isCanceled():
        raise cancelled()


Item = TypeVar("Item")


def watched(items: Iterable[Item], feedback, total: int = 0, every: int = 1000) -> Iterator[Item]:
    """The items one by one, checking for a cancel every `every` items and then reporting the progress (the share of
    `total` items passed, in %; none when total is 0): the one loop the readers of features share."""
    for index, item in enumerate(items):
        if index % every == 0:
            check_canceled(feedback)
            if total:
                feedback.setProgress(min(100.0, 100 * index / total))
        yield item
