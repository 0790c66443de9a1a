"""Reaching the team library's server, as a small office sets it up: a password never
shown (in the address or as a ``?password=`` parameter), a server that cannot be reached
said in Chinese naming the server, and a server that goes away in the middle of an
import: what was committed is kept, and the same command carries on."""

from __future__ import annotations

import psycopg
import pytest
from libtest_helpers import run
from test_team_library import consistency, write_texts

from drafter.library import LibraryError, describe, open_library
from drafter.library.pg.connect import (
    AWAY_NOTE,
    ConnectionLost,
    ServerUnreachable,
    check_settings_value,
    connect_kwargs,
    connect_seconds,
    connection_error,
    server_name,
)
from drafter.messages import cli_error


def test_a_password_given_as_a_parameter_is_never_shown_nor_kept():
    url = "postgresql://wang@db.office/drafter?sslmode=require&password=hunter2"
    assert describe(url) == "postgresql://wang@db.office/drafter?sslmode=require&password=***"
    assert "s3" not in describe("service=drafter password=s3cret")
    with pytest.raises(LibraryError, match="pgpass") as said:
        check_settings_value(url)
    assert "hunter2" not in str(said.value)
    assert str(said.value).endswith("地址只写 postgresql://wang@db.office/drafter?sslmode=require")
    # before: the message and the app's title showed ?password=hunter2 as written
    error = connection_error(url, psycopg.OperationalError("connection refused hunter2"))
    assert "hunter2" not in str(error)


@pytest.mark.parametrize(
    ("said_by_libpq", "expected"),
    [
        (
            'failed to resolve host "db.offfice": [Errno -2] Name or service not known',
            "找不到服务器 db.office：请核对服务器地址",
        ),
        (
            'connection to server at "10.0.0.5", port 5432 failed: Connection refused',
            "服务器 db.office 拒绝连接",
        ),
        ("connection timeout expired", "连接服务器 db.office 超时"),
        ('password authentication failed for user "wang"', "密码不对"),
        ("fe_sendauth: no password supplied", "服务器要求密码，但没有找到"),
        ('no pg_hba.conf entry for host "10.0.0.9"', "服务器不允许从这台电脑连接"),
        ("terminating connection due to administrator command", "与团队资料库的连接中断了"),
    ],
)
def test_why_a_connection_failed_is_said_in_chinese(said_by_libpq, expected):
    url = "postgresql://wang@db.office/drafter"
    error = connection_error(url, psycopg.OperationalError(said_by_libpq))
    line = cli_error(error)
    lost = "中断" in expected
    # a name that does not resolve is to correct, not to wait for (ServerNotFound)
    away = not lost and any(w in expected for w in ("拒绝连接", "超时"))
    head = "" if lost else ("团队资料库暂时连不上：" if away else "无法连接团队资料库：")
    assert line.startswith(f"{url}：{head}{expected}"), line
    assert isinstance(error, ConnectionLost) == lost
    # away for now (the command line then says what to do), not a setup to mend
    assert isinstance(error, ServerUnreachable) == away


def test_server_names():
    assert server_name("postgresql://wang@db.office:6432/drafter") == "db.office:6432"
    assert server_name("postgresql://wang@/drafter?host=/run/postgresql") == "本机"
    assert server_name("service=drafter") == "drafter 服务所指的服务器"


def test_a_server_that_is_not_running_is_said_so_from_the_command_line(tmp_path):
    """Before: 找不到文件 — the socket's No such file or directory read as a missing file."""
    from drafter.cli import main

    url = f"postgresql://wang@/drafter?host={tmp_path}"
    with pytest.raises(LibraryError) as said:
        open_library(url)
    assert cli_error(said.value) == (
        f"{url}：团队资料库暂时连不上：本机的数据库服务没有运行（找不到它的套接字）"
    )
    assert main(["--library", url, "library", "info"]) == 2


