"""The algorithms the provider registers: every ``CCAlgorithm`` subclass
with an ``ALG_ID`` defined in a module ``processing/alg_*.py``. Adding an
algorithm means adding a module; ids are a public interface: keep them
stable."""

import importlib
import inspect
import os
import pkgutil


def all_algorithms():
    from .base import CCAlgorithm
    here = os.path.dirname(__file__)
    found = {}
    for info in sorted(pkgutil.iter_modules([here]), key=lambda m: m.name):
        if not info.name.startswith("alg_"):
            continue
        module = importlib.import_module(f"{__package__}.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, CCAlgorithm) and cls.ALG_ID and cls.__module__ == module.__name__:
                if cls.ALG_ID in found:
                    raise RuntimeError(f"algorithm id {cls.ALG_ID} defined twice")
                found[cls.ALG_ID] = cls
    return [found[k] for k in sorted(found)]
