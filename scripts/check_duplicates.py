#!/usr/bin/python3
"""Repeated code in the plugin, as the test command reports it.

Runs the ``duplicates`` tool (where it is installed; it is not a Debian or
PyPI package, so a machine without it skips this step and says so) on
``cc_warning_plugin/`` and prints how many pairs of places share six or more
lines: in all, in ``processing/``, and between two algorithm modules (the
modules that ``processing/registry.py`` imports its algorithms from).

Fails (exit 1) on a pair between two algorithm modules that is the same to
the letter, not only in shape: logic that two algorithms share belongs in
their base or in ``core/``. Pairs of the same shape only (two declarations
or messages that look alike) are listed, not refused.

  check_duplicates.py [--list]     --list prints every row of the tool
"""

import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN = os.path.join(ROOT, "cc_warning_plugin")
ROW = re.compile(r"^D\d+ (\S+):\d+-\d+ ~ (\S+):\d+-\d+(.*)$")


def algorithm_modules():
    """Paths (relative to the plugin) of the modules the registry imports
    algorithms from."""
    with open(os.path.join(PLUGIN, "processing", "registry.py"), encoding="utf-8") as fh:
        text = fh.read()
    return {
        "processing/" + m.replace(".", "/") + ".py"
        for m in re.findall(r"^\s*from \.([\w.]+) import", text, re.M)
    }


def main(argv) -> int:
    tool = shutil.which("duplicates")
    if tool is None:
        print("duplicates: the tool is not installed on this machine; step skipped")
        return 0
    proc = subprocess.run(
        [tool, "--most", "200", "--seconds", "120"],
        cwd=PLUGIN,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = proc.stdout.splitlines()
    if "--list" in argv:
        print(proc.stdout, end="")
    rows = [(m.group(1), m.group(2), m.group(3)) for m in map(ROW.match, lines) if m]
    if not rows:
        print("duplicates: " + (lines[0] if lines else proc.stderr.strip() or "no output"))
        return 0
    algs = algorithm_modules()
    in_processing = [
        r for r in rows if r[0].startswith("processing/") or r[1].startswith("processing/")
    ]
    between = [r for r in rows if r[0] in algs and r[1] in algs and r[0] != r[1]]
    exact = [r for r in between if "shape" not in r[2]]
    print(
        f"duplicates: {len(rows)} pairs in cc_warning_plugin/, {len(in_processing)} naming "
        f"processing/, {len(between)} between two algorithm modules "
        f"({len(exact)} the same to the letter)"
    )
    for a, b, tail in between:
        print(f"  {a} ~ {b}{tail}")
    if exact:
        print(
            "duplicates: FAILED: code repeated to the letter between two algorithm modules; "
            "move it to their base or to core/ (run scripts/check_duplicates.py --list)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
