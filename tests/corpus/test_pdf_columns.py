"""A speech printed on a newspaper page (.pdf, .ofd): a masthead over three columns, the speech one
article among others. The page is read column by column, the masthead is page furniture
giving the issue's date, and of the articles only the speech is kept
(drafter/corpus/readers/page_columns.py). Own fixture: a page drawn with reportlab, and
set as an OFD by tests/ofd_writer.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from ofd_writer import write_placed_ofd

from drafter.corpus.readers import read_file

_SIZE = 10.0
_WIDTH = 14  # characters a column line holds
_LEFT, _GUTTER = 40.0, 16.0


def _wrap(text: str, indent: bool) -> list[str]:
    """Lines of a column: a stop or comma that would open a line hangs at the one before."""
    text = ("　　" if indent else "") + text
    lines: list[str] = []
    while text:
        cut = _WIDTH + (1 if text[_WIDTH : _WIDTH + 1] in tuple("，。、；：！") else 0)
        lines.append(text[:cut])
        text = text[cut:]
    return lines


_PAGE_W, _PAGE_H = 2 * _LEFT + 3 * _WIDTH * _SIZE + 2 * _GUTTER, 800.0


# (headline size, text), (None, paragraph), ("rest", a paragraph's rest at a column's
# head) or ("jump", a jump mark set right in its column):
# the flow of the three columns
_FLOW = [
    (16, "全市工作会议召开"),
    (None, "本报讯　5月8日，全市工作会议召开，市委书记出席会议并讲话。讲话全文见本版。"),
    (15, "扎实工作　开创新局"),
    (10.5, "——在全市工作会议上的讲话"),
    (12, "（2031年5月8日）"),
    (None, "同志们：今天召开这次会议，主要任务是总结工作，部署任务。"),
    (12, "一、肯定成绩"),
    (None, "过去一年，全市经济平稳运行，民生持续改善，各项工作取得了明显成效，成绩来之不易。"),
    (None, "这些成绩的取得，是全市上下共同奋斗的结果，值得我们倍加珍惜，继续发扬光大。"),
    (
        None,
        "同时也要看到，发展中还有不少困难和问题，有的工作推进不快，有的干部担当不够，必须认真加以解决。",
    ),
    (12, "二、明确任务"),
    (
        None,
        "今年的任务十分繁重，我们要抓住重点，突出难点，扎扎实实把各项工作推向前进，决不松劲。",
    ),
    (None, "要加强组织领导，压实工作责任，层层传导压力，确保各项任务落到实处，见到实效。"),
    (12, "三、强化保障"),
    (None, "要强化要素保障，加强督促检查，对工作不力的单位严肃问责，营造比学赶超的浓厚氛围。"),
    (None, "同志们，让我们团结一心，真抓实干，奋力开创全市各项工作新局面！"),
    (16, "城南公园开园迎客"),
    (None, "本报讯　近日，城南公园正式开园，公园占地三百亩，设有步道、花海和儿童乐园等设施。"),
    (None, "开园首日，前来游园的市民络绎不绝，大家纷纷点赞。"),
]


def _paper_page(edition: int, flow: list) -> list[tuple[float, float, float, str]]:
    """A page's lines as (x, baseline up from the page's foot, size, text), in points:
    the masthead naming page ``edition``, then ``flow`` set in three columns."""
    placed = [
        (_LEFT, 740.0, 36.0, "青川日报"),
        (
            _LEFT,
            715.0,
            8.0,
            f"2031年5月9日　星期五　　第{edition}版　要闻　　责任编辑：某某　　版式：某某",
        ),
    ]
    lines: list[tuple[float | str, str]] = []
    for size, text in flow:
        if size in (None, "rest"):  # ("rest": a paragraph's rest, not indented)
            lines.extend((_SIZE, part) for part in _wrap(text, size is None))
        else:
            lines.append((size if size == "jump" else float(size), text))
    column, y = 0, 690.0
    for size, text in lines:
        size, right = (_SIZE, True) if size == "jump" else (size, False)
        if y - 1.5 * size < 390:
            column, y = column + 1, 690.0
        y -= 1.5 * size
        x = _LEFT + column * (_WIDTH * _SIZE + _GUTTER)
        if right:
            x += _WIDTH * _SIZE - len(text) * size
        elif size != _SIZE:
            x += max(0.0, (_WIDTH * _SIZE - len(text) * size) / 2)
        placed.append((x, y, size, text))
    return placed


def _newspaper_lines() -> list[tuple[float, float, float, str]]:
    return _paper_page(3, _FLOW)


def _newspaper(path: Path, pages=None) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=(_PAGE_W, _PAGE_H))
    for page in pages or [_newspaper_lines()]:
        for x, y, size, text in page:
            c.setFont("STSong-Light", size)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


def _newspaper_ofd(path: Path, pages=None) -> None:
    """The same pages as an .ofd (millimetres, y down the page)."""
    mm = 72 / 25.4
    laid = [
        [(x / mm, (_PAGE_H - y) / mm, size / mm, text) for x, y, size, text in page]
        for page in pages or [_newspaper_lines()]
    ]
    write_placed_ofd(path, laid, (_PAGE_W / mm, _PAGE_H / mm))


@pytest.mark.parametrize("suffix", ["pdf", "ofd"])
def test_a_speech_on_a_newspaper_page_is_read_alone_in_column_order(tmp_path, suffix):
    # the OFD reader lays its glyphs out through the PDF reader's column split
    path = tmp_path / f"paper.{suffix}"
    (_newspaper if suffix == "pdf" else _newspaper_ofd)(path)
    raw = read_file(path)
    texts = [b.text for b in raw.blocks]
    body = "".join(texts)
    # the masthead is page furniture giving the date, not the text's
    assert not any("青川日报" in t or "第3版" in t for t in texts)
    assert raw.hints.get("published") == "2031-05-09"
    # only the speech: not the news item about it, nor the one after it
    assert texts[0] == "扎实工作　开创新局"
    assert "城南公园" not in body and "本报讯" not in body
    # read column by column: each paragraph whole, though it runs on into the next column
    for paragraph in (
        "　　要加强组织领导，压实工作责任，层层传导压力，确保各项任务落到实处，见到实效。",
        "　　同志们，让我们团结一心，真抓实干，奋力开创全市各项工作新局面！",
    ):
        assert paragraph.strip("　") in [t.strip("　") for t in texts]
    assert [t for t in texts if t[:2] in ("一、", "二、", "三、")] == [
        "一、肯定成绩",
        "二、明确任务",
        "三、强化保障",
    ]


# the same speech broken off on page 1 (下转第2版) and going on on page 2 (上接第1版), among
# other articles there: the piece under 上接 is shorter than the article beside it
_CUT = "今年的任务十分繁重，我们要抓住重点，突出难点，扎实"  # (two full lines)
_REST = "把各项工作推向前进，决不松劲。"
_PAGE_ONE = [
    *_FLOW[:10],
    (12, "二、明确任务"),
    (None, _CUT),
    ("jump", "（下转第2版）"),
    (16, "城南公园开园迎客"),
    (None, "本报讯　近日，城南公园正式开园，公园占地三百亩，设有步道、花海和儿童乐园等设施。"),
    (None, "开园首日，前来游园的市民络绎不绝，大家纷纷点赞。"),
]
_PAGE_TWO = [
    (16, "春耕生产有序推进"),
    *[
        (None, f"本报讯　{n}月以来，各地抓住有利天气，组织农机下田，春耕备耕工作有序推进。")
        for n in "三四五六七"
    ],
    ("jump", "（上接第1版）"),
    ("rest", _REST),
    (None, "要加强组织领导，压实工作责任，层层传导压力，确保各项任务落到实处，见到实效。"),
    (12, "三、强化保障"),
    (None, "要强化要素保障，加强督促检查，对工作不力的单位严肃问责，营造比学赶超的浓厚氛围。"),
    (None, "同志们，让我们团结一心，真抓实干，奋力开创全市各项工作新局面！"),
]


@pytest.mark.parametrize("suffix", ["pdf", "ofd"])
def test_a_speech_continued_on_another_page_of_the_paper_is_read_whole(tmp_path, suffix):
    path = tmp_path / f"paper.{suffix}"
    pages = [_paper_page(1, _PAGE_ONE), _paper_page(2, _PAGE_TWO)]
    (_newspaper if suffix == "pdf" else _newspaper_ofd)(path, pages)
    texts = [b.text.strip("　") for b in read_file(path).blocks]
    body = "".join(texts)
    # the jump marks are the paper's, and the other articles of both pages are left out
    assert "下转" not in body and "上接" not in body
    assert "春耕" not in body and "城南公园" not in body
    # the paragraph broken off on page 1 goes on whole on page 2, and the speech to its end
    assert _CUT + _REST in texts
    # and the next paragraph, in the two lines left at the column's foot under 上接 and on
    # at the next column's head
    assert "要加强组织领导，压实工作责任，层层传导压力，确保各项任务落到实处，见到实效。" in texts
    assert [t for t in texts if t[:2] in ("一、", "二、", "三、")] == [
        "一、肯定成绩",
        "二、明确任务",
        "三、强化保障",
    ]
    assert texts[-1] == "同志们，让我们团结一心，真抓实干，奋力开创全市各项工作新局面！"
