"""The declarative description of an algorithm (its *spec*): identity,
group, inputs, outputs, the rule it applies (as help sentences built from the
active method profile) and notes. Qt-free: the Processing builder
(``processing/framework``) turns a spec into parameters, pre-run checks,
help and output registration; ``scripts/make_docs.py`` turns it into the
reference pages.

Texts are English source strings marked with :func:`N_`; they are
translated when shown (``core.i18n.tr``), so that a spec can be built at
import time, before the plugin's translator is installed.

A parameter is declared once and reused by name (``specs/shared.py``); a
whole-chain algorithm is :func:`compose`\\ d from its children's specs, so a
parameter added to a child appears in the chain without touching the chain.
"""

import dataclasses
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

#: kinds of input parameters
INPUT_KINDS = (
    "raster",  # a raster layer (GDAL file)
    "vector",  # a feature source: polygons, points, lines or a plain table
    "layer",  # any map layer (vector or raster)
    "vector_layer",  # a vector layer object (not a feature source)
    "layers",  # several layers (``layer_type`` vector or raster)
    "table",  # a feature source without geometry requirement (CSV, xlsx sheet)
    "field",  # a field of another (``parent``) parameter
    "number",
    "integer",
    "bool",
    "string",
    "enum",
    "crs",
    "file",  # an existing file (``extension``)
    "profile",  # the method profile (a file or a built-in name)
)
#: kinds of destination parameters (outputs the user names)
DESTINATION_KINDS = ("sink", "raster_out", "file_out", "folder_out")
#: kinds of plain outputs (no parameter)
OUTPUT_KINDS = ("string", "number", "file", "folder", "raster", "vector")


def shown(text) -> str:
    """The text a user sees of a ``label``/``help``: a marked source
    translated, or the result of a label function."""
    from ..core.i18n import translated

    return text() if callable(text) else translated(text)


def N_(text: str) -> str:  # noqa: N802 (gettext convention)
    """Mark an English source text for translation without translating it
    now (the i18n script collects it; it is translated when shown)."""
    return text


@dataclass(frozen=True)
class Param:
    """One parameter of an algorithm.

    ``label`` / ``help`` are English sources (``N_``), or functions returning
    the text shown (for labels built from profile data). Numbers carry their
    ``unit`` and ``minimum`` / ``maximum`` (the plugin's own pre-run check
    names the parameter, the value and the range). An enum lists its
    ``options``, or reads them from the active profile with ``options_from``
    (a function ``profile -> [(value, label)]``). A field names its
    ``parent`` parameter, and the ``indicator`` of the dictionary whose
    accepted headers pick its default (never the feature id).
    """

    name: str
    kind: str
    label: str
    help: str = ""
    unit: str = ""
    optional: bool = False
    advanced: bool = False
    default: Any = None
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    options: Tuple[str, ...] = ()
    options_from: Optional[Callable] = None
    option_values: Tuple[Any, ...] = ()
    geometry: str = "any"  # vector/table: any, point, line, polygon
    parent: str = ""  # field: the layer parameter
    field_type: str = "any"  # field: any, numeric, string
    indicator: str = ""  # field: dictionary key choosing the default
    multiple: bool = False  # enum, field
    layer_type: str = "vector"  # layers: vector, raster, any
    extension: str = ""  # file: accepted extension
    file_filter: str = ""  # file_out: Qt file filter
    create_by_default: bool = True  # destinations: filled in by default
    style: str = ""  # destinations: class set / field the output is styled by
    fields: Tuple[str, ...] = ()  # vector/table: indicator keys the table must hold
    group: str = ""  # a heading the help lists the parameter under
    #: vector: the inputs whose overlay or join by location uses these polygons;
    #: without any of them given the polygons' areas do not count, and invalid
    #: ones are neither searched for nor repaired (empty: they always count)
    areas_with: Tuple[str, ...] = ()

    def __post_init__(self):
        if self.kind not in INPUT_KINDS + DESTINATION_KINDS:
            raise ValueError(f"parameter {self.name}: unknown kind {self.kind!r}")
        if self.kind == "field" and not self.parent:
            raise ValueError(f"field parameter {self.name} needs a parent")

    @property
    def is_destination(self) -> bool:
        return self.kind in DESTINATION_KINDS

    def but(self, **changes) -> "Param":
        """A copy with some attributes changed (``DEM.but(optional=True)``)."""
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class Output:
    """A plain output (not a parameter): provenance JSON, a count, a file."""

    name: str
    kind: str
    label: str
    help: str = ""

    def __post_init__(self):
        if self.kind not in OUTPUT_KINDS:
            raise ValueError(f"output {self.name}: unknown kind {self.kind!r}")


