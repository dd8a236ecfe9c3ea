"""Plumbing of the 2016-method algorithms: the unit layer (polygons or a
plain table), indicator tables joined on the unit code, the output layer
with its style (also saved in a GeoPackage and as a .qml beside a file
output), summaries and provenance. Their parameters are declared in
``specs/m2016.py``."""

import gc
import os
import threading
from contextlib import contextmanager
from typing import Dict, List, NamedTuple, Optional, Sequence, Tuple

from qgis.core import (
    QgsDataSourceUri,
    QgsFeature,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProperty,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...core.errors import InputError, first_of
from ...core.i18n import tr
from ...core.indicators import field_names, field_title, match_headers, normalize_header
from ...core.m2016.common import NOT_EVALUATED
from ...core.m2016.rows import SPILL_ROWS
from ...core.m2016.units import Source, require_rows
from ...core.provenance import to_json
from ...styles import apply_class_style
from ..framework.algorithm import SpecAlgorithm
from ..framework.common import (
    add_feature,
    flush_sink,
    store_provenance,
    user_errors,
    save_style_files_of,
)
from ..framework.inputs import display_name, source_label
from .spatial import UnitGeometries, check, layer_rows, points_to_units, read_rows


#: kinds of the parameters that name the layers a run reads (listed in the
#: provenance)
LAYER_KINDS = ("raster", "vector", "layer", "vector_layer", "layers", "table")

#: during a run, Python's full garbage collection comes after this many
#: collections of the middle generation (10 by default), and the young
#: generation is collected after this many new objects (700 by default), see
#: :func:`fewer_full_collections`
FULL_COLLECTION_EVERY = 1000
YOUNG_COLLECTION_AFTER = 10000
_GC_LOCK = threading.Lock()
_GC_STATE: dict = {"runs": 0, "threshold": None}


@contextmanager
def fewer_full_collections():
    """Python's full garbage collections made rare while a run is under way:
    the objects that exist before it (QGIS, the plugin) are frozen (left out
    of collections) and the threshold of the oldest generation raised. A run
    over 38,000 units builds several hundred thousand objects that live to
    its end; each full collection walks all of them and the run would spend
    about 0.5 s in them. The young generation is collected less often too
    (most of what a run makes is freed before). Cyclic garbage of the run is
    still collected by the young generations and, at the latest, after the
    run; what is set back after the last of the runs under way is what was
    there before the first."""
    with _GC_LOCK:
        if _GC_STATE["runs"] == 0:
            _GC_STATE["threshold"] = gc.get_threshold()
            young, middle, old = _GC_STATE["threshold"]
            gc.freeze()
            if young:  # 0: collections are off, and stay so
                young = max(young, YOUNG_COLLECTION_AFTER)
            gc.set_threshold(young, middle, max(old, FULL_COLLECTION_EVERY))
        _GC_STATE["runs"] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_STATE["runs"] -= 1
            if _GC_STATE["runs"] == 0:
                gc.set_threshold(*_GC_STATE["threshold"])
                gc.unfreeze()


class UnitInputs(NamedTuple):
    """What every run reads first (:meth:`M2016Algorithm.read_inputs`)."""

    profile: object
    source: object  # the unit feature source
    units: Source
    feats: list  # the unit features
    tables: List[Source]  # the tables joined on the unit code


class Evaluation(NamedTuple):
    """What :meth:`M2016Algorithm.evaluate` hands to :meth:`M2016Algorithm.finish`."""

    results: object  # the result rows, a list or rows made while they are written
    fields: Sequence[Tuple[str, str]]  # the output fields (name, kind)
    codes: Sequence[str]  # the unit codes, in the order of the rows
    extra: Optional[dict] = None  # provenance beyond the parameters


class M2016Algorithm(SpecAlgorithm):
    """Base of the 2016-method algorithms: reading the units and indicator
    tables, writing the styled result. Subclasses set ``SPEC`` and either
    define ``evaluate(parameters, context, feedback, read: UnitInputs) ->
    Evaluation`` (the evaluation of the units read, before the result is
    written; :meth:`process_algorithm` calls it) or their own
    ``process_algorithm`` that calls :meth:`finish` at its end
    (tests/qgis/test_provider.py checks that each does one of the two)."""

    INPUT = "INPUT"
    INDICATORS = "INDICATORS"
    BASE_INDICATORS = "BASE_INDICATORS"
    ALLOW_PARTIAL = "ALLOW_PARTIAL"
    OUTPUT = "OUTPUT"
    PROVENANCE = "PROVENANCE"
    STYLE_SET = "load_classes"
    #: the parameter of the tables joined on the unit code
    TABLES = INDICATORS
    #: the progress span of reading the units
    READ_SPAN = (0, 10)
    #: the field explaining a unit not evaluated ("": the style field's
    #: ``…_note``)
    NOTE_FIELD = ""

    @property
    def STYLE_FIELD(self) -> str:  # noqa: N802 (constant of the class, from its spec)
        """The field the result is styled by (``style`` of the spec's OUTPUT)."""
        return self.SPEC.param(self.OUTPUT).style

    # -- the run -------------------------------------------------------------
    def process_algorithm(self, parameters, context, feedback):
        """Read the units and their tables, evaluate them (``evaluate`` of
        the subclass) and write the styled result, with the layers of the
        spec's parameters in the provenance and a summary by the classes of
        the style."""
        with fewer_full_collections():
            read = self.read_inputs(parameters, context, feedback, self.TABLES, self.READ_SPAN)
            done = self.evaluate(parameters, context, feedback, read)
            layers = [p.name for p in self.SPEC.inputs if p.kind in LAYER_KINDS]
            return self.finish(
                parameters,
                context,
                feedback,
                read.source,
                read.feats,
                done.results,
                done.fields,
                read.profile,
                self.inputs_of(parameters, context, layers),
                done.codes,
                done.extra,
                summary_set=self.STYLE_SET,
                note_field=self.NOTE_FIELD,
            )

    # -- checks before the run ----------------------------------------------
    def check_inputs(self, parameters, context) -> None:
        """A unit layer (or other table) without a column the spec says it
        must hold (``Param.fields``, e.g. the unit code) is refused before
        the run, naming the layer and the column names accepted."""
        for param in self.SPEC.inputs:
            if not param.fields or param.kind not in ("vector", "table"):
                continue
            source = self.parameterAsSource(parameters, param.name, context)
            if source is None:
                continue
            with user_errors():
                check_fields(
                    source.fields().names(),
                    param.fields,
                    self.name_of(parameters, param.name, source),
                )

    # -- reading -------------------------------------------------------------
    @staticmethod
    def name_of(parameters, name, source, default="") -> str:
        """A readable layer name for messages: the layer name, with the
        layer of a GeoPackage path (``shifan:landuse``)."""
        return source_label(parameters.get(name), source) or default or name

    def read_units(self, parameters, context, feedback, span=(0, 10)):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        name = self.name_of(parameters, self.INPUT, source, tr("Units"))
        rows, ids, feats = read_rows(
            source, feedback, span, null_objects=False, spill_rows=SPILL_ROWS
        )
        if not rows:
            raise QgsProcessingException(
                tr("{layer} has no features: nothing to evaluate.").format(layer=name)
            )
        return source, Source(name, rows, ids, source.fields().names()), feats

    def read_inputs(
        self, parameters, context, feedback, tables: str = "INDICATORS", span=(0, 10)
    ) -> UnitInputs:
        """What every run reads first: the profile, the units and the Sources
        of the ``tables`` parameter."""
        profile = self.profile(parameters, context)
        source, unit_src, feats = self.read_units(parameters, context, feedback, span)
        return UnitInputs(
            profile,
            source,
            unit_src,
            feats,
            self.read_tables(parameters, tables, context, feedback),
        )

    def partial(self, parameters, context) -> bool:
        """The ALLOW_PARTIAL choice (class units on the values present)."""
        return self.parameterAsBoolean(parameters, self.ALLOW_PARTIAL, context)

    def read_tables(self, parameters, name, context, feedback) -> List[Source]:
        out = []
        for layer in self.parameterAsLayerList(parameters, name, context) or []:
            if not isinstance(layer, QgsVectorLayer):
                raise QgsProcessingException(
                    tr("{layer} is not a table or vector layer.").format(layer=layer.name())
                )
            rows, ids, _ = read_rows(layer, feedback, spill_rows=SPILL_ROWS)
            out.append(Source(display_name(layer), rows, ids, layer.fields().names()))
        return out

    def read_layer(self, parameters, name, context, feedback) -> Optional[Tuple]:
        """(feature source, Source) of an optional vector parameter."""
        src = self.parameterAsSource(parameters, name, context)
        if src is None:
            return None
        # a layer given by its source reads all its features: a CSV can then
        # be read column by column (not a selection or a feature limit)
        layer = (
            self.parameterAsVectorLayer(parameters, name, context)
            if isinstance(parameters.get(name), (str, QgsVectorLayer))
            else None
        )
        rows, ids, _ = read_rows(src, feedback, layer=layer, spill_rows=SPILL_ROWS)
        table = Source(self.name_of(parameters, name, src), rows, ids, src.fields().names())
        with user_errors():
            require_rows(table)
        return src, table

    @staticmethod
    def unit_geometries(source, feats, units, purpose: str) -> UnitGeometries:
        if not UnitGeometries.has_polygons(source):
            raise InputError(
                tr(
                    "{layer} is a table without polygons, but {purpose} needs the unit polygons. "
                    "Give the county polygon layer as the evaluation units."
                ).format(layer=units.layer, purpose=purpose)
            )
        by_code = units.codes
        return UnitGeometries(feats, by_code, source.sourceCrs(), units.layer)

    @staticmethod
    def warn_unmatched(units, feedback):
        for table, codes in units.unmatched.items():
            if codes:
                feedback.pushWarning(
                    tr(
                        "{table}: {n} row(s) have a unit code that is not among the evaluation "
                        "units and are not used: {codes}. Check the codes if these units should "
                        "be evaluated."
                    ).format(
                        table=table,
                        n=len(codes),
                        codes=first_of(codes, 10),
                    )
                )
        for u in units.units:
            if u.missing_in:
                feedback.pushWarning(
                    tr("Unit {code}: no row in {tables}.").format(
                        code=u.code, tables=", ".join(u.missing_in)
                    )
                )

    # -- writing -------------------------------------------------------------
    def write_rows(self, sink, fields, feats, kept, results, new_fields, feedback=None):
        """Write the result features; a feature the sink refuses stops the run
        (it is never silently dropped)."""
        names = [n for n, _ in new_fields]
        output = self.parameterDefinition("OUTPUT").description()
        # one feature filled anew for each (the sink copies what it keeps)
        out = QgsFeature(fields)
        for feat, res in zip(feats, results):
            check(feedback)
            if feat.hasGeometry():
                out.setGeometry(feat.geometry())
            else:
                out.clearGeometry()
            attrs = feat.attributes()
            out.setAttributes([attrs[i] for i in kept] + list(map(res.get, names)))
            add_feature(sink, out, output, tr("feature {fid}").format(fid=feat.id()))

    def output_sink(self, parameters, context, fields, wkb, crs):
        """(sink, destination id) of the OUTPUT parameter. A new GeoPackage
        (a run's output staged as ``ogr:dbname=… table=…``) is written by
        QGIS's file writer, with the layer named as the table, instead of
        through a provider layer: the provider holds what it has written
        until it is closed (about 100 MiB at 38,000 units) and is slower.
        The destination id is the same (``path|layername=table``)."""
        value = parameters.get(self.OUTPUT)
        definition = value if isinstance(value, QgsProcessingOutputLayerDefinition) else None
        text = definition.sink.staticValue() if definition is not None else value
        if isinstance(text, str) and text.startswith("ogr:"):
            uri = QgsDataSourceUri(text[4:])
            path, table = uri.database(), uri.table()
            if (
                path.lower().endswith(".gpkg")
                and table
                and not uri.sql()
                and not os.path.exists(path)
            ):
                if definition is not None:
                    # QGIS takes the create options of a definition, not the argument
                    definition = QgsProcessingOutputLayerDefinition(definition)
                    definition.sink = QgsProperty.fromValue(path)
                    definition.createOptions = dict(definition.createOptions or {}, layerName=table)
                parameters = dict(parameters)
                parameters[self.OUTPUT] = definition if definition is not None else path
                return self.parameterAsSink(
                    parameters,
                    self.OUTPUT,
                    context,
                    fields,
                    wkb,
                    crs,
                    createOptions={"layerName": table},
                )
        return self.parameterAsSink(parameters, self.OUTPUT, context, fields, wkb, crs)

    def finish(
        self,
        parameters,
        context,
        feedback,
        source,
        feats,
        results: List[dict],
        new_fields: Sequence[Tuple[str, str]],
        profile,
        inputs: Dict[str, str],
        codes: Sequence[str],
        extra_provenance: Optional[dict] = None,
        summary_field: str = "",
        summary_set: str = "load_classes",
        note_field: str = "",
    ) -> dict:
        check(feedback)
        fields, kept = self.output_fields(source.fields(), new_fields, feedback)
        wkb = (
            source.wkbType()
            if source.wkbType() != QgsWkbTypes.Type.Unknown
            else QgsWkbTypes.Type.NoGeometry
        )
        sink, dest_id = self.output_sink(parameters, context, fields, wkb, source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        field = summary_field or self.STYLE_FIELD
        if not isinstance(results, list):
            # rows made while they are written: keep what the summary needs
            results, written = _summary_rows(results, field, note_field)
        else:
            written = results
        try:
            self.write_rows(sink, fields, feats, kept, results, new_fields, feedback)
            flush_sink(sink, self.parameterDefinition("OUTPUT").description())
        except QgsProcessingException:
            del sink
            remove_partial_output(dest_id)
            raise
        del sink
        self.summarise(feedback, written, codes, profile, field, summary_set, note_field)
        prov = self.provenance(parameters, context, profile, inputs)
        prov["parameters"].update(extra_provenance or {})
        self.style_output(context, dest_id, self.STYLE_FIELD, profile, self.STYLE_SET, prov)
        save_style_files(dest_id, self.STYLE_FIELD, profile, self.STYLE_SET, prov, feedback)
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, self.PROVENANCE: to_json(prov)}

    @staticmethod
    def summarise(feedback, results, codes_, profile, field, set_name, note_field=""):
        """Count of units per class, and a warning per unit not evaluated."""
        if not field:
            return
        counts: Dict[str, int] = {}
        for r in results:
            counts[r.get(field) or ""] = counts.get(r.get(field) or "", 0) + 1
        codes = profile.class_codes(set_name)
        for code in codes + ([NOT_EVALUATED] if NOT_EVALUATED not in codes else []):
            if counts.get(code):
                label = profile.class_label(set_name if code in codes else "load_classes", code)
                feedback.pushInfo(tr("{label}: {n} unit(s)").format(label=label, n=counts[code]))
        note_field = note_field or field.rsplit("_", 1)[0] + "_note"
        for code, r in zip(codes_, results):
            if r.get(field) == NOT_EVALUATED:
                feedback.pushWarning(
                    tr("Unit {code} not evaluated — {why}").format(
                        code=code, why=r.get(note_field) or ""
                    )
                )


def _summary_rows(rows, field: str, note_field: str = ""):
    """(the rows, passed on one by one; the list of what
    :meth:`M2016Algorithm.summarise` reads of them, filled as they pass):
    the class of each row and, for a unit not evaluated, its note."""
    kept: List[dict] = []
    if not field:
        return rows, kept
    note_field = note_field or field.rsplit("_", 1)[0] + "_note"
    shared: Dict[object, dict] = {}

    def passing():
        for r in rows:
            cls = r.get(field)
            if cls == NOT_EVALUATED:
                kept.append({field: cls, note_field: r.get(note_field)})
            else:
                if cls not in shared:
                    shared[cls] = {field: cls}
                kept.append(shared[cls])
            yield r

    return passing(), kept


def check_fields(headers: Sequence[str], wanted: Sequence[str], layer: str) -> None:
    """Raise InputError when no header of ``layer`` matches a field of
    ``wanted`` (indicator keys), naming the accepted headers. Several
    headers matching one field are left to the join, which merges them."""
    have = {normalize_header(h) for h in headers}
    for name in wanted:
        if any(normalize_header(n) in have for n in field_names(name) if n):
            continue
        try:
            match_headers(headers, [], [name], layer)  # names the accepted headers
        except InputError as exc:
            raise InputError(
                str(exc)
                + " "
                + tr(
                    "If {layer} is not the layer of the evaluation units, choose that layer "
                    "instead."
                ).format(layer=layer)
            ) from exc


def accepted_headers(names: Sequence[str]) -> str:
    """The column names accepted for each indicator, for messages:
    "Construction land area (km²): constr_land_area, 建设用地面积, …; …"."""
    return "; ".join(
        f"{field_title(n)}: " + ", ".join(x for x in field_names(n) if x) for n in names
    )


def parse_values(text: str, param: str) -> List[float]:
    """Numbers of a comma-separated list parameter (e.g. raster values)."""
    out = []
    for part in str(text).replace("，", ",").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            out.append(float(part))
        except ValueError:
            raise InputError(
                tr(
                    "Parameter {param}: {value!r} is not a number. Give numbers "
                    "separated by commas, e.g. 1, 2."
                ).format(param=param, value=part)
            ) from None
    return out


def remove_partial_output(dest_id: str) -> None:
    """Delete a file output left incomplete by a failed or cancelled write
    (every check runs before the output is created, so this is a disk error or
    a cancel during writing)."""
    path = (dest_id or "").split("|")[0]
    for p in (path, path + "-wal", path + "-shm", path + "-journal"):
        if p and os.path.isfile(p):
            os.remove(p)


def save_style_files(
    dest_id: str, field: str, profile, set_name: str, prov: dict, feedback=None
) -> Optional[str]:
    """For a file output: save the class style as the layer's default style
    in a GeoPackage and as a .qml beside the file, so the result opens styled
    anywhere. Returns the .qml path (None for memory or table outputs)."""
    path = (dest_id or "").split("|")[0]
    if not field or not os.path.isfile(path):
        return None
    named = [
        p.split("=", 1)[1] for p in (dest_id or "").split("|")[1:] if p.startswith("layername=")
    ]
    name = named[0] if named else os.path.splitext(os.path.basename(path))[0]
    layer = QgsVectorLayer(dest_id, name, "ogr")
    if not layer.isValid() or layer.geometryType() not in (0, 1, 2):
        return None
    apply_class_style(layer, field, profile, set_name)
    store_provenance(layer, prov)
    return save_style_files_of(layer, path, tr("Class style of the cc_warning result"), feedback)


class MonitoringInputs:
    """Parameters and reading of raw monitoring data (air stations with daily
    values, surface-water sections with observations), joined to the units by
    location or by a unit-code column. Mixed into 2016-method algorithms."""

    AIR_STATIONS = "AIR_STATIONS"
    AIR_DAILY = "AIR_DAILY"
    SECTIONS = "SECTIONS"
    SECTION_OBSERVATIONS = "SECTION_OBSERVATIONS"

    def reads_outlines_for(self, name: str, parameters, context) -> bool:
        """The sections find their unit by location only as points without a
        unit-code column (:meth:`read_sections`); with the column the units'
        outlines are not read for them."""
        if name != self.SECTIONS:
            return super().reads_outlines_for(name, parameters, context)
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return True
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
            return False
        try:
            codes = match_headers(source.fields().names(), ["unit_code"], [], name)
        except InputError:
            return True  # two unit-code columns: reading the sections names them
        return "unit_code" not in codes

    def _geoms(self, cache, source, feats, units, purpose):
        if "geoms" not in cache:
            cache["geoms"] = M2016Algorithm.unit_geometries(source, feats, units, purpose)
        return cache["geoms"]

    def read_air(
        self, parameters, context, feedback, source, feats, units, profile, std, year, cache
    ):
        """Station statistics (``AirStats``) or None; stops on a station outside
        every unit, warns of units without a station."""
        from ...core.m2016 import stations

        daily = self.read_layer(parameters, self.AIR_DAILY, context, feedback)
        st = self.parameterAsSource(parameters, self.AIR_STATIONS, context)
        if daily is None:
            if st is not None:
                raise InputError(
                    tr(
                        "Air stations were given without their daily values: "
                        "give the daily values table too, or leave the stations "
                        "out."
                    )
                )
            return None
        daily_src = daily[1]
        if st is not None:
            st_name = self.name_of(parameters, self.AIR_STATIONS, st)
            if UnitGeometries.has_polygons(source):
                geoms = self._geoms(cache, source, feats, units, tr("joining stations"))
                mapping, _, _ = points_to_units(st, st_name, "station_id", geoms, context, feedback)
            else:
                rows, ids, _ = layer_rows(st, feedback)
                mapping = _attribute_map(
                    Source(st_name, rows, ids, st.fields().names()), "station_id", units
                )
        elif (
            QgsWkbTypes.geometryType(daily[0].wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
            and UnitGeometries.has_polygons(source)
            and "unit_code"
            not in match_headers(daily_src.headers, ["unit_code"], [], daily_src.name)
        ):
            # daily values as points: each station where its first value lies
            geoms = self._geoms(cache, source, feats, units, tr("joining stations"))
            mapping, _, _ = points_to_units(
                daily[0], daily_src.name, "station_id", geoms, context, feedback, unique=False
            )
        else:
            mapping = _attribute_map(daily_src, "station_id", units)
        result = stations.air_statistics(daily_src, mapping, units.codes, profile, std, year)
        for u in units.units:
            if not result.stations.get(u.code):
                feedback.pushWarning(
                    tr(
                        "Unit {code} has no air station: its air statistics are taken from the "
                        "indicator tables if given, otherwise it is not evaluated. Add a station "
                        "or give the annual statistics."
                    ).format(code=u.code)
                )
        return result

    def read_sections(
        self, parameters, context, feedback, source, feats, units, profile, year, cache
    ):
        """(rows, row ids, layer name) of the water sections, or None."""
        from ...core.m2016 import environment, stations

        sec = self.read_layer(parameters, self.SECTIONS, context, feedback)
        obs = self.read_layer(parameters, self.SECTION_OBSERVATIONS, context, feedback)
        if sec is None:
            if obs is not None:
                raise InputError(
                    tr(
                        "Water observations were given without the sections "
                        "(code, water body type, location or unit code): give "
                        "the sections too."
                    )
                )
            return None
        sec_source, sec_src = sec
        has_code = "unit_code" in match_headers(sec_src.headers, ["unit_code"], [], sec_src.name)
        unit_of = None
        if (
            not has_code
            and QgsWkbTypes.geometryType(sec_source.wkbType())
            == QgsWkbTypes.GeometryType.PointGeometry
        ):
            geoms = self._geoms(cache, source, feats, units, tr("joining sections"))
            unit_of, _, _ = points_to_units(
                sec_source, sec_src.name, "section_id", geoms, context, feedback
            )
        means = None
        if obs is not None:
            listed = environment.section_rows(sec_src, profile, unit_of)[0]
            means = stations.section_means(
                obs[1],
                [r["section_id"] for r in listed],
                profile.get("elements.environment.water_pollutants"),
                year,
            )
        rows, ids = environment.section_rows(sec_src, profile, unit_of, means)
        codes = units.codes
        for u in environment.units_without_sections(rows, codes):
            feedback.pushWarning(
                tr(
                    "Unit {code} has no surface-water section: its water part is missing, so "
                    "it is not evaluated unless its air index already makes it overloaded. "
                    "Add a section or set the partial option."
                ).format(code=codes[u])
            )
        return rows, ids, sec_src.name


def _attribute_map(src: Source, id_field: str, units) -> Dict[str, str]:
    """Station → unit from a unit-code column (units given as a table)."""
    from ...core.table import make_table

    t = make_table(
        src.rows,
        src.name,
        required=[id_field, "unit_code"],
        row_ids=src.row_ids,
        headers=src.headers,
    )
    known = set(units.codes)
    out: Dict[str, str] = {}
    for i in range(len(t)):
        pid, code = t.text(i, id_field), t.text(i, "unit_code")
        if code not in known:
            raise InputError(
                tr(
                    "{layer}, {row}: unit code {code!r} of station {station} is not among the "
                    "evaluation units. Correct the code or remove the station."
                ).format(layer=src.name, row=t.row_ids[i], code=code, station=pid)
            )
        if out.get(pid, code) != code:
            raise InputError(
                tr("{layer}: station {station} is given in two units ({a} and {b}).").format(
                    layer=src.name, station=pid, a=out[pid], b=code
                )
            )
        out[pid] = code
    return out
