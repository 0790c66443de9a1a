"""The Qt-free masking of search hits during a 提纲练习 (drafter.study.exercise.search)."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.library.model import DocumentInfo, SearchHit
from drafter.study.exercise.search import ExerciseSearchMask, exercise_search_note

TEXT = """同志们：
下面，我讲两点意见：一是抓好学习培训，二是改进工作作风。
一、抓好学习培训
抓好学习培训，是提高能力的基础。
二、改进工作作风
作风建设永远在路上。
"""


def _info(doc_id: str) -> DocumentInfo:
    return DocumentInfo(
        doc_id,
        f"/x/{doc_id}.txt",
        "讲话",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        "txt",
        6,
        80,
        "",
        "",
    )


def _hit(doc_id: str, para, heading=False, lights=()) -> SearchHit:
    return SearchHit(
        1.0, _info(doc_id), list(para.section), para.index, heading, para.text, list(lights)
    )


def test_only_the_exercised_text_is_masked():
    doc = parse_text(TEXT)
    paras = doc.paragraphs()
    heading = next(p for p in paras if p.is_heading)
    roadmap = paras[1]
    body = next(p for p in paras if not p.is_heading and p.section)
    hits = [
        _hit("a", heading, True),
        _hit("a", body, lights=[(0, 2)]),
        _hit("a", roadmap),
        _hit("b", heading, True),
    ]
    out = ExerciseSearchMask(doc, "a").apply(hits)
    assert out.hidden == 1 and out.masked == 2
    assert [h.document.id for h in out.hits] == ["a", "a", "b"]
    assert out.hits[0].section == [] and out.hits[1].section == []
    assert "抓好学习培训" not in out.hits[1].text  # the roadmap's parts blanked, as the reader
    assert out.hits[2].section == list(heading.section)  # the other text untouched
    note = exercise_search_note(out, "讲话")
    assert "1 条标题结果未显示" in note and "2 条结果不显示所在标题" in note
    assert exercise_search_note(ExerciseSearchMask(doc, "c").apply(hits), "讲话") == ""
