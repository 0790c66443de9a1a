"""Fixed-layout pages (PDF, OFD) laid out from lines placed by hand, as an office suite sets a
公文: footnotes repeated on many pages, a 版记's copy-to line with its hanging indent, a run-in
heading's line at a page's foot; and the hints an OFD's ``DocInfo`` gives.

Lines are built directly (:class:`Line`): the layout is what is tested, not a PDF library,
so each case costs a few milliseconds.
"""

from __future__ import annotations

import pytest
from lxml import etree

from drafter.corpus.readers.ofd import doc_info_hints
from drafter.corpus.readers.page_layout import layout_blocks
from drafter.corpus.readers.page_lines import Line

SIZE = 16.0
LEFT = 80.0
CHARS = 26
RIGHT = LEFT + CHARS * SIZE
TOP = 842.0
PITCH = 28.0
WORDS = "坚持以人民为中心的发展思想着力解决群众急难愁盼问题持续深化重点领域改革全面加强基层组织建设"


def _line(text: str, page: int, row: int, x0: float = LEFT, size: float = SIZE) -> Line:
    top = TOP - 100 - row * PITCH
    return Line(text, x0, x0 + len(text) * size, top, top - size, page, TOP, 0.0)


def _full(page: int, k: int) -> str:
    """A full body line of its own words (lines repeated on pages read as running heads)."""
    start = (page * 7 + k) % 20
    return f"第{page}页{k}行" + (WORDS * 2)[start : start + CHARS - 5]


def _page(page: int, rows: int) -> list[Line]:
    return [_line(_full(page, k), page, k) for k in range(rows)]


def _foot(text: str, page: int, size: float = 10.0) -> Line:
    return Line(text, LEFT, LEFT + len(text) * size, 90.0, 80.0, page, TOP, 0.0)


def _number(page: int) -> Line:
    return Line(f"— {page + 1} —", 280.0, 320.0, 50.0, 40.0, page, TOP, 0.0)


@pytest.mark.parametrize("marked", [True, False])
def test_a_note_repeated_on_every_page_stays_where_the_text_marks_it(marked):
    """同上。 at the foot of four pages repeats as a running footer does; with its mark [1]
    in the page's text it is the page's note and stays (read out as a note after the
    text), without one it is a footer and goes."""
    pages = []
    for p in range(4):
        lines = _page(p, 8)
        end = lines[-1]
        end.text = end.text[:-4] + ("一文[1]。" if marked else "一文。")
        pages.append([*lines, _foot("[1] 同上。", p), _number(p)])
    texts = [b.text for b in layout_blocks(pages, {})]
    notes = [t for t in texts if "同上" in t]
    assert notes == (["[1] 同上。"] * 4 if marked else [])
    assert not any("— " in t for t in texts)


def test_a_copy_to_line_goes_on_under_its_label():
    """GB/T 9704's 抄送 line wraps aligned after 抄送： (a hanging indent): one paragraph,
    not two, so the 版记 leaves the body whole."""
    body = _page(0, 6)
    first = "抄送：市防汛抗旱指挥部，县委办公室，县人大常委会办公室，县政"
    small = 14.0
    copy = Line(first, LEFT, RIGHT - 6, 200.0, 186.0, 0, TOP, 0.0)
    rest = "府办公室，县政协办公室。"
    hang = Line(rest, LEFT + 3 * small, LEFT + 3 * small + len(rest) * small, 179, 165, 0, TOP)
    blocks = [b.text for b in layout_blocks([[*body, copy, hang]], {})]
    assert blocks[-1] == first + rest


def test_an_attachment_list_under_its_label_stays_a_list():
    """附件：1．… over 2．… aligned under the first item: two items, not one paragraph."""
    body = _page(0, 6)
    one = "附件：1．关于进一步加强主汛期防汛工作责任落实的实施方案和要求"
    two = "2．县防汛抗旱指挥部成员单位职责分工"
    small = SIZE
    first = Line(one, LEFT, RIGHT - 4, 200.0, 184.0, 0, TOP, 0.0)
    second = Line(two, LEFT + 3 * small, LEFT + 3 * small + len(two) * small, 172, 156, 0, TOP)
    blocks = [b.text for b in layout_blocks([[*body, first, second]], {})]
    assert blocks[-2:] == [one, two]


def test_a_run_in_headings_line_at_a_pages_foot_goes_on_over_the_page():
    """（二）抓好隐患排查。要组织…地质 indented at page 1's foot, 灾害隐患点… at the margin on
    page 2: one paragraph (a heading standing alone would have an indented paragraph under
    it)."""
    page1 = _page(0, 8)
    head = "（二）抓好隐患排查。要组织力量对山洪灾害危险区、地质"
    page1.append(_line(head, 0, 8, x0=LEFT + 2 * SIZE))
    page1[-1].x1 = RIGHT
    page2 = _page(1, 8)
    page2[0].text = "灾害隐患点、在建工地、危旧房屋等重点部位开展拉网式排查，"
    texts = [b.text for b in layout_blocks([page1, page2], {})]
    joined = [t for t in texts if t.startswith("（二）")]
    assert joined and joined[0].startswith(head + "灾害隐患点")


def _info(xml: str):
    return etree.fromstring(
        f'<ofd:DocInfo xmlns:ofd="http://www.ofdspec.org/2016">{xml}</ofd:DocInfo>'
    )


@pytest.mark.parametrize(
    ("xml", "hints"),
    [
        (
            "<ofd:Title>陆明川同志在全县防汛工作视频调度会上的讲话</ofd:Title>"
            "<ofd:CreationDate>2026-06-22</ofd:CreationDate>",
            {"title": "陆明川同志在全县防汛工作视频调度会上的讲话", "published": "2026-06-22"},
        ),
        ("<ofd:Title>文档1.docx</ofd:Title>", {}),
        ("<ofd:Title>Microsoft Word - 讲话稿.doc</ofd:Title>", {}),
        ("<ofd:Title>无标题</ofd:Title><ofd:CreationDate>junk</ofd:CreationDate>", {}),
        ("<ofd:Title>Report</ofd:Title>", {}),
        ("<ofd:Author>办公室</ofd:Author>", {}),
    ],
)
def test_doc_info_gives_a_title_hint_and_the_files_date_apart(xml, hints):
    """An OFD's DocInfo title is a candidate for the title, unless it is a producer's junk;
    its creation date is when the file was made (the 印发 day), kept apart from the text's
    date as a web page's is."""
    assert doc_info_hints(_info(xml)) == hints


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("第一、统筹协调是办公室的第一要务，务必放在首位。", "text"),
        ("第二，网规网优要敢于应用先进技术。", "text"),
        ("一是加强组织领导。", "text"),
        ("（一）抓好监测预警", "text"),
        ("编者按：这是在全县防汛工作会议上的讲话。", "quote"),
    ],
)
def test_a_heading_set_in_kaiti_keeps_its_place_as_the_texts(text, kind):
    """GB/T 9704 sets level-2 headings in 楷体, the face an editor's note is set apart by:
    a line that opens with an outline label (第一、, 一是, （一）) stays the text's."""
    body = _page(0, 6)
    line = _line(text, 0, 7)
    line.set_apart = True
    blocks = layout_blocks([[*body, line]], {})
    assert (blocks[-1].text, blocks[-1].kind) == (text, kind)
