#!/usr/bin/env python3
"""Generate the bundled sample data of cc_warning_plugin: the fictional city 示范市 (Shifan).

Usage:
    /usr/bin/python3 scripts/make_sample_data.py [--out DIR]

The default output folder is ``cc_warning_plugin/sample_data`` of this script's repository. The
script builds everything in a temporary sibling folder and then swaps it in place of the output
folder, so a failed run leaves the previous data untouched. It never writes anywhere else.

Everything is deterministic: fixed seeds, no time stamps, fixed ordering. Running it twice gives
byte-identical files.

The generator is the package ``scripts/sample_data/`` (modules by theme); the method's rules come
from ``cc_warning_plugin/profiles/default.toml`` through the plugin's Qt-free core.
See docs/sample_data.md for what the data contain and which evaluation results they are designed
to give.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # cc_warning_plugin (its core)

from sample_data.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
