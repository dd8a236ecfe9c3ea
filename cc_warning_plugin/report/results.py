"""What an evaluation result holds and how it is shown.

A result layer of the 2016 method carries class fields (``warning_level``,
``load_type``, ``trend_type``, ``<element>_class``); a 双评价 class raster
names its class set in the band metadata ``CC_WARNING_CLASS_SET``. A
:class:`View` is one such classification: the field (or band) holding the
class, the method-profile class set it is drawn with, and the fields that
explain it (label, index, note). :class:`ClassSet` gives the ordered classes
of a profile class set with labels in the user's language and colours.

Pure Python: no qgis/Qt import.
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

from ..core.errors import InputError, ProfileError
from ..core.i18n import label, language, tr
from ..core.indicators import field_names, first_header
from ..core.profile import Profile

CLASS_SET_METADATA = "CC_WARNING_CLASS_SET"

#: Element prefixes of the 2016-method result fields and their profile tables.
ELEMENTS = (
    ("land", "elements.land"),
    ("water", "elements.water"),
    ("env", "elements.environment"),
    ("eco", "elements.ecology"),
    ("special", ""),
)

#: Trend component rates kept by the process (耗损) evaluation.
TREND_COMPONENTS = (
    "trend_r_land",
    "trend_r_water",
    "trend_r_cod",
    "trend_r_nh3n",
    "trend_r_so2",
    "trend_r_nox",
    "trend_r_cover",
)


def trend_component_title(name: str) -> str:
    titles = {
        "trend_r_land": tr("Land-use efficiency change rate"),
        "trend_r_water": tr("Water-use efficiency change rate"),
        "trend_r_cod": tr("COD emission-intensity change rate"),
        "trend_r_nh3n": tr("NH3-N emission-intensity change rate"),
        "trend_r_so2": tr("SO2 emission-intensity change rate"),
        "trend_r_nox": tr("NOx emission-intensity change rate"),
        "trend_r_cover": tr("Forest and grass cover change rate"),
    }
    return titles.get(name, name)


# ---------------------------------------------------------------------------
# Class sets
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ClassEntry:
    value: object  # the value stored in the data (text code, or raster integer)
    code: str  # the class code
    label: str  # label in the user's language
    color: str  # "#rrggbb"


@dataclass
class ClassSet:
    """The ordered classes of a profile class set (most severe / best first,
    as the profile orders them)."""

    key: str
    entries: List[ClassEntry]
    title: str = ""
    extra: List[ClassEntry] = field(default_factory=list)  # borrowed (maps.fallback_classes)

    def __post_init__(self):
        self._by_value = {_norm(e.value): e for e in self.extra}
        self._by_value.update({_norm(e.value): e for e in self.entries})

    def entry(self, value) -> Optional[ClassEntry]:
        """The class a stored value belongs to (its own, or one borrowed from
        the fallback set, e.g. not_evaluated), or ``None`` if unknown."""
        if value is None:
            return None
        return self._by_value.get(_norm(value))

    def is_extra(self, entry: ClassEntry) -> bool:
        return entry in self.extra

    @property
    def codes(self) -> List[str]:
        return [e.code for e in self.entries]

    def rank(self, value, unranked: Sequence[str] = ()) -> Optional[int]:
        """Position of the value's class in the order (0 = first), ``None``
        if unknown or listed in ``unranked``."""
        e = self.entry(value)
        if e is None or e.code in unranked:
            return None
        ranked = [x for x in self.entries if x.code not in unranked]
        return ranked.index(e) if e in ranked else None


def _norm(value):
    """Compare 1, 1.0 and "1" as the same stored value."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _get(profile: Profile, key: str):
    try:
        return profile.get(key)
    except KeyError:
        return None


