"""Why libpq found no password (or a wrong one) in the writer's password file, said plainly.

The docs tell a writer to put the team library's password in ``~/.pgpass``. Three slips
were each said as 服务器要求密码，但没有找到（请放在 ~/.pgpass…） — to a writer who had just
done that: the file made with an editor is readable by others (0644), which libpq then
ignores with a warning on stderr that the window never shows; its line names another
database or user than the library's address (a typo on either side); or the file is not
where libpq looks (``PGPASSFILE`` points elsewhere). And a wrong password did not say
which line gave it. :func:`missing_password` and :func:`wrong_password` read the file as
libpq does (``host:port:database:user:password``, ``*`` for any, ``\\:`` and ``\\\\``
escaped, ``#`` comments) and name the file, its line and the fix. Never the password
itself. No Qt, no psycopg connection: only the user's address and the file.
"""

from __future__ import annotations

import getpass
import os
import stat
from dataclasses import dataclass
from pathlib import Path

# libpq matches a socket connection in its default folder as "localhost"
_DEFAULT_SOCKETS = ("", "/tmp", "/run/postgresql", "/var/run/postgresql")


@dataclass(frozen=True)
class Target:
    """What libpq matches a password file's lines against: the connection's host (as the
    file names it), port, database and user."""

    host: str
    port: str
    database: str
    user: str

    def line(self) -> str:
        """The line a writer would add for this library, password left to them."""
        return f"{self.host}:{self.port}:{self.database}:{self.user}:密码"


def target(given: dict[str, str]) -> Target | None:
    """The connection ``given`` options (URL, conninfo and service file merged) make, with
    libpq's defaults (``PGHOST``/``PGPORT``/``PGDATABASE``/``PGUSER``, 5432, the login
    name); None for several hosts, where which one answered is not known here."""
    host = given.get("host") or os.environ.get("PGHOST", "")
    if "," in host:
        return None
    if host in _DEFAULT_SOCKETS:
        host = "localhost"
    port = given.get("port") or os.environ.get("PGPORT") or "5432"
    try:
        login = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container): libpq would fail too
        login = ""
    user = given.get("user") or os.environ.get("PGUSER") or login
    database = given.get("dbname") or os.environ.get("PGDATABASE") or user
    return Target(host, str(port), database, user)


def password_file(given: dict[str, str]) -> Path:
    """Where libpq reads passwords: ``passfile`` in the address, ``PGPASSFILE``, else
    ``~/.pgpass`` (on Windows ``%APPDATA%\\postgresql\\pgpass.conf``)."""
    named = given.get("passfile") or os.environ.get("PGPASSFILE")
    if named:
        return Path(named).expanduser()
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", "~"), "postgresql", "pgpass.conf").expanduser()
    return Path("~/.pgpass").expanduser()


def _fields(line: str) -> list[str]:
    """A password file line's fields, escapes undone."""
    fields, current, escaped = [], [], False
    for char in line:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":" and len(fields) < 4:
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def _entries(path: Path) -> list[tuple[int, list[str]]]:
    """(line number, the five fields) of each entry in ``path``; comments and short lines
    skipped, as libpq skips them."""
    rows = []
    text = path.read_text("utf-8", errors="replace")
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = _fields(line)
        if len(fields) == 5:
            rows.append((number, fields))
    return rows


def _fits(pattern: str, value: str) -> bool:
    return pattern in ("*", value)


def _matches(fields: list[str], want: Target) -> bool:
    host, port, database, user, _ = fields
    return (
        _fits(host, want.host)
        and _fits(port, want.port)
        and _fits(database, want.database)
        and _fits(user, want.user)
    )


def _too_open(path: Path) -> str:
    """The file's mode as ``0644`` when others may read it (libpq then ignores the file,
    on every system but Windows), else ""."""
    if os.name == "nt":
        return ""
    mode = stat.S_IMODE(path.stat().st_mode)
    return f"{mode:04o}" if mode & (stat.S_IRWXG | stat.S_IRWXO) else ""


def missing_password(given: dict[str, str]) -> str:
    """What to mend when the server asked for a password and libpq found none ("" when
    the file gives no clue): the file's permissions, the line that nearly matches and
    what differs, or the line to add, each naming the file's full path."""
    want = target(given)
    if want is None or os.environ.get("PGPASSWORD"):
        return ""
    path = password_file(given)
    try:
        if not path.is_file():
            return (
                f"服务器要求密码，但没有找到：{path} 不存在。请在其中写一行 "
                f"{want.line()}（再 chmod 600 {path}），或把密码放在 pg_service.conf、系统钥匙串里"
            )
        mode = _too_open(path)
        entries = _entries(path)
    except OSError as exc:
        return f"服务器要求密码，但读不了密码文件 {path}（{exc.strerror or exc}）"
    if mode:
        return (
            f"服务器要求密码；{path} 的权限是 {mode}，别人也能读，libpq 因此不用它："
            f"请运行 chmod 600 {path}"
        )
    if any(_matches(fields, want) for _, fields in entries):
        return ""  # a line fits (an empty password?): libpq's own words say more
    near = [
        (number, fields)
        for number, fields in entries
        if _fits(fields[0], want.host) and _fits(fields[1], want.port)
    ]
    if not near:
        return (
            f"服务器要求密码，但 {path} 里没有 {want.host}:{want.port} 的一行："
            f"请加一行 {want.line()}"
        )
    number, fields = near[0]
    differs = []
    if not _fits(fields[2], want.database):
        differs.append(f"库 {fields[2]}（地址里是 {want.database}）")
    if not _fits(fields[3], want.user):
        differs.append(f"用户 {fields[3]}（地址里是 {want.user}）")
    return (
        f"服务器要求密码，但 {path} 第 {number} 行写的是{'、'.join(differs)}，对不上："
        "请核对地址或那一行（主机:端口:库:用户:密码，* 代表任意）"
    )


def wrong_password(given: dict[str, str]) -> str:
    """Where the refused password came from, when the password file gave it: the file and
    line, to correct there ("" when no line of the file fits)."""
    want = target(given)
    if want is None or "password" in given or os.environ.get("PGPASSWORD"):
        return ""
    path = password_file(given)
    try:
        if not path.is_file() or _too_open(path):
            return ""
        entries = _entries(path)
    except OSError:
        return ""
    for number, fields in entries:
        if _matches(fields, want):
            return (
                f"密码不对（用的是 {path} 第 {number} 行的密码：请核对那一行，"
                "或问管理员密码是否改过）"
            )
    return ""
