"""The command line: build, check against the design, write into a temporary sibling folder and
swap it in place of the output folder."""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from osgeo import gdal, ogr, osr

from .assemble import build
from .check import check_design
from .counties import COUNTIES
from .design import CLASS_CODE, DESIGN, WARNING_CODE
from .frame import DEFAULT_OUT
from .outputs import FILES, write_all

USAGE = "Generate the bundled sample data of cc_warning_plugin: the fictional city 示范市 (Shifan)."


def check_target(out: Path) -> None:
    """Stop unless ``out`` holds only files this generator writes (and the .aux.xml sidecars GDAL
    and QGIS leave beside its rasters, which go with the old folder)."""
    if not out.exists():
        return
    if not out.is_dir():
        raise SystemExit(f"{out} exists and is not a folder")
    sidecars = {f"{n}.aux.xml" for n in FILES if n.endswith(".tif")}
    foreign = sorted(p.name for p in out.iterdir() if p.name not in FILES | sidecars)
    if foreign:
        raise SystemExit(
            f"{out} holds files this generator did not write "
            f"({', '.join(foreign[:5])}); refusing to replace it"
        )


def generate(out: Path) -> tuple[list[Path], dict]:
    """Build, check and write the sample into ``out`` (replaced as a whole). Returns the files
    written and the core's results per county."""
    out = out.resolve()
    check_target(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes 0700; the data folder is an ordinary one
    old = None
    try:
        sample = build()
        results = check_design(sample)
        files = write_all(sample, tmp)
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.rmdir(old)
            os.rename(out, old)
        os.rename(tmp, out)
        tmp = None
    finally:
        if tmp is not None and tmp.exists():
            shutil.rmtree(tmp)
        if old is not None and old.exists():
            shutil.rmtree(old)
    return [out / f.name for f in files], results


def summary(results: dict) -> str:
    """Designed and computed indices, load type and warning level of every county."""
    words = {v: k for k, v in {**CLASS_CODE, **WARNING_CODE}.items()}
    lines = [
        "county    D(design/calc)   W/W0    G/G0    R(design/calc)   H(design/calc)  load   warning"
    ]
    for c in COUNTIES:
        d, r = DESIGN[c["code"]], results[c["code"]]
        lines.append(
            f"{c['name']}  {d['D']:+.3f}/{r['land_index']:+.3f}  "
            f"{r['water_r_total']:.3f}  {r['water_r_gw']:.3f}  "
            f"{d['R']:+.3f}/{r['env_index']:+.3f}  "
            f"{d['H']:.3f}/{r['eco_index']:.3f}  {words[r['load_type']]}  "
            f"{words[r['warning_level']]}"
        )
    return "\n".join(lines)


def main(argv=None) -> int:
    # a script of its own: GDAL's exceptions for the whole process
    gdal.UseExceptions()
    ogr.UseExceptions()
    osr.UseExceptions()
    ap = argparse.ArgumentParser(description=USAGE)
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="output folder (replaced as a whole)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    files, results = generate(Path(args.out))
    for f in files:
        print(f"wrote {f} ({f.stat().st_size:,} bytes)")
    print(summary(results))
    print(f"done in {time.perf_counter() - t0:.1f} s")
    return 0
