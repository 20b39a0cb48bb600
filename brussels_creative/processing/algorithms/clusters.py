"""clusters: DBSCAN clusters of entities, the labelled points and a hull per cluster with its size and profile."""

from __future__ import annotations

from collections import Counter

import numpy as np
import shapely
from qgis.core import QgsField, QgsFields, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType

from ...core.analysis import clusters
from .base import BrusselsCreativeAlgorithm, multi_step
from .inputs import WORKING_CRS, entity_filters, point_layer, read_points
from .messages import check_canceled
from .output_styles import style_output
from .outputs import add_point_features, add_wkb_features, json_texts, storable_fields, storable_rows
from .parameters import boolean, choice, decimal, distance, integer, number_output, sink

DEGENERATE_BUFFER_M = 1.0
MIN_HULL_WIDTH_M = 5.0  # a hull narrower than this on average (2 × area / perimeter) has no meaningful area
TOP = 3
HULLS = ("convex", "concave")
# Fields of the input not carried to the entities output: the GeoPackage's own fid, and the names written here.
OWN_FIELDS = ("fid", "cluster_id", "is_core", "source_fid")
# Fields of an ecosystem's entities carried to the entities output.
ENTITY_FIELDS_CARRIED = ("uuid", "name", "entity_type", "municipality")
MAX_PAIRS = 50_000_000  # neighbour pairs DBSCAN may list: 800 MB


