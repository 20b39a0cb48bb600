"""Attribute forms of the ecosystem layers: tabs, widgets, defaults, constraints, relation editors — in en/fr/nl."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsAttributeEditorContainer,
    QgsAttributeEditorElement,
    QgsAttributeEditorField,
    QgsAttributeEditorRelation,
    QgsAttributeEditorTextElement,
    QgsDefaultValue,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsRelation,
    QgsVectorLayer,
)

from ..core.store.taxonomy import in_language, normalize_language

# field -> (English, French, Dutch) labels of the form
FIELD_LABELS = {
    "uuid": ("Identifier", "Identifiant", "Identificatie"),
    "name": ("Name", "Nom", "Naam"),
    "entity_type": ("Type", "Type", "Type"),
    "description": ("Description", "Description", "Beschrijving"),
    "address": ("Address", "Adresse", "Adres"),
    "postcode": ("Postcode", "Code postal", "Postcode"),
    "municipality": ("Municipality", "Commune", "Gemeente"),
    "website": ("Website", "Site web", "Website"),
    "email": ("E-mail", "E-mail", "E-mail"),
    "phone": ("Phone", "Téléphone", "Telefoon"),
    "founded_year": ("Founded in", "Fondé en", "Opgericht in"),
    "size_class": ("Size", "Taille", "Grootte"),
    "sector_codes": ("Sectors", "Secteurs", "Sectoren"),
    "primary_sector": ("Primary sector", "Secteur principal", "Hoofdsector"),
    "service_codes": ("Services offered", "Services offerts", "Aangeboden diensten"),
    "audience_codes": ("Audiences", "Publics", "Doelgroepen"),
    "status": ("Status", "Statut", "Status"),
    "visibility": ("Visibility", "Visibilité", "Zichtbaarheid"),
    "verification": ("Verification", "Vérification", "Verificatie"),
    "claimed_by": ("Claimed by", "Revendiqué par", "Geclaimd door"),
    "claimed_at": ("Claimed on", "Revendiqué le", "Geclaimd op"),
    "claim_domain_match": ("E-mail matches the website", "Courriel du même domaine que le site",
                           "E-mail van hetzelfde domein als de website"),
    "from_confirmed_by": ("Confirmed by the source", "Confirmé par la source", "Bevestigd door de bron"),
    "to_confirmed_by": ("Confirmed by the target", "Confirmé par la cible", "Bevestigd door het doel"),
    "verified_by": ("Verified by", "Vérifié par", "Geverifieerd door"),
    "verified_at": ("Verified on", "Vérifié le", "Geverifieerd op"),
    "last_reviewed": ("Last reviewed", "Dernière revue", "Laatst nagekeken"),
    "source": ("Source", "Source", "Bron"),
    "created_at": ("Created", "Créé le", "Aangemaakt op"),
    "created_by": ("Created by", "Créé par", "Aangemaakt door"),
    "updated_at": ("Updated", "Modifié le", "Gewijzigd op"),
    "updated_by": ("Updated by", "Modifié par", "Gewijzigd door"),
    "from_uuid": ("From", "De", "Van"),
    "to_uuid": ("To", "Vers", "Naar"),
    "relation_type": ("Relation", "Relation", "Relatie"),
    "since": ("Since", "Depuis", "Sinds"),
    "until": ("Until", "Jusqu'au", "Tot"),
    "note": ("Note", "Note", "Notitie"),
    "changed_at": ("When", "Quand", "Wanneer"),
    "changed_by": ("Who", "Qui", "Wie"),
    "action": ("Action", "Action", "Actie"),
    "table_name": ("Table", "Table", "Tabel"),
    "old_values": ("Before", "Avant", "Voor"),
    "new_values": ("After", "Après", "Na"),
}

TAB_LABELS = {
    "identity": ("Identity", "Identité", "Identiteit"),
    "activity": ("Activity", "Activité", "Activiteit"),
    "contact": ("Contact", "Contact", "Contact"),
    "relationships": ("Relationships", "Relations", "Relaties"),
    "status": ("Status & history", "Statut et historique", "Status en geschiedenis"),
    "outgoing": ("This entity → others", "Cette entité → autres", "Deze entiteit → andere"),
    "incoming": ("Others → this entity", "Autres → cette entité", "Andere → deze entiteit"),
    "history": ("History", "Historique", "Geschiedenis"),
}

# Shown at the top of the form while the layer is not in edit mode (the form is then read only).
READ_ONLY_HINT = (
    "Read only.\nTo change this entry, switch on editing (the pencil ✎ in the toolbar),\nor propose a change to a "
    "curator (Actions ▸ Propose a change).",
    "Lecture seule.\nPour modifier cette fiche, activez l'édition (le crayon ✎ de la barre d'outils),\nou proposez "
    "une modification à un curateur (Actions ▸ Propose a change).",
    "Alleen lezen.\nOm deze fiche te wijzigen, zet u bewerken aan (het potlood ✎ in de werkbalk),\nof stelt u een "
    "wijziging voor aan een curator (Acties ▸ Propose a change).",
)


def read_only_hint(parent: QgsAttributeEditorElement, language: str) -> QgsAttributeEditorTextElement:
    """A line at the top of a form saying how to edit, shown only while the layer is not editable."""
    text = in_language(READ_ONLY_HINT, language).replace("'", "''")
    element = QgsAttributeEditorTextElement("hint", parent)
    element.setText(f"[% CASE WHEN layer_property(@layer, 'is_editable') THEN '' ELSE '{text}' END %]")
    element.setShowLabel(False)
    return element


# The entity's place in the network, at the top of its relationships tab, counted live from the relationships.
DEGREE_LINE = (
    "Degree: {total} relationships ({outgoing} outgoing, {incoming} incoming)",
    "Degré : {total} relations ({outgoing} sortantes, {incoming} entrantes)",
    "Graad: {total} relaties ({outgoing} uitgaand, {incoming} inkomend)",
)


def degree_line(parent: QgsAttributeEditorElement, outgoing: QgsRelation, incoming: QgsRelation,
                language: str) -> QgsAttributeEditorTextElement:
    """A line giving the entity's degree (its relationships, both ways), counted by QGIS when the form opens."""
    counts = {"outgoing": f"relation_aggregate('{outgoing.id()}', 'count', \"fid\")",
              "incoming": f"relation_aggregate('{incoming.id()}', 'count', \"fid\")"}
    counts["total"] = f"({counts['outgoing']} + {counts['incoming']})"
    text = in_language(DEGREE_LINE, language).replace("'", "''")
    for key, expression in counts.items():
        text = text.replace("{" + key + "}", f"' || {expression} || '")
    element = QgsAttributeEditorTextElement("degree", parent)
    element.setText(f"[% '{text}' %]")
    element.setShowLabel(False)
    return element


