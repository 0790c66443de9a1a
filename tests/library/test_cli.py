"""``drafter library ...`` and ``drafter search`` through the real CLI entry point."""

from __future__ import annotations

import json

import pytest
from libtest_helpers import OFFICE, SAFETY

from drafter.cli import main


@pytest.fixture
def lib_dir(tmp_path, monkeypatch):
    path = tmp_path / "lib"
    monkeypatch.setenv("DRAFTER_LIBRARY", str(path))
    return path


@pytest.fixture
def imported(corpus, lib_dir, capsys):
    corpus.write("office.txt", OFFICE)
    corpus.write("safety.txt", SAFETY)
    assert main(["library", "add", str(corpus.folder)]) == 0
    capsys.readouterr()
    return corpus


def test_search_json_shape(imported, capsys):
    assert main(["search", "营商环境", "--json", "--limit", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"query", "total", "elapsed_ms", "results"}
    assert data["query"] == "营商环境"
    assert isinstance(data["total"], int) and data["total"] >= 3
    assert isinstance(data["elapsed_ms"], float)
    assert len(data["results"]) == 3
    for r in data["results"]:
        assert set(r) == {
            "score", "document", "section", "paragraph", "is_heading", "text", "highlights"
        }  # fmt: skip
        assert set(r["document"]) == {"id", "title", "path", "date", "speaker", "genre"}
        assert isinstance(r["score"], float)
        assert isinstance(r["section"], list) and all(isinstance(s, str) for s in r["section"])
        assert (
            isinstance(r["paragraph"], int)
            and r["paragraph"] >= 1
            and isinstance(r["is_heading"], bool)
        )
        assert r["highlights"] and all(len(span) == 2 for span in r["highlights"])
        assert "".join(r["text"][s:e] for s, e in r["highlights"]).count("营商") >= 1
    first = data["results"][0]
    assert first["document"]["title"] == OFFICE.metadata.title
    assert first["document"]["speaker"] == "张三" and first["document"]["date"] == "2024-03-05"


def test_search_text_output_and_options(imported, capsys, lib_dir, monkeypatch):
    monkeypatch.delenv("DRAFTER_LIBRARY")
    args = ["search", "安全生产", "--library", str(lib_dir), "--headings", "--sort", "date"]
    assert main(args) == 0
    out = capsys.readouterr()
    assert "《在全县安全生产工作会议上的讲话》" in out.out
    assert "清醒认识安全生产形势" in out.out and "共 2 段" in out.err


def test_search_words_anywhere_and_unquoted_exclusions(imported, capsys):
    """``改革 -腐败`` and words after an option are query words, not argparse errors."""
    assert main(["search", "安全生产", "--limit", "50", "--json", "-责任"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["query"] == "安全生产 -责任"
    assert data["results"] and all("责任" not in r["text"] for r in data["results"])
    assert main(["search", "--json", "安全生产", "--lim=1", "--", "-责任"]) == 0
    assert len(json.loads(capsys.readouterr().out)["results"]) == 1
    with pytest.raises(SystemExit):
        main(["search", "安全生产", "--bogus"])
    assert "--bogus" in capsys.readouterr().err


def test_search_text_shows_a_heading_once(imported, capsys):
    assert main(["search", "安全生产", "--headings"]) == 0
    out = capsys.readouterr().out
    assert out.count("清醒认识安全生产形势") == 1
    assert main(["search", "title:安全生产"]) == 0  # unscored: no meaningless [0.00]
    out = capsys.readouterr().out
    assert "《在全县安全生产工作会议上的讲话》" in out and "[0.00]" not in out


def test_search_bad_query_is_one_line(imported, capsys):
    assert main(["search", '"未闭合']) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "引号" in err and "Traceback" not in err


def test_search_without_a_library(tmp_path, capsys):
    assert main(["search", "营商", "--library", str(tmp_path / "none")]) == 2
    assert "资料库不存在" in capsys.readouterr().err


def test_list_info_remove(imported, capsys):
    assert main(["library", "list", "--json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert {d["title"] for d in docs} == {OFFICE.metadata.title, SAFETY.metadata.title}
    assert {"id", "path", "paragraphs", "chars", "added", "sha256"} <= set(docs[0])
    assert main(["library", "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["documents"] == 2 and info["index_bytes"] > 0
    assert main(["library", "list"]) == 0
    assert OFFICE.metadata.title in capsys.readouterr().out
    assert main(["library", "remove", docs[0]["id"]]) == 0
    assert main(["library", "remove", "nonexistent"]) == 2
    capsys.readouterr()
    assert main(["library", "info"]) == 0
    assert "文档：1 篇" in capsys.readouterr().out


def test_words_add_list_remove(imported, capsys):
    assert main(["library", "words", "add", "接诉即办", "一网统管"]) == 0
    err = capsys.readouterr().err
    assert "2 个词" in err and "reindex" in err
    assert main(["library", "words", "list"]) == 0
    assert capsys.readouterr().out.split() == ["一网统管", "接诉即办"]
    # one character is a word query (a longer one matches the text literally, whatever the cut)
    assert main(["search", "诉", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 1
    assert main(["library", "reindex"]) == 0
    capsys.readouterr()
    assert main(["search", "诉", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0
    assert main(["library", "words", "remove", "接诉即办", "--reindex"]) == 0
    capsys.readouterr()
    assert main(["search", "诉", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 1


def test_add_exit_codes(corpus, lib_dir, tmp_path, capsys):
    assert main(["library", "add", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert "missing.txt" in err and "失败 1" in err
    corpus.write("office.txt", OFFICE)
    # some failed, the rest went in: 1, so a script can tell (it was 0), each bad file by its
    # full path
    assert main(["library", "add", str(corpus.folder), str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert "新增 1" in err and "失败 1" in err and str(tmp_path / "missing.txt") in err
    assert main(["library", "add", str(corpus.folder)]) == 0  # nothing to do is fine
    assert "未变 1" in capsys.readouterr().err


def test_a_file_error_names_the_full_path(corpus, lib_dir, tmp_path, capsys):
    """Readers name only the file; two bad.pdf in two folders must be told apart."""
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "bad.pdf").write_bytes(b"not a pdf")
    assert main(["library", "add", str(tmp_path / "a"), str(tmp_path / "b")]) == 2
    lines = [x for x in capsys.readouterr().err.splitlines() if x.startswith("  ! ")]
    assert sorted(x.split("：")[0] for x in lines) == [
        f"  ! {tmp_path / 'a' / 'bad.pdf'}",
        f"  ! {tmp_path / 'b' / 'bad.pdf'}",
    ]


def test_sync_command(corpus, lib_dir, capsys):
    corpus.write("office.txt", OFFICE)
    assert main(["library", "sync", str(corpus.folder), "--watch"]) == 0
    (corpus.folder / "office.txt").unlink()
    assert main(["library", "sync"]) == 0  # the watched folder
    assert "移除 1" in capsys.readouterr().err


def test_an_import_stopped_by_ctrl_c_exits_130(corpus, lib_dir, monkeypatch, capsys):
    """The first Ctrl+C stops cleanly, keeping what was done, and says so by its status."""
    from drafter.commands import import_progress as commands

    corpus.write("office.txt", OFFICE)
    corpus.write("safety.txt", SAFETY)
    monkeypatch.setattr(commands._Interrupt, "__call__", lambda self: True)
    assert main(["library", "add", str(corpus.folder)]) == 130
    assert "已停止" in capsys.readouterr().err
