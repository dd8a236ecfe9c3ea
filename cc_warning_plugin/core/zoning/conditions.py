"""The condition grammar of the 准入清单: a machine-checkable test of one
clause (docs/zoning.md, "Condition grammar").

::

    condition   = [ "if" test "then" ] requirement { "and" requirement }
    test        = industry_in | industry_not_in | comparison
    requirement = industry_in | industry_not_in | industry_restricted
                | comparison | spatial
    industry_in         = "industry" "in" codes
    industry_not_in     = "industry" "not" "in" codes
    industry_restricted = "industry" "restricted" codes
    codes       = code { "," code }       (GB/T 4754: "C", "C26", "26", "2614", "C2614")
    comparison  = attribute op number      (an attribute of [zoning.attributes], or site_area in ha)
    spatial     = "outside" layer | "inside" layer | "distance" "(" layer ")" op number
    op          = "<=" | "<" | ">=" | ">" | "=" | "!="   (also ≤ ≥ ≠)

Verdicts of one requirement (codes of ``[zoning.verdicts]``):

- ``industry not in`` — the project's industry among the codes: mismatch;
  otherwise not_applicable (the clause does not concern it);
- ``industry restricted`` — among the codes: partial (allowed only on the
  clause's terms, which the text states); otherwise not_applicable;
- ``industry in`` — among the codes: match; otherwise mismatch;
- a comparison — holds: match; fails: mismatch;
- ``outside L`` — no area in L: match; any area: mismatch;
- ``inside L`` — all of the site in L: match; none: mismatch; part: partial;
- ``distance(L) op d`` — the least distance to L compared with d.

A missing project attribute or layer gives undetermined, naming it. The
requirements of a clause combine to the worst of their verdicts in the
profile's order, leaving out not_applicable unless all are. After ``if``, a
test that fails makes the clause not_applicable; a test that cannot be
evaluated makes it undetermined.
"""

import math
import operator
import re
from dataclasses import dataclass, field
from typing import List, Optional, Tuple, Union

from ..i18n import tr

OPS = {
    "<=": operator.le,
    "<": operator.lt,
    ">=": operator.ge,
    ">": operator.gt,
    "=": operator.eq,
    "!=": operator.ne,
}
_OP_ALIASES = {"≤": "<=", "≥": ">=", "≠": "!=", "==": "=", "＜": "<", "＞": ">"}
SITE_AREA = "site_area"

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<num>[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?(?![A-Za-z_]))
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op><=|>=|!=|==|≤|≥|≠|<|>|=|＜|＞)
  | (?P<comma>[,，、])
  | (?P<lpar>[(（])
  | (?P<rpar>[)）])
