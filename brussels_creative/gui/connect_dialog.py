"""ConnectDialog: choose the relation type (labels from the ecosystem, in the user's language), since and note."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsSettings
from qgis.gui import QgsDateEdit
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.store.taxonomy import RelationType, normalize_language


def tr(text: str) -> str:
    """Translate a user-facing string in the plugin's context."""
    return QCoreApplication.translate("BrusselsCreative", text)


def user_language() -> str:
    """Return "en", "fr" or "nl" from QGIS's locale setting (locale/userLocale)."""
    return normalize_language(str(QgsSettings().value("locale/userLocale", "") or "en"))


@dataclass(frozen=True)
class RelationChoice:
    """What the user chose: the relation type code, its direction, an optional since date (ISO), note and label."""

    relation_type: str
    swapped: bool = False
    since: str | None = None
    note: str | None = None
    label: str = ""


class ConnectDialog(QDialog):
    """A small dialog naming both entities, with a relation type, the reading, an optional since date and a note."""

    def __init__(
        self,
        source_name: str,
        target_name: str,
        relation_types: list[RelationType],
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BrusselsCreativeConnectDialog")
        self.setWindowTitle(tr("Connect entities"))
        self.language = normalize_language(language) if language else user_language()
        self.source_name = source_name
        self.target_name = target_name
        self.relation_types = list(relation_types)
        self.swapped = False

        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("relation_type")
        for relation in self.relation_types:
            self.type_combo.addItem(relation.label(self.language), relation.code)
        self.reading = QLabel(self)
        self.reading.setObjectName("reading")
        self.reading.setWordWrap(True)
        self.swap_button = QPushButton(tr("Swap direction"), self)
        self.swap_button.setObjectName("swap")
        self.swap_button.setToolTip(tr("Read the relation from the target to the source"))
        self.since_edit = QgsDateEdit(self)
        self.since_edit.setObjectName("since")
        self.since_edit.setAllowNull(True)
        self.since_edit.setNullRepresentation(tr("no date"))
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setCalendarPopup(True)
        self.set_since(None)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note")
        self.note_edit.setPlaceholderText(tr("Optional"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.relation_types))

        type_row = QHBoxLayout()
        type_row.addWidget(self.type_combo, 1)
        type_row.addWidget(self.swap_button)
        form = QFormLayout()
        form.addRow(tr("Relation"), type_row)
        form.addRow("", self.reading)
        form.addRow(tr("Since"), self.since_edit)
        form.addRow(tr("Note"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.type_combo.currentIndexChanged.connect(self._update_reading)
        self.swap_button.clicked.connect(self.swap)
        self._update_reading()
        self.setMinimumWidth(420)

    def current_type(self) -> RelationType | None:
        """Return the relation type selected in the combo box."""
        index = self.type_combo.currentIndex()
        return self.relation_types[index] if 0 <= index < len(self.relation_types) else None

    def set_relation_type(self, code: str) -> None:
        """Select a relation type by its code."""
        index = self.type_combo.findData(code)
        if index < 0:
            raise ValueError(f"unknown relation type {code!r}")
        self.type_combo.setCurrentIndex(index)

    def set_since(self, date: QDate | None) -> None:
        """Set the since date, or None for no date."""
        if date is None:
            # clear() shows today's date greyed out; an invalid date shows the null text ("no date") instead
            self.since_edit.setDate(QDate.currentDate())
            self.since_edit.setDateTime(QDateTime())
        else:
            self.since_edit.setDate(date)

    def swap(self) -> None:
        """Swap source and target (for directed relation types)."""
        self.swapped = not self.swapped
        self._update_reading()

    def reading_text(self) -> str:
        """Return the relation as it reads: "Source — member of — Target"."""
        relation = self.current_type()
        if relation is None:
            return tr("This GeoPackage has no relation types.")
        first, second = (self.target_name, self.source_name) if self.swapped else (self.source_name, self.target_name)
        text = f"{first} — {relation.label(self.language)} — {second}"
        if not relation.directed:
            text += " " + tr("(both ways)")
        return text

    def _update_reading(self) -> None:
        relation = self.current_type()
        directed = relation is not None and relation.directed
        self.swap_button.setEnabled(directed)
        if not directed and self.swapped:
            self.swapped = False
        self.reading.setText(self.reading_text())

    def choice(self) -> RelationChoice | None:
        """Return the user's choice (None without a relation type)."""
        relation = self.current_type()
        if relation is None:
            return None
        since = None if self.since_edit.isNull() else self.since_edit.date().toString("yyyy-MM-dd")
        note = self.note_edit.text().strip() or None
        return RelationChoice(relation.code, self.swapped, since, note, relation.label(self.language))
