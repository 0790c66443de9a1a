"""A Word comment whose range runs over two paragraphs goes on the paragraph it is about.

Walking the office head's return trip, a head's Word comment 这两段合并压缩 was made over
a whole paragraph and the first words after it (the next heading), as a drag in Word
does; Drafter put it on the heading (二) where the range ended, with no words, and the
paragraph it was about had no comment. A range over several paragraphs now stays with
its first paragraph (its words from where it begins), unless it began after the last word
of a paragraph: then it is about the paragraph where it ends.
"""

from __future__ import annotations

import docx
from lxml import etree

from drafter.drafts.anchors import target_index
from drafter.drafts.open_any import open_as_draft

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FIRST = "办公室任务非常繁重，既要服务领导、服务基层、服务群众，又要参与政务、管理事务。"
SECOND = "办公室的同志非常辛苦，加班加点是家常便饭。"


def _speech():
    document = docx.Document()
    document.add_paragraph("同志们：")
    document.add_paragraph("一、提高认识")
    first = document.add_paragraph(FIRST)
    second = document.add_paragraph("二、明确目标")
    third = document.add_paragraph(SECOND)
    return document, first, second, third


def _where(path):
    draft = open_as_draft(path)
    (c,) = draft.comments
    _pos, _part, node, para = target_index(draft)[c.target]
    return (para.text if para is not None else node.heading), c.quote


def test_range_from_a_paragraph_into_the_next_heading_stays_on_the_paragraph(tmp_path):
    document, first, second, _third = _speech()
    document.add_comment([first.runs[0], second.runs[0]], text="这两段合并压缩", author="李主任")
    path = tmp_path / "李主任批注.docx"
    document.save(str(path))
    assert _where(path) == (FIRST, "")  # the whole paragraph: a comment on it


def test_range_from_mid_paragraph_over_the_next_keeps_its_first_words(tmp_path):
    document, first, _second, third = _speech()
    at = FIRST.index("又要")
    first.runs[0].text = FIRST[:at]
    tail = first.add_run(FIRST[at:])
    document.add_comment([tail, third.runs[0]], text="这部分删去", author="李主任")
    path = tmp_path / "批注.docx"
    document.save(str(path))
    assert _where(path) == (FIRST, FIRST[at:])


def test_range_begun_at_the_end_of_a_paragraph_goes_to_the_next(tmp_path):
    """Word leaves a range's start after the last character when the drag began at the end
    of a line: the words are all in the next paragraph, and the comment goes there."""
    document, _first, second, third = _speech()
    document.add_comment(third.runs[0], text="口语化", author="李主任")
    path = tmp_path / "批注.docx"
    document.save(str(path))
    # move the range's start to the end of the heading before it
    with_start = tmp_path / "跨段.docx"
    import shutil
    import zipfile

    shutil.copy(path, with_start)
    with zipfile.ZipFile(path) as zin:
        root = etree.fromstring(zin.read("word/document.xml"))
        start = root.find(f".//{W}commentRangeStart")
        heading = [p for p in root.iter(f"{W}p") if "二、明确目标" in "".join(p.itertext())][0]
        start.getparent().remove(start)
        heading.append(start)
        with zipfile.ZipFile(with_start, "w") as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                if item.filename == "word/document.xml":
                    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
                zout.writestr(item, data)
    assert second.text == "二、明确目标"
    assert _where(with_start) == (SECOND, "")
