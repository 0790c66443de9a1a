"""A writer's Word file edited with 修订 on and no comment is his answer, the newer side.

The head sends his draft; the writer edits it in Word with 修订 on and sends it back
without a single comment (the commonest answer of all). Only replies to the head's
comments, or his comments saved later in Word, said a file was the newer one, so picked
in 比较稿件 this file stood on the old side and every change read backwards, and
``drafter compare WRITERS HEADS`` did not ask whether the two were the wrong way round.
A file whose struck words the head's draft still holds, and whose inserted ones it lacks,
was edited from that draft (:func:`drafter.compare.tracked.tracked_on`); each change of
the comparison that is one of his tracked ones carries his name and date
(:func:`drafter.compare.tracked.mark_editors`) in the report, the JSON and the compare view.
"""

from __future__ import annotations

import json

from drafter.cli import main
from drafter.compare import compare_drafts, load_side
from drafter.compare.comments import why_newer
from drafter.compare.tracked import tracked_on
from drafter.drafts.open_any import open_as_draft
from drafter.export import export_draft
from drafter.export.redline import write_redline
from tests.compare.writer_versions import SEED, track_in_word


def _heads_and_writers(tmp_path):
    head = open_as_draft(SEED)
    sent = export_draft(head, tmp_path / "送审稿.docx")
    writers = track_in_word(sent, tmp_path / "修改稿.docx", "桥梁和纽带", "桥梁纽带")
    return head, sent, writers


def test_the_writers_tracked_file_is_the_newer_one(tmp_path):
    head, sent, writers = _heads_and_writers(tmp_path)
    answer, _ = load_side(writers)
    assert "桥梁纽带" in "".join(p.text for n in answer.walk() for p in n.paragraphs)
    assert tracked_on(head, answer) == 2  # his deletion and his insertion
    assert why_newer(head, answer) == "tracked"
    assert why_newer(answer, head) == ""
    # the head's draft once he accepted the writer's edits: nothing of it is new to him
    accepted = open_as_draft(writers)
    assert tracked_on(accepted, answer) == 0
    assert tracked_on(head, load_side(sent)[0]) == 0  # a file without 修订


def test_a_redline_sent_back_with_the_writers_edits_on_top(tmp_path):
    """The head's 修订稿 comes back unprocessed with the writer's own 修订 added: the head's
    changes are already in the head's draft, the writer's are not; his alone decide."""
    first = open_as_draft(SEED)
    second = open_as_draft(SEED)
    para = next(p for n in second.walk() for p in n.paragraphs if "中梗阻" in p.text)
    para.text = para.text.replace("中梗阻", "梗阻")
    redline = tmp_path / "修订稿.docx"
    write_redline(compare_drafts(first, second), redline, author="王主任")
    back, _ = load_side(redline)
    assert tracked_on(second, back) == 0  # unprocessed and untouched: not newer
    edited = track_in_word(redline, tmp_path / "修订稿（李写手）.docx", "桥梁和纽带", "桥梁纽带")
    assert tracked_on(second, load_side(edited)[0]) == 2


def test_every_change_says_whose_edit_it_is(tmp_path):
    head, sent, writers = _heads_and_writers(tmp_path)
    answer, _ = load_side(writers)
    comparison = compare_drafts(head, answer)
    assert comparison.tracked == 2
    (change,) = comparison.paragraphs
    assert change.by == [("李写手", "2025-11-26T10:05:00Z")]
    assert change.to_json()["by"] == [{"author": "李写手", "date": "2025-11-26T10:05:00Z"}]
    plain = compare_drafts(head, load_side(sent)[0])  # no 修订 anywhere: no by, no count
    assert plain.tracked == 0 and all(not p.by for p in plain.paragraphs)


def test_cli_asks_and_names_the_writer(tmp_path, capsys):
    head, sent, writers = _heads_and_writers(tmp_path)
    assert main(["compare", str(writers), str(sent)]) == 0
    err = capsys.readouterr().err
    assert "修订是在" in err and "新旧是否写反了" in err
    assert main(["compare", str(sent), str(writers)]) == 0
    out, err = capsys.readouterr()
    assert "新旧是否写反了" not in err
    assert "（李写手修订 2025-11-26 10:05）" in out
    assert "其中：李写手修订 2 处（删 1 处、增 1 处）。" in out
    assert main(["compare", str(sent), str(writers), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["paragraphs"][0]["by"][0]["author"] == "李写手"


def test_the_redline_keeps_a_replaced_word_under_his_name(tmp_path, capsys):
    """Word users replace a word whole (桥梁和纽带 struck, 桥梁纽带 typed); the comparison's
    character diff deletes only 和, which stood inside his struck words: his, not the
    head's. The message says how many of his 修订 the 修订稿 kept under his name."""
    head, sent, writers = _heads_and_writers(tmp_path)
    out = tmp_path / "修订稿.docx"
    assert main(["compare", str(sent), str(writers), "-o", str(out), "--author", "王主任"]) == 0
    assert f"已写出修订稿（保留李写手的修订 1 处）：{out}" in capsys.readouterr().out
    written = write_redline(compare_drafts(head, load_side(writers)[0]), out, author="王主任")
    assert written.kept == (("李写手", 1),)
    assert written.summary() == "保留李写手的修订 1 处"
