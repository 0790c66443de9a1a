"""ux90: a user says what is apparatus. ren 20160810's 附：诺亚方舟实验室座谈回答 is an appended
document the reader took for the speech's last part, and the reader offered only 不是标题,
which merged it into the part before. Now 更正结构 › 不属于正文 › 从本段到文末都是附录 (a right
click on the paragraph, or on its outline row) moves it under the text, the outline lists
附录, search shows its words under 附录; the 附录 row's menu puts it back (整体是正文), and
Ctrl+Z takes that back in turn."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from .reader_setup import correction_menu, one_text_library, reader_on
from .waits import WAIT_MS, WAIT_S

APPENDED = "附：座谈交流问答"
TEXT = "\n".join(
    [
        "在全区科技创新工作会议上的讲话",
        "同志们：",
        "今天召开这次会议，主要是总结工作、部署任务。我讲两点意见。",
        "一、充分认识科技创新的重要意义",
        "要把创新摆在发展全局的核心位置，不断提高自主创新能力，确保取得实效。",
        "二、扎实推进重点任务落实",
        "要一级抓一级，层层抓落实，确保各项任务按期完成。",
        "同志们，让我们共同努力，开创科技创新工作新局面！",
        APPENDED,
        "问：基层实验室经费不足怎么办？",
        "答：区里将设立专项资金，重点支持基层实验室建设。",
        "问：青年科研人员如何成长？",
        "答：要给青年人压担子，让他们在重大项目中锻炼成长。",
    ]
)


def _entry(menu, *names):
    """The action reached through submenus named ``names`` (object names), as a user walks
    the menu."""
    for name in names[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == name)
    return next(a for a in menu.actions() if a.objectName() == names[-1])


def _row(panel, text: str):
    tree = panel.outline
    return next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith(text)
    )


def test_an_appended_document_is_marked_appendix_and_put_back(qtbot, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, _path):
        panel = reader_on(qtbot, lib, doc_id)
        view = panel.view
        i = next(p.index for p in panel._paragraphs if p.text == APPENDED)
        block = view.document().findBlockByNumber(i)
        view.setTextCursor(QTextCursor(block))
        at = view.cursorRect().center()
        menu = panel.context_menu(at)  # the right click on the paragraph
        act = _entry(menu, "correctMenu", "apparatusMenu", "toAppendixToEnd")
        assert act.text().startswith("从本段到文末都是附录")
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            act.trigger()
        panel.corrections.wait(WAIT_S)
        assert APPENDED not in [p.text for p in panel._paragraphs]
        assert panel.document.apparatus.appendix[0] == APPENDED
        assert lib.search("青年科研人员").hits[0].section == ["附录"]
        assert "已更正 1 处" in panel.header.text()
        row = _row(panel, "附录（5 段）")
        shown = view.document().toPlainText()
        assert shown.index("以下为附加内容") < shown.index(APPENDED)

        # the outline's 附录 row: the whole part is the speech's after all
        back = panel.outline_menu(row)
        assert back is not None
        act = next(a for a in back.actions() if a.objectName() == "partToBody")
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            act.trigger()
        panel.corrections.wait(WAIT_S)
        assert APPENDED in [p.text for p in panel._paragraphs]
        assert not panel.document.apparatus.appendix
        assert lib.search("青年科研人员").hits[0].section != ["附录"]

        # Ctrl+Z takes the 移回正文 back: the appendix again
        panel.activateWindow()
        view.setFocus()
        qtbot.waitUntil(view.hasFocus, timeout=WAIT_MS)
        with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
            qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        panel.corrections.wait(WAIT_S)
        assert panel.document.apparatus.appendix[0] == APPENDED
        assert panel.notice.text().startswith("已撤销：移回正文")

        # a paragraph of the apparatus, right-clicked: 本段是正文; a heading's outline row
        # offers 不属于正文 as its paragraph does
        k = len(panel._paragraphs) + 3  # the rule line, 附录, 附：…, then the first question
        one = _entry(correction_menu(panel, k), "toBody")
        assert one.text().startswith("本段是正文，不是附录")
        heading = panel.outline_menu(_row(panel, "二、"))
        assert (
            _entry(heading, "apparatusMenu", "toApparatus_notes").text().startswith("本段是编者按")
        )