# Where the entity stands in the last network_metrics output loaded in the project (a project variable names that
# layer): shown under the degree line while the layer is in the project, nothing otherwise.
NETWORK_METRICS_VARIABLE = "bc_network_metrics"
COMMUNITY_LINE = (
    "Network metrics ({network}): community {community} of {community_size} entities, betweenness {betweenness}, "
    "k-core {k_core}",
    "Métriques du réseau ({network}) : communauté {community} de {community_size} entités, intermédiarité "
    "{betweenness}, k-cœur {k_core}",
    "Netwerkmaten ({network}): gemeenschap {community} van {community_size} entiteiten, tussenliggendheid "
    "{betweenness}, k-kern {k_core}",
)


def community_line(parent: QgsAttributeEditorElement, language: str) -> QgsAttributeEditorTextElement:
    """A line giving the entity's community and centralities from the network metrics layer in the project (the
    one the project variable bc_network_metrics names), evaluated by QGIS when the form opens."""
    values = {name: f"attribute(@m, '{name}')" for name in ("network", "community", "community_size", "k_core")}
    values["betweenness"] = "format_number(attribute(@m, 'betweenness'), 3)"
    text = in_language(COMMUNITY_LINE, language).replace("'", "''")
    for key, expression in values.items():
        text = text.replace("{" + key + "}", f"' || coalesce({expression}, '') || '")
    element = QgsAttributeEditorTextElement("community", parent)
    element.setText(
        f"[% with_variable('m', if(array_contains(@layer_ids, @{NETWORK_METRICS_VARIABLE}), "
        f"get_feature(@{NETWORK_METRICS_VARIABLE}, 'uuid', \"uuid\"), NULL), "
        f"if(@m IS NULL, '', '{text}')) %]")
    element.setShowLabel(False)
    return element


