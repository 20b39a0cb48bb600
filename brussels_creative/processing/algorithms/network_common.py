"""What network_metrics and network_summary share: the relationship inputs, reading them into graphs, betweenness
options, and running the network maths with progress and cancel."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsFeatureRequest, QgsProcessingException

from ...core.analysis import network
from ...core.store import taxonomy
from . import inputs
from .base import BrusselsCreativeAlgorithm
from .inputs import point_layer
from .messages import check_canceled, tr, watched
from .outputs import check_writable
from .parameters import Group, boolean, choice, codes, field, group, integer, layer

INPUT = "INPUT"
ID_FIELD = "ID_FIELD"
RELATIONSHIPS = "RELATIONSHIPS"
SOURCE_FIELD = "SOURCE_FIELD"
TARGET_FIELD = "TARGET_FIELD"
TYPE_FIELD = "TYPE_FIELD"
DIRECTED = "DIRECTED"
RELATION_TYPES = "RELATION_TYPES"
BY_TYPE = "BY_TYPE"
CURRENT_ONLY = "CURRENT_ONLY"
BETWEENNESS = "BETWEENNESS"
PIVOTS = "PIVOTS"
SEED = "SEED"

BETWEENNESS_MODES = (("auto", "Automatic (exact up to ~10 000 entities)"), ("exact", "Exact"),
                     ("sampled", "Sampled (pivots)"))

# The help paragraphs network_metrics and network_summary share (each translated on its own).
RELATIONSHIPS_HELP = (
    "Input: the entities layer of an ecosystem GeoPackage (its relationships table is read, each relation "
    "type directed or not as its vocabulary says), or any point layer with ID_FIELD plus any table "
    "(RELATIONSHIPS) whose SOURCE_FIELD and TARGET_FIELD hold those ids (directed when DIRECTED is "
    "checked). Only relationships between the chosen entities count (filters: sectors, types, statuses, "
    "dates, expression, as the density algorithms); with CURRENT_ONLY, only relationships current today "
    "(until empty or today or later). RELATION_TYPES keeps some types; BY_TYPE analyses each relation "
    "type on its own network (the entities it links), otherwise all together: relationships between the "
    "same two entities make one link whose weight is their number, and the network is directed when any "
    "of its relation types is (an undirected relationship then counts both ways)."
)
BETWEENNESS_HELP = (
    "Betweenness is exact (Brandes, one search from every entity) up to about 10 000 entities and 50 000 "
    "links (entities × (entities + arcs, two per undirected link) ≤ 1.2e9); above, BETWEENNESS "
    "'Automatic' estimates it from PIVOTS seeded source entities (0: as many as fit the same work) scaled "
    "by n/PIVOTS, and the output says so (betweenness_pivots). 'Exact' forces the exact computation, "
    "whatever the time; cancel stops it within a second. With the Python package numba installed the "
    "searches are compiled and use every core (about 6 s for every metric at that size on two cores); "
    "without it python-igraph's take about four times longer."
)


@dataclass
class Network:
    """One network to analyse: a graph on some of the points and its name (relation type or 'all')."""

    name: str
    nodes: np.ndarray  # positions in the points
    graph: network.Graph


def relationship_parameters() -> Group:
    """The relationship inputs and options the network algorithms share (on the points of INPUT)."""
    return group(
        field("Entity id field", INPUT, "Field of the points holding the ids the relationships use (default: uuid, "
              "else the feature id)", key=ID_FIELD),
        layer("Relationships table", "Any table with source and target ids; empty: the relationships of the "
              "ecosystem GeoPackage", optional=True, key=RELATIONSHIPS),
        field("Source id field", RELATIONSHIPS, "Field of RELATIONSHIPS holding the source entity's id",
              default="from_uuid", key=SOURCE_FIELD),
        field("Target id field", RELATIONSHIPS, "Field of RELATIONSHIPS holding the target entity's id",
              default="to_uuid", key=TARGET_FIELD),
        field("Relation type field", RELATIONSHIPS, "Field of RELATIONSHIPS holding the relation type (for "
              "RELATION_TYPES and BY_TYPE)", key=TYPE_FIELD),
        boolean("Table relationships are directed", True, "For a RELATIONSHIPS table: source → target is a "
                "direction (ecosystem files use their types' flags)", key=DIRECTED),
        codes("Only these relation types", lambda: [t.code for t in taxonomy.RELATION_TYPES],
              "Relation type codes; none selected means all", multiple=True, optional=True, key=RELATION_TYPES),
        boolean("One network per relation type", False, "Analyse each relation type on its own instead of all "
                "together", key=BY_TYPE),
        boolean("Only current relationships", True, "Leave out relationships that ended (until before today) or "
                "start later (since after today)", advanced=True, key=CURRENT_ONLY),
        choice("Betweenness", [label for _, label in BETWEENNESS_MODES], "Exact, sampled from pivots, or automatic "
               "(exact while it takes seconds)", advanced=True, key=BETWEENNESS),
        integer("Pivots for sampled betweenness", 0, "Source entities sampled (0: as many as the exact budget "
                "allows)", minimum=0, advanced=True, key=PIVOTS),
        integer("Random seed", 1, "Seed of the communities (Louvain) and of the pivots: the same seed gives the same "
                "result", minimum=0, advanced=True, key=SEED),
    )


class NetworkMeasure(BrusselsCreativeAlgorithm):
    """An algorithm measuring the relationship network (network_metrics, network_summary): its help ends with the
    paragraphs on its input and on betweenness they share."""

    INPUT = point_layer()
    RELATIONS = relationship_parameters()

    def shortHelpString(self) -> str:
        """Return the algorithm's help followed by the shared paragraphs."""
        return "\n\n".join((super().shortHelpString(), tr(RELATIONSHIPS_HELP), tr(BETWEENNESS_HELP)))


