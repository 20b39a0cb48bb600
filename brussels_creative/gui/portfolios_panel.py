"""The dock's portfolios tab: the named selections saved in the file, made from the selected entities or from an
expression, their members selected on the map, deleted."""

from __future__ import annotations

from qgis.core import QgsExpression, QgsVectorLayer
from qgis.gui import QgsExpressionLineEdit
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..core.curation import portfolios
from ..core.errors import BrusselsCreativeError
from ..core.store.sources import open_store
from ..layers.portfolio_members import portfolio_uuids
from ..layers.user import curator_name
from .connect_dialog import tr
from .curation_panel import CurationPanel, feature_ids, fill_table, selected_ids


class PortfolioDialog(QDialog):
    """Name, description and sharing of a new portfolio; its expression when it is defined by one."""

    def __init__(self, layer: QgsVectorLayer, members: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bc_portfolio_dialog")
        self.setWindowTitle(tr("New portfolio"))
        form = QFormLayout(self)
        if members is not None:
            form.addRow(QLabel(tr("The {} selected entities, as a fixed list").format(members)))
        self.name = QLineEdit()
        self.name.setObjectName("portfolio_name")
        form.addRow(tr("Name"), self.name)
        self.expression = None
        if members is None:
            self.expression = QgsExpressionLineEdit()
            self.expression.setObjectName("portfolio_expression")
            self.expression.setLayer(layer)
            form.addRow(tr("Entities where"), self.expression)
        self.description = QLineEdit()
        self.description.setObjectName("portfolio_description")
        form.addRow(tr("Description"), self.description)
        self.shared = QCheckBox(tr("Shared with the team"))
        self.shared.setObjectName("portfolio_shared")
        self.shared.setChecked(True)
        form.addRow("", self.shared)
        self.error = QLabel()
        self.error.setObjectName("portfolio_error")
        self.error.setStyleSheet("color: #b00020")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        """Close only with a name and, for an expression portfolio, an expression that parses."""
        if not self.name.text().strip():
            self.error.setText(tr("Give the portfolio a name"))
            return
        if self.expression is not None:
            expression = QgsExpression(self.expression.expression())
            if not self.expression.expression().strip() or expression.hasParserError():
                self.error.setText(tr("The expression does not parse: {}").format(expression.parserErrorString()))
                return
        super().accept()


class PortfoliosPanel(CurationPanel):
    """The portfolios of the ecosystem in use."""

    def __init__(self, notify, canvas=None, parent: QWidget | None = None) -> None:
        super().__init__(notify, canvas, parent)
        layout = QVBoxLayout(self)
        (self.from_selection_button, self.from_expression_button, self.select_button,
         self.delete_button) = self.add_table(layout, (
            tr("Name"), tr("Entities"), tr("Defined by"), tr("Owner"), tr("Shared"), tr("Description")),
            "portfolios_table", (
            ("portfolios_from_selection", tr("From the selection…"), None, self.new_from_selection),
            ("portfolios_from_expression", tr("From an expression…"), None, self.new_from_expression),
            ("portfolios_select", tr("Select its entities"), None, self.select_members),
            ("portfolios_delete", tr("Delete"), None, self.delete_selected)))

    def members(self, portfolio: portfolios.Portfolio) -> list[str] | None:
        """The uuids of a portfolio's entities now, an expression evaluated on the project's entities layer (on the
        file's when the project has none); None when the expression does not parse or fails."""
        try:
            return list(portfolio_uuids(self.ecosystem, portfolio, self.layer()))
        except BrusselsCreativeError:
            return None

    def show_rows(self) -> None:
        """Read the portfolios again, with their member counts now."""
        rows = []
        if self.ecosystem:
            with open_store(self.ecosystem, read_only=True) as store:
                for portfolio in portfolios.list_portfolios(store.connection):
                    members = self.members(portfolio)
                    rows.append((portfolio.name, None, (
                        portfolio.name, "" if members is None else str(len(members)),
                        portfolio.expression if portfolio.by_expression else tr("a list of entities"),
                        portfolio.owner or "", tr("yes") if portfolio.shared else tr("no"),
                        portfolio.description or "")))
        fill_table(self.table, rows)

    def new_from_selection(self) -> None:
        """Save the entities selected on the map as a list portfolio."""
        layer = self.layer()
        uuids = [str(f["uuid"]) for f in layer.selectedFeatures()] if layer is not None else []
        if not uuids:
            self.notify(tr("Select entities on the map first"), 1)
            return
        dialog = PortfolioDialog(layer, len(uuids), self)
        if dialog.exec_():
            self._save(portfolios.Portfolio(dialog.name.text().strip(), uuids=tuple(uuids),
                                            description=dialog.description.text().strip() or None,
                                            owner=curator_name(), shared=dialog.shared.isChecked()))

    def new_from_expression(self) -> None:
        """Save an expression portfolio: its members follow the file as entities are added or changed."""
        layer = self.layer()
        if layer is None:
            self.notify(tr("Open an ecosystem first (Brussels Creative ▸ Open ecosystem…)"), 1)
            return
        dialog = PortfolioDialog(layer, None, self)
        if dialog.exec_():
            self._save(portfolios.Portfolio(dialog.name.text().strip(), expression=dialog.expression.expression(),
                                            description=dialog.description.text().strip() or None,
                                            owner=curator_name(), shared=dialog.shared.isChecked()))

    def _save(self, portfolio: portfolios.Portfolio) -> None:
        saved, _ = self.try_write(lambda store: portfolios.save_portfolio(store, portfolio))
        if saved:
            self.written(tr("Portfolio {} saved").format(portfolio.name))

    def select_members(self) -> None:
        """Select the entities of the chosen portfolio on the map."""
        names = selected_ids(self.table)
        layer = self.layer()
        if not names or layer is None:
            self.notify(tr("Choose a portfolio in the list first"), 1)
            return
        with open_store(self.ecosystem, read_only=True) as store:
            members = self.members(portfolios.get_portfolio(store.connection, names[0]))
        layer.selectByIds(feature_ids(layer, members or []))
        self.notify(tr("{} entities of {} selected").format(layer.selectedFeatureCount(), names[0]), 0)

    def delete_selected(self, confirm: bool = True) -> None:
        """Delete the chosen portfolios (asked first); the entities stay."""
        names = selected_ids(self.table)
        if not names:
            self.notify(tr("Choose a portfolio in the list first"), 1)
            return
        if confirm and QMessageBox.question(
                self, tr("Delete portfolios"),
                tr("Delete {}? The entities stay in the file.").format(", ".join(names))) != QMessageBox.Yes:
            return
        deleted, _ = self.try_write(lambda store: portfolios.delete_portfolios(store, names))
        if deleted:
            self.written(tr("{} portfolios deleted").format(len(names)))
