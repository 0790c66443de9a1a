"""An old version the writer opened and saved again is still the older one in 比较稿件.

The head's draft is the writer's 二稿 (his reply under the head's comment, saved in Word).
The head picked the writer's 初稿 to compare with it; the 初稿 had been opened and saved
again in Word that morning (to print it), so it was dated later than everything the
draft holds, and 比较稿件 put it on the new side: every change of the 二稿 read
backwards. Two things say which text came first, whatever the file's date: the draft
replies to the 初稿's comment (the 初稿 has none of those replies), and Word's save count
(``cp:revision``) goes on from the file a version was saved as, so the 初稿 saved once more
is still behind the 二稿."""

from __future__ import annotations

import copy
from datetime import timedelta

from drafter.compare import load_side
from drafter.compare.comments import why_newer
from drafter.drafts.docx_parts import word_saves
from drafter.drafts.open_any import open_as_draft
from drafter.export import export_draft
from tests.compare.writer_versions import REVIEWED, reviewed, save_as_word


def _files(tmp_path, first_replied: bool):
    second = reviewed()  # the head's comment and the writer's reply 已改。
    path2 = save_as_word(
        export_draft(second, tmp_path / "二稿.docx"), REVIEWED + timedelta(hours=6), revision=7
    )
    first = copy.deepcopy(second)
    if not first_replied:
        first.comments[0].replies.clear()
    first.sections[0].paragraphs[0].text += "（初稿原文）"
    path1 = export_draft(first, tmp_path / "初稿.docx")
    # opened and saved again in Word the next morning: a later date, one save more
    path1 = save_as_word(path1, REVIEWED + timedelta(days=1), revision=4)
    return open_as_draft(path2), path1


def test_the_draft_answers_the_resaved_first_version(tmp_path):
    draft, path1 = _files(tmp_path, first_replied=False)
    old, _ = load_side(path1)
    assert why_newer(draft, old) == ""  # the draft replies to it: it is the older text
    assert why_newer(old, draft) == "replies"


def test_fewer_saves_say_older_when_no_reply_tells(tmp_path):
    draft, path1 = _files(tmp_path, first_replied=True)
    assert word_saves(path1) == 4 and word_saves(draft.source) == 7
    old, _ = load_side(path1)
    assert why_newer(draft, old) == ""
    assert word_saves(tmp_path / "nothing.txt") == 0
