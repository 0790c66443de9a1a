"""设为N级标题 on a paragraph as a user marks a run-in heading (real reader, real library):
the lead up to the first ：。；heads it and the rest stays text; a long paragraph of one long
sentence asks where the heading ends (it became one long bold heading); what the reader,
its outline and the index show is what the stored correction says."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from drafter.ui.dialogs.heading_cut import HeadingCutDialog

from .reader_setup import correction_action, one_text_library, reader_on
from .waits import WAIT_MS, WAIT_S

RUN_IN = "加强组织领导：各级党委要把这项工作摆上重要议程，主要负责同志亲自抓，分管同志具体抓。"
ONE_SENTENCE = (
    "坚持以人民为中心的发展思想，始终把人民群众的利益放在首位，切实解决好群众最关心最直接"
    "最现实的利益问题，不断增强人民群众的获得感幸福感安全感"
    "，让改革发展成果更多更公平惠及全体人民。"
)
TEXT = "\n".join(
    [
        "在全县工作会议上的讲话",
        "同志们：",
        "今天召开这次会议，我讲两点意见。",
        "一、提高认识",
        "我们要充分认识这项工作的重要性，切实增强责任感。",
        RUN_IN,
        "要抓住关键环节，集中力量攻坚。",
        ONE_SENTENCE,
        "二、狠抓落实",
        "要一级抓一级，层层抓落实。",
    ]
)


def _index(panel, text: str) -> int:
    return next(p.index for p in panel._paragraphs if p.text == text)


def _answer(qtbot, row: int | None) -> list[HeadingCutDialog]:
    """Answer the next 标题取到哪里 dialog: pick ``row`` (None: 取消); return what was asked."""
    asked: list[HeadingCutDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, HeadingCutDialog):
            QTimer.singleShot(20, answer)
            return
        asked.append(dialog)
        if row is None:
            dialog.reject()
        else:
            dialog.choices.setCurrentRow(row % dialog.choices.count())
            dialog.accept()

    QTimer.singleShot(0, answer)
    return asked


def test_a_run_in_heading_is_its_lead_and_a_long_sentence_asks(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        # a run-in heading: cut at its colon without asking, the rest stays body
        action = correction_action(panel, _index(panel, RUN_IN), "设为二级标题")
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            action.trigger()
        i = _index(panel, "加强组织领导")
        assert panel._paragraphs[i].is_heading
        body = panel._paragraphs[i + 1]
        assert not body.is_heading and body.text.startswith("各级党委要把这项工作")
        assert body.section == ["一、提高认识", "加强组织领导"]
        (op,) = lib.corrections(doc_id).ops
        assert op["cut"] == len("加强组织领导：")
        assert lib.search("分管同志具体抓").hits[0].section == ["一、提高认识", "加强组织领导"]

        # one long sentence: the user is asked, and picks the lead to the first comma
        long_at = _index(panel, ONE_SENTENCE)
        asked = _answer(qtbot, 0)
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, long_at, "设为一级标题").trigger()
        assert len(asked) == 1
        heading = panel._paragraphs[long_at]
        assert heading.is_heading and heading.text == "坚持以人民为中心的发展思想"
        rest = panel._paragraphs[long_at + 1]
        assert not rest.is_heading and rest.text.startswith("始终把人民群众的利益放在首位")
        assert rest.section == ["坚持以人民为中心的发展思想"]
        outline = [s.heading for s in panel.document.outline.sections]
        assert outline == ["提高认识", "坚持以人民为中心的发展思想", "狠抓落实"]
        panel.corrections.wait(WAIT_S)


def test_cancelling_the_question_stores_nothing(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        asked = _answer(qtbot, None)
        correction_action(panel, _index(panel, ONE_SENTENCE), "设为一级标题").trigger()
        assert len(asked) == 1
        assert lib.corrections(doc_id).ops == []
        assert not panel._paragraphs[_index(panel, ONE_SENTENCE)].is_heading
        # the whole line, when the user says so, is one heading
        asked = _answer(qtbot, -1)
        long_at = _index(panel, ONE_SENTENCE)
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            correction_action(panel, long_at, "设为一级标题").trigger()
        assert len(asked) == 1
        (op,) = lib.corrections(doc_id).ops
        assert op["cut"] == len(ONE_SENTENCE)
        panel.corrections.wait(WAIT_S)


def test_a_double_dash_is_one_place_to_cut():
    """Why: a 破折号 (——) is one mark; cutting between its two dashes offered the same lead
    twice in the dialog, once with a stray dash."""
    from drafter.ui.dialogs.heading_cut import lead_choices

    text = "坚持问题导向——这是我们做好工作的根本方法，也是我们多年来一以贯之的做法和经验"
    cuts = lead_choices(text)
    assert cuts[0] == text.index("——") + 2
    assert [text[:c].rstrip("，,、—") for c in cuts] == ["坚持问题导向", text[: text.index("，")]]


def test_a_paragraph_cut_at_its_stop_can_be_made_a_heading_whole(qtbot, tmp_path):
    """ux47's walk: 以我为主，加强开发，以人为主，我愿意积极合作；我保持…朋友遍天下。 (a line the
    speech's gold reads as a heading whole) was cut at its ；by 设为一级标题, and there was no
    way to keep it whole. 自选标题取到哪里 asks, offering the stop, the commas and 整段."""
    from .reader_setup import correction_menu

    with one_text_library(tmp_path, TEXT) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        at = _index(panel, RUN_IN)
        choose = next(
            a.menu() for a in correction_menu(panel, at).actions() if a.text() == "自选标题取到哪里"
        )
        seen: list[tuple[list[str], str]] = []

        def answer() -> None:  # read the rows, then take the last: 整段作为标题
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, HeadingCutDialog):
                QTimer.singleShot(20, answer)
                return
            rows = [dialog.choices.item(i).text() for i in range(dialog.choices.count())]
            seen.append((rows, dialog.findChild(QLabel).text()))
            dialog.choices.setCurrentRow(dialog.choices.count() - 1)
            dialog.accept()

        QTimer.singleShot(0, answer)
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            next(a for a in choose.actions() if a.text() == "设为二级标题…").trigger()
        rows, said = seen[0]
        assert rows[0] == "加强组织领导" and rows[-1].startswith("整段作为标题")
        assert "没有句号" not in said
        (op,) = lib.corrections(doc_id).ops
        assert op["cut"] == len(RUN_IN) and op["level"] == 2
        heading = panel._paragraphs[at]
        assert heading.is_heading and heading.text == RUN_IN.rstrip("。")
        # a paragraph the reader takes whole anyway, or asks about, has no such entry
        short = _index(panel, "要抓住关键环节，集中力量攻坚。")
        assert "自选标题取到哪里" not in [a.text() for a in correction_menu(panel, short).actions()]
        panel.corrections.wait(WAIT_S)