VALUE_MAPS = {
    "status": {"active": ("Active", "Active", "Actief"), "inactive": ("Inactive", "Inactive", "Inactief"),
               "closed": ("Closed", "Fermée", "Gesloten")},
    "visibility": {"public": ("Public", "Publique", "Openbaar"), "private": ("Private", "Privée", "Privé")},
    "verification": {"unverified": ("Unverified", "Non vérifiée", "Niet geverifieerd"),
                     "claimed": ("Claimed", "Revendiquée", "Geclaimd"),
                     "verified": ("Verified", "Vérifiée", "Geverifieerd")},
}

# field -> (QGIS expression, (English, French, Dutch) message); the same rules the file enforces, said earlier.
CONSTRAINTS = {
    "name": ("length(trim(coalesce(\"name\", ''))) > 0",
             ("A name is required", "Le nom est obligatoire", "Een naam is verplicht")),
    "email": ("coalesce(\"email\", '') = '' OR "
              "regexp_match(\"email\", '^[^@\\\\s,;<>]+@[^@\\\\s,;<>]+\\\\.[^@\\\\s,;<>]+$')",
              ("The e-mail must look like name@domain.be", "L'e-mail doit avoir la forme nom@domaine.be",
               "Het e-mailadres moet de vorm naam@domein.be hebben")),
    "website": ("coalesce(\"website\", '') = '' OR regexp_match(\"website\", '^https?://[^\\\\s]+\\\\.[^\\\\s]+$')",
                ("The website must start with http:// or https://", "Le site doit commencer par http:// ou https://",
                 "De website moet met http:// of https:// beginnen")),
    "founded_year": ("\"founded_year\" IS NULL OR (\"founded_year\" >= 1800 AND \"founded_year\" <= year(now()) + 1)",
                     ("The founding year lies between 1800 and next year",
                      "L'année de fondation est entre 1800 et l'an prochain",
                      "Het oprichtingsjaar ligt tussen 1800 en volgend jaar")),
    "postcode": ("coalesce(\"postcode\", '') = '' OR regexp_match(\"postcode\", '^1[0-2][0-9][0-9]$')",
                 ("A Brussels postcode has four digits, 1000–1299", "Un code postal bruxellois a quatre chiffres, "
                  "1000–1299", "Een Brusselse postcode heeft vier cijfers, 1000–1299")),
}

HIDDEN = ("fid",)
READ_ONLY = ("uuid", "created_at", "created_by", "updated_at", "updated_by")


def label(mapping: dict, key: str, language: str) -> str:
    """Return the label of key in the language (en/fr/nl)."""
    return in_language(mapping[key], language)


def value_relation(lookup: QgsVectorLayer, language: str, key: str = "code", multiple: bool = False,
                   allow_null: bool = True, filter_expression: str = "") -> QgsEditorWidgetSetup:
    """A value-relation drop-down on a vocabulary layer, showing labels in the language."""
    return QgsEditorWidgetSetup(
        "ValueRelation",
        {
            "Layer": lookup.id(),
            "LayerName": lookup.name(),
            "LayerSource": lookup.source(),
            "LayerProviderName": lookup.providerType(),
            "Key": key,
            "Value": f"label_{normalize_language(language)}",
            "AllowMulti": multiple,
            "AllowNull": allow_null,
            "OrderByValue": True,
            "UseCompleter": False,
            "NofColumns": 2 if multiple else 1,
            "FilterExpression": filter_expression,
        },
    )


