"""Every algorithm spec, in one list (the provider's classes carry the same
specs: a test checks that both lists agree). Qt-free, so the reference pages
are generated without QGIS."""

import importlib
from typing import List

from .base import AlgorithmSpec

#: modules holding specs (module-level AlgorithmSpec constants); a module
#: missing here is an error, not a group left out
SPEC_MODULES = (
    ".m2016",
    ".dual",
    ".ecology",
    ".maps",
    ".chains",
    ".actions",
    ".zoning",
    ".methods",
    ".database",
)


def all_specs() -> List[AlgorithmSpec]:
    out = {}
    for name in SPEC_MODULES:
        module = importlib.import_module(name, __package__)
        for value in vars(module).values():
            if isinstance(value, AlgorithmSpec):
                if value.id in out and out[value.id] is not value:
                    raise ValueError(f"two specs with the id {value.id}: {name} and another module")
                out[value.id] = value
    return [out[k] for k in sorted(out)]
