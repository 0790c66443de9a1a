"""A document's table of contents stays out of its body and outline, its 目录 label with it.

Word makes the list as a TOC field whose entries carry the TOC 1/TOC 2 styles, but a file
pasted or converted from elsewhere keeps the field without the styles; a text, page or
PDF copy has the entries as lines ending in leaders and a page number. Every fixture here
is written by the test (tests/docx_builder.py for Word).
"""

from __future__ import annotations

import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx_builder import _W_NS, h_styled, new_doc, para, title

from drafter.corpus import load_document

HEADS = [
    "一、充分肯定过去一年的工作成绩",
    "二、准确把握当前面临的形势任务",
    "三、扎实做好今年各项重点工作",
]
SUBS = ["（一）坚持稳中求进", "（二）狠抓工作落实"]
BODY = (
    "过去一年，我们坚持以新时代中国特色社会主义思想为指导，认真贯彻上级部署，各项工作取得新进展。"
)
TITLE = "在全市机关工作会议上的讲话"


def _entries() -> list[tuple[str, int]]:
    """The contents list's entries (heading, page): the three parts, the last one's two
    points under it."""
    return [(HEADS[0], 2), (HEADS[1], 3), (HEADS[2], 5), (SUBS[0], 5), (SUBS[1], 6)]


def _all_texts(doc) -> list[str]:
    """Every text the outline shows: preamble, headings and paragraphs, closing."""
    out = list(doc.outline.preamble)

    def walk(sections):
        for s in sections:
            out.append(s.marker + s.heading)
            out.extend(s.paragraphs)
            walk(s.children)

    walk(doc.outline.sections)
    return out + list(doc.outline.closing)


def _headings(doc) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []

    def walk(sections):
        for s in sections:
            out.append((s.level, s.marker + s.heading))
            walk(s.children)

    walk(doc.outline.sections)
    return out


EXPECTED = [(1, HEADS[0]), (1, HEADS[1]), (1, HEADS[2]), (2, SUBS[0]), (2, SUBS[1])]


def _body(doc) -> None:
    for h in HEADS:
        h_styled(doc, h) if not h.startswith("三") else h_styled(doc, h)
        para(doc, BODY)
        if h.startswith("三"):
            for s in SUBS:
                h_styled(doc, s, style="Heading 2")
                para(doc, BODY)


