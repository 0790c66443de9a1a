"""What only a team library does: migrations, several writers and readers on one real
PostgreSQL server, kill -9 during an import, roles, connection options."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import psycopg
import pytest
from libtest_helpers import run

from drafter.library import LibraryBusy, LibraryError, open_library
from drafter.library.pg import PgLibrary, schema
from drafter.library.pg.connect import check_settings_value

ROOT = Path(__file__).resolve().parents[2]
SPEECHES = ROOT.parent / "shared" / "corpus" / "speeches"


def write_texts(folder: Path, n: int, start: int = 0) -> list[Path]:
    """``n`` small speeches of our own, each with distinct content."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(start, start + n):
        path = folder / f"speech{k:03d}.txt"
        path.write_text(
            f"在第{k}次全县工作会议上的讲话\n同志们：\n今天召开第{k}次会议，部署安全生产和乡村振兴工作。\n"
            f"一、提高认识\n要把第{k}项任务抓紧抓实，推动高质量发展。\n"
            f"二、狠抓落实\n各部门要落实责任，确保编号{k}的工作按期完成。\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def consistency(url: str) -> dict:
    """Check that the statistics every writer maintains match the rows; returns counts."""
    with psycopg.connect(url) as conn:
        paragraphs, total_len = conn.execute(
            "SELECT count(*), coalesce(sum(len), 0) FROM drafter.paragraphs"
        ).fetchone()
        stats = conn.execute("SELECT paragraphs, total_len FROM drafter.stats").fetchone()
        assert stats == (paragraphs, total_len)
        actual = dict(
            conn.execute(
                "SELECT u.lexeme, count(*) FROM drafter.paragraphs p, unnest(p.tsv) u "
                "GROUP BY u.lexeme"
            ).fetchall()
        )
        kept = dict(conn.execute("SELECT term, df FROM drafter.terms WHERE df <> 0").fetchall())
        assert kept == actual
        orphans = conn.execute(
            "SELECT count(*) FROM drafter.documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM drafter.paragraphs p WHERE p.doc_id = d.id)"
        ).fetchone()[0]
        assert orphans == 0
        docs, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT sha256) FROM drafter.documents"
        ).fetchone()
        assert docs == distinct
        return {"documents": docs, "paragraphs": paragraphs}


@pytest.fixture
def team(pg_url, tmp_path):
    lib = open_library(pg_url, workers=1, lock_timeout=0.5, local_dir=tmp_path / "a-local")
    yield lib
    lib.close()


def test_migrations_run_twice_safely(pg_url):
    for _ in range(2):
        with psycopg.connect(pg_url, autocommit=True) as conn:
            assert schema.migrate(conn) == schema.LATEST
            assert schema.schema_version(conn) == schema.LATEST
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DELETE FROM drafter.migrations")  # as if interrupted before recording
        schema.migrate(conn)
        assert schema.schema_version(conn) == schema.LATEST


def test_opening_an_empty_database_without_create_says_so(pg_url):
    with pytest.raises(LibraryError, match="还没有 Drafter 团队资料库"):
        open_library(pg_url, create=False)


def test_two_machines_share_one_library(pg_url, tmp_path):
    a = open_library(pg_url, workers=1, origin="pc-a", local_dir=tmp_path / "a")
    b = open_library(pg_url, workers=1, origin="pc-b", local_dir=tmp_path / "b")
    try:
        assert b.search("安全生产").total == 0
        seen = b.revision()
        # an administrator's tool listening on the channel hears each commit, with the new
        # generation (the app itself polls revision(): see PgLibrary's docstring)
        with psycopg.connect(pg_url, autocommit=True) as listener:
            listener.execute(f"LISTEN {schema.CHANNEL}")
            files = write_texts(tmp_path / "a-docs", 3)
            assert run(a.add(files)).added == 3
            heard = [n.payload for n in listener.notifies(timeout=30, stop_after=1)]
        assert heard and int(heard[0]) > int(seen)
        assert b.revision() != seen
        # b sees a's documents at once, without reopening, with the same results
        assert b.search("安全生产").total == a.search("安全生产").total == 3
        assert [d.id for d in b.documents()] == [d.id for d in a.documents()]
        # b holds copies of the same files: already in the team library, nothing duplicated
        copies = tmp_path / "b-docs"
        copies.mkdir()
        for path in files:
            (copies / path.name).write_bytes(path.read_bytes())
        last = run(b.add([copies]))
        assert (last.added, last.unchanged) == (0, 3)
        # b's sync of its own folder never removes a's documents
        (tmp_path / "empty").mkdir()
        run(b.sync(tmp_path / "empty"))
        assert len(a.documents()) == 3
        assert consistency(pg_url)["documents"] == 3
    finally:
        a.close()
        b.close()


