"""A private PostgreSQL server for the tests: initdb into a temporary folder, a unix socket, no TCP.

Every role trusts the socket except members of PASSWORD_GROUP, who must give their password (SCRAM):
the tests of `.pgpass` and of passwords in URLs make such roles.

Started once per test session (see conftest.py). When it cannot start, the tests that need it
fail with the reason: the issue asks that a run without PostgreSQL fails rather than skips.
As root (a CI machine), the server runs as `nobody` through runuser, since initdb refuses root.
"""
from __future__ import annotations

import glob
import itertools
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "jmreview"
PASSWORD_GROUP = "jm_password"   # roles in this group log in with a password only
HBA = f"local all +{PASSWORD_GROUP} scram-sha-256\nlocal all all trust\n"
START_SECONDS = 30


class ServerUnavailable(RuntimeError):
    """The server could not be installed, initialised or started."""


def server_bin(name: str) -> str:
    """A PostgreSQL server program: on PATH, else Debian's /usr/lib/postgresql/N/bin (the newest)."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                      key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if not versions:
        raise ServerUnavailable(f"{name} not found: install PostgreSQL (Debian: apt-get install postgresql)")
    return versions[-1]


def _as_owner(cmd: list[str]) -> list[str]:
    """Run a server program as `nobody` when we are root (initdb and postgres refuse root)."""
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "nobody", "--", *cmd]


class PgServer:
    """One running server; `new_database()` gives a fresh, empty database's URL."""

    def __init__(self, messages: str = "") -> None:
        self.messages = messages   # the server's lc_messages ("zh_CN.UTF-8": it speaks Chinese), else initdb's
        self.root = Path(tempfile.mkdtemp(prefix="jmreview-pg-"))
        self.data = self.root / "data"
        self.socket = self.root / "sock"
        self.process: subprocess.Popen[bytes] | None = None
        self._names = itertools.count(1)
        self.log = self.root / "server.log"

    def start(self) -> PgServer:
        """initdb and start the server; raise ServerUnavailable with the reason when it cannot."""
        self.data.mkdir()
        self.socket.mkdir()
        if os.geteuid() == 0:
            os.chmod(self.root, 0o755)
            for folder in (self.data, self.socket):
                shutil.chown(folder, "nobody", "nogroup" if _has_group("nogroup") else "nobody")
        initdb = subprocess.run(_as_owner([server_bin("initdb"), "-D", str(self.data), "-U", SUPERUSER,
                                           "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]),
                                capture_output=True, text=True)
        if initdb.returncode != 0:
            raise ServerUnavailable(f"initdb failed: {initdb.stderr.strip() or initdb.stdout.strip()}")
        (self.data / "pg_hba.conf").write_text(HBA, encoding="utf-8")
        self._launch()
        self.admin(f"CREATE ROLE {PASSWORD_GROUP} NOLOGIN")
        return self

    def _launch(self) -> None:
        """Start postgres on the data folder and wait until it accepts connections."""
        options = ["-k", str(self.socket), "-c", "listen_addresses=", "-c", "fsync=off",
                   "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=60"]
        if self.messages:
            options += ["-c", f"lc_messages={self.messages}"]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(_as_owner([server_bin("postgres"), "-D", str(self.data), *options]),
                                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerUnavailable(f"postgres exited: {self.log.read_text(errors='replace')[-2000:]}")
            if self.ready():
                return
            time.sleep(0.1)
        raise ServerUnavailable(f"postgres did not accept connections in {START_SECONDS} s")

    def ready(self) -> bool:
        """True when the server accepts connections."""
        return subprocess.run([server_bin("pg_isready"), "-q", "-h", str(self.socket), "-U", SUPERUSER],
                              capture_output=True).returncode == 0

    def halt(self, how: signal.Signals = signal.SIGINT) -> None:
        """Stop the server as pg_ctl does (SIGTERM smart, SIGINT fast, SIGQUIT immediate) and wait for it to end
        (a smart stop is not waited for: it waits for the sessions to end)."""
        assert self.process is not None
        os.killpg(self.process.pid, how)
        if how != signal.SIGTERM:
            self.process.wait(30)

    def restart(self) -> None:
        """Start the server again on the same data folder and socket, after `halt`."""
        if self.process is not None and self.process.poll() is None:
            self.process.wait(30)
        self._launch()

    def processes(self) -> list[int]:
        """The server's processes: the postmaster and every backend (each backend leads a session of its own)."""
        assert self.process is not None
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                except OSError:
                    continue
                children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
        found, todo = [], [self.process.pid]
        while todo:
            pid = todo.pop()
            found.append(pid)
            todo += children.get(pid, [])
        return found

    def freeze(self, stop: bool = True) -> None:
        """SIGSTOP every server process (a hung server or machine: its sockets stay open, nothing answers);
        `stop=False` lets them run again."""
        for pid in self.processes():
            try:
                os.kill(pid, signal.SIGSTOP if stop else signal.SIGCONT)
            except ProcessLookupError:
                pass

    def url(self, database: str) -> str:
        """The URL jmreview opens for one database of this server."""
        return f"postgresql://{SUPERUSER}@/{database}?host={self.socket}"

    def new_database(self) -> str:
        """Create an empty database; its URL."""
        name = f"t{os.getpid()}_{next(self._names)}"
        self.admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def admin(self, sql: str, database: str = "postgres") -> None:
        """Run one statement as the superuser (on the maintenance database unless another is named)."""
        import psycopg2

        con = psycopg2.connect(dbname=database, user=SUPERUSER, host=str(self.socket))
        try:
            con.autocommit = True
            con.cursor().execute(sql)
        finally:
            con.close()

    def stop(self) -> None:
        """Fast shutdown, then remove every file."""
        if self.process is not None and self.process.poll() is None:
            self.freeze(False)
            os.killpg(self.process.pid, signal.SIGINT)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def _has_group(name: str) -> bool:
    import grp

    try:
        grp.getgrnam(name)
        return True
    except KeyError:
        return False

_roles = itertools.count(1)

def make_role(server: PgServer, url: str, kind: str, password: str | None = None) -> tuple[str, str]:
    """A new login role on the database of `url` (kind: 'editor' may change the corpus, 'reader' only reads);
    the role's name and the URL that logs in as it (without the password)."""
    name = f"{kind}_{os.getpid()}_{next(_roles)}"
    database = url.split("@/", 1)[1].split("?", 1)[0]
    server.admin(f'CREATE ROLE "{name}" LOGIN' + (f" PASSWORD '{password}' IN ROLE {PASSWORD_GROUP}" if password
                                                  else ""))
    server.admin(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{name}"', database)
    if kind == "editor":
        server.admin(f'GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{name}"', database)
        server.admin(f'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "{name}"', database)
    return name, url.replace(f"{SUPERUSER}@", f"{name}@", 1)


def sql(url: str, query: str, *params: object) -> list[tuple]:
    """Run one statement on the server database of `url` (autocommit); its rows, if it returns any."""
    import psycopg2

    con = psycopg2.connect(url)
    try:
        con.autocommit = True
        cur = con.cursor()
        cur.execute(query, params)
        return cur.fetchall() if cur.description else []
    finally:
        con.close()


def has_locale(name: str) -> bool:
    """True when the system has the locale (made with localedef when it can be: .ci/run makes zh_CN.UTF-8)."""
    def listed() -> bool:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True)
        return name.lower().replace("-", "") in out.stdout.lower().replace("-", "")

    if listed():
        return True
    lang, _, charset = name.partition(".")
    if shutil.which("localedef") and os.geteuid() == 0:
        subprocess.run(["localedef", "-i", lang, "-f", charset or "UTF-8", name], capture_output=True)
    return listed()


def started(messages: str = "") -> PgServer:
    """A private server, started (speaking the language of `messages`, its lc_messages, when given); a run where it
    cannot start fails, never skips — but for a language this machine has no locale for, outside CI."""
    import pytest

    if messages and not has_locale(messages):
        if os.environ.get("CI"):
            pytest.fail(f"the locale {messages} is missing (.ci/run makes it with localedef)", pytrace=False)
        pytest.skip(f"no locale {messages} on this machine (localedef -i zh_CN -f UTF-8 {messages} makes it)")
    server = PgServer(messages)
    try:
        server.start()
    except (ServerUnavailable, OSError) as exc:
        server.stop()
        pytest.fail(f"PostgreSQL could not be started for the tests: {exc}", pytrace=False)
    return server
