#!/usr/bin/python3
"""Scan the plugin's Python files for what breaks under Qt 6 / QGIS 4 — the
patterns QGIS's own ``pyqt5_to_pyqt6`` checker rewrites or warns about:

- imports from ``PyQt5`` (use ``qgis.PyQt``), ``QAction``/``QActionGroup``/``QShortcut``
  from ``QtWidgets`` (they live in ``QtGui`` in Qt 6; take them from ``compat``);
- ``exec_()`` (use ``exec()``), ``qApp``, ``QRegExp``, ``QDesktopWidget`` and
  ``QApplication.desktop()``, ``QFontMetrics.width()``, ``activated[str]``;
- ``QVariant.Int`` and the other ``QVariant`` type names (QGIS field types: take
  them from ``compat``), ``QVariant()`` for NULL (use ``qgis.core.NULL``);
- enum values reached through their class instead of their enum — ``Qt.AlignLeft``
  rather than ``Qt.AlignmentFlag.AlignLeft``, ``QgsPalLayerSettings.OverPoint`` rather
  than ``compat.LabelPlacement.OverPoint`` — on Qt and QGIS classes. This check
  imports the names, so it runs where qgis imports (/usr/bin/python3).

  /usr/bin/python3 scripts/check_qt6.py [paths...]     # default: cc_warning_plugin/

Prints one line per finding (file:line: what, how to fix) and exits 1 if
there is any. tests/qgis/test_qt6_readiness.py runs it on the package.
"""

import ast
import enum
import importlib
import os
import sys
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = os.path.join(ROOT, "cc_warning_plugin")

#: modules whose classes' enums are checked
ENUM_MODULES = (
    "qgis.core",
    "qgis.gui",
    "qgis.analysis",
    "qgis.PyQt.QtCore",
    "qgis.PyQt.QtGui",
    "qgis.PyQt.QtWidgets",
    "qgis.PyQt.QtXml",
    "qgis.PyQt.QtNetwork",
    "qgis.PyQt.QtPrintSupport",
    "qgis.PyQt.QtSvg",
)
#: the one module that names the spellings of each release (see its docstring)
COMPAT = os.path.join(PACKAGE, "compat.py")
MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut"}
REMOVED = {
    "QRegExp": "QRegExp is gone in Qt 6: use QRegularExpression",
    "QDesktopWidget": "QDesktopWidget is gone in Qt 6: use QScreen (QApplication.primaryScreen())",
    "qApp": "qApp is gone in Qt 6: use QApplication.instance()",
}
RENAMED_ENUMS = {
    ("Qt", "MidButton"): "Qt.MouseButton.MiddleButton",
    ("Qt", "TextColorRole"): "Qt.ItemDataRole.ForegroundRole",
    ("Qt", "BackgroundColorRole"): "Qt.ItemDataRole.BackgroundRole",
    ("QPainter", "HighQualityAntialiasing"): "QPainter.RenderHint.Antialiasing",
}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    message: str

    def __str__(self):
        return f"{os.path.relpath(self.path, ROOT)}:{self.line}: {self.message}"


def _is_enum_member(value) -> bool:
    if isinstance(value, enum.Enum):
        return True
    # PyQt5 / sip 4 enums: int subclasses whose metaclass is sip.enumtype
    return isinstance(value, int) and type(type(value)).__name__ == "enumtype"


def _enum_type_of(value):
    return type(value)


def _scoped_name(trail: List[str], attr: str, value) -> str:
    """The name of an enum value through its enum: a Python enum by its own
    qualified name (``Qgis.MessageLevel.Warning``), a sip enum through the class
    it was reached from (``Qt.AlignmentFlag.AlignLeft``)."""
    if isinstance(value, enum.Enum):
        return f"{type(value).__qualname__}.{value.name}"
    return ".".join(trail + [type(value).__name__, attr])