IMPORTER = textwrap.dedent(
    """
    import sys
    from drafter.library import open_library
    url, local, origin, batch, *paths = sys.argv[1:]
    lib = open_library(url, workers=1, origin=origin, local_dir=local,
                       batch_documents=int(batch), lock_timeout=60)
    for p in lib.add(paths):
        if p.phase == "commit":
            print("commit", p.done_files, flush=True)
    print("done", flush=True)
    """
)


def start_importer(url, tmp_path, origin, paths, batch=5):
    return subprocess.Popen(
        [sys.executable, "-c", IMPORTER, url, str(tmp_path / origin), origin, str(batch)]
        + [str(p) for p in paths],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def test_concurrent_imports_from_two_machines_never_duplicate(pg_url, tmp_path):
    run_library = open_library(pg_url, workers=1, local_dir=tmp_path / "setup")
    run_library.close()  # the schema exists before both start
    shared = write_texts(tmp_path / "docs", 24)
    only_a = write_texts(tmp_path / "docs-a", 6, start=100)
    only_b = write_texts(tmp_path / "docs-b", 6, start=200)
    a = start_importer(pg_url, tmp_path, "pc-a", shared + only_a, batch=3)
    b = start_importer(pg_url, tmp_path, "pc-b", list(reversed(shared)) + only_b, batch=3)
    for proc in (a, b):
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert out.strip().endswith("done")
    counts = consistency(pg_url)
    assert counts["documents"] == 24 + 6 + 6
    with open_library(pg_url, create=False, local_dir=tmp_path / "check") as lib:
        assert lib.search("编号").total == 36


def test_kill_9_during_an_import_leaves_the_database_consistent(pg_url, tmp_path):
    files = write_texts(tmp_path / "docs", 60)
    open_library(pg_url, workers=1, local_dir=tmp_path / "setup").close()
    proc = start_importer(pg_url, tmp_path, "pc-a", files, batch=4)
    # wait until at least one batch is committed and more are coming, then kill -9
    committed = 0
    for line in proc.stdout:
        if line.startswith("commit"):
            committed += 1
            if committed >= 3:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    partial = consistency(pg_url)
    assert 0 < partial["documents"] < 60
    with open_library(pg_url, workers=1, origin="pc-a", local_dir=tmp_path / "a") as lib:
        last = run(lib.add(files))  # the same import again finishes the job
        assert last.added == 60 - partial["documents"]
        assert last.unchanged == partial["documents"]
        assert lib.search("编号").total == 60
    assert consistency(pg_url)["documents"] == 60


def test_readers_never_wait_for_a_writer(team, tmp_path, pg_url):
    run(team.add(write_texts(tmp_path / "docs", 3)))
    # another writer holds the write lock and has uncommitted rows
    with psycopg.connect(pg_url) as writer:
        writer.execute("SELECT pg_advisory_xact_lock(%s)", (schema.WRITE_LOCK,))
        writer.execute("UPDATE drafter.stats SET generation = generation + 1")
        writer.execute("DELETE FROM drafter.paragraphs")
        assert team.search("安全生产").total == 3  # the last committed state
        assert len(team.documents()) == 3
        busy = []
        team.on_wait = lambda: busy.append(True)
        with pytest.raises(LibraryBusy):
            run(team.add(write_texts(tmp_path / "more", 1, start=50)))
        assert busy == [True]
        writer.rollback()
    assert run(team.add(write_texts(tmp_path / "more", 1, start=50))).added == 1


def test_reader_and_editor_roles(pg_cluster, pg_url, tmp_path):
    from urllib.parse import urlsplit

    database = urlsplit(pg_url).path.lstrip("/")
    open_library(pg_url, local_dir=tmp_path / "owner").close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for role in ("drafter_reader", "drafter_editor", "li_reader", "wang_editor"):
            conn.execute(f"DROP ROLE IF EXISTS {role}")  # roles are cluster-wide
        conn.execute(schema.roles_sql(database))
        conn.execute("CREATE ROLE li_reader LOGIN IN ROLE drafter_reader")
        conn.execute("CREATE ROLE wang_editor LOGIN IN ROLE drafter_editor")
    editor_url = pg_cluster.url(database, user="wang_editor")
    reader_url = pg_cluster.url(database, user="li_reader")
    with open_library(editor_url, workers=1, local_dir=tmp_path / "wang") as editor:
        assert editor.read_only == ""  # an editor may write
        assert run(editor.add(write_texts(tmp_path / "docs", 2))).added == 2
        editor.add_words(["三个服务"])
    with open_library(reader_url, create=False, local_dir=tmp_path / "li") as reader:
        assert reader.read_only == "只读账号，只能检索和阅读"  # known at open, for the window
        assert reader.search("安全生产").total == 2
        assert reader.words() == ["三个服务"]
        with pytest.raises(LibraryError, match="没有写入团队资料库的权限"):
            run(reader.add(write_texts(tmp_path / "more", 1, start=9)))
        with pytest.raises(LibraryError, match="没有写入团队资料库的权限"):
            reader.add_words(["放管服"])
    assert consistency(pg_url)["documents"] == 2


def test_connection_options_reach_libpq_and_errors_are_one_line(pg_url):
    with pytest.raises(LibraryError) as info:
        open_library(pg_url + "&sslmode=bogus")
    assert "sslmode" in str(info.value) and "\n" not in str(info.value)
    with open_library(pg_url + "&sslmode=disable&connect_timeout=5") as lib:
        assert lib.search("任何").total == 0
    with pytest.raises(LibraryError, match="团队资料库暂时连不上"):
        open_library("postgresql://nobody:secret@/nodb?host=/nonexistent-socket-dir")
    try:
        open_library("postgresql://nobody:secret@/nodb?host=/nonexistent-socket-dir")
    except LibraryError as exc:
        assert "secret" not in str(exc)


def test_a_password_is_never_accepted_for_the_settings():
    with pytest.raises(LibraryError, match="pgpass"):
        check_settings_value("postgresql://wang:s3cret@db.office/drafter")
    check_settings_value("postgresql://wang@db.office/drafter?sslmode=verify-full")


def test_office_lists_are_shared(team, pg_url, tmp_path):
    team.put_office_list("leaders.toml", '[[leader]]\\nname = "张三"\\n')
    with open_library(pg_url, local_dir=tmp_path / "other") as other:
        assert other.office_lists() == {"leaders.toml": '[[leader]]\\nname = "张三"\\n'}
        assert other.remove_office_list("leaders.toml")
    assert team.office_lists() == {}


def test_pg_library_is_the_library_interface(team):
    from drafter.library import LibraryBackend

    assert isinstance(team, PgLibrary) and isinstance(team, LibraryBackend)
    assert "drafter_admin" in team.location and team.info()["backend"] == "postgresql"


@pytest.mark.shared
def test_real_speeches_import_and_search(pg_url, tmp_path):
    if not SPEECHES.is_dir():
        pytest.skip("../shared is absent")
    files = sorted(p for p in SPEECHES.rglob("*") if p.is_file())[:30]
    with open_library(pg_url, workers=2, local_dir=tmp_path / "l") as lib:
        last = run(lib.add(files))
        assert last.added + len(last.errors) == 30 and last.added >= 25
        assert lib.search("人民").total > 0
    consistency(pg_url)


def test_tls_options_pass_through_to_a_real_tls_server(tmp_path):
    from pg_cluster import ThrowawayCluster

    with ThrowawayCluster({"fsync": "off"}, tls=True) as cluster:
        cluster.create_database("tls")
        url = cluster.tcp_url("tls")
        verified = f"{url}?sslmode=verify-full&sslrootcert={cluster.certificate}"
        with open_library(verified, workers=1, local_dir=tmp_path / "l") as lib:
            assert run(lib.add(write_texts(tmp_path / "docs", 1))).added == 1
            with lib.pool.connection() as conn:
                assert conn.execute(
                    "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
                ).fetchone()[0]
        # a certificate that does not match the host name is refused: the option was used
        wrong = f"postgresql://drafter_admin@127.0.0.1:{cluster.tcp_port}/tls"
        with pytest.raises(LibraryError, match="无法连接团队资料库"):
            open_library(f"{wrong}?sslmode=verify-full&sslrootcert={cluster.certificate}")
        with (
            open_library(f"{url}?sslmode=disable", local_dir=tmp_path / "p") as plain,
            plain.pool.connection() as conn,
        ):
            assert not conn.execute(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            ).fetchone()[0]


def test_statistics_stay_exact_through_changes_moves_removals_and_corrections(
    team, tmp_path, pg_url
):
    folder = tmp_path / "docs"
    files = write_texts(folder, 6)
    run(team.sync(folder))
    files[0].write_text(files[0].read_text("utf-8") + "\n补充一段新的内容。\n", "utf-8")
    files[1].rename(folder / "moved.txt")
    files[2].unlink()
    last = run(team.sync(folder))
    assert (last.updated, last.removed) == (1, 1)
    doc = team.documents()[0]
    team.edit_metadata(doc.id, title="更正后的标题")
    team.add_words(["高质量发展工作"])
    run(team.reindex())
    team.remove(team.documents()[-1].id)
    assert consistency(pg_url)["documents"] == 4


def test_searches_survive_a_server_restart(tmp_path):
    from pg_cluster import ThrowawayCluster

    with ThrowawayCluster({"fsync": "off"}) as cluster:
        url = cluster.create_database("restart")
        with open_library(url, workers=1, local_dir=tmp_path / "l") as lib:
            run(lib.add(write_texts(tmp_path / "docs", 2)))
            assert lib.search("安全生产").total == 2
            cluster._run(
                [str(cluster.bindir / "pg_ctl"), "-D", str(cluster.data), "-l", str(cluster.log)]
                + ["-m", "fast", "-w", "-t", "60", "restart"]
            )
            # every pooled connection was cut: the next reads reconnect by themselves
            assert lib.search("安全生产").total == 2
            assert len(lib.documents()) == 2
            assert lib.revision()
