"""Dropping an ecosystem GeoPackage on QGIS opens it the Brussels Creative way (layers, styles, forms)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.gui import QgsCustomDropHandler

from ..core.errors import BrusselsCreativeError
from ..core.store.ecosystem import read_schema_version


class EcosystemDropHandler(QgsCustomDropHandler):
    """Takes dropped .gpkg files that are ecosystem files; leaves every other file to QGIS."""

    def __init__(self, open_ecosystem: Callable[[str], bool]) -> None:
        super().__init__()
        self._open = open_ecosystem

    def customUriProviderKey(self) -> str:
        """Return the key of this handler."""
        return "brussels_creative"

    def handleFileDrop(self, file: str) -> bool:
        """Open the file if it is an ecosystem GeoPackage; return whether it was handled."""
        if not file.lower().endswith(".gpkg") or not Path(file).is_file():
            return False
        try:
            if read_schema_version(file) is None:
                return False
        except BrusselsCreativeError:
            return False
        return self._open(file)
