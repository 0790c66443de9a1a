"""并排对照 and the 对照 tab show the body that stands before any heading. A speech that argues
before its first heading (为什么要有革命党？) went from 〔开头〕 straight to 一、 in the aligned
outline, its body before the heading in no row, while the structure map showed it as
〔正文〕小标题前的部分; a text without headings showed nothing between opening and closing."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.study.analyze import analyze
from drafter.study.stats import body_before_headings, lead_in_chars, unheaded_body_chars
from tests.study.test_outline_opening_without_headings import ARGUED
from tests.ui.study_setup import open_and_study, window_with
from tests.ui.test_map_keeps_transitions_ux import TALK

from .waits import WAIT_MS


def test_core_names_the_body_before_any_heading():
    argued = analyze(parse_text(ARGUED, "argued.txt"))
    label, chars, at = body_before_headings(argued)
    assert label == "〔正文〕小标题前的部分" and chars == lead_in_chars(argued) > 0
    assert at == argued.opening.paragraphs[-1] + 1
    talk = analyze(parse_text(TALK, "talk.txt"))
    label, chars, _at = body_before_headings(talk)
    assert label == "〔正文〕未分出标题" and chars == unheaded_body_chars(talk) > 0
    text = (
        "同志们：\n\n今天讲两点。\n\n一、总体要求\n\n要抓好落实。\n\n二、重点任务\n\n要加强作风。\n"
    )
    headed = analyze(parse_text(text, "t.txt"))
    assert headed.sections
    assert body_before_headings(headed) == ("", 0, None)


def test_side_by_side_has_a_row_for_the_body_before_the_first_heading(make_window, qtbot, tmp_path):
    texts = {"全县会议.txt": ARGUED, "作风讲话.txt": TALK}
    with window_with(make_window, tmp_path, texts) as (window, library):
        first = next(d for d in library.documents() if "作风" not in (d.title or ""))
        other = next(d for d in library.documents() if d.id != first.id)
        panel = open_and_study(window, first.id, qtbot)
        panel.compare_box.setCurrentIndex(panel.compare_box.findData(other.id))
        panel.compare_button.click()
        qtbot.waitUntil(
            lambda: panel.side_by_side is not None and panel.side_by_side.isVisible(),
            timeout=WAIT_MS,
        )
        win = panel.side_by_side
        rows = [win.outline.topLevelItem(i) for i in range(win.outline.topLevelItemCount())]
        labels = [(r.text(0), r.text(2)) for r in rows]
        assert labels[1][0].startswith("〔开头〕")
        assert labels[2] == ("〔正文〕小标题前的部分", "〔正文〕未分出标题"), labels
        assert labels[3][0].startswith("一、")
        lead = rows[2]
        study_a = window.study.study
        assert int(lead.text(1).replace(",", "")) == lead_in_chars(study_a)
        # choosing the row brings the left text to the paragraph after its opening
        at_a, at_b = lead.data(0, 0x0100)
        assert at_a == study_a.opening.paragraphs[-1] + 1 and at_b is not None
        # the dock's 对照 tab has the same row
        dock = [panel.compare.topLevelItem(i).text(0) for i in range(3)]
        assert dock[2] == "〔正文〕小标题前的部分"