def _module_names(module: str, names: Iterable[str]) -> Dict[str, object]:
    """The objects bound by ``from module import names`` (those that exist)."""
    if module not in ENUM_MODULES and not module.startswith("qgis.PyQt."):
        return {}
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return {}
    return {n: getattr(mod, n) for n in names if hasattr(mod, n)}


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: str, resolve: bool):
        self.path = path
        self.resolve = resolve
        self.findings: List[Finding] = []
        self.bound: Dict[str, object] = {}  # local name → Qt/QGIS object
        self.modules: Dict[str, object] = {}  # local name → qgis.PyQt.X / qgis.core module

    def add(self, node, message):
        self.findings.append(Finding(self.path, node.lineno, message))

    # -- imports -----------------------------------------------------------
    def visit_Import(self, node):  # noqa: N802 (ast API)
        for alias in node.names:
            if alias.name == "PyQt5" or alias.name.startswith("PyQt5."):
                self.add(node, f"import {alias.name}: import from qgis.PyQt instead")
            elif self.resolve and (alias.name in ENUM_MODULES) and alias.asname:
                self.modules[alias.asname] = importlib.import_module(alias.name)
        self.generic_visit(node)

    def visit_ImportFrom(self, node):  # noqa: N802
        module = node.module or ""
        names = [a.name for a in node.names]
        if module == "PyQt5" or module.startswith("PyQt5."):
            self.add(node, f"from {module} import …: import from qgis.PyQt instead")
        if module.endswith("QtWidgets"):
            for n in sorted(MOVED_TO_QTGUI & set(names)):
                self.add(
                    node,
                    f"{n} from QtWidgets: it is in QtGui in Qt 6; use cc_warning_plugin.compat.{n}",
                )
        for n in names:
            if n in REMOVED:
                self.add(node, REMOVED[n])
        if self.resolve:
            for alias in node.names:
                local = alias.asname or alias.name
                if module == "qgis.PyQt" or module == "qgis":
                    full = f"{module}.{alias.name}"
                    if full in ENUM_MODULES or full.startswith("qgis.PyQt."):
                        try:
                            module_obj = importlib.import_module(full)
                        except ImportError:  # a module this Qt build lacks: no enums to check
                            continue
                        self.modules[local] = module_obj
                    continue
                objs = _module_names(module, [alias.name])
                if alias.name in objs:
                    self.bound[local] = objs[alias.name]
        self.generic_visit(node)

    # -- names, calls, attributes --------------------------------------------
    def visit_Name(self, node):  # noqa: N802
        if node.id in REMOVED and isinstance(node.ctx, ast.Load):
            self.add(node, REMOVED[node.id])
        self.generic_visit(node)

    def visit_Call(self, node):  # noqa: N802
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr == "exec_":
            self.add(node, "exec_(): use exec()")
        if isinstance(f, ast.Attribute) and f.attr == "desktop" and not node.args:
            self.add(node, "QApplication.desktop() is gone in Qt 6: use QScreen")
        if isinstance(f, ast.Name) and f.id == "QVariant":
            self.add(node, "QVariant(): use qgis.core.NULL for a NULL value")
        if (
            isinstance(f, ast.Attribute)
            and f.attr == "width"
            and isinstance(f.value, ast.Call)
            and (
                (isinstance(f.value.func, ast.Attribute) and f.value.func.attr == "fontMetrics")
                or (
                    isinstance(f.value.func, ast.Name)
                    and f.value.func.id in ("QFontMetrics", "QFontMetricsF")
                )
            )
        ):
            self.add(node, "QFontMetrics.width() is gone in Qt 6: use horizontalAdvance()")
        self.generic_visit(node)

    def visit_Subscript(self, node):  # noqa: N802
        if (
            isinstance(node.value, ast.Attribute)
            and node.value.attr == "activated"
            and isinstance(node.slice, ast.Name)
            and node.slice.id == "str"
        ):
            self.add(node, "activated[str] is gone in Qt 6: use textActivated")
        self.generic_visit(node)

    def visit_Attribute(self, node):  # noqa: N802
        chain = _chain(node)
        if chain is None:
            self.generic_visit(node)
            return
        head, attrs = chain[0], chain[1:]
        if head == "QVariant" and attrs and attrs[0] not in ("Type",) and attrs[0][:1].isupper():
            self.add(
                node,
                f"QVariant.{attrs[0]}: QVariant types are gone in Qt 6; "
                "take field types from cc_warning_plugin.compat",
            )
        elif (head, attrs[0]) in RENAMED_ENUMS:
            self.add(
                node, f"{head}.{attrs[0]} is gone in Qt 6: use {RENAMED_ENUMS[(head, attrs[0])]}"
            )
        elif self.resolve:
            self._check_enum(node, head, attrs)
        # the whole chain is handled here: do not visit its inner attributes again
        for child in ast.iter_child_nodes(_innermost(node)):
            self.visit(child)

    def _check_enum(self, node, head: str, attrs: List[str]):
        if head in self.modules:
            obj, trail = self.modules[head], [head]
        elif head in self.bound:
            obj, trail = self.bound[head], [head]
        else:
            return
        for attr in attrs:
            if not hasattr(obj, attr):
                if isinstance(obj, type) and attr[:1].isupper():
                    self.add(node, f"{'.'.join(trail + [attr])} does not exist in this QGIS / Qt")
                return
            value = getattr(obj, attr)
            if _is_enum_member(value) and obj is not _enum_type_of(value) and isinstance(obj, type):
                self.add(
                    node,
                    f"{'.'.join(trail + [attr])}: unscoped enum value; use "
                    f"{_scoped_name(trail, attr, value)} (or a "
                    "cc_warning_plugin.compat name)",
                )
                return
            obj, trail = value, trail + [attr]


def _chain(node: ast.Attribute) -> Optional[List[str]]:
    """``a.b.c`` → ["a", "b", "c"]; None when the chain does not start at a name."""
    parts = []
    cur = node
    while isinstance(cur, ast.Attribute):
        parts.append(cur.attr)
        cur = cur.value
    if not isinstance(cur, ast.Name):
        return None
    return [cur.id] + parts[::-1]


def _innermost(node: ast.Attribute):
    cur = node
    while isinstance(cur.value, ast.Attribute):
        cur = cur.value
    return cur


def python_files(paths: Iterable[str]) -> List[str]:
    out = []
    for p in paths:
        if os.path.isfile(p):
            out.append(p)
            continue
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            out.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return out


def scan_source(source: str, path: str = "<source>", resolve: bool = True) -> List[Finding]:
    scanner = _Scanner(path, resolve)
    scanner.visit(ast.parse(source, filename=path))
    return sorted(set(scanner.findings), key=lambda f: (f.path, f.line, f.message))


def scan(paths: Iterable[str] = (PACKAGE,), resolve: bool = True) -> List[Finding]:
    findings = []
    for path in python_files(paths):
        with open(path, encoding="utf-8") as fh:
            source = fh.read()
        if os.path.abspath(path) == COMPAT:
            # its imports must be Qt 6-proof; its version-dependent names are the point
            findings.extend(scan_source(source, path, resolve=False))
            continue
        findings.extend(scan_source(source, path, resolve))
    return findings


def main(argv=None) -> int:
    args = (argv if argv is not None else sys.argv[1:]) or [PACKAGE]
    findings = scan(args)
    for f in findings:
        print(f)
    print(f"check_qt6: {len(findings)} finding(s) in {len(python_files(args))} file(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
