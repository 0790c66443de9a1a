"""Section.ending: the punctuation that closed a heading as written.

The heading text drops its closing punctuation (it reads as a title), but a closing colon is
what makes a heading announce the parts under it, so the outline keeps it beside the heading
instead of letting readers search the file's raw text for it. ``drafter outline --json`` does
not show it; the library's cached parse and the user's outline corrections keep it.
"""

from __future__ import annotations

from drafter.corpus.corrections import apply_corrections
from drafter.corpus.headings import heading_ending
from drafter.corpus.load import parse_text
from drafter.library.cached_parse import decode_document, encode_document

TEXT = """关于推进内控建设的讲话

一、为什么要学习先进企业

我们的内控还很薄弱，这一点大家都看到了。

二、先进企业的方法与我们不一样，但多年的经验证明，他们的内控是有效的：

（1）管理层对内控环境负责

各级管理层都是第一责任人。

（2）流程在全球一致

每个流程都有一个负责人。

三、下一步的工作。要把责任落到每个岗位上，不能只挂在墙上，更不能推给审计部门去管，这是内控建设能不能成功的关键。
"""


def _sections():
    doc = parse_text(TEXT, "t.txt")
    top = doc.outline.sections
    return doc, top[0], top[1], top[2], top[1].children[1]


def test_a_heading_keeps_the_punctuation_that_closed_it():
    _, plain, colon, run_in, bare = _sections()
    assert plain.heading == "为什么要学习先进企业" and plain.ending == ""
    assert colon.heading.endswith("内控是有效的") and colon.ending == "："
    assert run_in.run_in and run_in.heading == "下一步的工作" and run_in.ending == "。"
    assert bare.ending == ""


def test_heading_ending_reads_the_line_or_what_stands_before_the_run_on_text():
    assert heading_ending("二、…是非常有效的： ", "") == "："
    assert heading_ending("（1）加强领导。要抓紧。", "要抓紧。") == "。"
    assert heading_ending("三、结论", "") == ""
    assert heading_ending("我们怎么办？！", "") == "？！"


def test_outline_json_is_unchanged_but_the_cached_parse_keeps_the_ending():
    doc, *_ = _sections()
    assert "ending" not in doc.to_json()["sections"][1]
    again = decode_document(encode_document(doc))
    assert again.outline.sections[1].ending == "："
    assert again.outline.sections[2].ending == "。"


def test_outline_corrections_keep_the_ending_of_headings_they_do_not_touch():
    doc, *_ = _sections()
    texts = [p.text for p in doc.paragraphs()]
    i = texts.index("每个流程都有一个负责人。")
    out = apply_corrections(doc, [{"op": "heading", "para": i, "text": texts[i], "level": 3}])
    sections = out.document.outline.sections
    assert sections[1].ending == "："
    assert sections[1].children[1].children[0].ending == "。"  # the new heading's own stop
    assert sections[2].ending == "。"
