"""Three forms users' files come in (issue 8), on fixtures written for these tests: an RTF
numbered the old way (the number only in a ``\\pntext`` group), a 飞书 docs export (a
``<div>`` per block, no ``<p>`` or ``<hN>``), and a numbered heading ending in 网 near the top
of a text (never a site's banner)."""

from __future__ import annotations

import pytest

from drafter.corpus import load_document
from drafter.corpus.boilerplate import is_banner
from drafter.corpus.model import ASIDE
from drafter.corpus.readers import convert
from drafter.corpus.readers.html import read_html
from drafter.corpus.readers.rtf_pntext import inline_pntext

# 一、 （一） 1. in GBK, as Msftedit writes them
_ONE = rb"\'d2\'bb\'a1\'a2"
_PAREN_ONE = rb"\'a3\'a8\'d2\'bb\'a3\'a9"
PN_RTF = (
    rb"{\rtf1\ansi\ansicpg936{\fonttbl{\f0\fnil\fcharset134 SimSun;}}"
    rb"\sectd{\*\pnseclvl1\pndbnum\pnstart1{\pntxta \'a1\'a2}}"
    rb"\pard{\pntext\f0 " + _ONE + rb"\tab}{\*\pn\pnlvl1\pndbnum\pnstart1{\pntxta \'a1\'a2}}"
    rb"\f0 Heading one\par"
    rb"\pard{\pntext\f0 " + _PAREN_ONE + rb"\tab}{\*\pn\pnlvl2\pndbnum{\pntxtb \'a3\'a8}"
    rb"{\pntxta \'a3\'a9}}Point one\par"
    rb"\pard{\pntext 1.\tab}{\*\pn\pnlvlbody\pndec{\pntxta .}}Item\par"
    rb"\pard Body with a brace \{ kept\par}"
)


def test_pntext_numbers_become_the_paragraphs_text():
    out = inline_pntext(PN_RTF)
    assert out is not None
    assert b"\\pntext" not in out and b"{\\*\\pn\\" not in out and b"\\pnlvl" not in out
    assert b"{\\f0 " + _ONE + b"}\\f0 Heading one" in out  # the tab after a CJK number dropped
    assert b"{" + _PAREN_ONE + b"}Point one" in out or b"{\\f0 " + _PAREN_ONE + b"}Point" in out
    assert b"{1. }Item" in out  # an ASCII number keeps a space
    assert b"\\pnseclvl1" in out  # the section's definitions are harmless and stay
    assert out.endswith(b"Body with a brace \\{ kept\\par}")


@pytest.mark.parametrize(
    "data",
    [
        rb"{\rtf1\ansi Plain\par}",  # nothing to do
        # a modern list table: LibreOffice numbers it itself
        rb"{\rtf1{\*\listtable{\list\listid1}}{\listtext 1.\tab}{\pntext 1.\tab}Item\par}",
        rb"{\rtf1{\pntext 1.\tab Item\par",  # a group that never closes: left to LibreOffice
    ],
)
def test_files_the_rewrite_leaves_alone(data):
    assert inline_pntext(data) is None


def test_the_copy_libreoffice_reads_carries_the_numbers(tmp_path):
    src, copy = tmp_path / "a.rtf", tmp_path / "source.rtf"
    src.write_bytes(PN_RTF)
    convert._copy_source(src, copy)
    assert b"\\pntext" not in copy.read_bytes()
    doc_as_rtf = tmp_path / "b.doc"  # an OA system's RTF under a .doc name: read the same
    doc_as_rtf.write_bytes(b"  " + PN_RTF)
    convert._copy_source(doc_as_rtf, copy)
    assert b"\\pntext" not in copy.read_bytes()
    word = tmp_path / "c.doc"
    word.write_bytes(b"\xd0\xcf\x11\xe0" + PN_RTF)  # not RTF: copied byte for byte
    convert._copy_source(word, copy)
    assert copy.read_bytes() == word.read_bytes()


@pytest.mark.parametrize(
    ("line", "banner"),
    [
        ("（一）织密居家社区养老服务网", False),
        ("三、建好全市统一的政务数据库", False),
        ("2、完善县乡村三级物流网", False),
        ("云岭市人民政府门户网站", True),
        ("青川新闻网", True),
    ],
)
def test_a_numbered_heading_is_no_site_banner(line, banner):
    assert is_banner(line) is banner


def _block(kind: str, words: list[str], style: str = "") -> str:
    spans = "".join(f'<span data-string="true">{w}</span>' for w in words)
    enter = '<span data-enter="true" data-leaf="true">\u200b</span>'
    css = f' style="{style}"' if style else ""
    return (
        f'<div class="block docx-{kind}-block" data-block-type="{kind}">'
        f'<div class="text-block"{css}>{spans}{enter}</div></div>\n'
    )


BODY = "今年以来，全市上下认真落实各项部署，社区治理工作取得了新的进展，群众满意度持续提升。" * 2
FEISHU = (
    "<html><head><title>王局长讲话（修改稿）</title></head><body><div class='page-main'>"
    "<div class='page-block root-block' data-block-type='page'>"
    "<div class='page-block-header'><div class='text-block'>王局长讲话（修改稿）</div></div>"
    "<div class='doc-info'><span>张三</span>　<span>最近修改：5月6日 10:12</span></div>"
    "<div class='page-block-children'>"
    + '<div class="block docx-callout-block" data-block-type="callout"><div class="callout-block">'
    + _block("text", ["提示：数据待核"])
    + "</div></div>"
    + _block("text", ["在全市社区治理工作", "会议上的讲话"], "text-align:center;")
    + _block("text", ["市民政局局长　王某"], "text-align:center;")
    + _block("text", ["（2027年5月8日）"], "text-align:center;")
    + _block("text", ["同志们："])
    + _block("text", [BODY[:30], BODY[30:]])
    + _block("text", ["下面，我讲两点意见。"])
    + _block("heading2", ["一、提高认识"])
    + _block("text", [BODY])
    + _block("heading2", ["二、抓好落实"])
    + _block("heading3", ["（一）压实责任"])
    + _block("text", [BODY])
    + _block("heading3", ["（二）强化保障"])
    + _block("text", [BODY])
    + _block("text", ["同志们，让我们共同努力，把社区治理工作做得更好！"])
    + "</div></div></div></body></html>"
)


def test_a_feishu_export_reads_every_block(tmp_path):
    path = tmp_path / "王局长讲话.html"
    path.write_text(FEISHU, encoding="utf-8")
    raw = read_html(path)
    texts = [b.text for b in raw.blocks if b.text and b.kind != ASIDE]
    for line in (
        "市民政局局长　王某",
        "（2027年5月8日）",
        "同志们：",
        "（一）压实责任",
        "二、抓好落实",
    ):
        assert line in texts
    assert BODY in texts  # spans joined, the zero-width enter mark gone
    assert not any("最近修改" in t for t in texts)
    assert [b.text for b in raw.blocks if b.kind == ASIDE] == ["提示：数据待核"]
    doc = load_document(path)
    assert doc.metadata.title == "在全市社区治理工作会议上的讲话"
    assert doc.metadata.date == "2027-05-08"
    assert [s.marker for s in doc.outline.sections] == ["一、", "二、"]
    assert [c.marker + c.heading for c in doc.outline.sections[1].children] == [
        "（一）压实责任",
        "（二）强化保障",
    ]
    assert not any("提示" in p.text for p in doc.paragraphs())
