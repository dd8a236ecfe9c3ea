"""Every algorithm spec, in one list (the provider's classes carry the same
specs: a test checks that both lists agree). Qt-free, so the reference pages
are generated without QGIS."""

import importlib
from typing import List

from .base import AlgorithmSpec

#: modules holding specs (module-level AlgorithmSpec constants)
SPEC_MODULES = (".m2016", ".dual", ".ecology", ".maps", ".chains", ".methods")


def all_specs() -> List[AlgorithmSpec]:
    out = {}
    for name in SPEC_MODULES:
        try:
            module = importlib.import_module(name, __package__)
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}{name}":
                raise
            continue                     # a group not declared yet
        for value in vars(module).values():
            if isinstance(value, AlgorithmSpec):
                out[value.id] = value
    return [out[k] for k in sorted(out)]
