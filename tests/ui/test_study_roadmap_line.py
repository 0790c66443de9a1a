"""The info line of a roadmap sentence names each part it leads: a heading by its label, a part
that is a paragraph (第一，… / 必须坚持… / a first part run on after the announcement) by its first
words — it showed a bare paragraph number for those."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.info_lines import roadmap_line

TEXT = """在全县工作会议上的讲话

同志们：

今天召开全县工作会议，主要是部署今年的工作。下面，我讲几点意见。

必须坚持人民至上，把保护人民生命安全摆在首位。这是我们工作的出发点和落脚点。

必须坚持预防为主，把隐患消灭在萌芽状态。要加强风险研判，健全预警机制。

必须坚持依法治理，严格安全生产执法。对违法违规行为要零容忍。

同志们，让我们共同努力！
"""


def test_parts_that_are_paragraphs_are_named_by_their_first_words():
    study = analyze(parse_text(TEXT, "t.txt"))
    index = next(i for i, r in enumerate(study.roadmap) if "讲几点意见" in r.text)
    line = roadmap_line(study, index)
    assert "领起 3 项" in line
    assert "必须坚持人民至上" in line and "必须坚持依法治理" in line


RUN_ON = """在全县工作会议上的讲话

同志们：

今天召开全县工作会议，主要是部署今年的工作。下面，我讲三点意见。第一，要建好干部队伍。干部队伍建设是根本，要选好用好干部。

第二，要改进工作作风。作风建设永远在路上，要坚决反对形式主义。

第三，要抓好工作落实。落实是关键，要一级抓一级、层层抓落实。

同志们，让我们共同努力！
"""


def test_a_first_part_run_on_is_marked_from_its_own_words(qtbot):
    from drafter.ui.study.annotated_view import AnnotatedView

    doc = parse_text(RUN_ON, "t.txt")
    study = analyze(doc)
    view = AnnotatedView()
    qtbot.addWidget(view)
    view.show_study(doc, study)
    view.select_roadmap(0)
    marked = [sel.cursor.selectedText() for sel in view.extraSelections()]
    # Since glued_runs (aed9bfc) a 第一， run on after the announcement, with 第二，/第三，
    # opening paragraphs of their own, is split off as the run's first heading: the part is
    # marked on its marker and its own words, like its siblings.
    assert "第一，" in marked and "要建好干部队伍" in marked
    assert not any("今天召开" in m for m in marked)  # the opening sentence is no part
