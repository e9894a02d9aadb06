"""A throw-away PostgreSQL server for the tests: initdb in a temporary folder, pg_ctl start.

Debian's ``postgresql`` package (installed by ``scripts/system-deps.sh``) ships the
binaries under /usr/lib/postgresql/<version>/bin without putting them on PATH. The
server refuses to run as root, so when the tests run as root (as CI does) the
cluster belongs to the ``postgres`` system user the package creates (or ``nobody``)
and every server command runs through ``runuser``. The server listens on a free
TCP port of 127.0.0.1 only, trusts local connections and skips fsync: it lives for
one test session and holds nothing worth keeping.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "newsgraph"
START_TIMEOUT = 60


class ServerError(RuntimeError):
    """The test PostgreSQL server could not be set up."""


@dataclass(frozen=True)
class Server:
    """A running server: where it listens and how to reach its maintenance database."""

    host: str
    port: int

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@{self.host}:{self.port}/{database}"


def find_bin_dir() -> Path:
    """Return the folder holding initdb and pg_ctl, newest version first."""
    override = os.environ.get("NEWSGRAPH_PG_BIN")
    candidates: list[str | Path] = [override] if override else []
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version_key, reverse=True)
    which = shutil.which("pg_ctl")
    if which:
        candidates.append(str(Path(which).parent))
    for candidate in candidates:
        if candidate and (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    raise ServerError(
        "no PostgreSQL server binaries (initdb, pg_ctl) found under /usr/lib/postgresql/*/bin or on PATH; "
        "run scripts/system-deps.sh (or `apt-get install postgresql`), or set NEWSGRAPH_PG_BIN"
    )


def _version_key(path: Path) -> tuple[int, ...]:
    version = path.parent.name
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def _server_user() -> str | None:
    """Return the OS user to run the server as when we are root; None when we are not root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise ServerError("running as root and neither a 'postgres' nor a 'nobody' user exists to run PostgreSQL as")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run(command: list[str], user: str | None, what: str, log: Path | None = None) -> None:
    if user is not None:
        command = ["runuser", "-u", user, "--", *command]
    result = subprocess.run(command, capture_output=True, text=True, timeout=START_TIMEOUT + 30, check=False)
    if result.returncode != 0:
        tail = ""
        if log is not None and log.exists():
            tail = "\nserver log:\n" + "\n".join(log.read_text(errors="replace").splitlines()[-20:])
        raise ServerError(f"{what} failed (exit {result.returncode}): {result.stderr.strip()}{tail}")


@contextmanager
def running_server() -> Iterator[Server]:
    """Create a cluster in a temporary folder, start it, yield it, stop it and delete it."""
    bin_dir = find_bin_dir()
    user = _server_user()
    root = Path(tempfile.mkdtemp(prefix="newsgraph-pg-"))
    data, log = root / "data", root / "server.log"
    port = _free_port()
    try:
        if user is not None:
            entry = pwd.getpwnam(user)
            os.chown(root, entry.pw_uid, entry.pw_gid)
        _run(
            [str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-locale"],
            user,
            "initdb",
        )
        options = (
            f"-p {port} -c listen_addresses=127.0.0.1 -k {root} -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=60"
        )
        start = [str(bin_dir / "pg_ctl"), "start", "-w", "-t", str(START_TIMEOUT), "-D", str(data), "-l", str(log)]
        _run(
            [*start, "-o", options],
            user,
            "pg_ctl start",
            log,
        )
        try:
            yield Server("127.0.0.1", port)
        finally:
            _run([str(bin_dir / "pg_ctl"), "stop", "-m", "immediate", "-D", str(data)], user, "pg_ctl stop")
    finally:
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def fresh_database(server: Server) -> Iterator[str]:
    """Create an empty database on ``server``, yield its URL, drop it afterwards."""
    import psycopg

    name = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server.url(), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        yield server.url(name)
    finally:
        with psycopg.connect(server.url(), autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
