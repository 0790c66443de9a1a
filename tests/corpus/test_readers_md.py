"""The Markdown reader: headings, markup stripped, front matter, code, lists, tables."""

from __future__ import annotations

from drafter.corpus.model import RawDocument
from drafter.corpus.pipeline import build_document
from drafter.corpus.readers import read_file
from drafter.corpus.readers.markdown import parse_markdown, strip_inline


def _read(write_bytes, text: str, codec: str = "utf-8"):
    return read_file(write_bytes("note.md", text.encode(codec)))


def test_headings_and_body(write_bytes):
    doc = _read(
        write_bytes,
        "# 在全市工作会议上的讲话\n\n同志们：\n\n## 一、统一思想 ##\n正文。\n###### 六级\n#不是标题\n",
    )
    assert doc.format == "md"
    assert doc.encoding == "utf-8"
    got = [(b.text, b.heading_level) for b in doc.blocks]
    assert got == [
        ("在全市工作会议上的讲话", 1),
        ("", None),
        ("同志们：", None),
        ("", None),
        ("一、统一思想", 2),
        ("正文。", None),
        ("六级", 6),
        ("#不是标题", None),
    ]


def test_setext_headings():
    blocks = parse_markdown(["总标题", "===", "小标题", "---", "正文"])
    assert [(b.text, b.heading_level) for b in blocks] == [
        ("总标题", 1),
        ("小标题", 2),
        ("正文", None),
    ]


def test_inline_markup_is_stripped():
    assert strip_inline("要**坚持**__问题__导向，*突出*重点") == "要坚持问题导向，突出重点"
    assert strip_inline("见[通知](http://example.gov.cn/a.html)全文") == "见通知全文"
    assert strip_inline("图![示意图](img/a.png)如下") == "图如下"
    assert strip_inline("运行 `drafter outline` 命令") == "运行 drafter outline 命令"
    assert strip_inline("~~删除~~保留<br/>换行<span style='x'>文字</span>") == "删除保留换行文字"
    assert strip_inline("snake_case_name 与 2 * 3 * 4 不变") == "snake_case_name 与 2 * 3 * 4 不变"
    assert strip_inline(r"转义 \*号\* 与 \# 号") == "转义 *号* 与 # 号"
    assert strip_inline("参见 <https://www.gov.cn>") == "参见 https://www.gov.cn"


def test_front_matter_comments_and_link_definitions_are_dropped():
    lines = [
        "---",
        "title: 讲话稿",
        "date: 2025-11-24",
        "---",
        "正文<!-- 内部备注 -->开始",
        "<!-- 多行",
        "备注 -->",
        "[ref]: http://example.com",
        "结束",
    ]
    texts = [b.text for b in parse_markdown(lines)]
    assert texts == ["正文开始", "", "", "", "结束"]


def test_toml_front_matter_is_dropped_and_a_teaser_over_more_is_a_note():
    # Hugo's +++ front matter, then the blogger's word over <!--more--> and a speech's own
    # title line under it (own text, px53c): the note goes to the document's notes
    lines = [
        "+++",
        'title = "在全乡秋收工作会议上的讲话（存档）"',
        "date = 2031-11-02T20:00:00+08:00",
        "+++",
        "",
        "翻旧文件时找到的一篇稿子，整理出来放在这里。",
        "",
        "<!--more-->",
        "",
        "**在全乡秋收工作会议上的讲话**",
        "",
        "（2031年9月20日）",
        "",
        "同志们：",
        "",
        "今天召开全乡秋收工作会议，部署秋收秋种工作。各村要抓住晴好天气，组织劳力抢收抢晒。",
    ]
    blocks = parse_markdown(lines)
    assert not [b for b in blocks if "title =" in b.text or b.text == "+++"]
    doc = build_document(RawDocument(path="post.md", format="md", blocks=blocks))
    assert doc.metadata.title == "在全乡秋收工作会议上的讲话"
    assert doc.metadata.date == "2031-09-20"
    assert doc.apparatus.notes == ["翻旧文件时找到的一篇稿子，整理出来放在这里。"]
    assert "翻旧文件" not in " ".join(p.text for p in doc.paragraphs())


def test_a_summary_that_runs_on_past_more_stays_the_text():
    # no title after the divider: the summary is the post's own opening
    lines = ["今天召开全乡秋收工作会议。", "<!--more-->", "各村要抓住晴好天气，组织劳力抢收抢晒。"]
    assert [b.kind for b in parse_markdown(lines) if b.text] == ["text", "text"]


def test_a_leading_rule_is_not_front_matter():
    texts = [b.text for b in parse_markdown(["---", "不是键值", "正文", "---", "后文"])]
    assert "不是键值" in texts
    assert "后文" in texts


