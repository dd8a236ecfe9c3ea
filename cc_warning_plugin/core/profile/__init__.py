"""Method profiles: TOML files holding every threshold, matrix, class code,
label and colour of the evaluations.

- :mod:`.loader` — reading, ``extends``, merging, :class:`Profile`;
- :mod:`.vocab` — the validators schemas are written in;
- :mod:`.schema` — the whole schema, assembled from the section modules that
  live beside each method (``core/m2016/profile_schema.py`` …);
- :mod:`.checks` — semantic checks across the profile (breaks inside their
  physical range, critical thresholds on the right side of overload ones …).

Every profile is validated when loaded; a problem is reported as
:class:`ProfileError` naming the file and the exact dotted key
(``elements.environment.rules[1].op``) and what would be accepted.
"""

from .loader import BUILTIN, PROFILE_DIR, Profile, builtin_path, deep_merge, load_profile

__all__ = ["BUILTIN", "PROFILE_DIR", "Profile", "builtin_path", "deep_merge", "load_profile"]
