"""Pieces shared by the element evaluations of the 2016 method: class
codes, the result row of an element, the output field lists."""

from typing import Dict, List, Optional, Sequence, Tuple

from ..exceedance import classify_with_missing
from ..i18n import label as _label
from ..indicators import match_alias
from ..profile import Profile

NOT_EVALUATED = "not_evaluated"
OVERLOAD, CRITICAL, NONE = "overload", "critical", "none"
SEVERITY = {OVERLOAD: 2, CRITICAL: 1, NONE: 0}

# element prefix → profile key of its definition (special: by type)
ELEMENTS = {
    "land": "elements.land",
    "water": "elements.water",
    "env": "elements.environment",
    "eco": "elements.ecology",
}
BASIC = ("land", "water", "env", "eco")
SPECIAL_TYPES = ("black_grey", "cropland_quality", "grassland_balance", "eco_function")

Field = Tuple[str, str]  # (name, "double" | "string" | "int" | "text")


class AliasLookup:
    """:func:`~cc_warning_plugin.core.indicators.match_alias` over one set of
    profile entries, remembered per text: the units of a province name a
    handful of types (主体功能区, 超采 states) tens of thousands of times."""

    def __init__(self, entries: Dict[str, dict]):
        self.entries = entries
        self._known: Dict[str, Optional[str]] = {}

    def __call__(self, text: str) -> Optional[str]:
        try:
            return self._known[text]
        except KeyError:
            key = self._known[text] = match_alias(text, self.entries)
            return key


def class_label(profile: Profile, cls: Optional[str]) -> str:
    return profile.class_label("load_classes", cls) if cls else ""


def element_entry(profile: Profile, prefix: str, special_type: str = "") -> dict:
    if prefix == "special":
        return profile.get(f"special.{special_type}")
    return profile.get(ELEMENTS[prefix])


def element_name(profile: Profile, prefix: str, special_type: str = "") -> str:
    return _label(element_entry(profile, prefix, special_type), "name")


def index_name(profile: Profile, prefix: str, special_type: str = "") -> str:
    entry = element_entry(profile, prefix, special_type)
    return _label(entry, "index") or _label(entry, "name")


def classify(
    index: Optional[float], missing: Sequence[str], rules, profile: Profile, allow_partial: bool
) -> Tuple[str, str]:
    """(class, note) of an index that may rest on incomplete inputs: a
    missing part that could change the class makes it ``not_evaluated``."""
    return classify_with_missing(index, list(missing), rules, profile.precision, allow_partial)


def worst_class(classes: Sequence[Optional[str]]) -> Optional[str]:
    known = [c for c in classes if c in SEVERITY]
    return max(known, key=SEVERITY.get) if known else None


def result(
    prefix: str, profile: Profile, index: Optional[float], cls: str, note: str, **extra
) -> Dict:
    try:
        keys = _RESULT_KEYS[prefix]
    except KeyError:
        keys = _RESULT_KEYS[prefix] = tuple(
            f"{prefix}_{k}" for k in ("index", "class", "label", "note")
        )
    row = {
        keys[0]: index,
        keys[1]: cls,
        keys[2]: class_label(profile, cls),
        keys[3]: note or "",
    }
    for k, v in extra.items():
        row[f"{prefix}_{k}"] = v
    return row


#: prefix → the names of the fields of :func:`result`
_RESULT_KEYS: Dict[str, Tuple[str, ...]] = {}


def base_fields(prefix: str) -> List[Field]:
    return [
        (f"{prefix}_index", "double"),
        (f"{prefix}_class", "string"),
        (f"{prefix}_label", "string"),
        (f"{prefix}_note", "text"),
    ]


def not_evaluated(prefix: str, profile: Profile, note: str, **extra) -> Dict:
    return result(prefix, profile, None, NOT_EVALUATED, note, **extra)


def join_notes(*notes: str) -> str:
    return "; ".join(n for n in notes if n)
