"""Two ways an office files a speech with other papers (issue 8; px49a, fits on set 13's x03
and x10): a 会议材料汇编 printed as a booklet, two A5 pages on each landscape sheet (its pages
read in order, drafter/corpus/readers/page_imposition.py; the speech the document and the
other items apparatus, drafter/corpus/compilation.py), and a speech under a record's head set
as a table (drafter/corpus/meeting_head.py). Own fixtures, drawn here."""

from __future__ import annotations

from pathlib import Path

import pytest
from ofd_writer import write_placed_ofd

from drafter.corpus import load_document
from drafter.corpus.readers import read_file

_SIZE = 10.5
_A5_W, _A5_H = 420.0, 595.0
_MARGIN = 40.0
_CHARS = 32  # characters a line of an A5 page holds

_SPEECH = [
    "在全县防汛工作会议上的讲话",
    "林远舟",
    "（2031年6月2日）",
    "同志们：",
    "今天召开全县防汛工作会议，主要任务是分析形势，部署今年的防汛工作。下面，我讲两点意见。",
    "一、认清形势，增强做好防汛工作的责任感",
    "今年汛期来得早，降雨偏多，全县防汛形势十分严峻。各级各部门要克服麻痹思想，把防汛工作摆在突出位置，切实做到思想到位、措施到位。",
    "二、突出重点，全力抓好防汛各项措施",
    "要加强监测预警，对山洪地质灾害易发区开展拉网式排查，发现隐患立即整改，确保群众生命财产安全。要落实值班值守，确保信息畅通。",
    "同志们，防汛工作责任重大，让我们守土有责、守土尽责，确保全县安全度汛。",
]
# the booklet's other items, each with its own 一、二、 (not the speech's parts)
_AGENDA = ["会议议程", "一、县水利局局长通报汛情", "二、县长林远舟讲话"]
_NOTICE = [
    "关于全县防汛准备工作检查情况的通报",
    "各乡镇人民政府，县直各单位：",
    "五月下旬，县防指组织对全县防汛准备工作开展了检查，现将有关情况通报如下。",
    "一、总体情况",
    "各乡镇防汛责任已经落实，物资储备基本到位。",
    "二、存在问题",
    "个别水库的巡查记录不全，有的预案多年没有修订。",
]


def _lines(paragraphs: list[str], centred: int) -> list[tuple[float, str]]:
    """(indent in points, text) of an A5 page's lines: the first ``centred`` lines centred,
    the rest wrapped at the measure with a two-character first-line indent (a stop that
    would open a line hangs at the end of the one before)."""
    out: list[tuple[float, str]] = []
    measure = _CHARS * _SIZE
    for k, text in enumerate(paragraphs):
        if k < centred:
            out.append(((measure - len(text) * _SIZE) / 2, text))
            continue
        room = _CHARS - 2
        while text:
            cut = room + (1 if text[room : room + 1] in tuple("，。、；：！") else 0)
            out.append(((_CHARS - room) * _SIZE, text[:cut]))
            text, room = text[cut:], _CHARS
    return out


def _pages() -> list[list[tuple[float, float, str]]]:
    """The booklet's A5 pages as (x, baseline up from the foot, text): cover, 目录, agenda,
    notice, speech; each numbered page with ``- n -`` at its foot."""
    cover = [(0.0, "会　议　材　料"), (0.0, "县人民政府办公室"), (0.0, "2031年6月")]
    contents = [
        "目　　录",
        "会议议程" + "…" * 24 + " 1",
        "关于全县防汛准备工作检查情况的通报" + "…" * 10 + " 2",
        "林远舟同志在全县防汛工作会议上的讲话" + "…" * 8 + " 3",
    ]
    pages = [
        [(_MARGIN + 60, 500.0 - 40 * k, t) for k, (_x, t) in enumerate(cover)],
        [(_MARGIN, 520.0 - 40 * k, t) for k, t in enumerate(contents)],
    ]
    for number, (paragraphs, centred) in enumerate(
        [(_AGENDA, 1), (_NOTICE, 1), (_SPEECH, 3)], start=1
    ):
        lines = _lines(paragraphs, centred)
        page = [(_MARGIN + x, 540.0 - 18 * k, t) for k, (x, t) in enumerate(lines)]
        page.append((_A5_W / 2 - 15, 30.0, f"- {number} -"))
        pages.append(page)
    return pages


def _sheets() -> list[list[tuple[float, float, str]]]:
    """The pages imposed two to a landscape sheet, in order (封面|目录, 1|2, 3|blank)."""
    pages = _pages() + [[]]
    return [
        pages[k] + [(x + _A5_W, y, t) for x, y, t in pages[k + 1]] for k in range(0, len(pages), 2)
    ]


