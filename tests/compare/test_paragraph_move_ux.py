"""``drafter compare`` says where a moved paragraph went. A paragraph of a real speech moved
from 一、…（一）… to 三、…（二）… was reported as 删除段落 under one heading and 新增段落 under
another, 增加 328 字，删除 328 字, and the head had to work out that nothing was written or
lost. It is now one 移动段落 line naming both places by their printed headings."""

from __future__ import annotations

import json

import docx
import pytest

from drafter.cli import main
from drafter.compare import compare_drafts
from drafter.drafts.open_any import open_as_draft
from drafter.drafts.word_comments import read_word_comments

SPEECH = "seeds/003_e00d83e4667ee5ea.txt"  # 一、（一）… 三、（五）…, run-in points under 二、三、


@pytest.fixture
def versions(shared_dir, tmp_path):
    """(初稿, 二稿): the speech as it is, and with the first paragraph under （一）充分认识办公室
    工作的重要性 moved after the run-in point （二）坚定信念，提振士气 of 三、."""
    lines = (shared_dir / SPEECH).read_text(encoding="utf-8").split("\n")
    first = next(k for k, line in enumerate(lines) if line.startswith("（一）充分认识"))
    moved = lines.pop(first + 1)
    to = next(k for k, line in enumerate(lines) if line.startswith("（二）坚定信念"))
    lines.insert(to + 1, moved)
    one, two = tmp_path / "初稿.txt", tmp_path / "二稿.txt"
    one.write_text((shared_dir / SPEECH).read_text(encoding="utf-8"), encoding="utf-8")
    two.write_text("\n".join(lines), encoding="utf-8")
    return one, two, moved.strip()


def test_the_report_says_from_where_to_where(versions, capsys):
    one, two, moved = versions
    assert main(["compare", str(one), str(two)]) == 0
    out = capsys.readouterr().out
    assert "删除段落" not in out and "新增段落" not in out
    assert (
        "移动段落：原在“一、进一步提高认识，增强做好办公室工作的责任感和使命感 / "
        "（一）充分认识办公室工作的重要性”第 1 段，"
        "现移到“三、进一步转变作风，努力提高办公室整体服务质量 / （二）坚定信念，提振士气”第 2 段"
    ) in out
    assert moved[:20] in out
    assert "增加 0 字，删除 0 字" in out

    assert main(["compare", str(one), str(two), "--json"]) == 0
    (change,) = json.loads(capsys.readouterr().out)["paragraphs"]
    assert change["op"] == "move" and change["old"] == change["new"] == moved
    assert change["old_path"][-1].startswith("充分认识办公室工作的重要性")
    assert change["path"][-1] == "坚定信念，提振士气"


def test_a_reworded_move_and_a_move_within_a_heading(versions):
    one, _two, moved = versions
    old = open_as_draft(one)
    new = open_as_draft(one)
    node = next(n for n in new.walk() if n.heading.startswith("充分认识办公室工作的重要性"))
    first = node.paragraphs.pop(0)
    node.paragraphs.append(first)  # to the end of its own heading
    other = next(n for n in new.walk() if n.heading.startswith("严格管理"))
    moving = other.paragraphs.pop(0)
    moving.text = moving.text.replace("办公室是窗口", "办公室是重要窗口")
    new.closing.insert(0, moving)  # into the closing, a word added
    from drafter.compare.report import render_report

    text = render_report(compare_drafts(old, new))
    # two paragraphs changed places: one of them is said to have moved, within its heading
    assert "移动段落：在“一、进一步提高认识" in text and "”内由第 2 段移到第 1 段" in text
    assert "移动并修改段落：原在“三、进一步转变作风" in text and "现移到结尾第 1 段" in text
    assert "{+重要+}" in text


def test_the_redline_deletes_it_there_inserts_it_here_and_says_so(versions, tmp_path, capsys):
    one, two, moved = versions
    out = tmp_path / "修订稿.docx"
    assert main(["compare", str(one), str(two), "-o", str(out), "--author", "王主任"]) == 0
    body = docx.Document(str(out)).element.body
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    deleted = "".join(t.text or "" for t in body.iter(f"{ns}delText"))
    inserted = "".join(t.text or "" for ins in body.iter(f"{ns}ins") for t in ins.iter(f"{ns}t"))
    assert moved in deleted and moved in inserted
    (note,) = [c for c in read_word_comments(out) if c.text.startswith("本段已移动")]
    assert "现移到“三、进一步转变作风" in note.text and note.paragraph == moved
