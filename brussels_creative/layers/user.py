"""Who is working: the name stamped on curation decisions and portfolios (qgis.core only)."""

from __future__ import annotations

import getpass

from qgis.core import QgsApplication, QgsSettings

CURATOR_SETTING = "brussels_creative/curator_name"


def curator_name() -> str:
    """The name set in the plugin's settings (brussels_creative/curator_name), else QGIS's user full name, else the
    operating system's login."""
    name = str(QgsSettings().value(CURATOR_SETTING, "") or "").strip()
    return name or QgsApplication.userFullName() or QgsApplication.userLoginName() or getpass.getuser()
