"""Curation from the entities layer: propose a change (for people who are not curators), record a claim, verify or
mark reviewed the selected entities. Each is one transaction on the ecosystem file, logged in its history; the
actions sit in the layer's context menu (Layers panel) and in the entity form's actions."""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import Qgis, QgsAction, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QAction,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.curation import claims, proposals
from ..core.errors import BrusselsCreativeError
from ..core.store.sources import EcosystemSource, open_store
from ..layers.ecosystem_layers import layer_ecosystem
from ..layers.translation import error_text
from ..layers.user import curator_name

# The fields the propose dialog shows, in the form's order; link fields are edited as comma-separated codes.
PROPOSED_FIELDS = ("name", "entity_type", "description", "address", "postcode", "municipality", "website", "email",
                   "phone", "founded_year", "size_class", "status", "entity_sectors", "entity_services",
                   "entity_audiences")


def tr(text: str) -> str:
    """Translate a user-facing string in the plugin's context."""
    return QCoreApplication.translate("BrusselsCreative", text)


def _shown(value) -> str:
    if value is None:
        return ""
    return ", ".join(value) if isinstance(value, list) else str(value)


def _parsed(field_name: str, text: str):
    text = text.strip()
    if field_name in proposals.LINK_FIELDS:
        return [code.strip() for code in text.split(",") if code.strip()]
    if field_name == "founded_year":
        return int(text) if text else None
    return text or None


class ProposeDialog(QDialog):
    """Propose changes to one entity: its current values, editable; the changed ones become pending proposals."""

    def __init__(self, ecosystem: EcosystemSource | str, entity_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ecosystem, self.entity_uuid = ecosystem, entity_uuid
        self.setWindowTitle(tr("Propose a change"))
        self.setObjectName("bc_propose_dialog")
        with open_store(ecosystem, read_only=True) as store:
            self.current = {name: proposals.current_value(store.connection, entity_uuid, name)
                            for name in PROPOSED_FIELDS}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Change the values to propose; a curator approves or rejects each change. "
                                   "Codes of sectors, services and audiences are separated by commas (primary "
                                   "sector first).")))
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name in PROPOSED_FIELDS:
            edit = QLineEdit(_shown(self.current[name]))
            edit.setObjectName(f"propose_{name}")
            self.edits[name] = edit
            form.addRow(name, edit)
        self.proposer = QLineEdit(curator_name())
        self.proposer.setObjectName("propose_proposer")
        form.addRow(tr("Proposed by"), self.proposer)
        self.source = QLineEdit(tr("form"))
        self.source.setObjectName("propose_source")
        form.addRow(tr("Source"), self.source)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("propose_comment")
        form.addRow(tr("Comment"), self.comment)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("propose_error")
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Propose"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fids: list[int] = []

    def changes(self) -> dict[str, object]:
        """The values that differ from the entity's current ones."""
        changed = {}
        for name, edit in self.edits.items():
            value = _parsed(name, edit.text())
            if value != self.current[name] and not (value in (None, []) and self.current[name] in (None, "", [])):
                changed[name] = value
        return changed

    def accept(self) -> None:
        """Store the changes as proposals (one transaction); stay open with the reason when the input is wrong."""
        try:
            changes = self.changes()
        except ValueError as error:
            self.error.setText(tr("founded_year: a year is a number ({})").format(error))
            return
        if not changes:
            self.error.setText(tr("Nothing changed: change a value to propose it"))
            return
        if not self.proposer.text().strip():
            self.error.setText(tr("Say who proposes the change"))
            return
        comment = self.comment.toPlainText().strip() or None
        try:
            with open_store(self.ecosystem) as store, store.transaction() as connection:
                self.fids = [proposals.add_in_transaction(connection, self.entity_uuid, name, value,
                                                          self.proposer.text().strip(),
                                                          self.source.text().strip() or None, comment)
                             for name, value in changes.items()]
        except BrusselsCreativeError as error:
            self.error.setText(error_text(error))
            return
        super().accept()


