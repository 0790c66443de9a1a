"""审阅 › 审稿意见转为批注 on a writer's file judges its xxx as the command line does.

``drafter review 初稿.docx`` lists the file's stand-ins as 疑似 (a published copy may redact
names); the app, reviewing the file opened as a draft, wrote 【必错·占位符】 on the same xxx.
Opened from the file, the draft now takes the file's rule: the margin list says 疑似."""

from __future__ import annotations

from drafter.drafts.open_any import open_as_draft
from drafter.export import export_draft
from tests.conftest import SHARED

from .draft_setup import head_editor

SEED = SHARED / "seeds" / "000_23c46fd3977b0aa1.txt"  # 讲话人 xxx, 市委秘书长xx …


def test_the_apps_comments_on_a_files_stand_ins_are_suspected(make_editor, tmp_path):
    panel = head_editor(make_editor)
    path = export_draft(open_as_draft(SEED), tmp_path / "初稿.docx")
    assert panel.files.open_draft(path)  # 打开稿件 on the writer's file
    assert panel.draft.source == str(path.resolve())
    assert panel.office.review_into_comments() > 0
    slots = [c.text for c in panel.draft.comments if c.origin == "review:placeholder.x"]
    assert slots and all(t.startswith("【疑似·占位符】") for t in slots)
    shown = [
        panel.office.comments.list.item(i).text() for i in range(panel.office.comments.list.count())
    ]
    assert any("疑似·占位符" in t for t in shown)
    assert not any("必错·占位符" in t for t in shown)
    assert panel.office.review_into_comments() == 0  # judged again: nothing twice
