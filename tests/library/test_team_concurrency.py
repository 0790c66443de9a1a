"""Two writers at once on one team library, on a real throwaway PostgreSQL server: the
other writer is another process (another machine's Drafter, ``origin`` pc-b), and the
first one's long work (a re-index, a sync) is held at its commit while the other writes,
so each interleaving is the one named, every run. Nothing either writer did may be lost,
and the statistics every writer keeps must match the rows (``consistency``)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from libtest_helpers import run
from test_team_library import consistency, write_texts

from drafter.corpus.correction_ops import meta_op
from drafter.library import CorrectionsChanged, open_library

ROOT = Path(__file__).resolve().parents[2]


def other_process(url: str, local: Path, code: str) -> str:
    """Run ``code`` in another process with ``lib`` open on ``url`` (a colleague's
    Drafter on machine pc-b); returns what it printed, or fails with its error output."""
    script = textwrap.dedent(
        """
        import sys
        from collections import deque
        from drafter.library import open_library
        lib = open_library(sys.argv[1], workers=1, origin="pc-b", local_dir=sys.argv[2],
                           lock_timeout=60)
        """
    ) + textwrap.dedent(code)
    done = subprocess.run(
        [sys.executable, "-c", script, url, str(local)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def team(pg_url, tmp_path):
    lib = open_library(pg_url, workers=1, lock_timeout=30, origin="pc-a", local_dir=tmp_path / "a")
    yield lib
    lib.close()


def until(job, phase: str):
    """Advance an import or re-index to its first progress in ``phase`` (for "commit":
    everything is read, nothing of it is stored yet)."""
    for progress in job:
        if progress.phase == phase:
            return progress
    raise AssertionError(f"the job never reached {phase}")


def test_a_title_corrected_during_a_reindex_stays_corrected(team, tmp_path, pg_url):
    run(team.add(write_texts(tmp_path / "docs", 3)))
    doc = team.documents()[0]
    job = team.reindex()
    until(job, "commit")
    other_process(pg_url, tmp_path / "b", f"lib.edit_metadata({doc.id!r}, title='同事改的标题')")
    run(job)
    # before: the re-index stored what it had read, the record and the index lost the
    # correction while the reader (replaying it) showed it
    assert team.document(doc.id).title == "同事改的标题"
    assert team.load(doc.id).metadata.title == "同事改的标题"
    assert team.search("title:同事改的标题").total > 0
    consistency(pg_url)


def test_a_document_added_during_a_reindex_keeps_its_paragraphs(team, tmp_path, pg_url):
    run(team.add(write_texts(tmp_path / "docs", 3)))
    job = team.reindex()
    until(job, "commit")
    new = write_texts(tmp_path / "new", 1, start=50)
    other_process(pg_url, tmp_path / "b", f"deque(lib.add([{str(new[0])!r}]))")
    last = run(job)
    # before: the re-index deleted every paragraph and stored only those it had read,
    # so the colleague's document was in the list and never found
    assert last.reindexed == 4
    assert team.search("编号50").total == 1
    consistency(pg_url)


def test_a_document_removed_during_a_reindex_does_not_sink_it(team, tmp_path, pg_url):
    run(team.add(write_texts(tmp_path / "docs", 3)))
    team.add_words(["全县工作会议"])
    doc = team.documents()[0]
    job = team.reindex()
    until(job, "commit")
    other_process(pg_url, tmp_path / "b", f"lib.remove({doc.id!r})")
    last = run(job)  # before: KeyError, and the whole re-index rolled back
    assert last.reindexed == 2 and not team.needs_reindex()
    assert team.document(doc.id) is None
    consistency(pg_url)


def test_a_colleagues_correction_made_during_a_sync_follows_the_new_version(team, tmp_path, pg_url):
    folder = tmp_path / "docs"
    files = write_texts(folder, 2)
    run(team.sync(folder))
    old = team.document_at(str(files[0].resolve()))
    files[0].write_text(files[0].read_text("utf-8") + "\n补充一段。\n", "utf-8")
    job = team.sync(folder)
    until(job, "commit")
    other_process(pg_url, tmp_path / "b", f"lib.edit_metadata({old.id!r}, title='同事改的标题')")
    assert run(job).updated == 1
    new = team.document_at(str(files[0].resolve()))
    assert new.id != old.id
    # before: the new version was indexed with the corrections read before the edit
    assert new.title == team.load(new.id).metadata.title == "同事改的标题"
    consistency(pg_url)


def test_two_colleagues_editing_one_documents_information_both_keep_their_edit(
    team, tmp_path, pg_url
):
    run(team.add(write_texts(tmp_path / "docs", 1)))
    doc = team.documents()[0]
    seen = list(team.corrections(doc.id).ops)  # what this writer's reader shows
    other_process(pg_url, tmp_path / "b", f"lib.edit_metadata({doc.id!r}, speaker='李四')")
    # an edit made from the list shown before the colleague's: refused, said, nothing lost
    with pytest.raises(CorrectionsChanged, match="同事刚刚修改了这篇文稿的更正"):
        team.set_corrections(doc.id, [*seen, meta_op("title", "我的标题")], base=seen)
    assert team.document(doc.id).speaker == "李四"
    # an edit that adds to the list (编辑信息…, 设为标题) goes after the colleague's
    team.edit_metadata(doc.id, title="我的标题")
    info = team.document(doc.id)
    assert (info.title, info.speaker) == ("我的标题", "李四")
    consistency(pg_url)


def test_simultaneous_edits_from_two_processes_keep_every_one(team, tmp_path, pg_url):
    run(team.add(write_texts(tmp_path / "docs", 1)))
    doc = team.documents()[0]
    code = f"""
    for n in range(6):
        lib.edit_metadata({doc.id!r}, occasion=f"{{sys.argv[3]}}-{{n}}")
    """
    procs = []
    for who in ("甲", "乙"):
        script = textwrap.dedent(
            """
            import sys
            from drafter.library import open_library
            lib = open_library(sys.argv[1], workers=1, origin="pc-b", local_dir=sys.argv[2],
                               lock_timeout=60)
            """
        ) + textwrap.dedent(code)
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", script, pg_url, str(tmp_path / who), who],
                cwd=ROOT,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    values = sorted(op["value"] for op in team.corrections(doc.id).ops)
    # before: each read-append-store could overwrite the other's latest edits
    assert values == sorted(f"{who}-{n}" for who in ("甲", "乙") for n in range(6))
    consistency(pg_url)


def test_a_document_removed_while_a_colleague_has_it_open(team, tmp_path, pg_url):
    from drafter.library import LibraryError
    from drafter.messages import cli_error

    run(team.add(write_texts(tmp_path / "docs", 1)))
    doc = team.documents()[0]
    other_process(pg_url, tmp_path / "b", f"lib.remove({doc.id!r})")
    with pytest.raises(LibraryError) as said:
        team.edit_metadata(doc.id, title="新标题")
    assert cli_error(said.value) == "资料库中没有这篇文稿（可能已被移除）"
    assert team.current_version(doc.id, doc.path) is None


def test_a_search_while_a_colleague_imports_sees_whole_batches_only(team, tmp_path, pg_url):
    """A search is one statement on one snapshot: it sees a colleague's import batch whole
    or not at all (each speech matches 编号 in one paragraph; batches of 3)."""
    from test_team_library import start_importer

    files = write_texts(tmp_path / "docs", 12)
    proc = start_importer(pg_url, tmp_path, "pc-b", files, batch=3)
    seen = []
    while proc.poll() is None:
        result = team.search("编号", limit=50)
        seen.append(result.total)
        assert len(result.hits) == result.total
        assert all(hit.document.title for hit in result.hits)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    seen.append(team.search("编号", limit=50).total)
    assert all(total % 3 == 0 for total in seen), seen
    assert seen == sorted(seen) and seen[-1] == 12
    consistency(pg_url)


SYNCER = textwrap.dedent(
    """
    import sys
    from collections import deque
    from drafter.library import open_library
    lib = open_library(sys.argv[1], workers=1, origin="pc-a", local_dir=sys.argv[2],
                       lock_timeout=60, batch_documents=2)
    deque(lib.sync(sys.argv[3]))
    """
)


def test_two_syncs_of_one_folder_at_once_leave_it_as_the_folder_is(team, tmp_path, pg_url):
    """The app's watcher and the command line syncing the same folder of one machine at
    the same moment: every change lands once, nothing is duplicated or lost."""
    folder = tmp_path / "docs"
    files = write_texts(folder, 10)
    run(team.sync(folder))
    for path in files[:4]:  # changed
        path.write_text(path.read_text("utf-8") + "\n补充一段。\n", "utf-8")
    for path in files[4:6]:  # removed
        path.unlink()
    files[6].rename(folder / "renamed.txt")
    write_texts(folder, 4, start=50)  # added
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", SYNCER, pg_url, str(tmp_path / who), str(folder)],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("watcher", "cli")
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    on_disk = sorted(str(p.resolve()) for p in folder.iterdir())
    assert sorted(d.path for d in team.documents()) == on_disk
    assert team.search("补充一段").total == 4
    assert consistency(pg_url)["documents"] == 12
