"""Reading method profiles: TOML files, ``extends`` chains merged key by key,
validation, and the :class:`Profile` object the methods read.

``load_profile(None)`` gives the built-in default; ``load_profile(path)``
reads a user's copy. A user's file may say ``extends = "default"`` (or a
path) in its ``[profile]`` table and list only the keys it changes; tables
are merged key by key, lists and values replace.
"""

import copy
import os
import pickle
import tomllib
from typing import Any, List, Optional

from ..errors import ProfileError
from ..i18n import label as _label
from ..i18n import tr

PROFILE_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "profiles")
BUILTIN = ("default", "dual_2019_draft", "dual_2018_draft")
_MAX_EXTENDS_DEPTH = 5


def builtin_path(name: str) -> str:
    """Path of a built-in profile by name (``"default"``)."""
    return os.path.join(PROFILE_DIR, f"{name}.toml")


def _read_toml(path: str) -> dict:
    if not os.path.isfile(path):
        raise ProfileError(
            path,
            "",
            tr(
                "Method profile {path} does not exist. Give the path of a .toml profile "
                "file, or leave the parameter empty to use the built-in default."
            ).format(path=path),
        )
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(
            path,
            "",
            tr(
                "Method profile {path} is not valid TOML: {detail}. Check the quoting and "
                "brackets on that line."
            ).format(path=path, detail=exc),
        ) from exc
    except UnicodeDecodeError as exc:
        raise ProfileError(
            path,
            "",
            tr("Method profile {path} is not UTF-8 text. Save it as UTF-8.").format(path=path),
        ) from exc


def deep_merge(base: dict, override: dict) -> dict:
    """Merge ``override`` into a copy of ``base``: tables key by key, the rest
    replaced."""
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _resolve(path: str, depth: int = 0) -> dict:
    data = _read_toml(path)
    parent = (data.get("profile") or {}).get("extends")
    if not parent:
        return data
    if depth >= _MAX_EXTENDS_DEPTH:
        raise ProfileError(
            path,
            "profile.extends",
            tr(
                "Method profile {path}: 'profile.extends' chains more than {n} files (a "
                "loop?). Point it at the built-in 'default' or a complete profile."
            ).format(path=path, n=_MAX_EXTENDS_DEPTH),
        )
    if parent in BUILTIN:
        parent_path = builtin_path(parent)
    else:
        parent_path = (
            parent
            if os.path.isabs(parent)
            else os.path.join(os.path.dirname(os.path.abspath(path)), parent)
        )
    base = _resolve(parent_path, depth + 1)
    merged = deep_merge(base, data)
    merged["profile"].pop("extends", None)
    return merged


class Profile:
    """A validated method profile."""

    def __init__(self, data: dict, source: str):
        self.data = data
        self.source = source
        #: top-level sections the file lacked, taken from the built-in default
        self.filled_sections: List[str] = []

    @property
    def id(self) -> str:
        return self.data["profile"]["id"]

    @property
    def version(self) -> str:
        return self.data["profile"]["version"]

    @property
    def digest(self) -> str:
        """SHA-256 of the merged content (key order and file layout do not
        matter): two runs with the same digest used the same numbers."""
        import hashlib
        import json

        text = json.dumps(self.data, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    @property
    def precision(self) -> int:
        return self.data["profile"]["precision"]

    @property
    def name(self) -> str:
        return _label(self.data["profile"], "name")

    def get(self, dotted: str) -> Any:
        """Value at a dotted key; ``KeyError`` naming the key if absent."""
        node = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                raise KeyError(dotted)
            node = node[part]
        return node

    def class_codes(self, set_name: str) -> List[str]:
        return list(self.data[set_name]["order"])

    def class_label(self, set_name: str, code: str) -> str:
        return _label(self.data[set_name][code])

    def class_color(self, set_name: str, code: str) -> str:
        return self.data[set_name][code]["color"]

    def describe(self) -> str:
        return f"{self.id} {self.version} ({self.source})"


#: validated built-in profiles, pickled: {path: (file stamps, data, filled sections)}
_BUILTIN_CACHE: dict = {}


def _stamps(paths) -> tuple:
    """(modification time, size) of each file: a cached profile is used only
    while its files are unchanged."""
    out = []
    for p in paths:
        st = os.stat(p)
        out.append((p, st.st_mtime_ns, st.st_size))
    return tuple(out)


def load_profile(path: Optional[str] = None) -> Profile:
    """Load and validate a profile: ``None``/``""``/``"default"`` (or another
    built-in name) for a built-in one, or the path of a TOML file.

    A built-in profile is read and validated once per process while its
    files do not change (parameter labels and help read it many times); each
    call still returns its own copy of the data. A user's file is read on
    every call."""
    if not path or path in BUILTIN:
        path = builtin_path(path or "default")
    path = os.path.abspath(os.path.expanduser(path))
    builtin = os.path.dirname(path) == os.path.abspath(PROFILE_DIR)
    if not builtin:
        return _load(path)
    stamps = _stamps(sorted({path, builtin_path("default")}))
    hit = _BUILTIN_CACHE.get(path)
    if hit is None or hit[0] != stamps:
        profile = _load(path)
        hit = (stamps, pickle.dumps(profile.data), list(profile.filled_sections))
        _BUILTIN_CACHE[path] = hit
    profile = Profile(pickle.loads(hit[1]), path)
    profile.filled_sections = list(hit[2])
    return profile


def _load(path: str) -> Profile:
    from .schema import optional_section_names, validate

    data = _resolve(path)
    filled = []
    default_path = builtin_path("default")
    for name in optional_section_names():
        if name not in data and path != default_path:
            # a section added to the plugin after this profile was written:
            # the built-in default's, recorded so that provenance says so
            data[name] = copy.deepcopy(_resolve(default_path)[name])
            filled.append(name)
    validate(data, path)
    profile = Profile(data, path)
    profile.filled_sections = filled
    return profile
