"""The whole profile schema, assembled from the sections each method
declares beside its own code (``core/m2016/profile_schema.py``,
``core/dual/profile_schema.py``, ``core/profile/maps.py``), then the
cross-checks between sections and the semantic checks of
:mod:`core.profile.checks`.

A new method adds one module with ``sections()`` (top-level tables every
profile has) or ``optional_sections()`` (tables added later: a profile
without them gets the built-in default's, see :func:`load_profile`), and, if
it refers to other sections, ``cross_checks(data, ctx)``; then it lists the
module in :data:`SECTION_MODULES`.
"""

import importlib
from typing import Callable, Dict, List

from .vocab import Ctx, num, str_, table

#: Modules declaring top-level sections, in the order their checks run.
SECTION_MODULES = (
    "..m2016.profile_schema",
    "..dual.profile_schema",
    ".maps",
    "..actions.profile_schema",
    "..monitoring.profile_schema",
    "..zoning.profile_schema",
    "..series.profile_schema",
    "..eco_index.profile_schema",
    "..construction.profile_schema",
    "..erosivity.profile_schema",
    "..invest.profile_schema",
    "...store.profile_schema",
)

_SCHEMA = None


def _modules():
    return [importlib.import_module(m, __package__) for m in SECTION_MODULES]


def profile_header():
    return table(
        {
            "id": str_(),
            "version": str_(),
            "name_zh": str_(),
            "name_en": str_(),
            "precision": num(3, 15, integer=True),
        },
        {"extends": str_(), "description": str_()},
    )


def schema() -> Callable:
    """The validator of a whole profile."""
    global _SCHEMA
    if _SCHEMA is None:
        required: Dict[str, Callable] = {"profile": profile_header()}
        optional: Dict[str, Callable] = {}
        for module in _modules():
            required.update(getattr(module, "sections", dict)())
            optional.update(getattr(module, "optional_sections", dict)())
        _SCHEMA = table(required, optional)
    return _SCHEMA


def optional_section_names() -> List[str]:
    """Top-level sections a profile may lack (sections added to the plugin
    after a bureau's profile was written): the loader takes them from the
    built-in default."""
    names: List[str] = []
    for module in _modules():
        names.extend(getattr(module, "optional_sections", dict)())
    return names


def cross_checks() -> List[Callable]:
    return [m.cross_checks for m in _modules() if hasattr(m, "cross_checks")]


def validate(data: dict, source: str) -> None:
    """Raise ProfileError naming the dotted key of the first problem."""
    from .checks import semantic_checks

    ctx = Ctx(source, data)
    schema()(data, "", ctx)
    for check in cross_checks():
        check(data, ctx)
    semantic_checks(data, ctx)
