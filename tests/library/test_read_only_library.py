"""A library the user cannot write (a folder on a read-only share, a copy burnt to a disc,
no write rights) knows it at open: ``read_only`` says why, every write fails at once with
one Chinese line naming the library's full path, nothing in the folder changes, and
reading, search and notes still work. The commands that write exit 2 with that one line.

The folder is made read-only with chmod and the library is used by a child process the
operating system itself refuses (as ``nobody`` when the tests run as root: root ignores
file modes; see tests/unprivileged.py)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import textwrap
from pathlib import Path

import pytest
from cli_run import child_args, child_results

from drafter.library import Library
from tests.unprivileged import (
    make_read_only,
    open_up,
    run_unprivileged,
    shared_temp_dir,
    unprivileged_skip_reason,
)

DRAFTER = [sys.executable, "-m", "drafter"]


@pytest.fixture
def read_only_library():
    """(folder, library root, documents folder): a library of two documents, then every
    file and folder of it made read-only."""
    reason = unprivileged_skip_reason()
    if reason:
        pytest.skip(reason)
    base = shared_temp_dir()
    docs = base / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("一、加强学习\n我们要加强理论学习，提高能力。\n", "utf-8")
    (docs / "b.txt").write_text("一、改进作风\n坚持深入基层调查研究。\n", "utf-8")
    root = base / "lib"
    with Library.open(root, workers=1) as lib:
        list(lib.add([docs]))
    make_read_only(root)
    try:
        yield base, root, docs
    finally:
        open_up(base)
        shutil.rmtree(base)


def _fingerprint(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha1(p.read_bytes()).hexdigest() if p.is_file() else "/"
        for p in sorted(root.rglob("*"))
    }


CHILD = textwrap.dedent(
    """
    import json, sys
    from drafter.library import Library
    root, docs = sys.argv[1], sys.argv[2]
    out = {}
    lib = Library.open(root, workers=1)
    out["read_only"] = lib.read_only
    out["documents"] = len(lib.documents())
    out["hits"] = lib.search("理论学习").total
    doc = lib.documents()[0]
    out["loaded"] = bool(lib.load(doc.id).paragraphs())
    attempts = {
        "add": lambda: list(lib.add([docs])),
        "edit": lambda: lib.edit_metadata(doc.id, title="改过的标题"),
        "corrections": lambda: lib.add_corrections(doc.id, [{"op": "not_heading", "paragraph": 0}]),
        "words": lambda: lib.add_words(["三个服务"]),
        "watch": lambda: lib.watch(docs),
        "remove": lambda: lib.remove(doc.id),
        "reindex": lambda: list(lib.reindex()),
    }
    out["errors"] = {}
    for name, attempt in attempts.items():
        try:
            attempt()
            out["errors"][name] = None
        except Exception as exc:
            out["errors"][name] = [type(exc).__name__, str(exc)]
    from drafter.study.notes import NotesError, open_notes
    notes = open_notes(lib)
    out["notes"] = len(notes.all())
    try:
        notes.add(doc.id, 0, 0, 2, "一、")
        out["note_error"] = None
    except NotesError as exc:
        out["note_error"] = str(exc)
    out["documents_after"] = len(lib.documents())
    print(json.dumps(out, ensure_ascii=False))
    """
)


def test_a_read_only_library_knows_it_refuses_every_write_in_one_line_and_still_reads(
    read_only_library,
):
    _base, root, docs = read_only_library
    before = _fingerprint(root)
    out = run_unprivileged([sys.executable, "-c", CHILD, str(root), str(docs)])
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert got["read_only"] == "没有写入这个文件夹的权限"
    assert got["documents"] == got["documents_after"] == 2
    assert got["hits"] == 1 and got["loaded"]
    for name, error in got["errors"].items():
        assert error is not None, f"{name} wrote to a read-only library"
        kind, message = error
        assert kind == "LibraryError", (name, error)
        assert message.startswith(f"{root}：资料库是只读的"), (name, message)
        assert "\n" not in message
    assert got["notes"] == 0
    assert got["note_error"].startswith(f"{root}：笔记不能保存")
    assert _fingerprint(root) == before  # not one file written, not even a lock


@pytest.mark.parametrize(
    "args",
    [
        ["library", "add", "DOCS"],
        ["library", "sync"],
        ["library", "edit", "DOCS/a.txt", "--title", "新标题"],
        ["library", "words", "add", "三个服务"],
        ["library", "remove", "DOCS/a.txt"],
        ["library", "reindex"],
    ],
    ids=lambda a: "-".join(a[:3]),
)
def test_commands_that_write_exit_2_with_one_chinese_line_naming_the_full_path(
    read_only_library, args
):
    base, root, docs = read_only_library
    args = [a.replace("DOCS", str(docs)) for a in args]
    # a relative --library: the message still names the folder in full
    out = run_unprivileged([*DRAFTER, *args, "--library", "lib"], cwd=base)
    assert out.returncode == 2, (out.stdout, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith(f"drafter：{root}：资料库是只读的"), lines[0]


def test_reading_commands_work_on_a_read_only_library(read_only_library):
    """The commands run in one child (tests/cli_run.py's CHILD), as ``nobody``: the kernel
    refuses it the folder's writes whichever process asks; the commands that write start
    ``python -m drafter`` each (below), so the process's own exit is seen too."""
    base, root, _docs = read_only_library
    commands = [["search", "理论学习"], ["library", "list"], ["notes", "list"]]
    commands = [[*args, "--library", str(root)] for args in commands]
    done = run_unprivileged([sys.executable, *child_args(*commands)], cwd=base)
    results = child_results(done, *commands)
    for args, out in zip(commands, results, strict=True):
        assert out.returncode == 0, (args, out.stderr)
    assert "理论学习" in results[0].stdout


def test_a_library_cannot_be_made_in_a_folder_that_cannot_be_written():
    reason = unprivileged_skip_reason()
    if reason:
        pytest.skip(reason)
    base = shared_temp_dir()
    try:
        (base / "docs").mkdir()
        (base / "docs" / "a.txt").write_text("一、加强学习\n要学习。\n", "utf-8")
        base.chmod(0o555)
        out = run_unprivileged([*DRAFTER, "library", "add", "docs", "--library", "."], cwd=base)
        assert out.returncode == 2
        assert (
            out.stderr.strip()
            == f"drafter：{base}：无法在这里建立资料库（没有写入这个文件夹的权限）"
        )
        assert sorted(p.name for p in base.iterdir()) == ["docs"]
    finally:
        open_up(base)
        shutil.rmtree(base)


def test_a_writable_library_says_it_is_not_read_only(tmp_path):
    with Library.open(tmp_path / "lib", workers=1) as lib:
        assert lib.read_only == ""
        assert not list((tmp_path / "lib").glob(".drafter-probe-*"))  # the probe cleans up