def test_a_server_stopped_in_the_middle_of_an_import_loses_nothing_committed(tmp_path):
    from pg_cluster import ThrowawayCluster

    with ThrowawayCluster({"fsync": "off"}) as cluster:
        url = cluster.create_database("halted")
        files = write_texts(tmp_path / "docs", 8)
        with open_library(url, workers=1, local_dir=tmp_path / "l", batch_documents=2) as lib:
            commits = 0
            with pytest.raises(ConnectionLost) as said:
                for progress in lib.add(files):
                    if progress.phase == "commit":
                        commits += 1
                        if commits == 2:  # one batch stored, the next one in hand
                            cluster.halt()
            line = cli_error(said.value)
            assert "与团队资料库的连接中断了" in line and "接着导入" in line, line
            cluster.resume()
            kept = consistency(url)["documents"]
            assert 0 < kept < 8
            # the same command carries on at once, on the same library object
            last = run(lib.add(files))
            assert (last.added, last.unchanged) == (8 - kept, kept)
            assert lib.search("编号").total == 8
        assert consistency(url)["documents"] == 8


def test_a_write_after_the_server_restarted_reconnects(tmp_path):
    """A pooled connection the restart cut is replaced before a write uses it: the
    first write after a night's restart does not fail with the old connection's error."""
    from pg_cluster import ThrowawayCluster

    with ThrowawayCluster({"fsync": "off"}) as cluster:
        url = cluster.create_database("restarted")
        with open_library(url, workers=1, local_dir=tmp_path / "l") as lib:
            run(lib.add(write_texts(tmp_path / "docs", 2)))
            cluster.halt()
            cluster.resume()
            assert run(lib.add(write_texts(tmp_path / "more", 2, start=10))).added == 2
            cluster.halt()
            cluster.resume()
            lib.edit_metadata(lib.documents()[0].id, title="重启之后改的标题")
            assert len(lib.documents()) == 4


_WAIT_THEN_EDIT = """
import sys
from drafter.library import open_library
from drafter.messages import cli_error
url, folder, local = sys.argv[1:4]
from pathlib import Path
with open_library(url, workers=1, local_dir=Path(local)) as lib:
    for _ in lib.add(sorted(Path(folder).iterdir())):
        pass
    print("ready", flush=True)
    sys.stdin.readline()  # the server is stopped now
    try:
        lib.edit_metadata(lib.documents()[0].id, title="服务器停了之后改的标题")
    except Exception as exc:
        print(cli_error(exc), flush=True)
"""


