#!/usr/bin/python3
"""A throw-away PostgreSQL cluster for the tests and the benchmark of the
monitoring database: ``initdb`` in a temporary folder as an unprivileged
user (as root: the ``postgres`` system user through ``runuser``), listening
only on a Unix socket in that folder, PostGIS in a template database; stopped
and removed by :meth:`Cluster.stop`.

    with Cluster() as c:
        params = c.new_database()      # psycopg2 parameters of a fresh database

Run alone it starts a cluster, prints its parameters and waits for Enter.
"""

import glob
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time

TEMPLATE = "cc_template"


class ClusterError(RuntimeError):
    pass


def _bin_dir() -> str:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0,
    )
    if not found:
        raise ClusterError(
            "initdb not found under /usr/lib/postgresql/*/bin: install the "
            "Debian packages postgresql and postgresql-postgis "
            "(scripts/apt-packages.txt)"
        )
    return os.path.dirname(found[-1])


class Cluster:
    def __init__(self, fast: bool = True, port: int = 5432):
        self.fast = fast
        self.port = port
        self.dir = None
        self.bin = _bin_dir()
        self.run_as = None
        self._n = 0
        self.started = False

    # -- process helpers ----------------------------------------------------
    def _cmd(self, args):
        prefix = ["runuser", "-u", self.run_as, "--"] if self.run_as else []
        return prefix + args

    def _run(self, args, timeout=120):
        proc = subprocess.run(self._cmd(args), capture_output=True, text=True, timeout=timeout)
        if proc.returncode != 0:
            raise ClusterError(
                f"{' '.join(args)} failed ({proc.returncode}):\n"
                f"{proc.stdout}\n{proc.stderr}\n{self.log_tail()}"
            )
        return proc

    def log_tail(self) -> str:
        log = os.path.join(self.dir or "", "server.log")
        if self.dir and os.path.exists(log):
            with open(log, encoding="utf-8", errors="replace") as fh:
                return fh.read()[-3000:]
        return ""

    # -- life cycle -----------------------------------------------------------
    def start(self) -> "Cluster":
        self.dir = tempfile.mkdtemp(prefix="cc_warning_pg_")
        if os.geteuid() == 0:
            try:
                pw = pwd.getpwnam("postgres")
            except KeyError:
                raise ClusterError(
                    "running as root, but there is no 'postgres' user to run the cluster as "
                    "(it comes with the postgresql package)"
                ) from None
            self.run_as = "postgres"
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        data = os.path.join(self.dir, "data")
        self._run(
            [
                os.path.join(self.bin, "initdb"),
                "-D",
                data,
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-instructions",
            ]
        )
        opts = [
            f"-k {self.dir}",
            "-c listen_addresses=''",
            f"-p {self.port}",
            "-c max_connections=50",
            "-c shared_buffers=128MB",
        ]
        if self.fast:
            opts += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        self._run(
            [
                os.path.join(self.bin, "pg_ctl"),
                "-D",
                data,
                "-w",
                "-t",
                "60",
                "-l",
                os.path.join(self.dir, "server.log"),
                "-o",
                " ".join(opts),
                "start",
            ]
        )
        self.started = True
        self.sql("postgres", f"CREATE DATABASE {TEMPLATE}")
        self.sql(TEMPLATE, "CREATE EXTENSION postgis")
        return self

    def stop(self) -> None:
        if self.dir is None:
            return
        try:
            if self.started:
                subprocess.run(
                    self._cmd(
                        [
                            os.path.join(self.bin, "pg_ctl"),
                            "-D",
                            os.path.join(self.dir, "data"),
                            "-m",
                            "immediate",
                            "-w",
                            "stop",
                        ]
                    ),
                    capture_output=True,
                    timeout=60,
                )
        finally:
            self.started = False
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # -- databases ------------------------------------------------------------
    def params(self, dbname: str = "postgres", user: str = "postgres") -> dict:
        return {"host": self.dir, "port": str(self.port), "dbname": dbname, "user": user}

    def connect(self, dbname: str = "postgres", user: str = "postgres"):
        import psycopg2

        conn = psycopg2.connect(**self.params(dbname, user))
        conn.autocommit = True
        return conn

    def sql(self, dbname: str, statement: str, args=None):
        conn = self.connect(dbname)
        try:
            with conn.cursor() as cur:
                cur.execute(statement, args)
                return cur.fetchall() if cur.description else None
        finally:
            conn.close()

    def new_database(self, prefix: str = "t") -> dict:
        """A fresh database with PostGIS (from the template)."""
        self._n += 1
        name = f"{prefix}_{os.getpid()}_{self._n}_{int(time.time() * 1000) % 100000}"
        self.sql("postgres", f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return self.params(name)

    def drop_database(self, name: str) -> None:
        self.sql("postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


if __name__ == "__main__":
    with Cluster() as c:
        print(c.params(TEMPLATE))
        sys.stdin.readline()
