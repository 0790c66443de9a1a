"""Pages and files of templates drafter was not fitted to: the title, the date and a body
without the site's or the office's furniture.

The first tests read lines written here (places and names made up): an issued document's
版头 (份号, 密级, 紧急程度, the office's 文件 mark, the 文号), a page's hit counter, the
信息公开 box's padded 名　称 field, a picture's （资料图） caption, WeChat's 发表于 line, a
paper's lead over the speech it prints, a 范文 site's upload credit and a disclaimer, and a
date signed as 2015.9.2 or 2015-09-02. The last test writes a few real gold documents as the
other sites' pages and files of tests/corpus/realforms_sites.py (skipped without ../shared).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from realforms import load_source, norm
from realforms_sites import SITE_CHROME, SITE_FORMS, site_path

from drafter.corpus import load_document, parse_text
from drafter.corpus.masthead import masthead_line

TITLE = "在全县安全生产工作会议上的讲话"
SPEECH = [
    "同志们：",
    "今天召开全县安全生产工作会议，主要任务是分析当前形势，部署下一阶段工作。下面，我讲两点意见。",
    "一、清醒认识当前安全生产形势",
    "去年以来全县安全生产形势总体平稳，但一些行业领域隐患依然突出，个别地方监管存在盲区。",
    "二、压紧压实安全生产责任",
    "要严格落实党政同责、一岗双责，层层压实责任，对违法违规行为依法严厉查处，强化应急准备。",
    "同志们，安全生产责任重于泰山。让我们以高度负责的态度，扎扎实实做好各项工作！",
]


def _read(head: list[str], tail: list[str] = ()):
    return parse_text("\n\n".join([*head, *SPEECH, *tail]), "doc.txt")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("000123", True),  # 份号
        ("77343", True),  # a hit counter left alone by its page
        ("机密★1年", True),
        ("内部资料　注意保存", True),
        ("特急", True),
        ("某某市人民政府办公室文件", True),
        ("中共某某县委文件", True),
        ("某政办〔2025〕12号", True),
        ("某政发〔2025〕3号　　签发人：张三", True),
        ("2025", False),  # a year standing alone: a date split over lines, not a counter
        ("12", False),
        ("学习贯彻全会文件", False),
        ("一、清醒认识当前安全生产形势", False),
        # a 版头 laid out in a table's row of cells (a 公文 .docx): office | number, number |
        # signer, the mark split in two; any other row is none
        ("某某县人民政府办公室\t某政办发〔2031〕12号", True),
        ("某政办发〔2031〕12号\t签发人：王某某", True),
        ("某某县人民政府办公室\t文件", True),
        ("工作目标\t造林五万亩", False),
        ("某某县人民政府办公室\t2031年3月1日", False),
        ("某某县人民政府办公室\t关于做好安全生产工作的通知", False),
    ],
)
def test_masthead_lines(line, expected):
    assert masthead_line(line) is expected


@pytest.mark.parametrize(
    "head",
    [
        ["000123", "机密★1年", "特急", "某某县人民政府文件", "某政〔2025〕12号", TITLE],
        ["内部资料", "某某县人民政府办公室文件", "某政办〔2025〕7号", TITLE],
        [TITLE, "原创", "某某发布", "2025-06-12 18:30", "发表于某某"],
        [TITLE, "会议现场（资料图）"],
        [TITLE, "名　　称：在全县安全生产工作会议上的讲话"],
        [TITLE, "本报讯（记者 张晓明）近日，全县安全生产工作会议召开。现将讲话全文刊发如下。"],
    ],
    ids=["redhead", "redhead-short", "wechat-meta", "caption", "info-box", "paper-lead"],
)
def test_the_title_is_the_title_and_the_head_stays_out(head):
    doc = _read(head)
    assert doc.metadata.title == TITLE
    body = [p.text for p in doc.paragraphs()]
    assert body[0] == SPEECH[0] or body[0] == SPEECH[1]
    assert not any(t in head for t in body)


@pytest.mark.parametrize(
    "tail",
    [
        ["本文由第一范文网（www.diyifanwen.com）用户上传整理，转载请注明出处。"],
        ["声明：本文内容来源于网络，如有侵权请联系删除。"],
    ],
)
def test_a_sites_credit_and_disclaimer_end_nothing(tail):
    doc = _read([TITLE], tail)
    body = [p.text for p in doc.paragraphs()]
    assert body[-1] == SPEECH[-1]
    assert doc.outline.closing


@pytest.mark.parametrize("date", ["2025.6.9", "2025-06-09", "二〇二五年六月九日"])
def test_a_date_signed_in_any_form(date):
    """The date a text is signed with dates it, and its last words are still its closing."""
    doc = _read([TITLE], [date])
    assert doc.metadata.date == "2025-06-09"
    assert SPEECH[-1] in doc.outline.closing


def test_a_paper_reporting_on_its_own_keeps_its_lead():
    """A news piece's own dateline paragraph, with no word that a text follows, is its text."""
    lead = "本报讯（记者 张晓明）6月9日，全县安全生产工作会议召开，会议部署了下一阶段工作。"
    doc = parse_text("\n\n".join(["全县部署安全生产工作", lead, SPEECH[3]]), "news.txt")
    assert lead in [p.text for p in doc.paragraphs()]