class ClaimDialog(QDialog):
    """Record that a named contact claims an entity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Claim this entity"))
        self.setObjectName("bc_claim_dialog")
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("claim_name")
        self.email = QLineEdit()
        self.email.setObjectName("claim_email")
        form.addRow(tr("Contact's name"), self.name)
        form.addRow(tr("Contact's e-mail"), self.email)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def selected_uuids(layer: QgsVectorLayer) -> list[str]:
    """The uuids of the layer's selected features."""
    return [str(f["uuid"]) for f in layer.selectedFeatures() if f["uuid"]]


class CurationActions:
    """The curation actions of the entities layers, in their Layers panel context menu, and their form action."""

    def __init__(self, iface, notify: Callable[[str, int], None]) -> None:
        self.iface, self.notify = iface, notify
        parent = iface.mainWindow()
        self.actions = {
            "propose": QAction(tr("Propose a change to the selected entity…"), parent),
            "claim": QAction(tr("Record a claim of the selected entity…"), parent),
            "verify": QAction(tr("Verify the selected entities"), parent),
            "review": QAction(tr("Mark the selected entities reviewed"), parent),
        }
        self.confirm_action = QAction(tr("Confirm the selected relationship…"), parent)
        self.confirm_action.setObjectName("bc_curation_confirm")
        self.confirm_action.triggered.connect(self.confirm)
        iface.addCustomActionForLayerType(self.confirm_action, tr("Brussels Creative"), Qgis.LayerType.Vector, False)
        slots = {"propose": self.propose, "claim": self.claim, "verify": self.verify, "review": self.review}
        for key, action in self.actions.items():
            action.setObjectName(f"bc_curation_{key}")
            action.triggered.connect(slots[key])
            iface.addCustomActionForLayerType(action, tr("Brussels Creative"), Qgis.LayerType.Vector, False)

    def attach(self, layer: QgsVectorLayer) -> None:
        """Show the actions on an entities layer, and add the form's "propose a change" action to it."""
        for action in self.actions.values():
            self.iface.addCustomActionForLayer(action, layer)
        manager = layer.actions()
        if not any(a.name() == FORM_ACTION_NAME for a in manager.actions()):
            manager.addAction(QgsAction(QgsAction.GenericPython, FORM_ACTION_NAME, FORM_ACTION_CODE,
                                        "", False, "", {"Feature"}))

    def attach_relationships(self, layer: QgsVectorLayer) -> None:
        """Show the confirmation action on a relationships layer."""
        self.iface.addCustomActionForLayer(self.confirm_action, layer)

    def detach(self) -> None:
        """Remove the actions (plugin unload)."""
        for action in [*self.actions.values(), self.confirm_action]:
            self.iface.removeCustomActionForLayerType(action)
            action.deleteLater()
        self.actions = {}

    def _layer(self, wanted: str = "entities") -> tuple[QgsVectorLayer, EcosystemSource] | None:
        layer = self.iface.activeLayer()
        ecosystem = layer_ecosystem(layer, wanted) if isinstance(layer, QgsVectorLayer) else None
        if ecosystem is None:
            self.notify(tr("Select entities in the entities layer of an ecosystem first") if wanted == "entities"
                        else tr("Select a relationship in the relationships layer of an ecosystem first"), 1)
            return None
        return layer, ecosystem

    def _selection(self, single: bool) -> tuple[QgsVectorLayer, EcosystemSource, list[str]] | None:
        found = self._layer()
        if found is None:
            return None
        layer, ecosystem = found
        uuids = selected_uuids(layer)
        if not uuids or (single and len(uuids) != 1):
            self.notify(tr("Select one entity") if single else tr("Select the entities first"), 1)
            return None
        return layer, ecosystem, uuids

    def _done(self, layer: QgsVectorLayer, text: str) -> None:
        """Show what the file holds now (the selection kept) and say what was done."""
        selected = layer.selectedFeatureIds()
        layer.dataProvider().reloadData()
        layer.selectByIds(selected)
        layer.triggerRepaint()
        self.notify(text, 3)

    def propose(self) -> None:
        """Open the propose dialog on the selected entity."""
        chosen = self._selection(single=True)
        if chosen is None:
            return
        layer, ecosystem, (entity_uuid,) = chosen
        dialog = ProposeDialog(ecosystem, entity_uuid, self.iface.mainWindow())
        if dialog.exec_():
            self.notify(tr("{} proposals stored for a curator").format(len(dialog.fids)), 3)

    def claim(self) -> None:
        """Record a claim of the selected entity."""
        chosen = self._selection(single=True)
        if chosen is None:
            return
        layer, ecosystem, (entity_uuid,) = chosen
        dialog = ClaimDialog(self.iface.mainWindow())
        if not dialog.exec_():
            return
        try:
            with open_store(ecosystem) as store:
                match = claims.claim(store, entity_uuid, dialog.name.text(), dialog.email.text(), curator_name())
        except BrusselsCreativeError as error:
            self.notify(error_text(error), 2)
            return
        self._done(layer, tr("Claim recorded; the e-mail's domain matches the website: it can be verified fast")
                   if match else tr("Claim recorded"))

    def confirm(self, end: str | None = None, who: str | None = None) -> None:
        """One end of the selected relationship confirms it (asked when not given: which end, and who)."""
        from qgis.PyQt.QtWidgets import QInputDialog

        found = self._layer("relationships")
        if found is None:
            return
        layer, ecosystem = found
        selected = layer.selectedFeatures()
        if len(selected) != 1:
            self.notify(tr("Select one relationship"), 1)
            return
        feature = selected[0]
        with open_store(ecosystem, read_only=True) as store:
            names = dict(store.connection.execute(
                "SELECT uuid, name FROM entities WHERE uuid IN (?, ?)", (feature["from_uuid"], feature["to_uuid"])))
        ends = {names.get(feature["from_uuid"], feature["from_uuid"]): feature["from_uuid"],
                names.get(feature["to_uuid"], feature["to_uuid"]): feature["to_uuid"]}
        if end is None:
            choice, ok = QInputDialog.getItem(self.iface.mainWindow(), tr("Confirm the relationship"),
                                              tr("Which entity confirms it?"), list(ends), 0, False)
            if not ok:
                return
            end = ends[choice]
        if who is None:
            who, ok = QInputDialog.getText(self.iface.mainWindow(), tr("Confirm the relationship"),
                                           tr("Who confirms it (name or e-mail)?"))
            if not ok or not who.strip():
                return
        try:
            with open_store(ecosystem) as store:
                state = claims.confirm_relationship(store, str(feature["uuid"]), end, who.strip())
        except BrusselsCreativeError as error:
            self.notify(error_text(error), 2)
            return
        self._done(layer, tr("Relationship confirmed by both ends: mutual") if state == "mutual"
                   else tr("Relationship confirmed by one end"))

    def verify(self) -> None:
        """Mark the selected entities verified by the curator."""
        self._bulk(claims.verify, tr("{} entities verified"))

    def review(self) -> None:
        """Set the review date of the selected entities."""
        self._bulk(claims.mark_reviewed, tr("{} entities marked reviewed"))

    def _bulk(self, write, message: str) -> None:
        chosen = self._selection(single=False)
        if chosen is None:
            return
        layer, ecosystem, uuids = chosen
        try:
            with open_store(ecosystem) as store:
                count = write(store, uuids, curator_name())
        except BrusselsCreativeError as error:
            self.notify(error_text(error), 2)
            return
        self._done(layer, message.format(count))


FORM_ACTION_NAME = "Propose a change"
FORM_ACTION_CODE = (
    "from brussels_creative.gui.curation_actions import propose_from_form\n"
    "propose_from_form('[% @layer_id %]', '[% \"uuid\" %]')"
)


def propose_from_form(layer_id: str, entity_uuid: str) -> None:
    """The form action: open the propose dialog on the entity shown in the form."""
    from qgis.core import QgsProject

    layer = QgsProject.instance().mapLayer(layer_id)
    ecosystem = layer_ecosystem(layer)
    if ecosystem is not None and entity_uuid:
        ProposeDialog(ecosystem, entity_uuid).exec_()

