"""The reading rules the typed and converted forms of real texts called for (own fixtures).

bench/format_robustness.py's pdf_official, md_typed and txt_gb18030 forms of the gold
documents showed these: a paragraph ending in a stage direction ran into the notes under a
record; a Notepad text (a paragraph a line, each indented) had a broken line glued into
its heading; Markdown's ``##`` set 前言 above the numbered parts of the same level; a
one-page PDF's running header ran into its title; a PDF paragraph whose last line ends in
。 a few characters short of the margin swallowed the unindented paragraph after it.
"""

from __future__ import annotations

import pytest

from drafter.corpus import load_document, parse_text
from drafter.corpus.readers import read_file
from drafter.corpus.reflow import aside_after_end

LONG = "要坚持问题导向，聚焦群众反映强烈的突出问题，持续开展专项整治，切实做到真改实改。"
# paragraphs of several lengths (lines all of one length would read as a hard wrap)
PROSE = [
    LONG,
    "作风建设是党的建设的重要内容，关系人心向背。",
    LONG * 2,
    "各级领导干部要带头转变作风，深入基层调查研究，帮助群众解决实际困难。",
    "要把监督检查贯穿始终。",
    LONG + "对顶风违纪的，发现一起、查处一起，决不姑息。",
]


def _sections(doc) -> list[tuple[int, str, str]]:
    out = []

    def walk(sections):
        for s in sections:
            out.append((s.level, s.marker, s.heading))
            walk(s.children)

    walk(doc.outline.sections)
    return out


def test_a_stage_direction_after_the_last_sentence_ends_the_paragraph():
    assert aside_after_end("我们要团结一致，继续前进。（热烈鼓掌，高呼口号）")
    assert aside_after_end("这是我们的任务！（掌声）")
    assert not aside_after_end("我们要建立健全工作机制（试行）")
    assert not aside_after_end("会议强调了三个方面（见附件")
    text = (
        "在追悼大会上的演说\n\n"
        f"{LONG}\n"
        f"最后，{LONG}为了这个，就要保护一切抗日的人民。（热烈鼓掌，高呼口号）\n"
        "注释\n"
        "〔1〕一九三九年六月十二日的事件，见本书第一卷的注释。\n"
    )
    texts = [p.text for p in parse_text(text, "演说.txt").paragraphs()]
    assert texts[-1].endswith("（热烈鼓掌，高呼口号）")
    assert not any("注释" in t or "〔1〕" in t for t in texts)


def _notepad(lines: list[str]) -> str:
    """A text typed in Notepad: a paragraph a line, each indented with two full-width
    spaces, CRLF line ends."""
    return "\r\n".join(["关于深化改革的讲话", ""] + ["　　" + t for t in lines]) + "\r\n"


def test_in_a_text_indented_line_by_line_each_indented_line_is_a_paragraph():
    lines = [
        PROSE[0],
        "一、通过内部整合研发资源，成立新的产品与解决方案组织，构建未来面向",
        "融合时代的技术领先优势。通过减少非必要的内部协调，提升研发效率。",
        PROSE[1],
        "二、通过匹配客户需求，建立面向三个客户群的组织",
        PROSE[2],
        PROSE[3],
        "三、加强干部队伍建设",
        PROSE[4],
    ]
    doc = parse_text(_notepad(lines), "讲话.txt")
    texts = [p.text for p in doc.paragraphs()]
    assert lines[1] in texts and lines[2] in texts  # the writer's lines, kept as typed
    assert [s[1] for s in _sections(doc)] == ["一、", "二、", "三、"]


def test_in_a_text_indented_line_by_line_a_line_ending_on_a_comma_goes_on():
    lines = [PROSE[0], "反革命的骨干分子，", "现在有些人想翻这个案，我看不值得翻。", *PROSE[1:]]
    texts = [p.text for p in parse_text(_notepad(lines), "讲话.txt").paragraphs()]
    assert "反革命的骨干分子，现在有些人想翻这个案，我看不值得翻。" in texts


