"""What the curation dock's panels share: the ecosystem file in use and its entities layer, a table of rows that
carry their ids, messages, and zooming the map to entities."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from qgis.core import QgsExpression, QgsFeatureRequest, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..core.errors import BrusselsCreativeError
from ..core.store.base import StoreBase
from ..core.store.sources import EcosystemSource, as_source, open_store
from ..layers.translation import error_text
from .connect_dialog import tr

ID_ROLE = Qt.UserRole  # the id a row stands for (a proposal's fid, an entity's uuid, a portfolio's name)
ENTITY_ROLE = Qt.UserRole + 1  # the uuid of the entity a row is about
MAX_COLUMN_WIDTH = 190  # pixels
POINT_BUFFER = 250.0  # metres shown around a single entity when zooming to it


def entity_filter(uuids: Sequence[str]) -> str:
    """A QGIS expression selecting entities by uuid (values quoted by QGIS)."""
    return '"uuid" IN (' + ", ".join(QgsExpression.quotedValue(u) for u in uuids) + ")"


def feature_ids(layer: QgsVectorLayer, uuids: Sequence[str]) -> list[int]:
    """The layer's feature ids of the given entities."""
    if not uuids:
        return []
    request = QgsFeatureRequest().setFilterExpression(entity_filter(uuids)).setNoAttributes()
    return [feature.id() for feature in layer.getFeatures(request)]


class CurationPanel(QWidget):
    """A tab of the curation dock: it works on one ecosystem file at a time and tells the user what it did."""

    refreshed = pyqtSignal()  # the rows were read again
    wrote = pyqtSignal()  # the panel wrote to the file (the other tabs may show something else now)

    def __init__(self, notify: Callable[[str, int], None], canvas=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notify, self.canvas = notify, canvas
        self.ecosystem: EcosystemSource | None = None
        self._layer_id: str | None = None

    def set_ecosystem(self, ecosystem: EcosystemSource | str | None, layer: QgsVectorLayer | None) -> None:
        """Work on this ecosystem, a GeoPackage's or a PostGIS schema's (None: none open), and show its rows."""
        self.ecosystem = as_source(ecosystem) if ecosystem else None
        self._layer_id = layer.id() if layer is not None else None
        self.refresh()

    def layer(self) -> QgsVectorLayer | None:
        """The ecosystem's entities layer while it is in the project."""
        return QgsProject.instance().mapLayer(self._layer_id) if self._layer_id else None

    def refresh(self) -> None:
        """Read the ecosystem again and show its rows; a read the store refuses (the user's rights, a lost
        connection) is said and leaves the table empty."""
        try:
            self.show_rows()
        except BrusselsCreativeError as error:
            self.table.setRowCount(0)
            self.notify(error_text(error), 2)
        self.refreshed.emit()

    def show_rows(self) -> None:
        """Read the panel's rows from the file in use (each panel its own)."""
        raise NotImplementedError

    def add_table(self, layout: QBoxLayout, headers: Sequence[str], name: str,
                  buttons: Sequence[tuple[str, str, str | None, Callable[[], None]]]) -> list[QPushButton]:
        """Put the panel's table (make_table) in the layout, with its row of buttons under it (button_row); returns
        the buttons."""
        self.table = make_table(headers, name)
        layout.addWidget(self.table)
        return button_row(layout, buttons)

    def refresh_on(self, *signals) -> None:
        """Read the rows again whenever one of these signals (of the panel's filters) is emitted."""
        for signal in signals:
            signal.connect(lambda *_args: self.refresh())

    def try_write(self, change: Callable[[StoreBase], object]) -> tuple[bool, object]:
        """Run change(store) on the ecosystem in use, open for writing: (True, what it returned); a write the store
        refuses is said to the user: (False, None)."""
        try:
            with open_store(self.ecosystem) as store:
                return True, change(store)
        except BrusselsCreativeError as error:
            self.notify(error_text(error), 2)
            return False, None

    def written(self, text: str, level: int = 3) -> None:
        """After a write: the entities layer shows what the file holds (selection kept), the rows are read again,
        and the user is told what was done."""
        layer = self.layer()
        if layer is not None:
            selected = layer.selectedFeatureIds()
            layer.dataProvider().reloadData()
            layer.selectByIds(selected)
            layer.triggerRepaint()
        self.refresh()
        self.wrote.emit()
        self.notify(text, level)

    def zoom_to(self, uuids: Sequence[str]) -> int:
        """Select the entities on the map, zoom to them and flash them; returns how many were found."""
        layer = self.layer()
        if layer is None:
            self.notify(tr("The entities layer of this ecosystem is not in the project: open the ecosystem again"), 1)
            return 0
        ids = feature_ids(layer, uuids)
        layer.selectByIds(ids)
        if not ids:
            self.notify(tr("The entity has no location yet, or is no longer in the file"), 1)
            return 0
        if self.canvas is not None:
            box = QgsRectangle(layer.boundingBoxOfSelected())
            if box.width() < POINT_BUFFER and box.height() < POINT_BUFFER:
                box = QgsRectangle(box.center().x() - POINT_BUFFER, box.center().y() - POINT_BUFFER,
                                   box.center().x() + POINT_BUFFER, box.center().y() + POINT_BUFFER)
            self.canvas.setExtent(self.canvas.mapSettings().layerExtentToOutputExtent(layer, box))
            self.canvas.refresh()
            self.canvas.flashFeatureIds(layer, ids)
        return len(ids)


def make_table(headers: Sequence[str], name: str) -> QTableWidget:
    """A read-only table of whole rows, several selectable, sortable by clicking a header."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.ExtendedSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    table.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)  # the order read until a header is clicked
    return table


def fill_table(table: QTableWidget, rows: Sequence[tuple[object, str | None, Sequence[str | int]]]) -> None:
    """Show rows of (id, entity uuid, cells); the ids ride on the first cell of each row; whole numbers sort as
    numbers."""
    table.setSortingEnabled(False)
    table.clearContents()
    table.setRowCount(len(rows))
    for row, (row_id, entity_uuid, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem()
            item.setData(Qt.DisplayRole, text)
            item.setToolTip(str(text))
            if column == 0:
                item.setData(ID_ROLE, row_id)
                item.setData(ENTITY_ROLE, entity_uuid)
            table.setItem(row, column, item)
    table.setSortingEnabled(True)
    table.resizeColumnsToContents()
    for column in range(table.columnCount()):  # long values are read in the tooltip
        table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))


def selected_ids(table: QTableWidget, role: int = ID_ROLE) -> list:
    """The ids (or entity uuids) of the selected rows, top to bottom."""
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    return [table.item(row, 0).data(role) for row in rows]


def button_row(layout: QBoxLayout, buttons: Sequence[tuple[str, str, str | None, Callable[[], None]]]
               ) -> list[QPushButton]:
    """A row of push buttons under the table: (object name, text, tooltip or None, what a click does) each."""
    row = QHBoxLayout()
    made = []
    for name, text, tooltip, slot in buttons:
        button = QPushButton(text)
        button.setObjectName(name)
        if tooltip:
            button.setToolTip(tooltip)
        button.clicked.connect(lambda _checked=False, slot=slot: slot())
        row.addWidget(button)
        made.append(button)
    row.addStretch()
    layout.addLayout(row)
    return made