GOLD = Path(__file__).resolve().parent.parent / "gold"
# a few gold documents with a title and a date, of several kinds (speech, report, article)
SAMPLE = ("dev28_ren_20130911", "heldout15_mao_v5_052")


@pytest.mark.parametrize("form", SITE_FORMS)
def test_real_texts_as_other_sites_pages_and_files(form, shared_dir, tmp_path):
    """Every SITE_FORMS form of a few real texts: title and date right, no furniture."""
    names = [n for n in SAMPLE if (GOLD / f"{n}.json").is_file()]
    sources = [load_source(GOLD / f"{n}.json", shared_dir) for n in names]
    sources = [s for s in sources if (shared_dir / s.gold["source"]).is_file()]
    if not sources:
        pytest.skip("the sample's sources are not in ../shared")
    for s in sources:
        doc = load_document(site_path(s, form, tmp_path))
        assert norm(doc.metadata.title or "") == norm(s.title), (s.name, doc.metadata.title)
        assert doc.metadata.date == s.gold["date"], (s.name, doc.metadata.date)
        source_texts = {norm(u.text) for u in s.units}
        left = [
            p.text
            for p in doc.paragraphs()
            if any(c in p.text for c in SITE_CHROME) and norm(p.text) not in source_texts
        ]
        assert not left, (s.name, left[:2])


def test_the_sample_has_titles_and_dates():
    for n in SAMPLE:
        gold = json.loads((GOLD / f"{n}.json").read_text(encoding="utf-8"))
        assert gold["title"] and gold["date"], n


def test_a_red_head_word_files_title_stands_below_its_masthead(tmp_path):
    """An issued document's title in 22 pt under six 版头 lines is still its title, though
    it ends in ？ (a line of plain text that does is no title)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    title = "为什么要抓好安全生产？"
    document = docx.Document()
    for line in ("000123", "内部资料", "特急", "某某县人民政府文件", "某政〔2025〕12号", ""):
        p = document.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for run in p.runs:
            run.font.size = Pt(36 if line.endswith("文件") else 16)
    p = document.add_paragraph(title)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].font.size = Pt(22)
    for line in SPEECH:
        document.add_paragraph(line)
    document.add_paragraph("2025年6月9日")
    path = tmp_path / "红头.docx"
    document.save(str(path))
    doc = load_document(path)
    assert doc.metadata.title == title
    assert doc.metadata.date == "2025-06-09"
    assert [p.text for p in doc.paragraphs()][0] == SPEECH[0]


@pytest.mark.parametrize(
    "rows",
    [
        [["某某县人民政府办公室", "某政办发〔2025〕12号"]],
        [["某某县人民政府办公室文件"], ["某政办发〔2025〕12号", "签发人：王某某"]],
    ],
)
def test_a_red_head_laid_out_in_a_table_keeps_the_title_under_it(tmp_path, rows):
    """A 公文 .docx often sets its 版头 in a layout table (the office beside its number): the
    header stopped at that row of cells (a title is never a table row) and the title under it
    was lost, the row read as the opening."""
    import docx

    title = "关于做好安全生产工作的通知"
    document = docx.Document()
    for cells in rows:
        table = document.add_table(rows=1, cols=len(cells))
        for cell, text in zip(table.rows[0].cells, cells):
            cell.text = text
    document.add_paragraph(title)
    for line in SPEECH:
        document.add_paragraph(line)
    path = tmp_path / "红头表格.docx"
    document.save(str(path))
    doc = load_document(path)
    assert doc.metadata.title == title
    assert [p.text for p in doc.paragraphs()][0] == SPEECH[0]
