"""A header naming several speakers gives them all, joined with 、 (张三、李四). A subtitle
"——在…上的讲话 张三 李四" gave the speaker "张三李四", one name glued of two; "（张三、李四）"
under a title was taken for more title; "张三　李四" on its own line opened the body. The
library's filters and ``speaker:`` match what the field contains, so either name finds the
text."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text
from drafter.corpus.header_speaker import several_names

BODY = "（2024年3月1日）\n同志们：\n今天召开会议，部署工作。\n一、提高认识\n安全是底线。\n二、落实责任\n要落实。\n"
TITLE = "关于做好安全生产工作的几点意见"


@pytest.mark.parametrize(
    "line, speaker, subtitle",
    [
        ("——在全区工作会议上的讲话 张三 李四", "张三、李四", "在全区工作会议上的讲话"),
        ("——在全区工作会议上的讲话（张三、李四）", "张三、李四", "在全区工作会议上的讲话"),
        ("——在全区工作会议上的讲话（张三）", "张三", "在全区工作会议上的讲话"),
        ("（张三、李四）", "张三、李四", None),
        ("张三　李四", "张三、李四", None),
        ("张三，李四，王五", "张三、李四、王五", None),
        ("×××、×××", "×××、×××", None),
    ],
)
def test_several_speakers_are_read_and_joined(line, speaker, subtitle):
    meta = parse_text(f"{TITLE}\n{line}\n{BODY}", "t.txt").metadata
    assert meta.title == TITLE and meta.speaker == speaker and meta.subtitle == subtitle


@pytest.mark.parametrize(
    "line",
    [
        "——在全区工作会议上的讲话（摘要）",  # a note, no people
        "（学习、思考）",  # words, not names of people
        "张　三",  # one name spaced to fill the width
        "县委书记　张三",  # a post and one name
    ],
)
def test_what_is_not_several_speakers_stays_as_it_was(line):
    meta = parse_text(f"{TITLE}\n{line}\n{BODY}", "t.txt").metadata
    assert meta.speaker in (None, "张三") and "、" not in (meta.speaker or "")
    assert several_names(line) is None


def test_a_library_finds_the_text_by_either_speaker(tmp_path, capsys):
    import json

    from drafter.cli import main

    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(f"{TITLE}\n（张三、李四）\n{BODY}", encoding="utf-8")
    (tmp_path / "texts" / "b.txt").write_text(f"其他讲话\n王五\n{BODY}", encoding="utf-8")
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", "--no-watch", str(tmp_path / "texts")]) == 0
    capsys.readouterr()
    assert main(["--library", lib, "library", "list", "--json"]) == 0
    listed = {d["speaker"] for d in json.loads(capsys.readouterr().out)}
    assert listed == {"张三、李四", "王五"}
    for name in ("张三", "李四", "讲话人:李四"):
        query = name if ":" in name else f"speaker:{name}"
        assert main(["--library", lib, "search", f"{query} 安全", "--json"]) == 0
        results = json.loads(capsys.readouterr().out)["results"]
        assert results and {r["document"]["speaker"] for r in results} == {"张三、李四"}, name
