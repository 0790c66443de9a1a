"""``drafter comment add --under H --whole`` comments on the paragraph under a heading.

The head reads the outline first and wants to comment on what a heading says, naming the
heading alone; ``--whole`` (the help: 批注所在的整段) was refused without ``--at``
(请用 --at 指明要批注的文字). ``--under`` without ``--at`` now names the place: the heading,
or with ``--whole`` its first paragraph (``--nth`` the others)."""

from __future__ import annotations

from drafter.cli import main
from drafter.drafts.open_any import open_as_draft
from drafter.drafts.store import load_draft, save_draft
from tests.conftest import SHARED

SEED = SHARED / "seeds" / "000_23c46fd3977b0aa1.txt"  # 在全区办公室主任暨文秘业务培训会议上的讲话
HEADING = "统筹协调是办公室的第一要务"


def _draft(tmp_path):
    path = tmp_path / "讲话.json"
    save_draft(open_as_draft(SEED), path)
    return str(path)


def test_whole_under_a_heading_comments_its_paragraph(tmp_path, capsys):
    d = _draft(tmp_path)
    assert main(["comment", "add", d, "这段太长", "--under", HEADING, "--whole"]) == 0
    assert main(["comment", "add", d, "提法再斟酌", "--under", HEADING]) == 0
    draft = load_draft(d)
    node = next(n for n in draft.walk() if HEADING in n.heading)
    para, head = draft.comments
    assert para.target == node.paragraphs[0].id and para.start is None  # the whole paragraph
    assert node.paragraphs[0].text.startswith("一个单位运转是否有序")
    assert head.target == node.id and head.start is None
    capsys.readouterr()
    assert main(["comment", "list", d]) == 0
    assert "一个单位运转" in capsys.readouterr().out


def test_a_heading_or_paragraph_that_is_not_there_is_refused(tmp_path, capsys):
    d = _draft(tmp_path)
    assert main(["comment", "add", d, "x", "--under", HEADING, "--whole", "--nth", "2"]) == 2
    assert "下只有 1 段，没有第 2 段" in capsys.readouterr().err
    assert main(["comment", "add", d, "x", "--under", "不存在的标题", "--whole"]) == 2
    assert "找不到标题“不存在的标题”" in capsys.readouterr().err
    assert main(["comment", "add", d, "x"]) == 2
    assert "--under" in capsys.readouterr().err
    assert load_draft(d).comments == []