def class_set(profile: Profile, key: str) -> ClassSet:
    """Read the class set at dotted ``key`` of the profile.

    Two shapes are accepted: ``order = [codes]`` with one table per code
    (``label_zh``, ``label_en``, ``color``), or parallel lists ``values``
    (stored values, e.g. raster integers; ``order`` is accepted instead),
    ``codes`` (optional), ``labels_zh``, ``labels_en`` and ``colors`` (lists,
    or tables keyed by code).
    """
    node = _get(profile, key)
    if not isinstance(node, dict):
        raise ProfileError(
            profile.source,
            key,
            tr(
                "Method profile {source}: there is no class set '{key}'. Use a profile that "
                "defines it (the one the result was made with)."
            ).format(source=profile.source, key=key),
        )
    if "values" in node:
        values = list(node["values"])
    elif "order" in node:
        values = list(node["order"])
    elif "classes" in node:
        values = list(node["classes"])
    else:
        raise ProfileError(
            profile.source,
            key,
            tr(
                "Method profile {source}: class set '{key}' lists no classes: give 'order' "
                "or 'values'."
            ).format(source=profile.source, key=key),
        )
    codes = [str(c) for c in node.get("codes", values)]
    if len(codes) != len(values):
        raise ProfileError(
            profile.source,
            f"{key}.codes",
            tr(
                "Method profile {source}: '{key}.codes' must have one entry per value "
                "({n}), found {m}."
            ).format(source=profile.source, key=key, n=len(values), m=len(codes)),
        )
    lang_key = f"labels_{language()}"
    entries = []
    for i, (value, code) in enumerate(zip(values, codes)):
        sub = node.get(code, node.get(str(value)))
        if isinstance(sub, dict) and "color" in sub:
            text, colour = label(sub), sub["color"]
        else:
            text = _pick(
                node.get(lang_key) or node.get("labels_zh") or node.get("labels_en"), i, code
            )
            colour = _pick(node.get("colors"), i, code)
        if not colour:
            raise ProfileError(
                profile.source,
                f"{key}.{code}",
                tr(
                    "Method profile {source}: class '{code}' of class set '{key}' has no "
                    "colour. Add it (label_zh, label_en, color)."
                ).format(source=profile.source, code=code, key=key),
            )
        entries.append(ClassEntry(value, code, text or code, colour))
    title = label(node, "name") if ("name_zh" in node or "name_en" in node) else ""
    return ClassSet(key, entries, title, _fallback_entries(profile, key, entries))


def _fallback_entries(profile: Profile, key: str, own: List[ClassEntry]) -> List[ClassEntry]:
    """Classes of ``maps.fallback_classes`` (by default load_classes: 无法评价
    …) that a text-coded class set lacks, so a trend_type of not_evaluated is
    shown as such rather than as unclassified."""
    fallback = _get(profile, "maps.fallback_classes")
    if not fallback or fallback == key or any(not isinstance(e.value, str) for e in own):
        return []
    node = _get(profile, fallback)
    if not isinstance(node, dict) or "order" not in node:
        return []
    codes = {e.code for e in own}
    return [
        ClassEntry(code, code, label(node[code]), node[code]["color"])
        for code in node["order"]
        if code not in codes and isinstance(node.get(code), dict)
    ]


def _pick(container, i: int, code: str):
    if isinstance(container, list):
        return container[i] if i < len(container) else None
    if isinstance(container, dict):
        return container.get(code)
    return None


# ---------------------------------------------------------------------------
# Views of a result
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class View:
    """One classification of a result that can be mapped."""

    key: str  # "warning", "load", "trend", "land", …, "raster", "field"
    set_key: str  # dotted key of the profile class set
    title: str
    field: str = ""  # attribute holding the class code ("" for a raster)
    label_field: Optional[str] = None
    index_field: Optional[str] = None
    note_field: Optional[str] = None
    band: int = 1

    @property
    def is_raster(self) -> bool:
        return self.key == "raster"


def change_view() -> View:
    """The view of a period comparison: the change classes of the profile
    (预警等级提高 / 降低 / 不变 / 未比较) in the field ``change``."""
    return View("field", "maps.change_classes", tr("Change of the class"), "change")


