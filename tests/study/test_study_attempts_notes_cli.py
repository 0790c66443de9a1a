"""Saved 提纲练习 attempts and the ``drafter notes`` command, without Qt, on a real library
built in a temporary folder (and on a real seed speech from ../shared when present)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import run_cli
from test_study_fixtures import SPEECH

from drafter.corpus import load_document
from drafter.corpus.load import parse_text
from drafter.library import Library
from drafter.study.attempts import AttemptError
from drafter.study.exercise import average, exercise_rows, score, similarity
from drafter.study.notes import LOCAL_ONLY_NOTICE, NoteStore, open_notes

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED_004 = SHARED / "seeds" / "004_abe497b1be7d6e8a.txt"


@pytest.fixture
def library(tmp_path: Path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "开班式讲话.txt").write_text(SPEECH, encoding="utf-8")
    with Library.open(tmp_path / "lib") as lib:
        for _ in lib.add([folder]):
            pass
        yield lib


def _drafter(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """``drafter notes`` as its own process: once, so the command is seen to run as users
    start it; the other commands run in this process (tests/cli_run.py says why)."""
    return subprocess.run(
        [sys.executable, "-m", "drafter", "notes", "--library", str(root), *args],
        capture_output=True,
        text=True,
        check=check,
    )


@pytest.fixture
def notes_cli(capsys):
    """``drafter notes --library ROOT …`` run through drafter.cli.main in this process."""

    def run(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return run_cli(capsys, "notes", "--library", str(root), *args, check=check)

    return run


def test_exercise_rows_hide_every_heading_with_a_hint():
    doc = parse_text(SPEECH, "speech.txt")
    rows = exercise_rows(doc)
    labels = [s.label for s in doc.outline.sections[0].walk()]
    assert rows[0].marker + rows[0].original == labels[0]
    assert all(r.hint for r in rows)  # every part shows something to write from
    assert [r.depth for r in rows][:2] == [1, 2] or rows[1].depth >= 1
    answers = score(rows, [rows[0].original, "完全不同的话"])
    assert answers[0].score == 1.0 and answers[1].score < 0.5
    assert all(a.mine == "" and a.score == 0.0 for a in answers[2:])  # skipped count 0
    assert 0 < average(answers) < 1
    assert similarity("   ", "任何") == 0.0


def test_attempts_saved_updated_finished_and_listed(tmp_path):
    doc = parse_text(SPEECH, "speech.txt")
    rows = exercise_rows(doc)
    with NoteStore(tmp_path / "n.sqlite") as store:
        attempts = store.attempts
        first = attempts.save("doc1", score(rows, ["做到四勤"]), doc_title="范文一")
        assert not first.revealed and first.score is None and first.filled == 1
        assert attempts.unfinished("doc1").id == first.id
        # typing on: the same attempt is updated, not a new one made
        again = attempts.save("doc1", score(rows, ["做到四勤", "腿勤"]), attempt_id=first.id)
        assert again.id == first.id and again.filled == 2
        done = attempts.save(
            "doc1", score(rows, ["做到四勤", "腿勤"]), revealed=True, attempt_id=first.id
        )
        assert done.revealed and done.score == pytest.approx(average(done.answers), abs=1e-3)
        assert attempts.unfinished("doc1") is None
        fresh = attempts.save("doc1", score(rows, ["新的"]))
        assert [a.id for a in attempts.for_document("doc1")] == [fresh.id, first.id]
        assert attempts.for_document("other") == []
        # an attempt deleted meanwhile: the answers are kept as a new one, never lost
        assert attempts.remove(fresh.id) and not attempts.remove(fresh.id)
        kept = attempts.save("doc1", score(rows, ["还在"]), attempt_id=fresh.id)
        assert kept.id != fresh.id and kept.answers[0].mine == "还在"
        with pytest.raises(AttemptError):
            attempts.get(fresh.id)
        with pytest.raises(AttemptError):
            attempts.save("", [])
        # the originals are stored with the answers: an old attempt reads right later
        assert done.answers[0].original == rows[0].original
        json.dumps([a.to_json() for a in attempts.all()], ensure_ascii=False)
    with NoteStore(tmp_path / "n.sqlite") as reopened:  # kept across sessions
        assert len(reopened.attempts.all()) == 2
        assert len(reopened.all()) == 0  # notes and attempts are apart


def test_a_damaged_attempt_row_still_lists(tmp_path):
    with NoteStore(tmp_path / "n.sqlite") as store:
        store.attempts.save("doc1", score([], []), revealed=True)
    db = sqlite3.connect(tmp_path / "n.sqlite")
    db.execute("UPDATE outline_attempts SET answers = 'not json'")
    db.commit()
    db.close()
    with NoteStore(tmp_path / "n.sqlite") as store:
        (attempt,) = store.attempts.all()
        assert attempt.answers == [] and store.attempts.remove(attempt.id)


def test_notes_cli_add_list_search_remove(library, notes_cli):
    root = Path(library.root)
    info = library.documents()[0]
    library.close()
    out = _drafter(root, "add", info.id, "主要目的", "--note", "开宗明义").stdout
    assert "已加笔记 1" in out and "第" in out
    assert "已加高亮" in notes_cli(root, "add", info.id, "同志们", "--color", "green").stdout
    listed = json.loads(notes_cli(root, "list", "--json").stdout)
    assert [n["quote"] for n in listed] == ["同志们", "主要目的"]  # newest first
    by_doc = json.loads(notes_cli(root, "list", "--doc", info.id, "--json").stdout)
    assert [n["quote"] for n in by_doc] == ["同志们", "主要目的"]  # reading order
    assert by_doc[1]["note"] == "开宗明义" and by_doc[0]["color"] == "green"
    found = notes_cli(root, "search", "开宗明义")
    assert "主要目的" in found.stdout and "同志们" not in found.stdout
    assert LOCAL_ONLY_NOTICE in found.stderr
    bad = notes_cli(root, "add", info.id, "没有这句话", check=False)
    assert bad.returncode == 2 and "找不到" in bad.stderr
    wrong = notes_cli(root, "add", info.id, "主要目的", "--paragraph", "1", check=False)
    assert wrong.returncode == 2 and "出现在第" in wrong.stderr
    missing = notes_cli(root, "list", "--doc", "nosuchdoc", check=False)
    assert missing.returncode == 2 and "没有这篇文稿" in missing.stderr
    assert notes_cli(root, "remove", "1").returncode == 0
    gone = notes_cli(root, "remove", "1", check=False)
    assert gone.returncode == 2 and "没有编号为 1" in gone.stderr
    assert len(json.loads(notes_cli(root, "list", "--json").stdout)) == 1


def test_notes_cli_lists_and_shows_exercises(library, notes_cli):
    root = Path(library.root)
    info = library.documents()[0]
    rows = exercise_rows(library.load(info.id))
    with open_notes(library) as store:
        attempt = store.attempts.save(
            info.id, score(rows, [rows[0].original]), revealed=True, doc_title="开班式"
        )
    library.close()
    listing = notes_cli(root, "exercises")
    assert "已对照" in listing.stdout and "开班式" in listing.stdout
    shown = notes_cli(root, "exercises", "--show", str(attempt.id)).stdout
    assert f"原文：{rows[0].marker}{rows[0].original}　100%" in shown and "（未填）" in shown
    # the lesson over the first group of headings, as the app shows it
    assert shown.splitlines()[1].startswith(f"〔{rows[0].marker}") and "原文用“" in shown
    data = json.loads(notes_cli(root, "exercises", "--doc", info.id, "--json").stdout)
    assert data[0]["revealed"] and data[0]["answers"][0]["score"] == 1.0
    nothing = notes_cli(root, "exercises", "--show", "99", check=False)
    assert nothing.returncode == 2 and "没有编号为 99" in nothing.stderr


@pytest.mark.skipif(not SEED_004.exists(), reason="../shared seeds not present")
def test_notes_cli_on_a_real_seed(tmp_path, notes_cli):
    """A real 范文 (seed 004, run-in 一是腿勤…): a note on the run-in item's text lands on the
    exact span, and its exercise hides the run-in headings too."""
    with Library.open(tmp_path / "lib") as lib:
        for _ in lib.add([SEED_004]):
            pass
        info = lib.documents()[0]
        doc = lib.load(info.id)
        rows = exercise_rows(doc)
    assert any(r.marker == "一是" for r in rows) and len(rows) >= 10
    out = notes_cli(tmp_path / "lib", "add", info.id, "腿勤", "--note", "四勤之一").stdout
    (note,) = json.loads(notes_cli(tmp_path / "lib", "list", "--json").stdout)
    para = load_document(SEED_004).paragraphs()[note["paragraph"] - 1].text
    assert para[note["start"] : note["end"]] == "腿勤" and "已加笔记" in out


def test_notes_on_a_team_library_stay_with_each_user(pg_url, tmp_path, monkeypatch, capsys):
    """On a real (throwaway) PostgreSQL team library, notes and exercise attempts are kept in
    the user's own local folder for that library, by design: a colleague on the same server
    sees the same documents and none of them, and the server holds no notes table."""
    from drafter.cli import main
    from drafter.library import open_library

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "开班式讲话.txt").write_text(SPEECH, encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "wang"))
    assert main(["library", "add", "--library", pg_url, str(tmp_path / "docs")]) == 0
    with open_library(pg_url, create=False) as team:
        doc_id = team.documents()[0].id
        assert str(team.root).startswith(str(tmp_path / "wang"))
    capsys.readouterr()
    assert (
        main(["notes", "--library", pg_url, "add", doc_id, "主要目的", "--note", "开宗明义"]) == 0
    )
    out, err = capsys.readouterr()
    assert "已加笔记" in out
    assert main(["notes", "--library", pg_url, "list", "--json"]) == 0
    out, err = capsys.readouterr()
    assert [n["note"] for n in json.loads(out)] == ["开宗明义"]
    assert LOCAL_ONLY_NOTICE in err and "不共享笔记" in err
    notes_files = list((tmp_path / "wang").rglob("study_notes.sqlite"))
    assert len(notes_files) == 1
    # a colleague on the same team library: same documents, none of Wang's notes
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "li"))
    assert main(["notes", "--library", pg_url, "list", "--json"]) == 0
    out, _ = capsys.readouterr()
    assert json.loads(out) == []
    with open_library(pg_url, create=False) as team:
        assert [d.id for d in team.documents()] == [doc_id]
        with team.pool.connection() as conn:
            tables = {
                r[0]
                for r in conn.execute(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_name LIKE '%note%' OR table_name LIKE '%attempt%'"
                )
            }
    assert tables == set()


def test_every_study_label_has_a_note():
    from drafter.study.bookends import CLOSING_RULES, CLOSING_TYPES, OPENING_RULES, OPENING_TYPES
    from drafter.study.glossary import PART_NOTES, TYPE_NOTES, explain

    kinds = {k for k, _ in OPENING_RULES} | {k for k, _ in CLOSING_RULES} | {"称呼", "过渡"}
    assert kinds <= set(PART_NOTES)
    assert set(OPENING_TYPES.values()) | set(CLOSING_TYPES.values()) <= set(TYPE_NOTES)
    from drafter.study.transitions import TRANSITION_ROLES

    assert set(TRANSITION_ROLES) <= set(PART_NOTES)  # what each transition does, explained
    both = explain("会议目的·过渡").splitlines()
    assert both[0].startswith("〔会议目的〕") and both[1].startswith("〔过渡〕")
    assert explain("没有这个标注") == ""


def test_notes_find_a_text_by_its_title_as_library_edit_does(library, notes_cli):
    """``notes add 质问国民党 国民党`` said 资料库里没有这篇文稿 of a text the library holds, while
    ``library edit 质问国民党`` found it: the notes commands now take a title too (and a key
    that names nothing says which keys work)."""
    root = Path(library.root)
    info = library.documents()[0]
    library.close()
    title = info.display_title
    added = notes_cli(root, "add", title, "主要目的", "--note", "开宗明义")
    assert "已加笔记 1" in added.stdout
    by_title = json.loads(notes_cli(root, "list", "--doc", f"《{title}》", "--json").stdout)
    assert [n["quote"] for n in by_title] == ["主要目的"]
    assert notes_cli(root, "exercises", "--doc", title).returncode == 0
    unknown = notes_cli(root, "add", "没有这个标题", "主要目的", check=False)
    assert unknown.returncode == 2
    assert "资料库里没有这篇文稿（可用编号、文件路径或标题" in unknown.stderr
