#!/usr/bin/python3
"""Translations of cc_warning_plugin.

  i18n.py update    collect every tr("...") literal of the package into
                    i18n/cc_warning_plugin_zh_CN.ts (existing translations
                    kept; new strings added as unfinished; strings no longer
                    in the code dropped)
  i18n.py check     exit 1 listing the strings without a translation
  i18n.py compile   build cc_warning_plugin/i18n/*.qm with lrelease
  i18n.py fill F    take translations from F: a JSON object {source: text}
                    or another .ts file (e.g. a branch's copy when merging)

All strings share one context ("cc_warning"), the one the plugin's
translator looks them up in.
"""

import argparse
import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = os.path.join(ROOT, "cc_warning_plugin")
TS_DIR = os.path.join(ROOT, "i18n")
QM_DIR = os.path.join(PACKAGE, "i18n")
CONTEXT = "cc_warning"
LANGS = ["zh_CN"]
#: calls whose first argument is a translatable literal: tr("…") translates at
#: once, N_("…") marks a text translated later (specs, built at import time)
TR_NAMES = {"tr", "N_"}


def ts_path(lang: str) -> str:
    return os.path.join(TS_DIR, f"cc_warning_plugin_{lang}.ts")


def source_strings():
    """(text, "file:line") of every translatable literal, in source order."""
    found = {}
    problems = []
    for dirpath, dirnames, filenames in os.walk(PACKAGE):
        dirnames[:] = sorted(d for d in dirnames if d not in ("__pycache__", "sample_data"))
        for name in sorted(filenames):
            if not name.endswith(".py") or name == "resources_rc.py":
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, ROOT)
            with open(path, encoding="utf-8") as fh:
                tree = ast.parse(fh.read(), path)
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                fname = (
                    func.id
                    if isinstance(func, ast.Name)
                    else (func.attr if isinstance(func, ast.Attribute) else None)
                )
                if fname not in TR_NAMES or not node.args:
                    continue
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.setdefault(arg.value, f"{rel}:{node.lineno}")
                elif not (
                    isinstance(func, ast.Name)
                    and func.id in TR_NAMES
                    and rel.endswith(
                        (os.path.join("core", "i18n.py"), os.path.join("specs", "base.py"))
                    )
                ):
                    problems.append(f"{rel}:{node.lineno}: tr() needs a string literal")
    return found, problems


def read_ts(path: str):
    """{source: (translation, type)} from a .ts file."""
    out = {}
    if not os.path.exists(path):
        return out
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            tr_el = msg.find("translation")
            text = tr_el.text if tr_el is not None and tr_el.text else ""
            kind = tr_el.get("type", "") if tr_el is not None else "unfinished"
            out[src] = (text, kind)
    return out


def write_ts(path: str, lang: str, entries):
    """entries: list of (source, translation, type, location)."""
    root = ET.Element("TS", version="2.1", language=lang)
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    for src, text, kind, loc in entries:
        msg = ET.SubElement(ctx, "message")
        if loc:
            file_ = loc.rsplit(":", 1)[0]
            # the file only: line numbers would change the catalogue at every edit
            ET.SubElement(msg, "location", filename="../" + file_)
        ET.SubElement(msg, "source").text = src
        tr_el = ET.SubElement(msg, "translation")
        if text:
            tr_el.text = text
        if kind:
            tr_el.set("type", kind)
    ET.indent(root, space="    ")
    data = ET.tostring(root, encoding="unicode")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + data + "\n")
    os.replace(tmp, path)


def update():
    strings, problems = source_strings()
    for p in problems:
        print("warning:", p, file=sys.stderr)
    os.makedirs(TS_DIR, exist_ok=True)
    for lang in LANGS:
        path = ts_path(lang)
        old = read_ts(path)
        entries = []
        for src, loc in sorted(strings.items(), key=lambda kv: kv[1]):
            text, kind = old.get(src, ("", "unfinished"))
            if kind == "obsolete":
                kind = "" if text else "unfinished"
            entries.append((src, text, kind if not text else "", loc))
        write_ts(path, lang, entries)
        missing = sum(1 for e in entries if not e[1])
        print(f"{path}: {len(strings)} strings, {missing} untranslated")
    return 0


def check():
    strings, problems = source_strings()
    status = 0
    for p in problems:
        print(p)
        status = 1
    for lang in LANGS:
        ts = read_ts(ts_path(lang))
        missing = [s for s in strings if not ts.get(s, ("", ""))[0]]
        for s in missing:
            print(f"{lang}: untranslated: {s!r} ({strings[s]})")
        if missing:
            status = 1
    return status


def find_lrelease():
    for name in ("lrelease", "lrelease-qt5"):
        path = shutil.which(name)
        if path:
            return path
    for path in ("/usr/lib/qt5/bin/lrelease", "/usr/lib/x86_64-linux-gnu/qt5/bin/lrelease"):
        if os.path.exists(path):
            return path
    return None


def compile_():
    lrelease = find_lrelease()
    if lrelease is None:
        print(
            "lrelease not found: install qttools5-dev-tools (scripts/setup.sh does)",
            file=sys.stderr,
        )
        return 1
    os.makedirs(QM_DIR, exist_ok=True)
    for lang in LANGS:
        qm = os.path.join(QM_DIR, f"cc_warning_plugin_{lang}.qm")
        subprocess.run([lrelease, "-silent", ts_path(lang), "-qm", qm], check=True)
        print(qm)
    return 0


def fill(path: str, lang: str = "zh_CN"):
    """Set translations from a JSON {source: text} file or another .ts."""
    import json

    if path.endswith(".ts"):
        new = {src: text for src, (text, _) in read_ts(path).items() if text}
    else:
        with open(path, encoding="utf-8") as fh:
            new = json.load(fh)
    target = ts_path(lang)
    old = read_ts(target)
    strings, _ = source_strings()
    entries = []
    changed = 0
    for src, loc in sorted(strings.items(), key=lambda kv: kv[1]):
        text = new.get(src) or old.get(src, ("", ""))[0]
        changed += bool(new.get(src))
        entries.append((src, text, "" if text else "unfinished", loc))
    write_ts(target, lang, entries)
    print(f"{target}: {changed} translations taken from {path}")
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=["update", "check", "compile", "fill"])
    parser.add_argument("file", nargs="?", help="for fill: JSON or .ts file")
    args = parser.parse_args(argv)
    if args.command == "fill":
        if not args.file:
            parser.error("fill needs a file")
        return fill(args.file)
    return {"update": update, "check": check, "compile": compile_}[args.command]()


if __name__ == "__main__":
    sys.exit(main())
