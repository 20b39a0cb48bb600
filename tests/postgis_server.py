"""A real PostgreSQL 15 server with PostGIS 3 for the tests: its own data directory in a temporary folder, listening
on a free loopback port only, started once per session and stopped at its end.

Without the server's programs, the PostGIS tests are skipped with the reason; on CI (CI=true) they fail instead, so
that CI always runs them."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

BIN = Path("/usr/lib/postgresql/15/bin")
POSTGIS_CONTROL = Path("/usr/share/postgresql/15/extension/postgis.control")
SUPERUSER = "bc_admin"


@dataclass(frozen=True)
class PostgisServer:
    """A running server: where it listens, and a way to make a database with PostGIS in it."""

    host: str
    port: int
    user: str

    def dsn(self, database: str, user: str | None = None) -> str:
        """A libpq connection string to the database, as the superuser or as another role."""
        return f"host={self.host} port={self.port} dbname={database} user={user or self.user}"

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new database with the postgis extension, or a copy of a template database (fast: a file copy); its
        connection string (as the superuser)."""
        import psycopg2

        admin = psycopg2.connect(self.dsn("postgres"))
        admin.autocommit = True
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        admin.close()
        if template:
            return self.dsn(name)
        connection = psycopg2.connect(self.dsn(name))
        with connection, connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION postgis")
        connection.close()
        return self.dsn(name)


    def drop_database(self, name: str) -> None:
        """Remove a database, closing the sessions still on it (QGIS keeps its connections in a pool)."""
        import psycopg2

        admin = psycopg2.connect(self.dsn("postgres"))
        admin.autocommit = True
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def rows(dsn: str, sql: str, params=()) -> list[tuple]:
    """The rows of one query, on a connection of its own."""
    import psycopg2

    connection = psycopg2.connect(dsn)
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
    finally:
        connection.close()


def copied_ecosystem(server: PostgisServer, database: str, geopackage, schema: str) -> str:
    """A new database holding the ecosystem of a GeoPackage in a schema (copy_ecosystem's engine); its dsn."""
    from brussels_creative.core.store.postgis import copy
    from brussels_creative.core.store.postgis.store import connect

    dsn = server.create_database(database)
    connection = connect(dsn)
    copy.copy_geopackage_to_postgis(geopackage, connection, schema)
    connection.close()
    return dsn


def version_1_schema(dsn: str, schema: str, monkeypatch, folder) -> None:
    """An ecosystem at schema version 1 (only the first migration applied), as a plugin of that version made it."""
    from brussels_creative.core.store.postgis import migrations
    from brussels_creative.core.store.postgis.store import connect, create_ecosystem

    first = Path(folder) / "sql_version_1"
    first.mkdir()
    (first / "0001_schema.sql").write_bytes((migrations.SQL_FOLDER / "0001_schema.sql").read_bytes())
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "SQL_FOLDER", first)
        connection = connect(dsn)
        try:
            create_ecosystem(connection, schema)
        finally:
            connection.close()


def _missing() -> str | None:
    if not (BIN / "initdb").exists():
        return f"no PostgreSQL 15 server programs in {BIN} (make setup installs postgresql-15)"
    if not POSTGIS_CONTROL.exists():
        return "no PostGIS 3 for PostgreSQL 15 (make setup installs postgresql-15-postgis-3)"
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return "no psycopg2 (make setup installs python3-psycopg2)"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run its programs as the postgres system user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def start_server(folder: Path) -> tuple[PostgisServer, callable]:
    """Start a server with its data in folder; returns it and the function that stops it."""
    folder.mkdir(parents=True, exist_ok=True)
    data, sockets = folder / "data", folder / "sockets"
    for made in (data, sockets):
        made.mkdir()
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        for made in (folder, data, sockets):
            os.chown(made, owner.pw_uid, owner.pw_gid)
    run = {"check": True, "capture_output": True, "text": True, "timeout": 120}
    subprocess.run(_as_server_user([str(BIN / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
                                    "--encoding=UTF8", "--locale=C.UTF-8"]), **run)
    port = _free_port()
    options = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={sockets} -c fsync=off"
    subprocess.run(_as_server_user([str(BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                                    str(folder / "server.log"), "-w", "start"]), **run)

    def stop() -> None:
        subprocess.run(_as_server_user([str(BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       check=False, capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)

    return PostgisServer("127.0.0.1", port, SUPERUSER), stop


def _unavailable(reason: str):
    """Skip, naming the reason; fail on CI, which always has the server."""
    if os.environ.get("CI"):
        pytest.fail(f"PostGIS tests need a server on CI: {reason}")
    pytest.skip(f"PostGIS tests skipped: {reason}", allow_module_level=True)


def require_psycopg2():
    """psycopg2 for a test module (skipped by name without it, failed on CI)."""
    try:
        import psycopg2
    except ImportError:
        _unavailable("no psycopg2 (make setup installs python3-psycopg2)")
    return psycopg2


@pytest.fixture(scope="session")
def postgis_server():
    """The session's PostgreSQL server with PostGIS (skipped by name without it, failed on CI)."""
    missing = _missing()
    if missing:
        _unavailable(missing)
    # in /tmp itself: pytest's own temporary folders are closed to the postgres system user the server runs as
    server, stop = start_server(Path(tempfile.mkdtemp(prefix="bc-postgres-")))
    try:
        yield server
    finally:
        stop()
