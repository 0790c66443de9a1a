"""An outline (提纲) with one part number written wrong keeps every heading (ux67's walk).

The office head reviews the writer's 提纲 before any prose: seed 003's headings alone,
（三） under 二、 typed （四） (or （四） typed （三）). The outline lost 二、's parts
from the slip on, and 一、's three parts with them: the first （四） was read as 一、's list
going on across 二、 (一、（一）（二）（三）…（四）), a run across a higher heading, which
is dropped; and （三）（三）（五）, a number standing where the next one belongs, ended the
run. The slip is said once, as one number written wrong (not a gap and a repeat). The headings
are read from the seed at run time."""

from __future__ import annotations

import re

import pytest

from drafter.cli import main
from drafter.corpus import parse_text
from drafter.drafts.open_any import open_as_draft

SEED = "seeds/003_e00d83e4667ee5ea.txt"  # 全县办公室主任会议上的讲话: 一、（3）二、（7）三、（5）


def _outline(shared_dir) -> list[str]:
    """The title and the seed's headings, one a line, a run-in heading cut at its 。"""
    lines = ["在全县办公室主任会议上的讲话（提纲）"]
    for line in (shared_dir / SEED).read_text("utf-8").splitlines():
        line = line.strip()
        if re.match(r"^[一二三四五六七八九十]+、", line):
            lines.append(line)
        elif m := re.match(r"^（[一二三四五六七八九十]+）[^。]*。?", line):
            lines.append(m.group(0))
    assert len(lines) == 1 + 3 + 15, "seed 003's outline changed"
    return lines


def _slipped(lines: list[str], words: str, marker: str) -> str:
    at = next(i for i, line in enumerate(lines) if words in line)
    lines = lines[:]
    lines[at] = marker + lines[at].split("）", 1)[1]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "words,marker,warning",
    [
        ("抓好公文办理", "（四）", "（四） where （三） stands"),  # 二、四、四、五
        ("要做好沟通协调", "（三）", "（三） where （四） stands"),  # 三、三、五
    ],
)
def test_one_slip_keeps_every_part(shared_dir, tmp_path, capsys, words, marker, warning):
    text = _slipped(_outline(shared_dir), words, marker)
    doc = parse_text(text, str(tmp_path / "提纲.txt"))
    parts = [s for s in doc.outline.sections]
    assert [len(s.children) for s in parts] == [3, 7, 5]
    assert [w for w in doc.warnings if w.startswith("numbering:")] == [f"numbering: {warning}"]
    path = tmp_path / "提纲.txt"
    path.write_text(text, "utf-8")
    draft = open_as_draft(path)  # what 打开稿件 and 提纲视图 show the head
    assert [len(n.children) for n in draft.sections] == [3, 7, 5]
    # drafter outline says the slip once, in Chinese: not 编号不连续（1 处） above it too,
    # nor ? 同级标题编号中断或重新开始（“（四）”处） beside 编号有误 (ux71)
    assert main(["outline", str(path)]) == 0
    said = [line for line in capsys.readouterr().out.splitlines() if "编号" in line]
    assert len(said) == 1
    assert "编号有误" in said[0]
