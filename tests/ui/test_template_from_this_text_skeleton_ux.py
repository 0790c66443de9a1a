"""以此文为模板, then 新建稿件: the draft came as "……" headings under the speech's own
title, nothing of the model to edit. A writer expects the speech's skeleton: its
headings kept to rewrite, the bodies empty to fill, and a title of their own to write."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from drafter.settings import Settings

from .study_setup import window_with
from .waits import WAIT_MS

SPEECH = """在全县春耕生产工作会议上的讲话
同志们：
今天召开这次会议，主要任务是安排部署今年春耕生产工作。
一、提高认识，切实增强做好春耕生产的责任感
春耕生产事关全年粮食丰收，事关农民增收和农村稳定，各级各部门要高度重视，切实把思想和行动统一到县委、县政府的决策部署上来。
二、突出重点，扎实抓好春耕生产各项工作
（一）抓好农资供应
要确保种子、化肥、农药供应充足。
（二）抓好技术服务
要组织农技人员深入田间地头。
三、加强领导，确保春耕生产任务圆满完成
各级党委政府要把春耕生产摆上重要议事日程，主要领导亲自抓、负总责，分管领导具体抓、抓具体，确保各项措施落到实处。
同志们，让我们共同努力，夺取今年农业丰收！
"""


def _accept_name() -> None:
    """Take the suggested template name once the name box shows."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QInputDialog):
        QTimer.singleShot(50, _accept_name)
        return
    box.accept()


def test_a_draft_from_this_text_keeps_its_headings_to_edit(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"春耕.txt": SPEECH}, Settings()) as (window, lib):
        doc_id = lib.documents()[0].id
        with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
            window.reader_panel.open_document(doc_id)
        QTimer.singleShot(50, _accept_name)
        window.reader_panel.template_button.click()
        gallery = window.gallery
        qtbot.waitUntil(lambda: gallery.current_name().startswith("仿"), timeout=WAIT_MS)
        assert gallery.form.editor("title").text() == ""  # the writer's own title to write
        # ... and the empty box says what goes there (ux50: a draft went to Word untitled)
        assert gallery.form.editor("title").placeholderText().startswith("如：在全市")
        assert gallery.form.editor("occasion").placeholderText().startswith("如：")
        gallery.create_button.click()
        qtbot.waitUntil(lambda: bool(window.editor.draft.sections), timeout=WAIT_MS)
        draft = window.editor.draft
        assert draft.meta.title == ""
        assert [n.heading for n in draft.sections] == [
            "提高认识，切实增强做好春耕生产的责任感",
            "突出重点，扎实抓好春耕生产各项工作",
            "加强领导，确保春耕生产任务圆满完成",
        ]
        assert [c.heading for c in draft.sections[1].children] == ["抓好农资供应", "抓好技术服务"]
        assert not any(p.text.strip() for n in draft.walk() for p in n.paragraphs)
        assert "……" not in "".join(n.heading for n in draft.walk())
