"""A speech's date moved under its last words, as Word's official layout (and a PDF or OFD
printed from it) sets it: the closing the text has without the date is still found with it.

Read from a real text of ../shared at run time (format_robustness's pdf_official and ofd
forms of mao 第三卷_016 lost their closing this way); nothing of it is copied here.
"""

from __future__ import annotations

import pytest

from drafter.corpus import load_document, parse_text

SOURCE = "corpus/speeches/mao/第三卷_016 评国民党十一中全会和三届二次国民参政会.md"


def test_a_date_under_the_last_words_leaves_the_closing_found(shared_dir):
    path = shared_dir / SOURCE
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    doc = load_document(path)
    closing = doc.outline.closing
    assert closing, "the source itself reads a closing"
    texts = [p.text for p in doc.paragraphs()]
    moved = parse_text("\n\n".join([doc.metadata.title or "", *texts, "一九四三年十月五日"]))
    assert moved.outline.closing == [*closing, "一九四三年十月五日"]
