"""The team library's password from the system keyring (issue 14): a real server that
asks the role for a password, a real keyring backend that works offline (keyrings.alt's
file keyring, chosen the way a user chooses one: PYTHON_KEYRING_BACKEND), the password
stored with the ``keyring`` command the docs give, and ``drafter`` run as a process."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import keyring
import psycopg
import pytest
from keyrings.alt.file import PlaintextKeyring

from drafter.library.pg.connect import (
    KEEPALIVES,
    connect_kwargs,
    keyring_name,
    keyring_password,
)

FILE_KEYRING = "keyrings.alt.file.PlaintextKeyring"


@pytest.fixture
def password_role(pg_cluster, pg_url):
    """``(url, password)``: a database owned by a new role that must give its password
    (scram-sha-256 for this role only; the cluster's other roles keep trust)."""
    from psycopg import sql

    role = "kr_" + secrets.token_hex(4)
    password = secrets.token_urlsafe(12)
    database = pg_url.split("@/", 1)[1].split("?", 1)[0]
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute("SET password_encryption = 'scram-sha-256'")
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(password)
            )
        )
        conn.execute(
            sql.SQL("ALTER DATABASE {} OWNER TO {}").format(
                sql.Identifier(database), sql.Identifier(role)
            )
        )
    hba = pg_cluster.data / "pg_hba.conf"
    before = hba.read_text()
    hba.write_text(f"local all {role} scram-sha-256\n" + before)  # first match wins
    _reload(pg_cluster)
    try:
        yield pg_cluster.url(database, user=role), password
    finally:
        hba.write_text(before)
        _reload(pg_cluster)


def _reload(cluster) -> None:
    with psycopg.connect(cluster.url(), autocommit=True) as conn:
        conn.execute("SELECT pg_reload_conf()")


def _env(tmp_path: Path, backend: str = FILE_KEYRING) -> dict[str, str]:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND=backend)
    env["XDG_DATA_HOME"] = str(tmp_path / "data")  # the file keyring and Drafter's data
    env["HOME"] = str(tmp_path / "home")  # no ~/.pgpass of the machine's user
    for name in ("PGPASSWORD", "PGPASSFILE", "PGSERVICE", "DRAFTER_LIBRARY"):
        env.pop(name, None)
    return env


def _drafter(env, *args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def _keyring_set(env, name: str, password: str) -> None:
    """What the docs tell a writer to type: ``keyring set drafter NAME``."""
    done = subprocess.run(
        [sys.executable, "-m", "keyring", "set", "drafter", name],
        env=env,
        input=password + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_password_from_the_keyring_opens_the_team_library(password_role, tmp_path):
    url, password = password_role
    env = _env(tmp_path)
    (tmp_path / "home").mkdir()
    # no password anywhere: a one-line refusal that names the library, never a traceback
    refused = _drafter(env, "library", "info", "--json", "--library", url)
    assert refused.returncode != 0
    assert "无法连接团队资料库" in refused.stderr and "Traceback" not in refused.stderr

    name = keyring_name(url)
    assert name is not None and name.endswith(f"/{url.split('@/', 1)[1].split('?', 1)[0]}")
    _keyring_set(env, name, password)
    stored = list((tmp_path / "data").rglob("*.cfg"))
    assert stored, "the file keyring wrote its file under XDG_DATA_HOME"

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "讲话.txt").write_text(
        "在全市安全生产工作会议上的讲话\n同志们：\n一、抓好安全生产\n要抓好安全生产。\n",
        encoding="utf-8",
    )
    added = _drafter(env, "library", "add", "--library", url, str(docs))
    assert added.returncode == 0, added.stderr
    opened = _drafter(env, "library", "info", "--json", "--library", url)
    assert opened.returncode == 0, opened.stderr
    info = json.loads(opened.stdout)
    assert info["backend"] == "postgresql" and info["documents"] == 1
    assert password not in opened.stdout + opened.stderr + added.stderr

    _keyring_set(env, name, "not-the-password")  # changed on the server, not here
    wrong = _drafter(env, "library", "info", "--json", "--library", url)
    assert wrong.returncode != 0 and "无法连接团队资料库" in wrong.stderr
    assert "not-the-password" not in wrong.stderr


def test_keyring_lookup_in_process(tmp_path, monkeypatch):
    """The lookup itself with the file backend: found under the documented name, a URL
    with its own password or a service name never asks the keyring."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        url = "postgresql://wang@db.office/drafter?sslmode=verify-full"
        assert keyring_name(url) == "wang@db.office:5432/drafter"
        assert keyring_password(url) is None and "password" not in connect_kwargs(url)
        keyring.set_password("drafter", "wang@db.office:5432/drafter", "秘密-1")
        assert keyring_password(url) == "秘密-1"
        assert connect_kwargs(url)["password"] == "秘密-1"
        assert "password" not in connect_kwargs("postgresql://wang:own@db.office/drafter")
        assert keyring_name("service=drafter") is None
        assert connect_kwargs("service=drafter") == {
            "fallback_application_name": "drafter",
            **KEEPALIVES,
            "connect_timeout": "10",
        }
        other_port = "postgresql://wang@db.office:6432/drafter"
        assert keyring_password(other_port) is None  # another server, another entry
        # host and port given as parameters (a local socket folder is this machine)
        assert keyring_name("postgresql://wang@/drafter?host=db.office&port=6432") == (
            "wang@db.office:6432/drafter"
        )
        assert keyring_name("postgresql://wang@/drafter?host=/run/pg&port=5433") == (
            "wang@localhost:5433/drafter"
        )
    finally:
        keyring.set_keyring(previous)


def test_no_usable_keyring_is_no_password_not_an_error(tmp_path):
    """A machine without a keyring service (keyring's own fail backend): libpq's other
    sources still apply and nothing breaks."""
    env = _env(tmp_path, backend="keyring.backends.fail.Keyring")
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "from drafter.library.pg.connect import keyring_password, connect_kwargs;"
            "u='postgresql://wang@db.office/drafter';"
            "print(keyring_password(u), sorted(connect_kwargs(u)))",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert probe.returncode == 0, probe.stderr
    names = sorted(["fallback_application_name", "connect_timeout", *KEEPALIVES])
    assert probe.stdout.strip() == f"None {names}"
