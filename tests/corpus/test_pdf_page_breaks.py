"""A PDF exported from Word (no first-line indent, GB/T 9704 header and ``— n —`` page
numbers): where a paragraph ends at a page's foot and where it goes on.

Lines are laid out here page by page as an office suite does: a page holds a paragraph's
next line while it fits, widow control keeps a paragraph's last line off the top of a page
by itself (two lines go over), and a page stops short where the next paragraph does not fit.
"""

from __future__ import annotations

from drafter.corpus import load_document
from drafter.corpus.readers import read_file

CHARS = 26  # characters a line
SIZE = 16
LINES = 12  # lines on a full page
CLAUSES = (
    "坚持以人民为中心的发展思想，",
    "着力解决群众急难愁盼问题，",
    "持续深化重点领域改革，",
    "全面加强基层组织建设，",
    "统筹发展和安全两件大事，",
    "推动各项政策落地见效，",
    "切实改进机关工作作风，",
)
_made = [0]


def prose(lines: int, end: str = "。", short: int = 0) -> str:
    """A paragraph of ``lines`` full lines ending in ``end`` (the last line ``short``
    characters long instead, when given); each paragraph its own words (lines repeated
    at the top of pages would read as a running header)."""
    n = lines * CHARS if not short else (lines - 1) * CHARS + short
    _made[0] += 1
    k = _made[0]
    clauses = CLAUSES[k % len(CLAUSES) :] + CLAUSES[: k % len(CLAUSES)]
    text = f"第{k}项" + "".join(clauses) * (n // 60 + 1)
    return text[: n - len(end)] + end


def wrap(text: str) -> list[str]:
    return [text[i : i + CHARS] for i in range(0, len(text), CHARS)]


def draw(path, pages: list[list[str]], header: str = "某某县人民政府办公室") -> None:
    """Each page's lines at the left margin, a header above and a page number below."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for number, lines in enumerate(pages, 1):
        c.setFont("STSong-Light", 10)
        c.drawCentredString(width / 2, height - 50, header)
        c.drawCentredString(width / 2, 40, f"— {number} —")
        c.setFont("STSong-Light", SIZE)
        y = height - 110
        for line in lines:
            c.drawString(80, y, line)
            y -= SIZE * 1.8
        c.showPage()
    c.save()


def blocks(tmp_path, pages: list[list[str]]) -> list[str]:
    path = tmp_path / "report.pdf"
    draw(path, pages)
    return [b.text for b in read_file(path).blocks]


def test_a_sentence_at_the_margin_of_a_page_stopped_short_ends_its_paragraph(tmp_path):
    """Page 1 stops two lines above page 2's foot: the paragraph's next line would have
    fitted, so the paragraph ended there though its last line is full."""
    a, b, c = prose(2, short=10), prose(8), prose(4, short=9)  # b ends at the margin in 。
    rest = prose(12, short=5)
    page1 = wrap(a) + wrap(b)  # 10 lines
    page2 = wrap(c) + wrap(rest)[:8]
    assert len(page1) == LINES - 2 and len(page2) == LINES
    got = blocks(tmp_path, [page1, page2, wrap(rest)[8:]])
    assert got[:3] == [a, b, c]


def test_widow_control_two_lines_over_a_page_stopped_short_go_on(tmp_path):
    """A page one line short, two lines of the paragraph on the next page and its end:
    widow control moved a line over; the paragraph goes on across the break."""
    lead = prose(3, short=12)
    body = prose(10, short=8)
    lines = wrap(lead) + wrap(body)  # 13 lines: 11 on page 1, 2 over
    page1, over = lines[:11], lines[11:]
    assert page1[-1].endswith("，") is False and len(over) == 2
    fill = prose(12, short=3)
    got = blocks(tmp_path, [page1, over + wrap(fill)[:10], wrap(fill)[10:]])
    assert got[:3] == [lead, body, fill]


def test_a_widowed_sentence_end_at_the_margin_goes_on(tmp_path):
    """The same with the page's last line ending a sentence at the margin: still one
    paragraph (the two lines over the break say widow control)."""
    lead = prose(3, short=12)
    first = prose(8)  # 8 full lines ending in 。
    second = "要抓好落实。" * 5  # 30 characters: a full line and 4 characters
    body = first + second
    lines = wrap(lead) + wrap(body)
    page1, over = lines[:11], lines[11:]
    assert page1[-1].endswith("。") and len(over) == 2
    fill = prose(12, short=3)
    got = blocks(tmp_path, [page1, over + wrap(fill)[:10], wrap(fill)[10:]])
    assert got[:3] == [lead, body, fill]


def test_a_one_line_paragraph_opening_a_page_is_not_joined_on(tmp_path):
    """A full page whose last line ends a sentence at the margin, then a one-line
    paragraph: no paragraph leaves a lone line on a page (widow control)."""
    a = prose(12)
    one = "二、突出重点，扎实推进各项任务"
    rest = prose(6, short=9)
    got = blocks(tmp_path, [wrap(a), [one, *wrap(rest)]])
    assert got == [a, one, rest]


def test_a_paragraph_filling_the_page_goes_on(tmp_path):
    """A full page, a sentence's end at the margin, three lines more: nothing says the
    paragraph ended, and it goes on as before."""
    body = prose(12) + prose(3, short=7)
    lines = wrap(body)
    got = blocks(tmp_path, [lines[:LINES], lines[LINES:]])
    assert got == [body]


def test_a_part_title_at_a_pages_foot_stays_apart_from_the_next_page(tmp_path):
    """A part title as a plain paragraph at the foot of a page (no keep-with-next), its
    text on the next page: the title is a heading of its own, not the text's first
    words."""
    opening = prose(4, short=20)
    title_one = "一、充分认识加强作风建设的重要意义"
    body_one = prose(6, short=11)
    title_two = "二、突出重点，扎实推进各项任务"
    body_two = prose(5, short=13)
    page1 = [*wrap(opening), title_one, *wrap(body_one), title_two]
    assert len(page1) == LINES
    path = tmp_path / "speech.pdf"
    draw(path, [page1, wrap(body_two)])
    doc = load_document(path)
    headings = [s.heading for s in doc.outline.sections]
    assert headings == ["充分认识加强作风建设的重要意义", "突出重点，扎实推进各项任务"]
    assert doc.outline.sections[1].paragraphs[0] == body_two


def test_a_heading_without_a_stop_is_not_joined_to_the_paragraph_under_it(tmp_path):
    """The reader's paragraphs are paragraphs: a wrapped heading ending without a stop
    and a paragraph ending in a note mark are not re-joined to what follows (as the
    lines of a text file are)."""
    opening = prose(3, short=15)
    heading = "一、品牌的核心是诚信，是为客户提供的质量、服务与竞争力的提升。要紧紧围绕客户"
    quoted = prose(2, end="。”[1]", short=20)
    after = prose(3, short=6)
    path = tmp_path / "speech.pdf"
    draw(path, [[*wrap(opening), *wrap(heading), *wrap(quoted), *wrap(after)]])
    texts = [p.text for p in load_document(path).paragraphs()]
    assert any(t.startswith(after[:10]) for t in texts)
    assert not any(heading[-6:] + after[:6] in t for t in texts)
    assert not any(after[:10] in t and t.startswith(quoted[:10]) for t in texts)


def test_an_editors_note_set_in_italic_goes_to_the_apparatus(tmp_path):
    """编者按 without its label, set apart only by its face (Word's 引用 style: a slanted
    text matrix) under the title: the editor's, not the speech's."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    note = "这是市长在全市作风建设大会上的讲话，收入本书时作了删节。"
    body = [prose(3, short=12), prose(2, short=20)]
    path = tmp_path / "speech.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", 22)
    c.drawCentredString(A4[0] / 2, 760, "在全市作风建设大会上的讲话")
    text = c.beginText()
    text.setFont("STSong-Light", SIZE)
    text.setTextTransform(1, 0, 0.21, 1, 80, 700)  # slanted, as an office suite sets italic
    text.textOut(note)
    c.drawText(text)
    c.setFont("STSong-Light", SIZE)
    y = 660
    for paragraph in body:
        for line in wrap(paragraph):
            c.drawString(80, y, line)
            y -= SIZE * 1.8
    c.showPage()
    c.save()
    raw = read_file(path)
    # (the title, centred in 22 pt over 16 pt text, is a title by its look: page_layout)
    assert [b.kind for b in raw.blocks] == ["title", "quote", "text", "text"]
    doc = load_document(path)
    assert doc.metadata.title == "在全市作风建设大会上的讲话"
    assert doc.apparatus.notes == [note]
    assert [p.text for p in doc.paragraphs()][:1] == [body[0]]


