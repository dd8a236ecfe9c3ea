"""Class sets of the 双评价 rasters, read from the method profile.

A class set (``[dual.classes.<name>]``) lists, in order, the integer raster
``values``, the ``codes``, ``labels_zh``, ``labels_en`` and ``colors`` of
its classes. Every class raster the plugin writes names its set in the band
metadata ``CC_WARNING_CLASS_SET`` (the dotted profile key, e.g.
``dual.classes.levels``), so a map, a legend or a report can find the labels
and colours again from the raster alone.
"""

from dataclasses import dataclass
from typing import Dict, List, Optional

from ..i18n import language
from ..profile import Profile

CLASS_SET_KEY = "CC_WARNING_CLASS_SET"
PREFIX = "dual.classes."


@dataclass(frozen=True)
class ClassSet:
    key: str  # dotted profile key
    values: tuple
    codes: tuple
    labels_zh: tuple
    labels_en: tuple
    colors: tuple
    name_zh: str = ""
    name_en: str = ""

    @property
    def name(self) -> str:
        return (
            self.name_zh if language() == "zh" and self.name_zh else (self.name_en or self.name_zh)
        )

    def labels(self) -> List[str]:
        """Labels in the interface language, in class order."""
        return list(self.labels_zh if language() == "zh" else self.labels_en)

    def label_of(self, value: int) -> str:
        return self.labels()[self.values.index(int(value))]

    def color_of(self, value: int) -> str:
        return self.colors[self.values.index(int(value))]

    def code_of(self, value: int) -> str:
        return self.codes[self.values.index(int(value))]

    def value_of(self, code: str) -> int:
        return self.values[self.codes.index(code)]

    def category_names(self) -> List[str]:
        """GDAL category names: entry ``v`` is the label of raster value
        ``v`` ("" for values that are not a class)."""
        names = [""] * (max(self.values) + 1)
        for v, lab in zip(self.values, self.labels()):
            names[v] = lab
        return names

    def as_dict(self) -> Dict[str, list]:
        return {
            "key": self.key,
            "values": list(self.values),
            "codes": list(self.codes),
            "labels_zh": list(self.labels_zh),
            "labels_en": list(self.labels_en),
            "colors": list(self.colors),
        }


def class_set(profile: Profile, name: str) -> ClassSet:
    """The class set ``name`` (``"levels"`` or ``"dual.classes.levels"``)."""
    key = name if name.startswith(PREFIX) else PREFIX + name
    d = profile.get(key)
    return ClassSet(
        key,
        tuple(d["values"]),
        tuple(d["codes"]),
        tuple(d["labels_zh"]),
        tuple(d["labels_en"]),
        tuple(d["colors"]),
        d.get("name_zh", ""),
        d.get("name_en", ""),
    )


def class_set_names(profile: Profile) -> List[str]:
    return list(profile.get("dual.classes").keys())


def find_class_set(profile: Profile, key: Optional[str]) -> Optional[ClassSet]:
    """The class set a raster's ``CC_WARNING_CLASS_SET`` names, if the
    profile has it."""
    if not key or not key.startswith(PREFIX):
        return None
    try:
        return class_set(profile, key)
    except KeyError:
        return None
