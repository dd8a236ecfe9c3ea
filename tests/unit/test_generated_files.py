"""Generated and catalogue files are complete: every user-visible string is
in the zh_CN catalogue with a translation that keeps its {placeholders}, and
the generated docs pages match the data they come from."""

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

sys.path.insert(0, os.path.join(ROOT, "scripts"))
import i18n  # noqa: E402  (scripts/i18n.py)


def test_every_tr_string_is_translated():
    proc = subprocess.run(
        [sys.executable, os.path.join(ROOT, "scripts", "i18n.py"), "check"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_translations_keep_placeholders():
    ts = i18n.read_ts(i18n.ts_path("zh_CN"))
    assert len(ts) > 50
    for src, (text, _) in ts.items():
        fields = sorted(set(re.findall(r"\{[a-z_]*[!:]?[a-z]*\}", src)))
        assert sorted(set(re.findall(r"\{[a-z_]*[!:]?[a-z]*\}", text))) == fields, src


def test_generated_docs_are_up_to_date():
    proc = subprocess.run(
        [sys.executable, os.path.join(ROOT, "scripts", "make_docs.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
