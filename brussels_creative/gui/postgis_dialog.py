"""PostgisEcosystemDialog: choose an ecosystem in PostGIS to open, as a saved PostgreSQL connection and a schema
(QGIS's own connection and schema pickers)."""

from __future__ import annotations

from qgis.gui import QgsDatabaseSchemaComboBox, QgsProviderConnectionComboBox
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from .connect_dialog import tr


class PostgisEcosystemDialog(QDialog):
    """A saved PostgreSQL connection and one of its schemas; OK only when both are chosen."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Open ecosystem from PostgreSQL"))
        self.connection = QgsProviderConnectionComboBox("postgres", self)
        self.schema = QgsDatabaseSchemaComboBox("postgres", self.connection.currentConnection(), self)
        self.connection.connectionChanged.connect(self._connection_changed)
        form = QFormLayout()
        form.addRow(tr("Connection"), self.connection)
        form.addRow(tr("Schema"), self.schema)
        hint = QLabel(tr("A connection saved in QGIS (Browser ▸ PostgreSQL ▸ New Connection) and the schema holding "
                         "the ecosystem (made by create_postgis_ecosystem or copy_ecosystem)."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, parent=self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.schema.schemaChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self._update()

    def _connection_changed(self, name: str) -> None:
        self.schema.setConnectionName(name, "postgres")
        self._update()

    def _update(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.chosen()))

    def chosen(self) -> tuple[str, str] | None:
        """(connection name, schema), or None while either is missing."""
        name, schema = self.connection.currentConnection(), self.schema.currentSchema()
        return (name, schema) if name and schema else None