class Clusters(BrusselsCreativeAlgorithm):
    """DBSCAN clustering of entities."""

    ALG_ID = "clusters"
    ALG_GROUP = "density"

    INPUT = point_layer()
    EPS = distance("Neighbourhood radius (EPS)", 150.0,
                   "Maximum distance in metres between neighbours (a distance equal to EPS counts)")
    MIN_POINTS = integer("Minimum points (core)", 8,
                         "Entities within EPS, the point itself included, that make a point a core point", minimum=1)
    BORDER_AS_NOISE = boolean("Border points are noise (DBSCAN*)", False,
                              "Label the non-core points of a cluster as noise instead of joining their nearest core")
    HULL = choice("Cluster polygon", ["Convex hull", "Concave hull"],
                  "Convex hull, or concave hull (needs shapely 2 with GEOS 3.11; falls back to convex otherwise)")
    CONCAVE_RATIO = decimal("Concave hull ratio", 0.3,
                            "For concave hulls: 1 gives the convex hull, 0 the tightest hull", minimum=0.0, maximum=1.0)
    OUTPUT = sink("Clustered entities",
                  "The entities with their fields, cluster_id (NULL = noise), is_core (EPSG:31370)", "point")
    CLUSTERS = sink("Cluster polygons", "One hull per cluster with size, n_core, area_km2, density_km2, top types and "
                    "sectors (EPSG:31370)", "polygon")
    FILTERS = entity_filters()
    NUM_CLUSTERS = number_output("Number of clusters")
    NOISE = number_output("Number of noise entities")

    def processAlgorithm(self, parameters, context, feedback) -> dict:
        """Cluster, summarise and write both layers."""
        eps = self.parameterAsDouble(parameters, self.EPS, context)
        min_points = self.parameterAsInt(parameters, self.MIN_POINTS, context)
        border_as_noise = self.parameterAsBoolean(parameters, self.BORDER_AS_NOISE, context)
        hull = HULLS[self.parameterAsEnum(parameters, self.HULL, context)]
        ratio = self.parameterAsDouble(parameters, self.CONCAVE_RATIO, context)
        points_input = self.points_input(parameters, context)
        points_file = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        clusters_file = self.parameterAsOutputLayer(parameters, self.CLUSTERS, context)
        self._check_settings(eps, min_points, ratio, points_file, clusters_file)

        steps = multi_step(4, feedback)
        steps.setCurrentStep(0)
        steps.pushInfo(self.tr("Reading the entities"))
        points, carried = self._read(points_input, steps)
        # a JSON entity_type (object, list) is counted as its JSON text (and written as the input's value)
        type_texts = json_texts(points.columns["entity_type"]) if "entity_type" in points.columns else None

        steps.setCurrentStep(1)
        steps.pushInfo(self.tr("DBSCAN with EPS {} m and MIN_POINTS {}").format(eps, min_points))
        # DBSCAN lists every pair of neighbours and cannot be cancelled meanwhile: refuse an EPS that would take
        # minutes and gigabytes (the bound costs 7 ms for 100 000 points; the count only runs past it)
        if (clusters.neighbour_pairs_bound(points.x, points.y, eps) > MAX_PAIRS
                and (pairs := clusters.neighbour_pairs(points.x, points.y, eps)) > MAX_PAIRS):
            raise QgsProcessingException(
                self.tr("EPS: {} m makes {} pairs of neighbouring entities (more than {}); use a smaller EPS")
                .format(eps, pairs, MAX_PAIRS)
            )
        result = clusters.dbscan(points.x, points.y, eps, min_points, border_as_noise=border_as_noise)
        noise = int((result.labels < 0).sum())
        steps.pushInfo(self.tr("{} clusters, {} noise entities").format(result.n_clusters, noise))
        check_canceled(steps)

        steps.setCurrentStep(2)
        steps.pushInfo(self.tr("Summarising the clusters"))
        summary = clusters.cluster_summary(points.x, points.y, result.labels)
        polygons, areas = self._hulls(points, result, summary, hull, ratio, steps)
        n_core = np.bincount(result.labels[result.core], minlength=result.n_clusters)
        types = self._top_values(type_texts, result.labels, summary.size)
        sectors = self._top_sectors(points.columns.get("sector_codes"), result.labels, summary.size)
        check_canceled(steps)

        steps.setCurrentStep(3)
        steps.pushInfo(self.tr("Writing the entities and the clusters"))
        dest_points = self._write_points(parameters, context, steps, points_input, points, result, carried)
        style_output(context, dest_points, "cluster_points", points_input.ecosystem_file)
        dest_clusters = self._write_clusters(
            parameters, context, steps, summary, polygons, areas, n_core, types, sectors
        )
        style_output(context, dest_clusters, "cluster_hulls", points_input.ecosystem_file)
        return {
            self.OUTPUT: dest_points,
            self.CLUSTERS: dest_clusters,
            self.NUM_CLUSTERS: result.n_clusters,
            self.NOISE: noise,
        }

    def _read(self, points_input, feedback):
        """The points with the fields carried to the output, their type and (ecosystem entities) their sectors."""
        field_names = points_input.field_names
        has_type = "entity_type" in field_names
        # Ecosystem entities carry their sectors as a list (schema 3): read them with the points, no join needed.
        with_sectors = points_input.ecosystem is not None and "sector_codes" in field_names
        carried = self._carried(points_input)
        columns = tuple(dict.fromkeys([*carried, *("entity_type",) * has_type, *("sector_codes",) * with_sectors]))
        return read_points(points_input, feedback, columns), carried

    def _check_settings(self, eps: float, min_points: int, ratio: float, points_file: str, clusters_file: str) -> None:
        """Refuse settings DBSCAN or the hulls cannot use, and both outputs in one file, before any work."""
        if not eps > 0:
            raise QgsProcessingException(self.tr("EPS must be greater than 0 m"))
        if min_points < 1:
            raise QgsProcessingException(self.tr("MIN_POINTS must be at least 1"))
        if not 0.0 <= ratio <= 1.0:
            raise QgsProcessingException(self.tr("CONCAVE_RATIO must be between 0 and 1"))
        in_file = points_file and points_file != "TEMPORARY_OUTPUT" and not points_file.startswith("memory:")
        if in_file and points_file == clusters_file:
            # the second layer written would replace the first
            raise QgsProcessingException(self.tr("CLUSTERS: the same destination as OUTPUT ({}); choose another")
                                         .format(points_file))

    def _hulls(self, points, result, summary, hull, ratio, feedback):
        """Polygons (shapely) and their areas in km² per cluster; degenerate hulls buffered, with area 0."""
        polygons = summary.hulls
        if hull == "concave" and result.n_clusters:
            try:
                keep = result.labels >= 0
                order = np.argsort(result.labels[keep], kind="stable")
                members = shapely.multipoints(
                    np.column_stack([points.x[keep][order], points.y[keep][order]]),
                    indices=result.labels[keep][order],
                )
                polygons = shapely.concave_hull(members, ratio=ratio)
            except (AttributeError, shapely.errors.UnsupportedGEOSVersionError):
                feedback.pushWarning(self.tr("Concave hulls need GEOS 3.11 or later: convex hulls are written"))
        polygons = np.asarray(polygons, dtype=object)
        areas = shapely.area(polygons) / 1e6 if polygons.size else np.zeros(0)
        # all at one place, on a line, or nearly so: a sliver's area makes an absurd density
        perimeters = shapely.length(polygons) if polygons.size else np.zeros(0)
        with np.errstate(divide="ignore", invalid="ignore"):
            widths = np.where(perimeters > 0, 2e6 * areas / perimeters, 0.0)
        degenerate = (areas <= 0) | (widths < MIN_HULL_WIDTH_M)
        if degenerate.any():
            polygons = polygons.copy()
            polygons[degenerate] = shapely.buffer(polygons[degenerate], DEGENERATE_BUFFER_M)
            areas = np.where(degenerate, 0.0, areas)
        return polygons, areas

    @staticmethod
    def _top_values(values, labels, sizes) -> list[tuple[str | None, str | None]]:
        """Per cluster: the most frequent value and the top values with their shares ("hub 40%, lab 25%")."""
        return _profiles(values, labels, sizes, lambda value: [str(value)] if value not in (None, "") else [])

    def _top_sectors(self, sector_lists, labels, sizes) -> list[tuple[str | None, str | None]]:
        """Per cluster: top sectors from the entities' sector lists (none for layers without them)."""
        return _profiles(sector_lists, labels, sizes, _sector_list)

    @staticmethod
    def _carried(points_input) -> list[str]:
        """The input's fields written back with the clusters: all of them for any layer; for the entities of an
        ecosystem file, the fields that name an entity (the rest, contacts included, stays in the file, joined
        by uuid)."""
        names = [name for name in points_input.field_names if name not in OWN_FIELDS]
        if points_input.ecosystem is not None:
            return [name for name in names if name in ENTITY_FIELDS_CARRIED]
        return names

    def _write_points(self, parameters, context, steps, points_input, points, result, carried) -> str:
        """The input's points with their own fields, then cluster_id and is_core; source_fid (the input feature's
        id) when the input has no uuid to find them by."""
        own = {field.name(): field for field in points_input.source.fields()}
        fields, turned = storable_fields(_fields([own[name] for name in carried]))
        for name, kind in (("cluster_id", QMetaType.Int), ("is_core", QMetaType.Bool)):
            fields.append(QgsField(name, kind))
        with_fid = "uuid" not in own
        if with_fid:
            fields.append(QgsField("source_fid", QMetaType.LongLong))
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, WORKING_CRS)
        labels = [label if label >= 0 else None for label in result.labels.tolist()]
        columns = [points.columns[name] for name in carried] + [labels, result.core.tolist()]
        if with_fid:
            columns.append([int(fid) if fid.lstrip("-").isdigit() else None for fid in points.uuids])
        rows = map(list, zip(*columns, strict=True))
        if turned:  # JSON values (objects, lists) written as text
            rows = storable_rows(list(rows), turned)
        add_point_features(sink, fields, points.x, points.y, rows, steps)
        return dest_id

    def _write_clusters(self, parameters, context, feedback, summary, polygons, areas, n_core, types, sectors) -> str:
        fields = QgsFields()
        for name, kind in (
            ("cluster_id", QMetaType.Int),
            ("size", QMetaType.LongLong),
            ("n_core", QMetaType.LongLong),
            ("area_km2", QMetaType.Double),
            ("density_km2", QMetaType.Double),
            ("top_type", QMetaType.QString),
            ("dominant_types", QMetaType.QString),
            ("top_sector", QMetaType.QString),
            ("dominant_sectors", QMetaType.QString),
        ):
            fields.append(QgsField(name, kind))
        sink, dest_id = self.sink(parameters, self.CLUSTERS, context, fields, QgsWkbTypes.MultiPolygon, WORKING_CRS)
        wkbs = shapely.to_wkb(polygons).tolist() if len(polygons) else []
        sizes = summary.size.tolist()
        rows = (
            [cluster, size, int(n_core[i]), area, size / area if area > 0 else None,
             types[i][0], types[i][1], sectors[i][0], sectors[i][1]]
            for i, (cluster, size, area) in enumerate(zip(summary.cluster.tolist(), sizes, areas.tolist(), strict=True))
        )
        add_wkb_features(sink, fields, wkbs, rows, feedback, progress=(100.0, 0.0), multi=True)  # after the points
        return dest_id