def _value_map(field: str, language: str) -> QgsEditorWidgetSetup:
    return QgsEditorWidgetSetup(
        "ValueMap", {"map": [{in_language(labels, language): code} for code, labels in VALUE_MAPS[field].items()]}
    )


def _field(layer: QgsVectorLayer, name: str, parent: QgsAttributeEditorElement) -> QgsAttributeEditorField:
    return QgsAttributeEditorField(name, layer.fields().indexOf(name), parent)


def _tab(name: str, parent: QgsAttributeEditorElement, fields: list[str], layer: QgsVectorLayer,
         columns: int = 1, first=None) -> QgsAttributeEditorContainer:
    tab = QgsAttributeEditorContainer(name, parent)
    tab.setType(Qgis.AttributeEditorContainerType.Tab)
    tab.setColumnCount(columns)
    if first is not None:
        tab.addChildElement(first(tab))
    for field in fields:
        if layer.fields().indexOf(field) >= 0:
            tab.addChildElement(_field(layer, field, tab))
    return tab


def _relation_editor(relation: QgsRelation, parent, label_text: str, buttons: str) -> QgsAttributeEditorRelation:
    editor = QgsAttributeEditorRelation(relation, parent)
    editor.setRelationWidgetTypeId("relation_editor")
    editor.setLabel(label_text)
    editor.setRelationEditorConfiguration({"buttons": buttons, "show_first_feature": False})
    return editor


def _apply_labels_and_widgets(layer: QgsVectorLayer, language: str) -> None:
    for index, field in enumerate(layer.fields()):
        name = field.name()
        if name in FIELD_LABELS:
            layer.setFieldAlias(index, label(FIELD_LABELS, name, language))
        if name in HIDDEN:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Hidden", {}))


def _set_read_only(layer: QgsVectorLayer, names) -> None:
    config = layer.editFormConfig()
    for name in names:
        index = layer.fields().indexOf(name)
        if index >= 0:
            config.setReadOnly(index, True)
    layer.setEditFormConfig(config)


