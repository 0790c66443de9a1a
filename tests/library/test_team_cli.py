"""The command line on a team library: --library URL (before or after the sub-command),
$DRAFTER_LIBRARY, and ``drafter library copy`` between a folder and a server, resumed
after an interruption."""

from __future__ import annotations

import json

from libtest_helpers import run
from test_team_library import consistency, write_texts

import drafter.library.local_corrections as local_corrections
from drafter.cli import main
from drafter.corpus.correction_ops import meta_op
from drafter.library import Library, open_library


def cli(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_search_list_on_a_team_library(pg_url, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    write_texts(tmp_path / "docs", 3)
    code, _, err = cli(capsys, "library", "add", "--library", pg_url, str(tmp_path / "docs"))
    assert code == 0, err
    assert "新增 3" in err
    code, out, _ = cli(capsys, "--library", pg_url, "search", "安全生产", "--json")
    assert code == 0 and json.loads(out)["total"] == 3
    monkeypatch.setenv("DRAFTER_LIBRARY", pg_url)
    code, out, _ = cli(capsys, "library", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 3
    code, out, _ = cli(capsys, "library", "info", "--json")
    assert json.loads(out)["backend"] == "postgresql"


def test_info_sets_up_an_empty_team_database_as_the_docs_say(pg_url, tmp_path, capsys, monkeypatch):
    """docs/team-library.md's one set-up step, `library info` as the owner, made the tables:
    before, it said 还没有 Drafter 团队资料库 and nothing else. Other commands on an empty
    database still refuse, now saying who does what."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, _, err = cli(capsys, "--library", pg_url, "search", "安全生产")
    assert code != 0 and "还没有 Drafter 团队资料库" in err and "library info" in err
    code, out, err = cli(capsys, "library", "info", "--library", pg_url)
    assert code == 0, err
    assert "文档：0 篇" in out
    code, _, err = cli(capsys, "--library", pg_url, "search", "安全生产")
    assert code == 0, err
    code, _, err = cli(capsys, "library", "info", "--library", str(tmp_path / "nowhere"))
    assert code != 0 and not (tmp_path / "nowhere").exists()


def _authors(lib) -> dict:
    """Each corrected document's title -> who stored its corrections last and who made
    each step, as the library tells the reader."""
    out = {}
    for d in lib.documents():
        state = lib.corrections(d.id)
        if state.ops:
            out[d.title] = (state.author, sorted(state.authors.values()))
    return out


def test_copy_local_to_team_and_back(pg_cluster, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    local = tmp_path / "local"
    with Library.open(local, workers=1) as lib:
        for _ in lib.add(write_texts(tmp_path / "docs", 5)):
            pass
        lib.add_words(["安全生产工作"])
        # two colleagues' steps on one text (ux86's per-step authors): the copy keeps both
        doc = lib.documents()[0]
        first = meta_op("speaker", "李明")
        for who, ops in (("李明", [first]), ("王芳", [first, meta_op("post", "县长")])):
            monkeypatch.setattr(local_corrections, "os_user", lambda who=who: who)
            lib.set_corrections(doc.id, ops)
        kept = _authors(lib)
    assert list(kept.values()) == [("王芳", ["李明", "王芳"])]
    team = pg_cluster.create_database("copy_cli")
    code, _, err = cli(capsys, "library", "copy", str(local), team)
    assert code == 0, err
    assert "新增 5" in err and "***" not in err
    code, _, err = cli(capsys, "library", "copy", str(local), team)
    assert code == 0 and "新增 0" in err  # nothing left to do
    with open_library(team, create=False) as lib:
        assert lib.words() == ["安全生产工作"] and not lib.needs_reindex()
        assert lib.search("编号").total == 5
        assert _authors(lib) == kept  # not 同事 for every step in the team's copy
    back = tmp_path / "back"
    code, _, err = cli(capsys, "library", "copy", team, str(back))
    assert code == 0, err
    with Library.open(back, create=False) as lib:
        assert len(lib.documents()) == 5
        assert _authors(lib) == kept
    consistency(team)


def test_an_interrupted_copy_resumes(pg_cluster, tmp_path):
    local = tmp_path / "local"
    with Library.open(local, workers=1) as lib:
        for _ in lib.add(write_texts(tmp_path / "docs", 9)):
            pass
    team = pg_cluster.create_database("copy_resume")
    source = Library.open(local, create=False)
    target = open_library(team, workers=1, batch_documents=2, local_dir=tmp_path / "t")
    try:
        seen = []

        def cancel() -> bool:
            return len(seen) >= 5

        for progress in target.import_records(source.export_records(), cancel):
            if progress.phase == "read" and progress.done_files:
                seen.append(progress.done_files)
        first = len(target.documents())
        assert 0 < first < 9 and progress.cancelled
        last = run(target.import_records(source.export_records()))
        assert (last.added, last.unchanged) == (9 - first, first)
        assert len(target.documents()) == 9
    finally:
        source.close()
        target.close()
    consistency(team)


def test_copy_of_a_missing_source_is_one_line(tmp_path, capsys):
    code, _, err = cli(capsys, "library", "copy", str(tmp_path / "nope"), str(tmp_path / "x"))
    assert code == 2 and err.count("\n") == 1


LEADERS = '[[leader]]\nname = "张三"\ntitles = ["县委书记", "书记"]\n'


def test_office_lists_are_published_and_reach_every_writers_review(
    pg_url, tmp_path, capsys, monkeypatch
):
    from drafter.review.office import load_lists

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "wang"))
    with open_library(pg_url) as wang:
        folder = wang.root / "review"
    folder.mkdir(parents=True)
    (folder / "leaders.toml").write_text("[[leader]\nname = 1\n", encoding="utf-8")
    code, _, err = cli(capsys, "library", "lists", "--publish", "--library", pg_url)
    assert code == 2 and "leaders.toml" in err  # a broken list is not published
    (folder / "leaders.toml").write_text(LEADERS, encoding="utf-8")
    code, _, err = cli(capsys, "library", "lists", "--publish", "--library", pg_url)
    assert code == 0 and "leaders.toml" in err
    # another writer: opening the team library brings the list to where review reads it
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "li"))
    with open_library(pg_url, create=False) as li:
        assert li.root != folder.parent
        lists = load_lists(li.root)
        assert lists.sources["leaders.toml"] == str(li.root / "review" / "leaders.toml")
        assert any(leader.name == "张三" for leader in lists.leaders)
    code, out, _ = cli(capsys, "library", "lists", "--library", pg_url)
    assert code == 0 and out.split() == ["leaders.toml"]