def _booklet_pdf(path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=(2 * _A5_W, _A5_H))
    for sheet in _sheets():
        for x, y, text in sheet:
            c.setFont("STSong-Light", _SIZE)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


def _booklet_ofd(path: Path) -> None:
    mm = 72 / 25.4
    laid = [
        [(x / mm, (_A5_H - y) / mm, _SIZE / mm, text) for x, y, text in sheet]
        for sheet in _sheets()
    ]
    write_placed_ofd(path, laid, (2 * _A5_W / mm, _A5_H / mm))


@pytest.mark.parametrize("suffix", ["pdf", "ofd"])
def test_a_booklet_sheet_is_read_as_its_two_pages_in_order(tmp_path, suffix):
    path = tmp_path / f"booklet.{suffix}"
    (_booklet_pdf if suffix == "pdf" else _booklet_ofd)(path)
    texts = [b.text for b in read_file(path).blocks]
    # the halves one after the other, never a line of one page beside one of the other
    assert not any("\t" in t and "议程" in t for t in texts), texts
    assert texts.index("会议议程") < texts.index(_NOTICE[0]) < texts.index(_SPEECH[0])
    # each half's page number is its page's furniture
    assert not any(t.strip().startswith("- ") for t in texts), texts
    # a paragraph going on over the page's line ends is one paragraph
    assert _SPEECH[4] in texts and _SPEECH[8] in texts, texts


def test_a_compilation_s_speech_is_the_document(tmp_path):
    path = tmp_path / "booklet.pdf"
    _booklet_pdf(path)
    doc = load_document(path)
    assert doc.metadata.title == _SPEECH[0]
    assert doc.metadata.date == "2031-06-02"  # the speech's date line, not the cover's month
    assert doc.metadata.speaker == "林远舟"
    heads = [s.marker + s.heading for s in doc.outline.sections]
    assert heads == [_SPEECH[5], _SPEECH[7]]
    body = "".join(p.text for p in doc.paragraphs())
    assert "会议议程" not in body and "总体情况" not in body and "会　议　材　料" not in body
    # the other items are kept with the document, apart
    kept = "".join(doc.apparatus.appendix)
    assert _AGENDA[0] in kept and _NOTICE[0] in kept and "存在问题" in kept


def _record_docx(path: Path, caption: str, rows: list[tuple[str, str]]) -> None:
    from docx import Document as Docx

    d = Docx()
    d.add_paragraph(caption)
    table = d.add_table(rows=len(rows), cols=2)
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    for text in [
        "在全县秸秆禁烧工作调度会上的讲话",
        "县政府副县长　许明川",
        "同志们：",
        "今天召开这次调度会，主要是通报前一阶段秸秆禁烧工作情况，安排部署下一阶段工作。",
        "一、正视问题，把思想统一到县政府的部署上来",
        "前一阶段，全县秸秆禁烧工作总体平稳，但个别乡镇出现了火点，暴露出巡查不到位的问题。",
        "二、落实责任，确保秸秆禁烧各项措施落地见效",
        "各乡镇要压实网格责任，做到巡查全覆盖、火点零容忍，确保不烧一把火、不冒一处烟。",
    ]:
        d.add_paragraph(text)
    d.save(str(path))


_FIELDS = [
    ("时　　间", "2031年10月8日下午3:00"),
    ("地　　点", "县政府三楼会议室"),
    ("主 持 人", "县政府办公室主任　何子墨"),
    ("参会人员", "各乡镇分管负责同志，县直有关部门负责同志"),
]


def test_a_record_head_table_is_apparatus_and_dates_the_speech(tmp_path):
    path = tmp_path / "record.docx"
    _record_docx(path, "全县秸秆禁烧工作调度会", _FIELDS)
    doc = load_document(path)
    assert doc.metadata.title == "在全县秸秆禁烧工作调度会上的讲话"
    assert doc.metadata.date == "2031-10-08"
    body = [p.text for p in doc.paragraphs()]
    assert not any(t == "全县秸秆禁烧工作调度会" or "会议室" in t or "参会人员" in t for t in body)
    assert doc.apparatus.source is not None
    assert doc.apparatus.source.startswith("全县秸秆禁烧工作调度会　时间：2031年10月8日")
    assert [s.marker for s in doc.outline.sections] == ["一、", "二、"]


def test_a_table_of_other_rows_is_no_record_head(tmp_path):
    """Rows that name no meeting's fields (a table of figures) stay where they are, and the
    caption over them is not taken."""
    path = tmp_path / "figures.docx"
    _record_docx(path, "全县秸秆禁烧工作调度会", [("粮食产量", "12万吨"), ("油料产量", "3万吨")])
    doc = load_document(path)
    assert doc.apparatus.source is None or "粮食产量" not in doc.apparatus.source
    assert doc.metadata.date is None
