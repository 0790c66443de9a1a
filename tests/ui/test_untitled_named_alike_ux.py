"""A document with no title is named the same way, and marked 无标题, in every view.

Walking a fresh library with an untitled note (干部要敢于担当。这是我们多年来一直强调的一条
原则，…) and the 2005 government work report (no title line): the table showed 24 characters
running past the first full stop, in italics only; search hits showed the same words with no
mark at all, right above the hit that repeated them; only the reader said 无标题, and not for a
file opened directly. Now the first words stop at the first sentence (or phrase) and end with
…, and the table, the hits, the reader and ``drafter search`` all mark them 无标题.
"""

from __future__ import annotations

from drafter.cli import main
from drafter.corpus.display import display_title, first_words
from drafter.library.model import DocumentInfo, SearchHit
from drafter.ui.models.documents import DocumentTableModel, MarkRole, TitleRole
from drafter.ui.models.search_results import hit_source_line

NOTE = "干部要敢于担当。这是我们多年来一直强调的一条原则，也是检验干部是否合格的重要标准。"
REPORT = "现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协委员提出意见。"


def _info(title, occasion, excerpt):
    return DocumentInfo(
        "a1b2c3d4e5f6", "/x/003_e00d83.txt", title, None, occasion, None, None, None,
        None, None, "txt", 3, 119, "", "", excerpt=excerpt,
    )  # fmt: skip


def test_first_words_stop_at_the_first_sentence_or_phrase():
    assert first_words(NOTE[:25]) == "干部要敢于担当…"
    assert first_words(REPORT[:25]) == "现在，我代表国务院，向大会作政府工作报告…"
    assert display_title(None, None, NOTE[:25]) == "干部要敢于担当…"
    # the occasion still comes first, and a title before it
    assert display_title(None, "全县安全生产工作会议", NOTE[:25]) == "全县安全生产工作会议"
    assert display_title("论政策", "全县安全生产工作会议", NOTE[:25]) == "论政策"


def test_the_table_marks_an_untitled_row(qtbot):
    model = DocumentTableModel()
    model.set_documents([_info(None, None, NOTE[:25]), _info("论政策", None, None)])
    assert model.data(model.index(0, 0), TitleRole) == "干部要敢于担当…"
    assert model.data(model.index(0, 0), MarkRole) == "无标题"
    assert model.data(model.index(1, 0), MarkRole) == ""
    occasion = DocumentTableModel()
    occasion.set_documents([_info(None, "全县安全生产工作会议", NOTE[:25])])
    assert occasion.data(occasion.index(0, 0), MarkRole) == "无标题"
    # grey as in the reader's header, not the green of 已人工更正
    from drafter.ui.widgets.mark_delegate import mark_colour

    assert mark_colour("无标题").name() == "#888888"
    assert mark_colour("无标题，结构待核").name() == "#8a6d00"


def test_a_search_hit_marks_an_untitled_source():
    hit = SearchHit(1.0, _info(None, None, NOTE[:25]), [], 0, False, NOTE, [(5, 7)])
    assert hit_source_line(hit) == "干部要敢于担当…（无标题）"
    titled = SearchHit(1.0, _info("论政策", None, None), [], 0, False, NOTE, [(5, 7)])
    assert hit_source_line(titled) == "论政策"


def test_the_reader_marks_a_file_opened_directly(qtbot, tmp_path):
    from drafter.corpus import parse_text
    from drafter.ui.panels.reader_panel import ReaderPanel

    doc = parse_text("\n\n".join([NOTE, "遇到难题不推诿，遇到矛盾不回避，这才是干部应有的样子。"]))
    panel = ReaderPanel()
    qtbot.addWidget(panel)
    panel.show_document(doc, None, str(tmp_path / "随笔.txt"))
    header = panel.header.text()
    assert "干部要敢于担当…" in header and "无标题" in header
    assert "这是我们多年来" not in header.split("</div>")[0]


def test_drafter_search_marks_an_untitled_hit(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "随笔.txt").write_text(NOTE + "\n\n遇到难题不推诿，这才是干部应有的样子。\n")
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", str(folder)]) == 0
    capsys.readouterr()
    assert main(["--library", lib, "search", "担当"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("1. 《干部要敢于担当…》  [无标题]")