""",
    re.VERBOSE,
)

_CODE = re.compile(r"^(?P<letter>[A-Z])?(?P<digits>\d{2,4})?$")


class ConditionError(ValueError):
    """A condition that does not follow the grammar; the message says where."""


@dataclass
class Industry:
    mode: str  # "in", "not_in", "restricted"
    codes: List[str]


@dataclass
class Compare:
    attribute: str
    op: str
    value: float


@dataclass
class Spatial:
    kind: str  # "outside", "inside"
    layer: str


@dataclass
class Distance:
    layer: str
    op: str
    value: float


Term = Union[Industry, Compare, Spatial, Distance]


@dataclass
class Condition:
    text: str
    test: Optional[Term]
    requirements: List[Term] = field(default_factory=list)

    def attributes(self) -> List[str]:
        """Project attributes the condition reads."""
        out = []
        for t in ([self.test] if self.test else []) + self.requirements:
            if isinstance(t, Industry):
                out.append("industry")
            elif isinstance(t, Compare) and t.attribute != SITE_AREA:
                out.append(t.attribute)
        return list(dict.fromkeys(out))

    def layers(self) -> List[str]:
        out = [
            t.layer
            for t in ([self.test] if self.test else []) + self.requirements
            if isinstance(t, (Spatial, Distance))
        ]
        return list(dict.fromkeys(out))


def _tokens(text: str) -> List[Tuple[str, str, int]]:
    out = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise ConditionError(
                tr("unexpected character {char!r} at position {pos}").format(
                    char=text[pos], pos=pos + 1
                )
            )
        kind = m.lastgroup
        if kind != "ws":
            value = m.group(kind)
            if kind == "op":
                value = _OP_ALIASES.get(value, value)
            out.append((kind, value, pos + 1))
        pos = m.end()
    return out


class _Parser:
    def __init__(self, text: str, number_attributes, sections):
        self.text = text
        self.toks = _tokens(text)
        self.i = 0
        self.number_attributes = set(number_attributes) | {SITE_AREA}
        self.sections = sections

    def peek(self, k: int = 0):
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else ("end", "", len(self.text) + 1)

    def take(self):
        tok = self.peek()
        self.i += 1
        return tok

    def word(self, *expected: str) -> str:
        kind, value, pos = self.take()
        if kind != "word" or (expected and value.lower() not in expected):
            want = " / ".join(f"'{e}'" for e in expected) if expected else tr("a name")
            raise ConditionError(
                tr("expected {want} at position {pos}, found {found!r}").format(
                    want=want, pos=pos, found=value or tr("the end")
                )
            )
        return value

    def is_word(self, value: str, k: int = 0) -> bool:
        kind, v, _ = self.peek(k)
        return kind == "word" and v.lower() == value

    def parse(self) -> Condition:
        if not self.toks:
            raise ConditionError(tr("the condition is empty"))
        test = None
        if self.is_word("if"):
            self.take()
            test = self.term(test_only=True)
            self.word("then")
        reqs = [self.term()]
        while self.is_word("and"):
            self.take()
            reqs.append(self.term())
        kind, value, pos = self.peek()
        if kind != "end":
            raise ConditionError(
                tr("unexpected {found!r} at position {pos}: join requirements with 'and'").format(
                    found=value, pos=pos
                )
            )
        return Condition(self.text, test, reqs)

    def term(self, test_only: bool = False) -> Term:
        kind, value, pos = self.peek()
        if kind != "word":
            raise ConditionError(
                tr("expected a requirement at position {pos}, found {found!r}").format(
                    pos=pos, found=value or tr("the end")
                )
            )
        low = value.lower()
        if low == "industry":
            self.take()
            if self.is_word("in"):
                self.take()
                mode = "in"
            elif self.is_word("not") and self.is_word("in", 1):
                self.take()
                self.take()
                mode = "not_in"
            elif self.is_word("restricted") and not test_only:
                self.take()
                mode = "restricted"
            else:
                want = "'in', 'not in'" + ("" if test_only else ", 'restricted'")
                k, v, p = self.peek()
                raise ConditionError(
                    tr(
                        "expected {want} after 'industry' at position {pos}, found {found!r}"
                    ).format(want=want, pos=p, found=v or tr("the end"))
                )
            return Industry(mode, self.codes())
        if low in ("outside", "inside") and not test_only:
            self.take()
            return Spatial(low, self.layer())
        if low == "distance" and not test_only:
            self.take()
            if self.take()[0] != "lpar":
                raise ConditionError(tr("expected '(' after 'distance' (distance(layer) >= 500)"))
            layer = self.layer()
            if self.take()[0] != "rpar":
                raise ConditionError(tr("expected ')' after the layer of 'distance'"))
            op, num = self.comparison()
            return Distance(layer, op, num)
        if value in self.number_attributes:
            self.take()
            op, num = self.comparison()
            return Compare(value, op, num)
        known = ", ".join(sorted(self.number_attributes))
        raise ConditionError(
            tr(
                "{name!r} at position {pos} is not a requirement: use industry, "
                "outside, inside, distance(…) or a project attribute "
                "({known})"
            ).format(name=value, pos=pos, known=known)
        )

    def layer(self) -> str:
        kind, value, pos = self.take()
        if kind != "word":
            raise ConditionError(
                tr("expected a layer name at position {pos}, found {found!r}").format(
                    pos=pos, found=value or tr("the end")
                )
            )
        return value

    def comparison(self) -> Tuple[str, float]:
        kind, op, pos = self.take()
        if kind != "op":
            raise ConditionError(
                tr(
                    "expected a comparison (<=, <, >=, >, =, !=) at position {pos}, found {found!r}"
                ).format(pos=pos, found=op or tr("the end"))
            )
        kind, num, pos = self.take()
        if kind != "num":
            raise ConditionError(
                tr("expected a number at position {pos}, found {found!r}").format(
                    pos=pos, found=num or tr("the end")
                )
            )
        value = float(num)
        if not math.isfinite(value):
            raise ConditionError(tr("the number at position {pos} is not finite").format(pos=pos))
        return op, value

    def codes(self) -> List[str]:
        codes = [self.code()]
        while self.peek()[0] == "comma":
            self.take()
            codes.append(self.code())
        return codes

    def code(self) -> str:
        kind, value, pos = self.take()
        text = value.upper() if kind in ("word", "num") else ""
        m = _CODE.match(text) if text else None
        if not m or not (m.group("letter") or m.group("digits")):
            raise ConditionError(
                tr(
                    "expected an industry code of GB/T 4754 (C, C26, 2614 …) at "
                    "position {pos}, found {found!r}"
                ).format(pos=pos, found=value or tr("the end"))
            )
        letter, digits = m.group("letter"), m.group("digits")
        if letter and letter not in self.sections:
            raise ConditionError(
                tr(
                    "{code!r} at position {pos}: {letter} is not a section of "
                    "[zoning.industry_sections]"
                ).format(code=value, pos=pos, letter=letter)
            )
        if letter and digits:
            lo, hi = self.sections[letter]
            if not lo <= int(digits[:2]) <= hi:
                raise ConditionError(
                    tr(
                        "{code!r} at position {pos}: division {div} is not in "
                        "section {letter} ({lo:02d}–{hi:02d})"
                    ).format(code=value, pos=pos, div=digits[:2], letter=letter, lo=lo, hi=hi)
                )
        return text


def parse(text: str, number_attributes, sections) -> Condition:
    """Parse a condition; :class:`ConditionError` says what and where."""
    return _Parser(str(text).strip(), number_attributes, sections).parse()


# ---------------------------------------------------------------------------
# industry codes
# ---------------------------------------------------------------------------
def normalise_industry(value) -> Optional[str]:
    """A project's industry code as text ("C2614", "2614"; a whole number
    read from a spreadsheet as 2614.0 too), or None if empty; ValueError if
    it is not a GB/T 4754 code."""
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            value = int(value)
    text = str(value).strip().upper()
    if not text:
        return None
    m = _CODE.match(text)
    if not m or not (m.group("letter") or m.group("digits")):
        raise ValueError(text)
    return text


def industry_matches(project: str, code: str, sections) -> bool:
    """Whether the project's code falls under ``code`` (a section letter, a
    division/group/class code or its prefix)."""
    pm, cm = _CODE.match(project), _CODE.match(code)
    p_letter, p_digits = pm.group("letter"), pm.group("digits")
    c_letter, c_digits = cm.group("letter"), cm.group("digits")
    if p_letter is None and p_digits:
        p_letter = section_of(p_digits, sections)
    if c_digits:
        if not p_digits or not p_digits.startswith(c_digits):
            return False
        return c_letter is None or p_letter is None or c_letter == p_letter
    return p_letter == c_letter


def section_of(digits: str, sections) -> Optional[str]:
    div = int(digits[:2])
    for letter, (lo, hi) in sections.items():
        if lo <= div <= hi:
            return letter
    return None
