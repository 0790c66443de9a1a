"""A page laid out in tables, as older county sites build theirs: read in the page's order.

The extractor read a table nested in a cell after the rows of the table around it, so the
attachments, print bar and 上一篇/下一篇 rows below the article came before the speech and
【相关附件】 stood among its opening paragraphs; see drafter/corpus/readers/html_layout_tables.
"""

from __future__ import annotations

import lxml.html
import pytest
from test_readers_html import BODY, _check_speech

from drafter.corpus import load_document
from drafter.corpus.readers.html_layout_tables import unwrap_layout_tables

TITLE = "在全市优化营商环境大会上的讲话"


def table_page() -> str:
    """The speech of test_readers_html in a one-cell table inside the content column of a
    two-column page table, its lines apart by ``<br><br>`` in a ``<font>``, rows of the
    site's furniture above and below it."""
    lines = []
    for kind, text in BODY:
        lines.append(f"<b>{text}</b>" if kind == "b" else text)
    article = "<br><br>\n".join("　　" + line for line in lines)
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{TITLE}--某某市人民政府</title></head><body>"
        '<table width="778"><tr><td><font>网站首页　|　政务公开　|　领导讲话</font></td></tr>'
        '</table><table width="778"><tr>'
        '<td width="180"><table><tr><td>栏目导航</td></tr><tr><td><a>工作动态</a><br>'
        "<a>领导讲话</a></td></tr></table></td>"
        '<td><table width="100%">'
        "<tr><td>您现在的位置：<a>首页</a> &gt;&gt; <a>领导讲话</a></td></tr>"
        f'<tr><td align="center"><font size="4"><b>{TITLE}</b></font></td></tr>'
        '<tr><td align="center">发布时间：2024-03-05　来源：市政府办公室</td></tr>'
        f'<tr><td><table width="96%"><tr><td><font size="3">\n{article}\n</font></td></tr>'
        "</table></td></tr>"
        "<tr><td><b>【相关附件】</b><br><a>营商环境若干措施.doc</a></td></tr>"
        "<tr><td>【<a>打印本页</a>】　【<a>关闭窗口</a>】</td></tr>"
        "<tr><td>上一篇：<a>在全市经济工作会议上的讲话</a></td></tr>"
        "</table></td></tr></table></body></html>"
    )


def test_a_page_laid_out_in_tables_reads_in_its_order(tmp_path):
    path = tmp_path / "讲话.htm"
    path.write_text(table_page(), "utf-8")
    doc = load_document(path)
    _check_speech(doc)
    body = [p.text for p in doc.paragraphs()]
    assert body.index("同志们：") < body.index(BODY[-1][1])
    # the rows below the article are not read into the speech's opening
    assert not any("相关附件" in t or "上一篇" in t for t in doc.outline.preamble)
    # the info row over the article is the page's source line, not lost with the table
    # (the extractor drops it; html_head finds it again above the <br>-broken text)
    assert doc.metadata.source == "市政府办公室"
    assert doc.apparatus.source and "发布时间：2024-03-05" in doc.apparatus.source
    assert not any("发布时间" in t for t in body)


def _tags(html: str) -> list[str]:
    root = lxml.html.fromstring(html)
    unwrap_layout_tables(root)
    return [e.tag for e in root.iter() if e.tag in ("table", "div")]


@pytest.mark.parametrize(
    ("html", "tags"),
    [
        # a table holding a table lays the page out; the inner one-cell box too
        ("<div><table><tr><td>菜单</td><td><table><tr><td>正文</td></tr></table></td></tr></table></div>",
         ["div", "div", "div", "div", "div", "div", "div", "div"]),
        # a grid of figures: column heads (<th>) mark it data, nesting or not
        ("<div><table><tr><th>指标</th><th>数值</th></tr><tr><td>GDP</td><td>5%</td></tr></table></div>",
         ["div", "table"]),
        # the one-column table of paragraphs an old page sets its text in stays a table
        ("<div><table><tr><td>第一段。</td></tr><tr><td>第二段。</td></tr></table></div>",
         ["div", "table"]),
        # a one-cell table with a caption is a captioned box of data
        ("<div><table><caption>表1</caption><tr><td>数</td></tr></table></div>", ["div", "table"]),
    ],
    ids=["nested", "data", "one_column", "caption"],
)  # fmt: skip
def test_which_tables_lay_the_page_out(html, tags):
    assert _tags(html) == tags