@dataclass
class Links:
    """The chosen points and the relationships between them: point positions, types and directed flags."""

    points: object  # EntityPoints
    ids: list[str]
    start: np.ndarray
    end: np.ndarray
    types: np.ndarray  # object array of codes
    directed: np.ndarray


def read_links(algorithm, parameters, context, feedback, columns: tuple[str, ...] = ()) -> Links:
    """Read the points (filtered) and the relationships between them; log what was read."""
    points_input = algorithm.points_input(parameters, context, INPUT)
    field_names = points_input.field_names
    id_field = algorithm.parameterAsString(parameters, ID_FIELD, context)
    if id_field and id_field not in field_names:
        raise QgsProcessingException(tr("ID_FIELD: the input has no field {}").format(id_field))
    wanted = tuple(c for c in columns if c in field_names)
    if id_field and id_field not in wanted:
        wanted += (id_field,)
    points = inputs.read_points(points_input, feedback, wanted)
    ids = [str(v) for v in points.columns[id_field]] if id_field else list(points.uuids)
    position = {}
    for i, key in enumerate(ids):
        position.setdefault(key, i)
    types_wanted = tuple(c for c in algorithm.parameterAsEnumStrings(parameters, RELATION_TYPES, context) if c)
    table = algorithm.parameterAsSource(parameters, RELATIONSHIPS, context)
    if table is not None:
        sources, targets, types, flags = _read_table(algorithm, parameters, context, feedback, table, types_wanted)
    else:
        ecosystem = points_input.ecosystem
        if ecosystem is None:
            raise QgsProcessingException(tr(
                "RELATIONSHIPS: give a relationships table, or use the entities layer of an ecosystem"))
        today = datetime.date.today().isoformat()
        current = algorithm.parameterAsBoolean(parameters, CURRENT_ONLY, context)
        relations = ecosystem.relationships(types_wanted, today if current else None)
        sources, targets, types = relations.from_uuids, relations.to_uuids, relations.types
        flags = relations.directed
    check_canceled(feedback)
    start = np.fromiter((position.get(s, -1) for s in sources), dtype=np.int64, count=len(sources))
    end = np.fromiter((position.get(t, -1) for t in targets), dtype=np.int64, count=len(targets))
    inside = (start >= 0) & (end >= 0)
    feedback.pushInfo(tr("{} relationships read, {} between the chosen entities").format(len(sources),
                                                                                        int(inside.sum())))
    type_array = np.asarray(types, dtype=object)
    directed = np.fromiter((flags.get(t, True) for t in types), dtype=bool, count=len(types))
    return Links(points, ids, start[inside], end[inside], type_array[inside], directed[inside])


