"""A throw-away PostgreSQL server for the store tests.

``REWIND_TEST_PG`` (a DSN to a server where the tests may create databases,
exported by ``.ci/run``) is used when set. Otherwise, when PostgreSQL's server
binaries are installed, a server is started on a free loopback port in a
temporary data directory and stopped at the end of the session.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def server_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True):
        return Path(candidate).parent
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def temporary_server() -> Iterator[str]:
    """Start a server and yield an admin DSN; raise RuntimeError with a reason when impossible."""
    bindir = server_bindir()
    if bindir is None:
        raise RuntimeError("no PostgreSQL server binaries (install Debian's postgresql package)")
    prefix: list[str] = []
    owner = None
    if os.geteuid() == 0:  # initdb refuses to run as root
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError as exc:
            raise RuntimeError("running as root and there is no 'postgres' user to run the server") from exc
        prefix = ["runuser", "-u", "postgres", "--"]
    data = tempfile.mkdtemp(prefix="rewind-pg-")
    if owner is not None:
        os.chown(data, owner.pw_uid, owner.pw_gid)
    port = _free_port()
    log = os.path.join(data, "server.log")
    env = dict(os.environ, LC_ALL="C")
    try:
        subprocess.run(
            [
                *prefix,
                str(bindir / "initdb"),
                "-D",
                data,
                "-A",
                "trust",
                "-U",
                "rewind",
                "--no-sync",
                "-E",
                "UTF8",
            ],
            check=True,
            capture_output=True,
            env=env,
        )
        options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50"
        subprocess.run(
            [
                *prefix,
                str(bindir / "pg_ctl"),
                "-D",
                data,
                "-o",
                options,
                "-l",
                log,
                "-w",
                "-t",
                "60",
                "start",
            ],
            check=True,
            capture_output=True,
            env=env,
        )
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(data, ignore_errors=True)
        raise RuntimeError(
            f"could not start PostgreSQL: {exc.stderr.decode(errors='replace')[-300:]}"
        ) from exc
    try:
        yield f"postgresql://rewind@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", data, "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(data, ignore_errors=True)


def fresh_database(admin_dsn: str) -> str:
    """A new empty database on the server; its DSN."""
    import psycopg

    name = "rewind_" + uuid.uuid4().hex[:12]
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = admin_dsn.rpartition("/")
    return f"{base}/{name}"


def drop_database(admin_dsn: str, dsn: str) -> None:
    import psycopg

    name = dsn.rpartition("/")[2]
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