def _field_entries(doc) -> None:
    """The list as a TOC field's result, entries in Normal style: hyperlinks to the
    headings' bookmarks, page numbers as PAGEREF fields, the field ending after the last."""
    entries = _entries()
    body = doc.element.body
    for i, (text, page) in enumerate(entries):
        xml = f"<w:p {_W_NS}>"
        if i == 0:
            xml += (
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                ' TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            )
        xml += (
            f'<w:hyperlink w:anchor="_Toc{i}"><w:r><w:t>{text}</w:t></w:r><w:r><w:tab/></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
            f" PAGEREF _Toc{i} \\h </w:instrText></w:r>"
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{page}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'
        )
        if i == len(entries) - 1:
            xml += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        body.insert(len(body) - 1, parse_xml(xml + "</w:p>"))  # before w:sectPr


def _styled_entries(doc, names=("toc 1", "toc 2"), pages=True) -> None:
    """The list as Word's own TOC styles show it, typed (no field): heading, tab, page;
    ``names`` the two levels' styles (LibreOffice's are Contents 1, Contents 2), and
    without ``pages`` the headings alone (a list made for the screen): only the style
    tells them from the headings."""
    for name in names:
        doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    for text, page in _entries():
        p = doc.add_paragraph(style=names[1] if text.startswith("（") else names[0])
        p.add_run(f"{text}\t{page}" if pages else text)


def _typed_entries(doc) -> None:
    """The list typed by hand in Normal style: heading, dot leaders, page."""
    for text, page in _entries():
        para(doc, f"{text}{'…' * 8}{page}")


@pytest.mark.parametrize(
    ("kind", "label"),
    [(kind, label) for kind in ("field", "styled", "typed") for label in ("目　录", None)]
    + [("field", "目录"), ("libreoffice", "目　录")],
)
def test_word_contents_list_and_its_label_leave_the_body(tmp_path, kind, label):
    doc = new_doc()
    title(doc, TITLE)
    if label:
        para(doc, label)
    {
        "field": _field_entries,
        "styled": _styled_entries,
        "libreoffice": lambda d: _styled_entries(d, ("Contents 1", "Contents 2"), False),
        "typed": _typed_entries,
    }[kind](doc)
    _body(doc)
    path = tmp_path / "contents.docx"
    doc.save(path)
    read = load_document(path)
    assert read.metadata.title == TITLE
    assert _headings(read) == EXPECTED
    texts = _all_texts(read)
    assert not any(t.replace("\u3000", "") == "目录" for t in texts), texts
    assert not any(t[-1].isdigit() for t in texts), texts


def _text_file(leader: str, label: str | None, indent: str) -> str:
    lines = [TITLE, ""]
    if label:
        lines += [label, ""]
    lines += [f"{indent if h.startswith('（') else ''}{h}{leader}{page}" for h, page in _entries()]
    lines += ["", indent + "同志们："]
    for h in HEADS:
        lines += [indent + h, indent + BODY]
        if h.startswith("三"):
            for s in SUBS:
                lines += [indent + s, indent + BODY]
    return "\n".join(lines) + "\n"


LEADERS = {
    "dots": "." * 20,
    "ellipses": "……………………",
    "middots": "·········",
    "spaced": " . . . . . . ",
    "tab": "\t",
    "spaces": "    ",
}
# every leader in a text file, each with and without its label across the cases; a page
# shows a tab or a run of spaces as one space, so only leaders set a page's list apart
FORMS = [
    (".txt", "dots", "目　录"),
    (".txt", "ellipses", None),
    (".txt", "middots", "目录"),
    (".txt", "tab", None),
    (".txt", "spaced", None),
    (".txt", "spaces", "目　录"),
    (".md", "ellipses", "目　录"),
    (".md", "tab", None),
    (".html", "dots", "目　录"),
    (".html", "middots", None),
]


@pytest.mark.parametrize(("suffix", "leader_name", "label"), FORMS)
def test_typed_contents_list_leaves_the_body(tmp_path, suffix, leader_name, label):
    leader = LEADERS[leader_name]
    text = _text_file(leader, label, "　　" if suffix == ".txt" else "")
    if suffix == ".html":
        paras = "".join(f"<p>{line}</p>" for line in text.splitlines() if line)
        text = f"<html><head><title>{TITLE}</title></head><body>{paras}</body></html>"
    elif suffix == ".md":
        text = "\n\n".join(line for line in text.splitlines() if line)
    path = tmp_path / f"contents{suffix}"
    path.write_text(text, encoding="utf-8")
    read = load_document(path)
    assert _headings(read) == EXPECTED
    texts = _all_texts(read)
    assert not any(t.replace("\u3000", "") == "目录" for t in texts), texts
    assert not any(t[-1].isdigit() for t in texts), texts


def test_table_rows_and_a_lone_label_stay(tmp_path):
    """Rows of figures typed with spaces end in digits but list no headings (nor do two
    numbered ones), and a 目录 line with no list under it is the writer's, not a contents
    list's: all are kept."""
    rows = ["粮食产量    12", "油料产量    15", "蔬菜产量    18"]
    numbered = ["1、新增就业人数    12", "2、新增市场主体    15"]
    text = "\n".join(
        [
            TITLE,
            "",
            "　　" + HEADS[0],
            "　　" + BODY,
            *rows,
            "　　" + BODY,
            *numbered,
            "　　" + HEADS[1],
            "　　目录",
            "　　" + BODY,
        ]
    )
    path = tmp_path / "rows.txt"
    path.write_text(text + "\n", encoding="utf-8")
    texts = " ".join(_all_texts(load_document(path)))
    assert all(row.split()[0] in texts for row in rows + numbered)
    assert "目录" in texts