def configure_entities(layer: QgsVectorLayer, layers: dict[str, QgsVectorLayer], relations: dict[str, QgsRelation],
                       language: str) -> None:
    """Configure the entity form: tabs, drop-downs in the language, defaults, constraints, relation editors."""
    _apply_labels_and_widgets(layer, language)
    fields = layer.fields()

    def widget(name: str, setup: QgsEditorWidgetSetup) -> None:
        if fields.indexOf(name) >= 0:
            layer.setEditorWidgetSetup(fields.indexOf(name), setup)

    widget("entity_type", value_relation(layers["entity_types"], language, allow_null=False))
    widget("size_class", value_relation(layers["size_classes"], language))
    widget("municipality", value_relation(layers["municipalities"], language))
    widget("sector_codes", value_relation(layers["sectors"], language, multiple=True))
    primary_filter = (
        "array_contains(string_to_array(regexp_replace(coalesce(current_value('sector_codes'), ''), '[{}\"]', ''), "
        "','), \"code\")"
    )
    widget("primary_sector", value_relation(layers["sectors"], language, filter_expression=primary_filter))
    widget("service_codes", value_relation(layers["services"], language, multiple=True))
    widget("audience_codes", value_relation(layers["audiences"], language, multiple=True))
    for name in VALUE_MAPS:
        widget(name, _value_map(name, language))
    widget("description", QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False}))
    widget("founded_year", QgsEditorWidgetSetup(
        "Range", {"Min": 1800, "Max": 2100, "Step": 1, "Style": "SpinBox", "AllowNull": True}))
    for name in ("verified_at", "last_reviewed"):
        widget(name, QgsEditorWidgetSetup("DateTime", {"allow_null": True, "calendar_popup": True,
                                                       "display_format": "yyyy-MM-dd", "field_format": "yyyy-MM-dd"}))

    defaults = {
        "uuid": ("uuid(format:='WithoutBraces')", False),
        "status": ("'active'", False),
        "visibility": ("'public'", False),
        "verification": ("'unverified'", False),
        "created_at": ("now()", False),
        "created_by": ("@user_account_name", False),
        "updated_by": ("@user_account_name", True),
        "municipality": (f"array_first(overlay_within('{layers['municipalities'].id()}', \"code\"))", False),
    }
    for name, (expression, on_update) in defaults.items():
        if fields.indexOf(name) >= 0:
            layer.setDefaultValueDefinition(fields.indexOf(name), QgsDefaultValue(expression, on_update))

    for name, (expression, messages) in CONSTRAINTS.items():
        index = fields.indexOf(name)
        if index >= 0:
            layer.setConstraintExpression(index, expression, in_language(messages, language))
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrengthHard)
    for name in ("name", "entity_type"):
        layer.setFieldConstraint(fields.indexOf(name), QgsFieldConstraints.ConstraintNotNull,
                                 QgsFieldConstraints.ConstraintStrengthHard)
    inside = (
        f"overlay_within('{layers['municipalities'].id()}')",
        ("The point must lie inside the Brussels Capital Region", "Le point doit se trouver en Région bruxelloise",
         "Het punt moet in het Brussels Gewest liggen"),
    )
    layer.setConstraintExpression(fields.indexOf("municipality"), inside[0], in_language(inside[1], language))
    layer.setFieldConstraint(fields.indexOf("municipality"), QgsFieldConstraints.ConstraintExpression,
                             QgsFieldConstraints.ConstraintStrengthHard)

    config = layer.editFormConfig()
    config.setLayout(QgsEditFormConfig.TabLayout)
    config.clearTabs()
    root = config.invisibleRootContainer()
    root.addChildElement(_tab(label(TAB_LABELS, "identity", language), root,
                              ["name", "entity_type", "size_class", "founded_year", "description"], layer,
                              first=lambda tab: read_only_hint(tab, language)))
    root.addChildElement(_tab(label(TAB_LABELS, "activity", language), root,
                              ["sector_codes", "primary_sector", "service_codes", "audience_codes"], layer))
    root.addChildElement(_tab(label(TAB_LABELS, "contact", language), root,
                              ["address", "postcode", "municipality", "website", "email", "phone"], layer))
    relationships = QgsAttributeEditorContainer(label(TAB_LABELS, "relationships", language), root)
    relationships.setType(Qgis.AttributeEditorContainerType.Tab)
    relationships.addChildElement(degree_line(relationships, relations["relationships_from"],
                                              relations["relationships_to"], language))
    relationships.addChildElement(community_line(relationships, language))
    relationships.addChildElement(_relation_editor(
        relations["relationships_from"], relationships, label(TAB_LABELS, "outgoing", language),
        "AddChildFeature|DeleteChildFeature|ZoomToChildFeature"))
    relationships.addChildElement(_relation_editor(
        relations["relationships_to"], relationships, label(TAB_LABELS, "incoming", language),
        "AddChildFeature|DeleteChildFeature|ZoomToChildFeature"))
    root.addChildElement(relationships)
    status = QgsAttributeEditorContainer(label(TAB_LABELS, "status", language), root)
    status.setType(Qgis.AttributeEditorContainerType.Tab)
    fields_box = _tab(label(TAB_LABELS, "status", language), status,
                      ["status", "visibility", "verification", "claimed_by", "claimed_at", "claim_domain_match",
                       "verified_by", "verified_at", "last_reviewed", "source", "uuid", "created_at", "created_by",
                       "updated_at", "updated_by"],
                      layer, columns=2)
    fields_box.setType(Qgis.AttributeEditorContainerType.GroupBox)
    fields_box.setShowLabel(False)
    status.addChildElement(fields_box)
    status.addChildElement(_relation_editor(relations["history"], status, label(TAB_LABELS, "history", language), ""))
    root.addChildElement(status)
    layer.setEditFormConfig(config)
    _set_read_only(layer, READ_ONLY)
    _hide_text_labels(layer.editFormConfig().invisibleRootContainer())


