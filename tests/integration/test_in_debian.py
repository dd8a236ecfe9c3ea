"""The entry of scripts/in_debian.sh (./scripts/test.sh --debian N): a release
it does not know and a missing number are refused with a message; the
release of the machine itself runs the command in place, with the usual
.venv and output/. (The Debian 13 root itself is built and used by CI.)"""

import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(*args, env=None):
    return subprocess.run(list(args), cwd=ROOT, capture_output=True, text=True, timeout=60, env=env)


def host_release():
    with open("/etc/os-release", encoding="utf-8") as fh:
        info = dict(line.rstrip("\n").split("=", 1) for line in fh if "=" in line)
    return info["VERSION_ID"].strip('"').split(".")[0]


def test_an_unknown_release_is_refused():
    proc = run("./scripts/in_debian.sh", "11", "true")
    assert proc.returncode == 2
    assert "use 12 (bookworm) or 13 (trixie)" in proc.stderr


def test_test_and_demo_need_the_release_number():
    for script in ("./scripts/test.sh", "./scripts/demo.sh"):
        proc = run(script, "--debian")
        assert proc.returncode == 2, script
        assert "--debian needs a release number" in proc.stderr, script


def test_the_machines_own_release_runs_in_place():
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("CC_WARNING_VENV", "CC_WARNING_OUTPUT", "CC_WARNING_DEBIAN_ROOT")
    }
    proc = run(
        "./scripts/in_debian.sh",
        host_release(),
        "sh",
        "-c",
        'pwd; echo "venv=${CC_WARNING_VENV:-}"',
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [ROOT, "venv="]
    assert "running in Debian" not in proc.stderr + proc.stdout