def _fields(fields: list) -> QgsFields:
    """A QgsFields of these fields, in order."""
    out = QgsFields()
    for field in fields:
        out.append(field)
    return out


def _describe(counter: Counter, size: int) -> tuple[str | None, str | None]:
    """The most frequent value and "a 40%, b 25%, c 10%" (top three, shares of the cluster's size)."""
    if not counter or size <= 0:
        return None, None
    top = sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:TOP]
    return top[0][0], ", ".join(f"{code} {round(100 * count / size)}%" for code, count in top)


def _sector_list(value) -> list[str]:
    """The codes of a sector list as the entities layer stores it ('{design,music}')."""
    if not isinstance(value, str) or len(value) <= 2:
        return []
    return [code for code in value.strip("{}").replace('"', "").split(",") if code]


def _profiles(values, labels, sizes, codes_of) -> list[tuple[str | None, str | None]]:
    """Per cluster, _describe of the codes its entities carry (codes_of(value) gives a value's codes).

    Entities share few distinct values: each distinct value is split once, and its entities are counted per
    cluster with numpy, not one by one."""
    if values is None:
        return [(None, None)] * sizes.size
    distinct = {value: i for i, value in enumerate(dict.fromkeys(values))}
    index = np.fromiter(map(distinct.__getitem__, values), dtype=np.int64, count=len(values))
    keep = labels >= 0
    k, m = sizes.size, max(len(distinct), 1)
    counts = np.bincount(labels[keep] * m + index[keep], minlength=k * m).reshape(k, m)
    codes = [codes_of(value) for value in distinct]
    profiles = []
    for cluster in range(k):
        counter = Counter()
        for value in np.flatnonzero(counts[cluster]).tolist():
            for code in codes[value]:
                counter[code] += int(counts[cluster, value])
        profiles.append(_describe(counter, int(sizes[cluster])))
    return profiles
