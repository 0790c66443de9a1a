"""Review findings turned into comments (批注), then the writer edits the paragraph, then
the draft goes to Word: each Word comment covers the words it is about, found again
where they moved, or the whole paragraph when they are gone (as the comments pane shows
it). The Word file used to put them at their old offsets: a comment on 2025年12月32日 sat on
牵头，2025年12月 after the writer had typed in front of it."""

from __future__ import annotations

import zipfile

from lxml import etree

from drafter.drafts.model import DraftParagraph
from drafter.settings import Settings
from drafter.ui.dialogs.export_dialog import ExportDialog
from tests.ui.review_setup import review_draft, review_in_window

from .waits import WAIT_MS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def commented_words(path) -> dict[str, str]:
    """Each Word comment's text -> the words between its range marks."""
    with zipfile.ZipFile(path) as zf:
        body = etree.fromstring(zf.read("word/document.xml"))
        comments = etree.fromstring(zf.read("word/comments.xml"))
    texts = {
        c.get(f"{W}id"): "".join(t.text or "" for t in c.iter(f"{W}t"))
        for c in comments.iter(f"{W}comment")
    }
    inside: dict[str, list[str]] = {k: [] for k in texts}
    open_ids: set[str] = set()
    for el in body.iter():
        if el.tag == f"{W}commentRangeStart":
            open_ids.add(el.get(f"{W}id"))
        elif el.tag == f"{W}commentRangeEnd":
            open_ids.discard(el.get(f"{W}id"))
        elif el.tag == f"{W}t":
            for k in open_ids:
                inside[k].append(el.text or "")
    return {texts[k]: "".join(v) for k, v in inside.items()}


def test_review_comments_go_to_word_on_their_words_after_edits(qtbot, make_window, tmp_path):
    window = make_window()
    ctrl = review_in_window(qtbot, window, review_draft())
    before = len(window.editor.draft.comments)
    ctrl.panel.to_comments.click()  # 全部转为批注
    qtbot.waitUntil(lambda: len(window.editor.draft.comments) > before, timeout=WAIT_MS)
    # the writer answers: words typed in front of XX, the impossible date put right
    node = window.editor.draft.sections[0]
    para = node.paragraphs[0]
    assert para.text == "请XX同志牵头，2025年12月32日前完成。"
    edited = "经研究，请XX同志牵头，2025年12月31日前完成。"
    window.editor.session.edit_paragraphs(node.id, [DraftParagraph(edited, id=para.id)])
    dialog = ExportDialog(window.editor.draft, Settings())
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "稿.docx"))
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as blocker:
        assert dialog.start_export() is not None
    words = commented_words(blocker.args[0])
    placeholder = next(v for k, v in words.items() if "XX" in k and "占位符" in k)
    assert placeholder == "XX"  # found again where it moved (was: "，请")
    date = next(v for k, v in words.items() if "32日" in k)
    assert date == edited  # its words are gone: the whole paragraph