def test_a_server_gone_mid_work_is_one_chinese_line_without_the_pools_english(tmp_path):
    """Before: each reconnection the pool's threads tried was printed to stderr as
    "error connecting in 'drafter': connection is bad: ... Is the server running locally
    and accepting connections on that socket?", four English lines a try, above the
    Chinese line saying what happened. Run in a child process: pytest's own log capture
    would hide what a terminal shows."""
    import subprocess
    import sys

    from pg_cluster import ThrowawayCluster

    with ThrowawayCluster({"fsync": "off"}) as cluster:
        url = cluster.create_database("gone")
        folder = tmp_path / "docs"
        write_texts(folder, 2)
        child = subprocess.Popen(
            [sys.executable, "-c", _WAIT_THEN_EDIT, url, str(folder), str(tmp_path / "l")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout.readline().strip() == "ready"
        cluster.halt()
        out, err = child.communicate("go\n", timeout=120)
        cluster.resume()
    assert child.returncode == 0, err
    assert "与团队资料库的连接中断了" in out, out
    assert "error connecting" not in err and "Is the server running" not in err, err


def test_reads_while_the_server_is_away_wait_the_short_time_and_recover(tmp_path):
    """Before: once the server had gone, every read waited the pool's 30 s for a
    connection and then 10 s more for a second try, and the window (which reads on its
    own thread) froze 40 s a click. After a read found the server away, the next waits
    only RECONNECT_SECONDS; once a read gets through, the pool's own wait is back."""
    from pg_cluster import ThrowawayCluster

    with ThrowawayCluster({"fsync": "off"}) as cluster:
        url = cluster.create_database("away")
        with open_library(url, workers=1, local_dir=tmp_path / "l") as lib:
            run(lib.add(write_texts(tmp_path / "docs", 2)))
            assert lib._pool_wait() is None  # the server answers: the pool's own wait
            lib.RECONNECT_SECONDS = 2.0
            cluster.halt()
            with pytest.raises(ConnectionLost) as said:
                lib.documents()
            assert "与团队资料库的连接中断了" in cli_error(said.value)
            assert lib._pool_wait() == 2.0  # not the pool's 30 s
            # the next read tries the server once and says at once it does not answer (ux88:
            # it waited RECONNECT_SECONDS again, each read of a sync another 10 s)
            with pytest.raises(ServerUnreachable) as said:
                lib.documents()
            assert "团队资料库暂时连不上" in cli_error(said.value)
            with pytest.raises(ServerUnreachable):
                lib.edit_metadata("0" * 12, title="停机时改的标题")
            cluster.resume()
            for _ in range(30):  # the user clicks again until the pool has reconnected
                try:
                    docs = lib.documents()
                    break
                except (ConnectionLost, ServerUnreachable):
                    continue
            assert len(docs) == 2
            assert lib._pool_wait() is None
            lib.edit_metadata(docs[0].id, title="恢复之后改的标题")
            assert "恢复之后改的标题" in {d.title for d in lib.documents()}


@pytest.fixture
def silent_server():
    """The address of a server that accepts the connection and never answers (a hung
    machine, or a firewall that lets the handshake through): libpq waits for its reply
    until the connect timeout. Closed at the end."""
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    try:
        yield f"127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()


def test_a_silent_server_is_said_at_once_and_given_its_whole_timeout(silent_server, capsys):
    """Before: ``drafter search`` against a server that did not answer printed nothing for
    the connect timeout (10 s, on top of Python's start), then one line without what to do.
    Now a line on stderr says the server is silent after a few seconds while the wait goes
    on (a slow link may still answer), then the final line says 团队资料库暂时连不上 with the
    server named and what to do. The user's own connect_timeout is kept (4 s here; the
    open used to override it with 10)."""
    from drafter.cli import main

    url = f"postgresql://wang@{silent_server}/drafter?connect_timeout=4"
    assert main(["--library", url, "search", "工作"]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2, lines
    silent, final = lines
    assert silent == (
        f"drafter：团队资料库的服务器 {silent_server} 3 秒没有应答，再等一会儿（Ctrl+C 可中止）…"
    )
    assert final.startswith(
        f"drafter：{url}：团队资料库暂时连不上：连接服务器 {silent_server} 超时"
    )
    assert final.endswith(f"。{AWAY_NOTE}")


def test_a_short_connect_timeout_of_the_users_is_not_announced(silent_server, capsys):
    """A timeout no longer than the notice's own wait ends before it: one line."""
    from drafter.cli import main

    url = f"postgresql://wang@{silent_server}/drafter?connect_timeout=2"
    assert main(["--library", url, "library", "list"]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "团队资料库暂时连不上" in lines[0], lines


def test_the_connect_timeout_is_the_users_else_ten_seconds(tmp_path, monkeypatch):
    """psycopg waited 130 s when no connect_timeout was given (the pool's connections and
    the re-probe took no other) and read none from a service file; the open passed its own
    10 s over the user's. Now: the URL's, PGCONNECT_TIMEOUT, the service's, else 10 s."""
    monkeypatch.delenv("PGCONNECT_TIMEOUT", raising=False)
    monkeypatch.delenv("PGSERVICE", raising=False)
    service = tmp_path / "pg_service.conf"
    service.write_text("[slowlink]\nhost=db.office\nconnect_timeout=25\n", "utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    assert connect_seconds("postgresql://wang@db.office/drafter") == 10
    assert connect_seconds("postgresql://wang@db.office/drafter?connect_timeout=30") == 30
    assert connect_seconds("postgresql://wang@db.office/drafter?connect_timeout=1") == 2
    assert connect_seconds("service=slowlink") == 25
    assert connect_kwargs("service=slowlink")["connect_timeout"] == "25"
    monkeypatch.setenv("PGCONNECT_TIMEOUT", "15")
    assert connect_seconds("postgresql://wang@db.office/drafter") == 15
    assert connect_seconds("postgresql://wang@db.office/drafter?connect_timeout=30") == 30
