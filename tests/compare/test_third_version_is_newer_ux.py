"""A writer's third version, answering no comment anew, is told newer by its own date.

The head picks the writer's file in 比较稿件; it stood on the new side only when it held
more replies to the draft's comments than the draft. The writer's third version replies
to nothing new (the head had read the second), so it stayed the old side and its changes
came out backwards. A file that holds the draft's comments and was saved in Word (its
docProps/core.xml names who saved it and counts the saves, as Drafter's export does not)
later than everything the draft holds is the newer one
(:func:`drafter.compare.comments.answers_comments`)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from drafter.cli import main
from drafter.compare import load_side
from drafter.compare.comments import answers_comments
from drafter.drafts.docx_parts import saved_in_word
from tests.compare.writer_versions import REVIEWED, reviewed, sent, third_version

LATER = datetime(2025, 11, 26, 10, 5, tzinfo=timezone(timedelta(hours=8)))


def test_the_files_own_date_says_which_is_newer(tmp_path):
    draft = reviewed()
    path = third_version(draft, tmp_path, LATER)
    when, by_writer = saved_in_word(path)
    assert when == LATER and by_writer
    third, _ = load_side(path)
    assert answers_comments(draft, third)
    assert not answers_comments(third, draft)  # the head's draft is the older one


def test_no_writers_save_or_an_earlier_one_is_no_sign(tmp_path):
    draft = reviewed()
    exported = third_version(draft, tmp_path, None)  # Drafter's export: dated, by nobody
    assert saved_in_word(exported)[1] is False
    assert saved_in_word(sent(draft, tmp_path))[1] is False
    assert not answers_comments(draft, load_side(exported)[0])
    earlier = third_version(draft, tmp_path, REVIEWED - timedelta(days=1))
    assert not answers_comments(draft, load_side(earlier)[0])


def test_cli_asks_when_the_third_version_is_given_as_old(tmp_path, capsys):
    draft = reviewed()
    head = sent(draft, tmp_path)
    third = third_version(draft, tmp_path, LATER)
    assert main(["compare", str(head), str(third)]) == 0
    assert "新旧是否写反了" not in capsys.readouterr().err
    assert main(["compare", str(third), str(head)]) == 0
    assert "新旧是否写反了" in capsys.readouterr().err
