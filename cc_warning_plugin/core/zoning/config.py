"""The profile's ``[zoning]`` section as one object the zoning functions
read: classes and labels, precedence, sliver and check tolerances, the code
rule, field names, list dimensions, verdicts, project attributes, layer keys,
comparison tolerances and the GB/T 4754 sections."""

import re
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional

from ..i18n import label as _label
from ..profile import Profile, load_profile


def cell_text(value) -> str:
    """The text of an attribute or table cell: "" for none, a whole number
    read as a float without its ".0", trimmed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _setting(section: str, key: str, kind: Optional[Callable] = None, doc: str = ""):
    """A read-only property of :class:`ZoningConfig`: ``[zoning.<section>]``
    ``key`` of the profile, converted by ``kind`` (``list``, ``float``) when
    given."""

    def get(self):
        value = self.data[section][key]
        return kind(value) if kind else value

    return property(get, doc=doc)


@dataclass
class ZoningConfig:
    data: dict
    profile_id: str = ""
    profile_version: str = ""

    @classmethod
    def from_profile(cls, profile: Optional[Profile] = None) -> "ZoningConfig":
        profile = profile or load_profile()
        return cls(profile.data["zoning"], profile.id, profile.version)

    # --- classes -------------------------------------------------------
    classes = _setting("classes", "order", list)

    def _entry_label(self, table: str, code: str, lang: Optional[str]) -> str:
        """Label of ``code`` in [zoning.<table>]: in ``lang`` ("zh", "en"), or
        in the interface language."""
        entry = self.data[table][code]
        return entry[f"label_{lang}"] if lang else _label(entry)

    def class_label(self, cls: str, lang: Optional[str] = None) -> str:
        return self._entry_label("classes", cls, lang)

    def class_color(self, cls: str) -> str:
        return self.data["classes"][cls]["color"]

    precedence = _setting("delineation", "precedence", list)

    @property
    def remainder_class(self) -> str:
        return self.precedence[-1]

    @property
    def priority_class(self) -> str:
        return self.precedence[0]

    env_key_classes = _setting(
        "delineation",
        "env_key_classes",
        list,
        """Classes of the 2016 environment element ([load_classes] codes) whose
        units count as a key-control layer.""",
    )
    unit_mode = _setting("delineation", "unit")

    def parse_class(self, value) -> Optional[str]:
        """A class code from a code ("1"), a number (1, 1.0) or a label
        (优先保护单元, 优先保护, Priority protection unit); None if unknown."""
        if value is None:
            return None
        text = cell_text(value)
        if text in self.classes:
            return text
        for cls in self.classes:
            entry = self.data["classes"][cls]
            names = {
                entry["label_zh"],
                entry["label_en"],
                entry["label_zh"].rstrip("单元"),
                entry["label_en"].lower(),
            }
            if text in names or text.lower() in names:
                return cls
        return None

    # --- numbers -------------------------------------------------------
    min_unit_area = _setting("slivers", "min_unit_area_m2", float)
    min_mean_width = _setting("slivers", "min_mean_width_m", float)
    gap_overlap_tolerance = _setting("tolerances", "gap_overlap_m2", float)
    min_piece_area = _setting("tolerances", "min_piece_area_m2", float)

    # --- codes and names ---------------------------------------------------
    code_format = _setting("codes", "format")

    @property
    def code_pattern(self) -> "re.Pattern":
        return re.compile(self.data["codes"]["pattern"])

    name_format = _setting("codes", "name_format")

    def make_code(self, admin: str, township: str, cls: str, seq: int) -> str:
        return self.code_format.format(admin=admin, township=township, cls=cls, seq=seq)

    def code_admin(self, code: str) -> Optional[str]:
        """The administrative code inside a unit code (group "admin" of the
        pattern), or None."""
        m = self.code_pattern.match(code or "")
        if m and "admin" in m.groupdict():
            return m.group("admin")
        return None

    # --- fields ------------------------------------------------------------
    def field(self, key: str) -> str:
        return self.data["fields"][key]

    dimensions = _setting("dimensions", "order", list)

    def dimension_label(self, dim: str, lang: Optional[str] = None) -> str:
        return self._entry_label("dimensions", dim, lang)

    def dimension_field(self, dim: str) -> str:
        return self.data["dimensions"][dim]["field"]

    def parse_dimension(self, value) -> Optional[str]:
        text = str(value or "").strip()
        for dim in self.dimensions:
            entry = self.data["dimensions"][dim]
            names = {dim, entry["label_zh"], entry["label_en"], entry["field"]}
            names.update(entry.get("aliases", []))
            if text in names or text.lower() in {n.lower() for n in names}:
                return dim
        return None

    # --- verdicts ----------------------------------------------------------
    verdicts = _setting("verdicts", "order", list, "Verdict codes, worst first.")

    def verdict_label(self, verdict: str, lang: Optional[str] = "zh") -> str:
        return self._entry_label("verdicts", verdict, lang)

    def worst(self, verdicts) -> Optional[str]:
        order = self.verdicts
        present = [v for v in verdicts if v is not None]
        return min(present, key=order.index) if present else None

    # --- list scopes, attributes, layers -------------------------------------
    overall_scope_words = _setting("scopes", "overall", list)

    @property
    def attributes(self) -> Dict[str, dict]:
        return {k: v for k, v in self.data["attributes"].items() if k != "tag"}

    @property
    def layers(self) -> Dict[str, dict]:
        return {k: v for k, v in self.data["layers"].items() if k != "tag"}

    def layer_label(self, key: str) -> str:
        entry = self.layers.get(key)
        return _label(entry) if entry else key

    @property
    def industry_sections(self) -> Dict[str, List[int]]:
        return {k: v for k, v in self.data["industry_sections"].items() if k != "tag"}

    @property
    def compare(self) -> dict:
        return self.data["compare"]
