"""The curation dock: the proposals to decide, the review queue and the portfolios of the ecosystem in use, one tab
each; the tab titles count what waits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.core import QgsSettings, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ..core.store.sources import EcosystemSource, as_source
from ..layers.user import CURATOR_SETTING, curator_name
from .connect_dialog import tr
from .portfolios_panel import PortfoliosPanel
from .proposals_panel import ProposalsPanel
from .review_panel import ReviewPanel

DOCK_OBJECT_NAME = "BrusselsCreativeCurationDock"


class CurationDock(QgsDockWidget):
    """Curate one ecosystem file: decide proposals, work through the review queue, keep portfolios."""

    def __init__(self, notify: Callable[[str, int], None], canvas=None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Brussels Creative curation"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        body = QWidget()
        layout = QVBoxLayout(body)
        header = QHBoxLayout()
        self.file_label = QLabel()
        self.file_label.setObjectName("curation_file")
        self.file_label.setWordWrap(True)
        header.addWidget(self.file_label, 1)
        header.addWidget(QLabel(tr("Signed as")))
        self.curator = QLineEdit(curator_name())
        self.curator.setObjectName("curation_curator")
        self.curator.setToolTip(tr("The name stamped on your decisions, kept in the plugin's settings"))
        self.curator.editingFinished.connect(self._keep_curator)
        header.addWidget(self.curator)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setObjectName("curation_refresh")
        self.refresh_button.setToolTip(tr("Read the file again (another curator may have decided meanwhile)"))
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh())
        header.addWidget(self.refresh_button)
        layout.addLayout(header)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("curation_tabs")
        self.proposals = ProposalsPanel(notify, canvas)
        self.review = ReviewPanel(notify, canvas)
        self.portfolios = PortfoliosPanel(notify, canvas)
        for panel in self.panels():
            self.tabs.addTab(panel, "")
            panel.refreshed.connect(self._titles)
            panel.wrote.connect(self.refresh)
        layout.addWidget(self.tabs)
        self.setWidget(body)
        self.set_ecosystem(None, None)

    def panels(self) -> tuple:
        """The three tabs, in order."""
        return self.proposals, self.review, self.portfolios

    def set_ecosystem(self, ecosystem: EcosystemSource | str | Path | None, entities: QgsVectorLayer | None) -> None:
        """Curate this ecosystem (a GeoPackage's or a PostGIS schema's), shown through its entities layer (None: no
        ecosystem open)."""
        source = as_source(ecosystem) if ecosystem else None
        self.file_label.setText(tr("Curating {}").format(source.file.name if source.file else source.label)
                                if source else tr("No ecosystem open: Brussels Creative ▸ Open ecosystem…"))
        self.file_label.setToolTip(source.label if source else "")
        for panel in self.panels():
            panel.set_ecosystem(source, entities)
        self._titles()

    def refresh(self) -> None:
        """Read every tab again from the file."""
        for panel in self.panels():
            panel.refresh()

    def _keep_curator(self) -> None:
        """Keep the name typed in the header for the decisions to come (empty: back to the default name)."""
        settings = QgsSettings()
        if self.curator.text().strip():
            settings.setValue(CURATOR_SETTING, self.curator.text().strip())
        else:
            settings.remove(CURATOR_SETTING)
            self.curator.setText(curator_name())

    def _titles(self, *_args) -> None:
        self.tabs.setTabText(0, tr("Proposals ({})").format(self.proposals.count))
        self.tabs.setTabText(1, tr("Review queue ({})").format(self.review.count))
        self.tabs.setTabText(2, tr("Portfolios ({})").format(self.portfolios.table.rowCount()))