def read_networks(algorithm, parameters, context, feedback, columns: tuple[str, ...] = ()):
    """Read the points (filtered) and the relationships; return (points, ids, [Network])."""
    links = read_links(algorithm, parameters, context, feedback, columns)
    start, end, type_array, directed = links.start, links.end, links.types, links.directed
    networks = []
    if algorithm.parameterAsBoolean(parameters, BY_TYPE, context):
        for code in dict.fromkeys(type_array.tolist()):
            keep = type_array == code
            nodes = np.unique(np.concatenate([start[keep], end[keep]]))
            local = np.searchsorted(nodes, start[keep]), np.searchsorted(nodes, end[keep])
            graph = network.build_graph(nodes.size, *local, directed[keep])
            networks.append(Network(str(code), nodes, graph))
    else:
        n = len(links.ids)
        networks.append(Network("all", np.arange(n), network.build_graph(n, start, end, directed)))
    if not networks:
        raise QgsProcessingException(tr("RELATION_TYPES: no relationship of these types between the chosen entities"))
    return links.points, links.ids, networks


def _read_table(algorithm, parameters, context, feedback, table, types_wanted):
    """Source ids, target ids, types and directed flags (one for every type) from any table."""
    names = table.fields().names()
    fields = {}
    for key in (SOURCE_FIELD, TARGET_FIELD, TYPE_FIELD):
        name = algorithm.parameterAsString(parameters, key, context)
        if key != TYPE_FIELD and not name:
            raise QgsProcessingException(tr("{}: choose the field of RELATIONSHIPS").format(key))
        if name and name not in names:
            raise QgsProcessingException(tr("{}: RELATIONSHIPS has no field {}").format(key, name))
        fields[key] = name
    if types_wanted and not fields[TYPE_FIELD]:
        raise QgsProcessingException(tr("RELATION_TYPES: set TYPE_FIELD to filter a table by relation type"))
    wanted = [f for f in fields.values() if f]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(wanted, table.fields())
    sources, targets, types = [], [], []
    for feature in watched(table.getFeatures(request), feedback, every=5000):
        a, b = feature[fields[SOURCE_FIELD]], feature[fields[TARGET_FIELD]]
        kind = str(feature[fields[TYPE_FIELD]]) if fields[TYPE_FIELD] else "all"
        if a is None or b is None or (types_wanted and kind not in types_wanted):
            continue
        sources.append(str(a))
        targets.append(str(b))
        types.append(kind)
    directed = algorithm.parameterAsBoolean(parameters, DIRECTED, context)
    return sources, targets, types, {kind: directed for kind in set(types)}


def pivots_for(algorithm, parameters, context, graph: network.Graph) -> int | None:
    """The pivots to use on this graph (None: exact), from BETWEENNESS and PIVOTS."""
    mode = BETWEENNESS_MODES[algorithm.parameterAsEnum(parameters, BETWEENNESS, context)][0]
    asked = algorithm.parameterAsInt(parameters, PIVOTS, context)
    if mode == "exact":
        return None
    if mode == "sampled":
        return min(graph.n, asked) if asked > 0 else network.default_pivots(graph) or graph.n
    automatic = network.default_pivots(graph)
    if automatic is None:
        return None
    return min(graph.n, asked) if asked > 0 else automatic


def measure(algorithm, parameters, context, feedback, item: Network, span: tuple[float, float],
            with_closeness: bool = True) -> network.NodeMetrics:
    """Node metrics of one network, with progress in span (percent) and cancel."""
    pivots = pivots_for(algorithm, parameters, context, item.graph)
    seed = algorithm.parameterAsInt(parameters, SEED, context)
    graph = item.graph
    feedback.pushInfo(tr("Network {}: {} entities, {} links ({})").format(
        item.name, graph.n, graph.links, tr("directed") if graph.directed else tr("undirected")))
    if pivots is not None and pivots < graph.n:
        feedback.pushWarning(tr("Network {}: betweenness and closeness estimated from {} pivots of {} entities")
                             .format(item.name, pivots, graph.n))
    if network.default_engine() != "numba":
        feedback.pushInfo(tr("Shortest paths by python-igraph, on one core: with the Python package numba installed "
                             "they are compiled and use every core, about four times faster"))
    try:
        return network.node_metrics(
            graph, pivots=pivots, seed=seed, with_closeness=with_closeness, cancel=feedback.isCanceled,
            progress=lambda f: feedback.setProgress(span[0] + (span[1] - span[0]) * f),
        )
    except network.Cancelled:
        raise QgsProcessingException(tr("Cancelled: no output was written")) from None


def check_file_outputs(algorithm, parameters, context, keys: tuple[str, ...]) -> None:
    """Refuse, before the measures (minutes on large networks), a file destination that cannot be written."""
    for key in keys:
        destination = algorithm.parameterAsOutputLayer(parameters, key, context)
        if destination and destination != "TEMPORARY_OUTPUT" and ":" not in destination.split("|")[0][2:]:
            check_writable(destination.split("|")[0], key)