def _hide_text_labels(container) -> None:
    """No label beside the text lines (hint, degree). QGIS 3.40 loses a text element's showLabel when it copies a
    form configuration (setEditFormConfig), so it is set on the layer's own elements, after the last copy."""
    for element in container.children():
        if element.type() == Qgis.AttributeEditorType.TextElement:
            element.setShowLabel(False)
        elif isinstance(element, QgsAttributeEditorContainer):
            _hide_text_labels(element)


def configure_relationships(layer: QgsVectorLayer, layers: dict[str, QgsVectorLayer], language: str) -> None:
    """Configure the relationship form: entity pickers by name and the relation type in the language."""
    _apply_labels_and_widgets(layer, language)
    fields = layer.fields()
    entity_picker = QgsEditorWidgetSetup("ValueRelation", {
        "Layer": layers["entities"].id(), "LayerName": layers["entities"].name(),
        "LayerSource": layers["entities"].source(), "LayerProviderName": "ogr",
        "Key": "uuid", "Value": "name", "AllowMulti": False, "AllowNull": False, "OrderByValue": True,
        "UseCompleter": True, "NofColumns": 1, "FilterExpression": "",
    })
    for name in ("from_uuid", "to_uuid"):
        layer.setEditorWidgetSetup(fields.indexOf(name), entity_picker)
    layer.setEditorWidgetSetup(fields.indexOf("relation_type"),
                               value_relation(layers["relation_types"], language, allow_null=False))
    for name in ("since", "until"):
        layer.setEditorWidgetSetup(fields.indexOf(name), QgsEditorWidgetSetup(
            "DateTime", {"allow_null": True, "calendar_popup": True, "display_format": "yyyy-MM-dd",
                         "field_format": "yyyy-MM-dd"}))
    layer.setDefaultValueDefinition(fields.indexOf("uuid"), QgsDefaultValue("uuid(format:='WithoutBraces')"))
    layer.setDefaultValueDefinition(fields.indexOf("created_by"), QgsDefaultValue("@user_account_name"))
    layer.setDefaultValueDefinition(fields.indexOf("updated_by"), QgsDefaultValue("@user_account_name", True))
    layer.setDisplayExpression(RELATIONSHIP_DISPLAY)
    _set_read_only(layer, READ_ONLY)


# A relationship as the entity form's lists show it: the two names and the relation, in the form's language.
RELATIONSHIP_DISPLAY = (
    "represent_value(\"from_uuid\") || ' → ' || represent_value(\"to_uuid\") "
    "|| '  (' || represent_value(\"relation_type\") || ')'"
)

HISTORY_DISPLAY = (
    "format_date(\"changed_at\", 'yyyy-MM-dd HH:mm') || '  ' || \"action\" || ' ' || \"table_name\" "
    "|| coalesce('  (' || \"changed_by\" || ')', '')"
)


def configure_read_only(layer: QgsVectorLayer, language: str) -> None:
    """Labels in the language and every field read-only (history, derived lines)."""
    _apply_labels_and_widgets(layer, language)
    if layer.fields().indexOf("changed_at") >= 0:
        layer.setDisplayExpression(HISTORY_DISPLAY)
    config = layer.editFormConfig()
    for index in range(layer.fields().count()):
        config.setReadOnly(index, True)
    layer.setEditFormConfig(config)
    layer.setReadOnly(True)


def configure_link_table(layer: QgsVectorLayer, lookup: QgsVectorLayer, language: str) -> None:
    """A link table: the code as a drop-down in the language."""
    _apply_labels_and_widgets(layer, language)
    layer.setEditorWidgetSetup(layer.fields().indexOf("code"), value_relation(lookup, language, allow_null=False))
