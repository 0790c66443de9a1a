"""Library bounds: long paragraphs indexed in pieces, hit windows, totals that match the
hits after an interrupted write, and read-only or unreadable libraries (issue 13)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from cli_run import child_args, child_results, run_cli

from drafter.library import Library
from drafter.library.chunks import INDEX_CHUNK, index_pieces, window


def test_index_pieces_cut_after_sentence_ends_and_keep_every_character():
    text = ("我们要加强学习，提高本领。" * 400) + "x" * 5000
    pieces = index_pieces(text)
    assert "".join(pieces) == text
    assert all(len(p) <= INDEX_CHUNK for p in pieces)
    assert pieces[0].endswith("。")  # cut where a sentence ends
    assert index_pieces("短段落。") == ["短段落。"]


def test_window_shows_the_text_around_the_first_hit_with_shifted_spans():
    text = "甲" * 1000 + "改革" + "乙" * 1000
    shown, spans = window(text, [(1000, 1002)], width=100)
    assert len(shown) <= 102 and shown.startswith("…") and shown.endswith("…")
    assert [shown[s:e] for s, e in spans] == ["改革"]
    assert window("短", [(0, 1)]) == ("短", [(0, 1)])


def test_a_huge_one_line_paragraph_is_searchable_and_hits_stay_small(tmp_path, capsys):
    folder = tmp_path / "docs"
    folder.mkdir()
    body = "各项工作稳步推进，群众满意度不断提高。" * 20000  # 380,000 characters, one line
    (folder / "long.txt").write_text("关于工作的报告\n" + body + "深化改革永远在路上。\n", "utf-8")
    with Library.open(tmp_path / "lib", workers=1) as lib:
        *_, last = lib.add([folder])
        assert not last.errors and last.added == 1
        results = lib.search("深化改革")
        assert results.hits
        assert all(len(h.text) <= INDEX_CHUNK for h in results.hits)
        hit = results.hits[0]
        assert "深化改革" in "".join(hit.text[s:e] for s, e in hit.highlights)
    # in this process: tests/cli_run.py says why
    out = run_cli(capsys, "search", "深化改革", "--library", str(tmp_path / "lib"), check=False)
    assert out.returncode == 0, out.stderr
    assert "深化改革" in out.stdout
    assert max(len(line) for line in out.stdout.splitlines()) < 400  # a window, not 380,000


def test_totals_count_only_hits_that_can_be_shown_after_an_interrupted_write(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(3):
        (folder / f"d{n}.txt").write_text(f"第{n}号文件\n坚持改革开放不动摇，第{n}段。\n", "utf-8")
    root = tmp_path / "lib"
    with Library.open(root, workers=1) as lib:
        list(lib.add([folder]))
        before = lib.search("改革开放")
        assert before.total == len(before.hits) == 3
    # A kill between the index commit and the catalogue commit leaves indexed paragraphs
    # of a document the catalogue does not list: the same state as this.
    with sqlite3.connect(root / "catalog.sqlite3") as db:
        doc_id = db.execute("SELECT id FROM documents ORDER BY path LIMIT 1").fetchone()[0]
        db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    with Library.open(root, create=False, workers=1) as lib:
        after = lib.search("改革开放", limit=1)
        assert after.total == 2  # not 3: one document's paragraphs cannot be shown
        assert lib.search("改革开放", limit=10).total == 2


def _as_nobody() -> list[str] | None:
    """A command prefix that drops root, so file permissions apply; [] when not root."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture
def shared_tmp():
    """A temporary folder another user can enter (pytest's own is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="drafter-ro-"))
    path.chmod(0o755)
    yield path
    for p in [path, *path.rglob("*")]:
        if not p.is_symlink():
            p.chmod(0o755 if p.is_dir() else 0o644)
    shutil.rmtree(path)


def _project_readable_by_others() -> bool:
    here = Path(__file__).resolve()
    return all(os.stat(p).st_mode & 0o005 == 0o005 for p in here.parents if p != Path("/"))


def _run(prefix, *argvs: list[str]) -> list[subprocess.CompletedProcess]:
    """``drafter`` with each of ``argvs`` in one child process behind ``prefix`` (as another
    user: the kernel, not the library, refuses the writes), one result a command; one child,
    not one a command, as a ``python -m drafter`` start costs more than the command
    (tests/cli_run.py)."""
    done = subprocess.run(
        [*prefix, sys.executable, *child_args(*argvs)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd="/",
        env={**os.environ, "HOME": "/tmp", "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    return child_results(done, *argvs)


def test_read_only_library_can_be_searched_listed_and_described(shared_tmp):
    prefix = _as_nobody()
    if prefix is None or not _project_readable_by_others():
        pytest.skip("needs a non-root user (setpriv) that can read the project")
    docs = shared_tmp / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("一、加强学习\n我们要加强理论学习，提高能力。\n", "utf-8")
    root = shared_tmp / "lib"
    with Library.open(root, workers=1) as lib:
        list(lib.add([docs]))
    for p in [root, *root.rglob("*")]:
        p.chmod(0o555 if p.is_dir() else 0o444)
    found, listed, info, add = _run(
        prefix,
        ["search", "理论学习", "--library", str(root)],
        ["library", "list", "--library", str(root)],
        ["library", "info", "--library", str(root)],
        ["library", "add", str(docs), "--library", str(root)],
    )
    assert found.returncode == 0, found.stderr
    assert "理论学习" in found.stdout
    assert listed.returncode == 0 and "a.txt" in listed.stdout, listed.stderr
    assert info.returncode == 0 and "1 篇" in info.stdout, info.stderr
    assert add.returncode == 2
    assert "只读" in add.stderr and "Traceback" not in add.stderr
    assert len(add.stderr.strip().splitlines()) == 1


def test_unreadable_library_is_one_chinese_line(shared_tmp):
    prefix = _as_nobody()
    if prefix is None or not _project_readable_by_others():
        pytest.skip("needs a non-root user (setpriv) that can read the project")
    root = shared_tmp / "lib"
    with Library.open(root, workers=1):
        pass
    root.chmod(0o000)
    commands = (["search", "学习"], ["library", "list"], ["library", "add", "/tmp"])
    for out in _run(prefix, *([*args, "--library", str(root)] for args in commands)):
        assert out.returncode == 2, out.stderr
        assert "Traceback" not in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1
        assert "无法读取资料库" in out.stderr


def test_hostile_queries_are_refused_in_one_line(tmp_path):
    from drafter.library.model import QueryError

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("一、深化改革\n坚持改革开放不动摇。\n", "utf-8")
    with Library.open(tmp_path / "lib", workers=1) as lib:
        list(lib.add([folder]))
        for query in (
            "改革 OR " * 5000 + "开放",  # too long
            "改革 OR " * 100 + "开放",  # too many words
            "(" * 40 + "改革" + ")" * 40,  # nested too deep
            '"' + "改革开放" * 200 + '"',  # a phrase of 400 words
        ):
            with pytest.raises(QueryError):
                lib.search(query)
        assert lib.search("改革 OR 改革 OR 开放").total == 2  # duplicates merged
