"""Readings bench/format_robustness's users' forms showed (issue 8), in texts written for the
project: a Latin word a character-count hard wrap cut in two joins without a space, a bold
sentence typed after a manual line break (Shift+Enter) in Word keeps its bold, and a saved
page's lines typed in with &nbsp; keep their indent."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.corpus.readers import read_file

FILLER = "各级党组织要把学习贯彻工作同推动本地区本部门中心任务结合起来，切实抓出成效。"
WIDTH = 30


def _wrapped(body: str) -> str:
    """``body``'s paragraphs hard-wrapped at WIDTH characters, each indented two full-width
    spaces, as a text scraped off a site or pasted from one."""
    lines: list[str] = []
    for para in body.split("\n"):
        text = "　　" + para
        lines.extend(text[i : i + WIDTH] for i in range(0, len(text), WIDTH))
    return "\n".join(lines) + "\n"


def _paragraph_with(word: str) -> str:
    """A paragraph whose second line starts just after ``cut`` characters of ``word``."""
    head = "专家们要多走出去交流，你们这些"  # 15 characters after the 2-character indent
    pad = "技术骨干和管理人员都要"[: WIDTH - 2 - len(head) - 3]
    return head + pad + word + "的技术思想要传播到年轻人那里去，形成庞大的思想群。"


def test_latin_word_cut_by_a_full_line_joins_without_space() -> None:
    para = _paragraph_with("fellow")  # the wrap falls after "fel"
    text = _wrapped("\n".join([FILLER * 2, para, FILLER * 3, FILLER * 2]))
    assert "fel\nlow" in text
    doc = parse_text(text, "wrap.txt")
    joined = [p.text for p in doc.paragraphs() if "low的技术" in p.text]
    assert joined and "fellow的技术思想" in joined[0], joined


def test_latin_words_cut_at_a_space_keep_it() -> None:
    # the wrap falls on the space between two words: the line is one short of the width
    para = _paragraph_with("AI model")[: WIDTH - 2] + _paragraph_with("AI model")[WIDTH - 2 :]
    text = _wrapped("\n".join([FILLER * 2, para, FILLER * 3, FILLER * 2]))
    text = text.replace("AI \nmodel", "AI\nmodel")  # the trailing space stripped by the copy
    doc = parse_text(text, "wrap.txt")
    assert any("AI model的技术思想" in p.text for p in doc.paragraphs())


def test_bold_words_after_a_manual_line_break_keep_their_bold(new_docx, tmp_path) -> None:
    d = new_docx()
    d.add_paragraph(FILLER * 2)
    p = d.add_paragraph(FILLER * 2)
    p.add_run().add_break()
    p.add_run("经济体制改革进一步深化。").bold = True
    p.add_run("国有企业改革继续推进。")
    path = tmp_path / "break.docx"
    d.save(path)
    blocks = [b for b in read_file(path).blocks if b.text.strip()]
    after = next(b for b in blocks if b.text.startswith("经济体制改革"))
    assert after.bold == "经济体制改革进一步深化。"
    assert not next(b for b in blocks if b.text == FILLER * 2).bold


BR_PAGE = """<html><head><meta charset="utf-8"><title>论联合政府</title></head><body>
<div class="article"><h1>论联合政府</h1><div class="TRS_Editor">
{lines}<br></div></div></body></html>"""


def test_a_page_typed_indent_is_read_as_the_line_indent(tmp_path) -> None:
    """Lines of a <br> page typed in with &nbsp; keep their indent; a title typed flush
    stays flush (the extractor trims both alike)."""
    nbsp = "&nbsp;" * 4
    lines = ["我们的具体纲领"] + [nbsp + FILLER * 2, nbsp + "人民的军队", nbsp + FILLER * 3] * 3
    path = tmp_path / "br.html"
    path.write_text(BR_PAGE.format(lines="<br>\n".join(lines)), encoding="utf-8")
    blocks = {b.text.strip(): b.indent for b in read_file(path).blocks if b.text.strip()}
    assert blocks["我们的具体纲领"] == 0
    assert blocks["人民的军队"] == 2
    assert blocks[FILLER * 2] == 2
