"""字数 means one thing wherever the app shows it. Walking the app on a long speech whose part
headings are set off with a full-width space (一　…), the library table said 12,489, the reader
12,476 and 学习 12476: the table counted white space, 学习 printed no separator. Now all three
show the count of :func:`drafter.corpus.display.count_chars`."""

from __future__ import annotations

from drafter.corpus.display import count_chars

from .study_setup import window_with
from .waits import WAIT_MS

_P = "我们要把各项工作做得更加扎实，坚持问题导向， 狠抓落实，确保各项任务按期完成，推动工作再上新台阶。"
TEXT = (
    "在全市工作会议上的讲话\n同志们：\n今天我讲三个问题。\n"
    + "".join(f"{n}　关于{name}问题\n" + (_P * 4 + "\n") * 3 for n, name in zip("一二三", "甲乙丙"))
    + "同志们，让我们共同努力，把各项工作做得更好！\n"
)


def test_table_reader_and_study_show_one_count(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"讲话.txt": TEXT}) as (window, library):
        doc = library.documents()[0]
        expected = count_chars(p.text for p in library.load(doc.id).paragraphs())
        assert expected > 1000 and "　" in TEXT  # a separator to print, white space to skip
        shown = f"{expected:,}"
        table = window.library_panel
        row = next(r for r in range(table.proxy.rowCount()) if table.proxy.index(r, 0).data())
        assert table.proxy.index(row, 4).data() == shown
        rp = window.reader_panel
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            rp.open_document(doc.id)
        assert f"字数 {shown}　" in rp.header.text()
        panel = window.study.panel
        with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
            window.study_action.trigger()
        # the line keeps its segments whole with word joiners and no-break spaces
        line = panel.title_label.text().replace("\u2060", "").replace("\xa0", " ")
        assert f"{shown} 字" in line
        assert panel.map.topLevelItem(0).text(1) == shown  # 结构图's 全文 row
        info = window.study.mode.page.info.text().replace("\u2060", "").replace("\xa0", " ")
        assert f"{shown} 字" in info  # the reader's own line in 学习模式