def element_title(profile: Profile, prefix: str) -> str:
    """Name of an element of the 2016 method (土地资源, …) in the user's language."""
    for p, path in ELEMENTS:
        if p == prefix and path:
            node = _get(profile, path)
            if isinstance(node, dict):
                return label(node, "name")
    if prefix == "special":
        return tr("Special evaluation")
    return prefix


def index_title(profile: Profile, prefix: str) -> str:
    """Name of an element's index (土地资源压力指数, …)."""
    for p, path in ELEMENTS:
        if p == prefix and path:
            node = _get(profile, path)
            if isinstance(node, dict) and ("index_zh" in node or "index_en" in node):
                return label(node, "index")
    return tr("Index")


def special_title(profile: Profile, special_type: str) -> str:
    node = _get(profile, f"special.{special_type}")
    if isinstance(node, dict) and ("name_zh" in node or "name_en" in node):
        return label(node, "name")
    return special_type or tr("Special evaluation")


def _field_map(field_names: Sequence[str]) -> Dict[str, str]:
    return {str(n).lower(): str(n) for n in field_names}


def detect_views(field_names: Sequence[str], profile: Profile) -> List[View]:
    """The views a vector result offers, most important first (composite
    warning level, overload type, trend type, then each element)."""
    names = _field_map(field_names)
    views = []

    def has(name):
        return names.get(name.lower())

    if has("warning_level"):
        views.append(
            View(
                "warning",
                "warning_levels",
                tr("Warning level"),
                has("warning_level"),
                has("warning_label"),
            )
        )
    if has("load_type"):
        views.append(
            View("load", "load_classes", tr("Overload type"), has("load_type"), has("load_label"))
        )
    if has("trend_type"):
        views.append(
            View(
                "trend",
                "trend_types",
                tr("Resource and environmental depletion trend"),
                has("trend_type"),
                has("trend_label"),
            )
        )
    for prefix, _ in ELEMENTS:
        f = has(f"{prefix}_class")
        if f:
            views.append(
                View(
                    prefix,
                    "load_classes",
                    element_title(profile, prefix),
                    f,
                    has(f"{prefix}_label"),
                    has(f"{prefix}_index"),
                    has(f"{prefix}_note"),
                )
            )
    return views


def require_views(field_names: Sequence[str], profile: Profile, layer: str) -> List[View]:
    """Like :func:`detect_views`, but a layer without any class field is an
    error naming the layer and the fields looked for."""
    views = detect_views(field_names, profile)
    if not views:
        wanted = ["warning_level", "load_type", "trend_type"] + [f"{p}_class" for p, _ in ELEMENTS]
        raise InputError(
            tr(
                "Layer '{layer}' is not an evaluation result: it has none of the class fields "
                "{fields}. Choose a layer written by a cc_warning evaluation (for example "
                "integrated_warning), or name the class field and its class set."
            ).format(layer=layer, fields=", ".join(wanted))
        )
    return views


def field_view(
    field_names: Sequence[str], field_name: str, set_key: str, profile: Profile, layer: str
) -> View:
    """A view of any class field drawn with any profile class set (for results
    this module does not know by name)."""
    names = _field_map(field_names)
    actual = names.get(field_name.lower())
    if not actual:
        raise InputError(
            tr("Layer '{layer}' has no field '{field}'. Fields: {fields}.").format(
                layer=layer, field=field_name, fields=", ".join(field_names)
            )
        )
    cset = class_set(profile, set_key)
    return View("field", set_key, cset.title or actual, actual)