def test_a_notepad_file_in_gb18030_with_crlf_reads_its_title_and_paragraphs(tmp_path):
    lines = ["一、总体要求", PROSE[0], "二、重点任务", PROSE[1], "三、保障措施", *PROSE[2:]]
    path = tmp_path / "讲话.txt"
    path.write_bytes(_notepad(lines).encode("gb18030"))
    doc = load_document(path)
    assert doc.metadata.title == "关于深化改革的讲话"
    assert [s[1] for s in _sections(doc)] == ["一、", "二、", "三、"]
    assert all("\r" not in p.text and "　" not in p.text for p in doc.paragraphs())


@pytest.mark.parametrize(
    "title_indent", ["", "　" * 6, " " * 12], ids=["flush", "centred", "spaces"]
)
@pytest.mark.parametrize("blank", [False, True], ids=["packed", "blank-lines"])
def test_an_indented_part_title_under_a_title_set_apart_is_no_second_title_line(
    title_indent, blank
):
    """A Notepad text indents every paragraph but its title (flush, or centred by hand):
    the indented unnumbered part title right under it opens the text (gold ren 19940621 in
    txt_gb18030 read 对…的一点看法 中国农话的现状及发展趋势 as its title)."""
    parts = ["农村通信的现状及发展趋势", PROSE[0], PROSE[1], "市场和产业现状", PROSE[2], PROSE[3]]
    parts += ["技术方面的建议", PROSE[4], PROSE[5], "政策建议", PROSE[0]]
    sep = ["", ""] if blank else [""]
    lines = [title_indent + "对农村通信网与交换机产业的一点看法", *sep[:1]]
    for t in parts:
        lines += ["　　" + t] + ([""] if blank else [])
    doc = parse_text("\r\n".join(lines) + "\r\n", "看法.txt")
    assert doc.metadata.title == "对农村通信网与交换机产业的一点看法"
    assert [s[2] for s in _sections(doc)] == [
        "农村通信的现状及发展趋势",
        "市场和产业现状",
        "技术方面的建议",
        "政策建议",
    ]


def test_a_two_line_title_set_flush_is_still_one_title():
    lines = ["在全县深化改革工作会议", "上的讲话", "", *("　　" + t for t in PROSE * 2)]
    doc = parse_text("\r\n".join(lines) + "\r\n", "讲话.txt")
    assert doc.metadata.title == "在全县深化改革工作会议上的讲话"


def test_markdown_headings_of_one_level_are_one_group_numbered_or_not(tmp_path):
    body = LONG * 2
    path = tmp_path / "讲话.md"
    path.write_text(
        f"# 在全市工作会议上的讲话\n\n## 前  言\n\n{body}\n\n## 一、充分认识重要意义\n\n"
        f"{body}\n\n## 二、突出工作重点\n\n{body}\n\n## 三、加强组织领导\n\n{body}\n",
        encoding="utf-8",
    )
    levels = {(level, marker) for level, marker, _ in _sections(load_document(path))}
    assert levels == {(1, ""), (1, "一、"), (1, "二、"), (1, "三、")}


def test_a_one_page_pdf_loses_its_running_header_not_its_title(make_pdf):
    title = "关于加强机关作风建设的讲话"
    path = make_pdf([("title", title), ("p", LONG * 2), ("p", LONG)], lines_per_page=40)
    texts = [b.text for b in read_file(path).blocks]
    assert texts[0] == title
    assert not any("某某市人民政府办公室" in t for t in texts)


def test_a_pdf_paragraph_ending_short_of_the_margin_ends_at_its_full_stop(make_pdf):
    # 26 characters a line, no first-line indent: the first paragraph's last line holds
    # 23 characters ending in 。, the second paragraph starts at the left margin
    first = (
        "作风建设是党的建设的重要内容，关系人心向背，关系事业成败。" * 1
        + "各级干部务必高度重视作风建设。"
    )
    first = first[: 26 + 22] + "。"
    second = LONG * 2
    path = make_pdf([("p", first), ("p", second)], indent=False, lines_per_page=40)
    assert [b.text for b in read_file(path).blocks] == [first, second]