def test_fenced_code_is_kept_verbatim():
    blocks = parse_markdown(["```python", "# not a heading", "x = **y**", "```", "## 标题"])
    assert [(b.text, b.heading_level) for b in blocks] == [
        ("# not a heading", None),
        ("x = **y**", None),
        ("标题", 2),
    ]


def test_lists_quotes_and_tables():
    lines = [
        "- 第一项",
        "  * 嵌套**项**",
        "- [x] 已完成",
        "1. 加强学习",
        "> 引用的话",
        "| 项目 | 目标 |",
        "|:----|----:|",
        "| 乡村振兴 | [推进](u) |",
        "***",
    ]
    blocks = parse_markdown(lines)
    assert [b.text for b in blocks] == [
        "第一项",
        "嵌套项",
        "已完成",
        "1. 加强学习",
        "引用的话",
        "项目\t目标",
        "乡村振兴\t推进",
        "",
    ]
    assert [b.kind for b in blocks][5:7] == ["table", "table"]


def test_markdown_in_gbk(write_bytes):
    doc = _read(write_bytes, "# 标题\n正文内容", codec="gbk")
    assert doc.encoding == "gb18030"
    assert [b.text for b in doc.blocks] == ["标题", "正文内容"]


def test_a_footnotes_wrapped_lines_and_paragraphs_stay_in_the_note():
    """A note's lines indented four spaces or a tab (after a blank line too) and its lazy
    wrap straight under it belong to the note, not the body; the body after it does not."""
    lines = [
        "正文第一段[^1]。",
        "",
        "[^1]: 见《关于全面深化改革的决定》，",
        "    人民出版社2024年版，第12页。",
        "",
        "\t本文引用时有删节。",
        "[^b]: 数据来源：市统计局，",
        "截至2026年2月底。",
        "",
        "    ",
        "正文又一段。",
        "[^3]: 第三个注释。",
        "## 二、下一部分",
    ]
    texts = [(b.text, b.heading_level) for b in parse_markdown(lines) if b.text.strip()]
    assert texts == [
        ("正文第一段[1]。", None),
        ("[1] 见《关于全面深化改革的决定》，人民出版社2024年版，第12页。本文引用时有删节。", None),
        ("[2] 数据来源：市统计局，截至2026年2月底。", None),
        ("正文又一段。", None),
        ("[3] 第三个注释。", None),
        ("二、下一部分", 2),
    ]


def test_a_list_of_links_into_the_document_is_its_contents_not_its_parts():
    """px51b: a notes app's 目录, a list of anchors over the text, is furniture (label and all);
    a list with one such link, or links out of the document, stays text."""
    lines = [
        "**目　录**",
        "",
        "- [讲话正文](#zhengwen)",
        "  - [一、总体要求](#yi)",
        "1. [附：参会名单](#mingdan)",
        "",
        "同志们：",
        "- [只有一个](#one)",
        "- [外面的链接](https://example.org/a)",
        "- [另一个](https://example.org/b)",
    ]
    texts = [b.text for b in parse_markdown(lines)]
    assert texts[:6] == [""] * 6
    assert texts[6:] == ["同志们：", "只有一个", "外面的链接", "另一个"]


def test_a_short_appended_label_after_the_text_opens_the_appendix():
    """px51b: 附：会议议程 over what an office appended after the speech (the agenda, a Q&A) is
    the appendix, its label with it, as 附录：… and 附件 are; a 附： line that is a sentence,
    or one over the speaker's own answers (附：座谈问答, body by the study gold), stays the
    speech's."""
    from drafter.corpus import parse_text

    body = [
        "在全镇妇女工作会议上的讲话",
        "同志们：",
        "今天召开这次会议，主要任务是总结去年工作，部署今年任务。",
        "一、认清形势",
        "过去一年，全镇妇女工作取得了新的进展，各项任务圆满完成。",
        "二、明确任务",
        "今年要突出抓好技能培训和家庭建设，把各项工作落到实处。",
        "同志们，让我们携起手来，共同开创妇女工作新局面！",
    ]
    doc = parse_text("\n".join([*body, "附：会议议程", "1. 会议开始", "2. 领导讲话"]))
    assert doc.apparatus.appendix == ["附：会议议程", "1. 会议开始", "2. 领导讲话"]
    assert [s.label[:2] for s in doc.outline.sections] == ["一、", "二、"]
    said = parse_text("\n".join([*body, "附：这次会议开得很好，大家回去后要认真传达。"]))
    assert not said.apparatus.appendix
    answers = parse_text(
        "\n".join([*body, "附：座谈问答", "问：培训经费从哪里来？", "答：镇里统筹。"])
    )
    assert not answers.apparatus.appendix