def raster_view(
    band_metadata: Dict[str, str],
    profile: Profile,
    layer: str,
    band: int = 1,
    description: str = "",
) -> View:
    """The view of a 双评价 class raster from its band metadata. Its title is
    the band description (the factor's name, e.g. 水源涵养重要性), else the
    class set's name, else the layer name."""
    key = (band_metadata or {}).get(CLASS_SET_METADATA, "").strip()
    if not key:
        raise InputError(
            tr(
                "Raster '{layer}' is not a class raster of an evaluation: band {band} has no "
                "{meta} metadata naming its class set. Choose a raster written by a "
                "cc_warning 双评价 algorithm."
            ).format(layer=layer, band=band, meta=CLASS_SET_METADATA)
        )
    try:
        cset = class_set(profile, key)
    except ProfileError as exc:
        raise InputError(
            tr(
                "Raster '{layer}' names the class set '{key}', which the method profile "
                "cannot give: {detail} Choose the profile the raster was made with."
            ).format(layer=layer, key=key, detail=str(exc))
        ) from exc
    return View("raster", key, (description or "").strip() or cset.title or layer, band=band)


def find_view(views: Sequence[View], key: str) -> Optional[View]:
    for v in views:
        if v.key == key:
            return v
    return None


# ---------------------------------------------------------------------------
# One unit explained (the identify panel and the report's cause analysis)
# ---------------------------------------------------------------------------


@dataclass
class UnitLine:
    title: str
    class_label: str
    color: str = ""
    index: Optional[float] = None
    index_title: str = ""
    note: str = ""


@dataclass
class UnitSummary:
    name: str
    code: str
    lines: List[UnitLine]
    trend_components: List[tuple]  # (title, value)
    cause: str
    cause_elements: str


def _text(value) -> str:
    if value is None:
        return ""
    return str(value).strip()


def _number(value) -> Optional[float]:
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def find_field(headers: Sequence[str], canonical: str) -> Optional[str]:
    """The first header accepted for the indicator-dictionary field
    ``canonical`` (canonical name first, then the Chinese name, then the
    aliases). Unlike reading an input table, several matching columns are
    not an error here (a joined layer often has 名称 and 评价单元名称): the
    map and the report only need one to show."""
    return first_header(headers, field_names(canonical))


def unit_fields(headers: Sequence[str]) -> tuple:
    """(unit-code field, unit-name field) of a result, either may be None."""
    return find_field(headers, "unit_code"), find_field(headers, "unit_name")


def unit_identity(row: Dict[str, object]) -> tuple:
    """(name, code) of a unit from its attributes (Chinese or English headers)."""
    code_f, name_f = unit_fields(list(row.keys()))
    code = _text(row.get(code_f)) if code_f else ""
    name = _text(row.get(name_f)) if name_f else ""
    return name, code


def unit_summary(row: Dict[str, object], views: Sequence[View], profile: Profile) -> UnitSummary:
    """Everything a result says about one unit: each view's class (label in
    the user's language), the element indices and notes, the trend components
    and the cause text."""
    name, code = unit_identity(row)
    lines = []
    for view in views:
        cset = class_set(profile, view.set_key)
        raw = row.get(view.field)
        entry = cset.entry(raw)
        if entry is not None:
            text, colour = entry.label, entry.color
        else:
            text = tr("Unclassified ({codes})").format(codes=_text(raw) or tr("empty"))
            colour = profile.get("maps.unclassified_color")
        title = view.title
        if view.key == "special":
            stype = _text(row.get(_field_map(row.keys()).get("special_type", "")))
            if stype:
                title = f"{title}: {special_title(profile, stype)}"
        lines.append(
            UnitLine(
                title,
                text,
                colour,
                _number(row.get(view.index_field)) if view.index_field else None,
                index_title(profile, view.key) if view.index_field else "",
                _text(row.get(view.note_field)) if view.note_field else "",
            )
        )
    names = _field_map(row.keys())
    components = [
        (trend_component_title(c), _number(row.get(names[c])))
        for c in TREND_COMPONENTS
        if c in names
    ]
    return UnitSummary(
        name,
        code,
        lines,
        components,
        _text(row.get(names.get("cause", ""))),
        _text(row.get(names.get("cause_elements", ""))),
    )
