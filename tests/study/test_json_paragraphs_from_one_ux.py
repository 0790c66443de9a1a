"""Every ``--json`` that names a paragraph numbers it from 1, as the text output (第 N 段) and
the reader do. Walking the CLI, ``drafter study --json`` put a frame in paragraph 2 while
``drafter notes --json`` put a note on the same words in paragraph 3; ``review --json`` and
``search --json`` counted from 0 like the study, ``library frames --json`` too."""

from __future__ import annotations

import json

from drafter.cli import main
from drafter.library import Library

TEXT = (
    "在全县机关作风建设会议上的讲话\n（2024年3月5日）\n\n同志们：\n\n"
    "今天召开会议，主要是部署机关作风建设工作。\n\n"
    "机关工作要做到三个服务：服务领导、服务基层、服务群众。这是××同志一贯的要求。\n\n"
    "一、提高认识\n\n作风建设关系全局，大家要高度重视。\n\n"
    "二、狠抓落实\n\n各单位要拿出具体措施，确保取得实效。\n"
)
FRAME_PARAGRAPH = "机关工作要做到三个服务：服务领导、服务基层、服务群众。这是××同志一贯的要求。"


def _json(capsys, *argv):
    assert main(list(argv)) in (0, 1)
    return json.loads(capsys.readouterr().out)


def test_study_notes_review_search_and_frames_agree_on_the_paragraph(tmp_path, capsys):
    path = tmp_path / "讲话.txt"
    path.write_text(TEXT, encoding="utf-8")
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", "--no-watch", str(path)]) == 0
    with Library.open(tmp_path / "lib") as library:
        info = library.documents()[0]
        paragraphs = [p.text for p in library.load(info.id).paragraphs()]
    shown = paragraphs.index(FRAME_PARAGRAPH) + 1  # 第 N 段 as a reader counts
    capsys.readouterr()

    assert main(["--library", lib, "study", info.id]) == 0
    assert f"三个服务（第 {shown} 段）" in capsys.readouterr().out  # the text output
    study = _json(capsys, "--library", lib, "study", info.id, "--json")
    frame = next(f for f in study["frames"] if f["phrase"] == "三个服务")
    assert frame["paragraph"] == shown
    sections = {s["heading"]: s["paragraph"] for s in study["sections"]}
    assert paragraphs[sections["一、提高认识"] - 1] == "一、提高认识"

    assert main(["--library", lib, "notes", "add", info.id, "三个服务", "--note", "数字概括"]) == 0
    capsys.readouterr()
    (note,) = _json(capsys, "--library", lib, "notes", "list", "--json")
    assert note["paragraph"] == shown

    review = _json(capsys, "review", str(path), "--json", "--only", "placeholder")
    finding = next(f for f in review["findings"] if f["text"] == "××")
    assert finding["location"]["paragraph"] == shown

    search = _json(capsys, "--library", lib, "search", "三个服务", "--json")
    assert search["results"][0]["paragraph"] == shown

    frames = _json(capsys, "--library", lib, "library", "frames", "--json", "--min", "1")
    examples = [e for p in frames["frames"] if p["phrase"] == "三个服务" for e in p["examples"]]
    assert examples and examples[0]["paragraph"] == shown
