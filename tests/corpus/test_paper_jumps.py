"""A newspaper's jump marks (下转第四版, 上接第一版) in a text copied from its e-edition.

The marks are the paper's furniture, run into the text where the page broke off; the .pdf
and .ofd readers drop them with the page they follow (test_pdf_columns), and cleaning takes
them out of any text that kept them; see drafter/corpus/paper_jumps.py.
"""

from __future__ import annotations

import pytest

from drafter.corpus import load_document
from drafter.corpus.paper_jumps import jump, without_jumps

HEAD = "在全县经济工作会议上的讲话\n（2025年1月8日）\n\n同志们：\n"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # run into a sentence where the page broke off, with its ASCII brackets
        (
            "各项工作难以在(上接第一版)迅速变化的形势中推进。",
            "各项工作难以在迅速变化的形势中推进。",
        ),
        # the two marks of one break, and the space after them
        (
            "这为我们做好工作提供了遵循。（下转第四版）（紧接第一版） 我们坚持人民至上。",
            "这为我们做好工作提供了遵循。我们坚持人民至上。",
        ),
        # a line of its own
        ("（下转第2版）", None),
        # a page named in the text is no mark
        ("本报第2版刊发了讲话全文。", "本报第2版刊发了讲话全文。"),
    ],
    ids=["inline_ascii", "two_marks", "own_line", "no_mark"],
)
def test_jump_marks_are_taken_out_of_the_text(tmp_path, line, kept):
    path = tmp_path / "讲话.txt"
    path.write_text(HEAD + "今天召开会议，部署今年的工作。\n" + line + "\n", "utf-8")
    body = [p.text for p in load_document(path).paragraphs()]
    assert not any("转第" in t or "接第" in t for t in body)
    if kept is not None:
        assert kept in body


def test_a_mark_names_the_page_and_the_way():
    assert jump("（下转第十二版）") == ("on", 12)
    assert jump("(上接第一版)") == ("from", 1)
    assert jump("第3版") is None
    assert without_jumps("…推进（下转第3版）") == "…推进"