def test_a_line_left_short_by_a_number_too_long_for_its_end_goes_on(tmp_path):
    """…年均增长 / 21.58%，…: the number moved whole to the next line, leaving the line
    short of the margin mid-sentence; the paragraph goes on (it was split, and as the
    reader's paragraphs are kept, no longer re-joined downstream)."""
    head = "优先发展教育事业。国家财政性教育经费支出累计年均增长"  # 26 characters
    first = head[:22]  # four characters short: the number did not fit
    second = "21.58%，占国内生产总值比例达到4%。教育资源重点向农村"
    rest = prose(2, short=14)
    after = prose(3, short=10)
    lines = [first, second, *wrap(rest), *wrap(after)]
    got = blocks(tmp_path, [lines])
    assert got == [first + second + rest, after]


def test_a_heading_filling_its_line_at_a_pages_foot_stays_apart(tmp_path):
    """A part title filling a whole line, no stop, the last line of page 1; its text on
    page 2. Orphan control keeps a paragraph's first line off a page's foot by itself,
    so a heading's line opening a paragraph there is all of it."""
    opening = prose(4, short=20)
    body_one = prose(6, short=11)
    title = "二、突出重点，扎实推进作风建设各项任务，确保取得实实在在成效"[:CHARS]
    body_two = prose(5, short=13)
    page1 = [*wrap(opening), *wrap(body_one), title]
    path = tmp_path / "speech.pdf"
    draw(path, [page1, wrap(body_two)])
    got = [b.text for b in read_file(path).blocks]
    assert got[-2:] == [title, body_two], got