@dataclass(frozen=True)
class Rule:
    """One sentence of the method, already filled with the profile's numbers,
    with the evidence tag of the profile section it comes from."""

    text: str
    tag: str = ""


@dataclass(frozen=True)
class AlgorithmSpec:
    """Everything about an algorithm that is not code."""

    id: str  # stable public id (without provider)
    group: str  # key of GROUPS
    name: str  # display name (N_)
    summary: str  # what it does, one paragraph (N_)
    params: Tuple[Param, ...]
    outputs: Tuple[Output, ...] = ()
    rules: Optional[Callable] = None  # profile -> [Rule] (sentences with numbers)
    notes: Tuple[str, ...] = ()  # further paragraphs (N_)
    result_fields: Tuple[Tuple[str, str], ...] = ()  # (field, meaning N_) of the main output
    doc: str = ""  # docs page (e.g. "warning_2016.md")
    checks: Tuple[str, ...] = ()  # names of extra pre-run checks
    children: Tuple[str, ...] = ()  # ids of the algorithms a chain composes

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(f"{self.id} has no parameter {name}")

    def has(self, name: str) -> bool:
        return any(p.name == name for p in self.params)

    @property
    def inputs(self) -> List[Param]:
        return [p for p in self.params if not p.is_destination]

    @property
    def destinations(self) -> List[Param]:
        return [p for p in self.params if p.is_destination]

    def __post_init__(self):
        names = [p.name for p in self.params] + [o.name for o in self.outputs]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise ValueError(f"{self.id}: names declared twice: {sorted(dup)}")
        for p in self.params:
            if p.kind == "field" and p.parent not in names:
                raise ValueError(f"{self.id}: field {p.name} names a missing parent {p.parent}")


#: Groups of the provider: key → display name (N_). The key is the public
#: group id.
GROUPS = {
    "single_element": N_("Single-element evaluation (单项评价)"),
    "integrated": N_("Integrated evaluation (集成评价)"),
    "dual_evaluation": N_("Dual evaluation (双评价)"),
    "maps_reports": N_("Maps and reports (制图与报告)"),
    "actions": N_("Monitoring and warning mechanism (监测预警机制)"),
    "zoning": N_("Environmental zoning control (生态环境分区管控)"),
    "supporting": N_("Supporting methods (辅助方法)"),
    "database": N_("Monitoring and warning database (监测预警数据库)"),
}


def compose(
    id: str,
    group: str,
    name: str,
    summary: str,
    children: Sequence[Tuple[AlgorithmSpec, Dict[str, str], Iterable[str]]],
    params_before: Sequence[Param] = (),
    params_after: Sequence[Param] = (),
    order: Sequence[str] = (),
    overrides: Optional[Dict[str, Dict[str, Any]]] = None,
    **kwargs,
) -> AlgorithmSpec:
    """A whole-chain spec from its children's.

    ``children`` lists ``(spec, renames, dropped)``: each child's inputs are
    taken under their name, or under ``renames[name]``, except ``dropped``
    ones (inputs the chain produces itself) and the child's destinations.
    An input that several children share (same name after renaming) is
    declared once — the first child's declaration, made optional if any
    child has it optional. ``params_before`` / ``params_after`` are the
    chain's own parameters (outputs among them). ``order`` lists names that
    go first, in that order; the rest keep their order of appearance.
    ``overrides`` changes attributes of a composed parameter
    (``{"URBAN_WATER_FIELD": {"optional": True}}``).
    """
    collected: Dict[str, Param] = {}
    for p in params_before:
        collected[p.name] = p
    for spec, renames, dropped in children:
        dropped = set(dropped)
        for p in spec.inputs:
            if p.name in dropped:
                continue
            target = renames.get(p.name, p.name)
            q = p.but(name=target) if target != p.name else p
            if q.kind == "field" and q.parent in renames:
                q = q.but(parent=renames[q.parent])
            if target in collected:
                have = collected[target]
                if have.kind != q.kind:
                    raise ValueError(
                        f"{id}: {target} is a {have.kind} in one child and a {q.kind} in {spec.id}"
                    )
                if q.optional and not have.optional:
                    collected[target] = have.but(optional=True)
                continue
            collected[target] = q
    for p in params_after:
        collected[p.name] = p
    for target, changes in (overrides or {}).items():
        collected[target] = collected[target].but(**changes)
    first = [collected[n] for n in order if n in collected]
    rest = [p for n, p in collected.items() if n not in set(order)]
    ids = tuple(spec.id for spec, _, _ in children)
    return AlgorithmSpec(
        id=id,
        group=group,
        name=name,
        summary=summary,
        params=tuple(first + rest),
        children=ids,
        **kwargs,
    )
