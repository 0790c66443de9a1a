"""A text without headings whose roadmap lists the parts the body runs in, up to the closing,
is mapped by those parts: the structure map, `drafter study`, the reader's outline and the
exported 提纲 show each part with its length (〔分项〕第一，从组织上动员群众), as they show the
turns of a text laid out by its transitions. 必须注意经济工作 showed one 正文 bar of 97% and
an outline with nothing in it beside 领起 4 节 (its outline has the four points now). A list
inside the argument, with the talk going on after it, cuts nothing. The body's rows add up to
it when the opening stops inside its paragraph (…。为什么？…): the rest of that paragraph was
counted in the last row."""

from __future__ import annotations

from pathlib import Path

import pytest
from speech_samples import ROADMAP_PARAGRAPHS_SPEECH as IN_TEXT

from drafter.corpus.load import load_document, parse_text
from drafter.study.analyze import analyze
from drafter.study.outline_notes import BY_PARTS, model_text_outline_notes

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ECONOMY = SHARED / "corpus/speeches/mao/第一卷_008 必须注意经济工作.md"
TWO_FATES = SHARED / "corpus/speeches/mao/第三卷_024 两个中国之命运.md"

LIST_INSIDE = IN_TEXT.replace(
    "同志们，让我们共同努力！",
    "这三条，归结起来就是一句话，安全生产必须常抓不懈。各级领导干部要以身作则，带头落实"
    "安全生产责任制，对本地区本部门的安全生产负总责。\n\n同志们，让我们共同努力！",
)


def _stretches(study):
    return [r for r in study.structure if r.part == "stretch"]


def _body(study):
    return next(r for r in study.structure if r.part == "body")


def test_parts_up_to_the_closing_map_the_body():
    doc = parse_text(IN_TEXT, "a.txt")
    study = analyze(doc)
    rows = _stretches(study)
    assert [r.label for r in rows] == [
        "〔分项〕必须坚持人民至上",
        "〔分项〕必须坚持预防为主",
        "〔分项〕必须坚持依法治理",
    ]
    assert {r.cut for r in rows} == {"roadmap"}
    assert sum(r.chars for r in rows) == _body(study).chars
    assert [r["cut"] for r in study.to_json()["sections"] if r["part"] == "stretch"] == [
        "roadmap"
    ] * 3
    notes = model_text_outline_notes(doc, study)
    assert notes.no_headings == BY_PARTS
    assert notes.skeleton == (
        "〔提纲句〕下面，我讲几点意见。",
        "〔分项〕必须坚持人民至上",
        "〔分项〕必须坚持预防为主",
        "〔分项〕必须坚持依法治理",
    )


def test_a_list_with_the_talk_going_on_after_it_cuts_nothing():
    study = analyze(parse_text(LIST_INSIDE, "b.txt"))
    assert study.roadmap and study.roadmap[0].sections  # still linked: 领起 3 项
    assert not _stretches(study)


def test_economic_work_is_mapped_by_its_four_points():
    # its 第一，…第四， are its headings now (drafter.corpus.markers: the first point's own
    # 首先…其次… no longer hides it): the map shows them as sections, after the opening,
    # which stops at its 为什么？ though the headings come late (68% of the talk before them),
    # and the body's first stretch before them; the rows add up to the whole
    if not ECONOMY.exists():
        pytest.skip(f"../shared not present: {ECONOMY}")
    doc = load_document(ECONOMY)
    study = analyze(doc)
    assert [r.part for r in study.structure] == ["opening", "lead-in"] + ["section"] * 4 + [
        "closing"
    ]
    assert [r.label[:3] for r in study.structure if r.part == "section"] == [
        "第一，",
        "第二，",
        "第三，",
        "第四，",
    ]
    assert study.opening.paragraphs == [0] and study.opening.stop is not None
    assert sum(r.chars for r in study.structure) == study.total_chars
    assert not _stretches(study)


def test_a_list_of_conditions_is_no_layout():
    if not TWO_FATES.exists():
        pytest.skip(f"../shared not present: {TWO_FATES}")
    study = analyze(load_document(TWO_FATES))
    assert not any(r.cut == "roadmap" for r in _stretches(study))


def test_headings_after_a_long_narrative_leave_the_opening_its_first_paragraph():
    # our own talk: three long paragraphs of narrative, then 第一，…第三，: the text before
    # the headings is the body's first stretch, not a 2,000-character opening
    story = "去年全县的生产形势很好，粮食产量创了新高，群众的生活有了改善，但问题也不少。" * 9
    text = "\n".join(
        ["在全县生产工作会议上的讲话", "同志们：", story, story, story, "我讲几点意见："]
        + [
            f"第{n}，要抓好{w}。" + "这件事各级都要重视，不能放松。" * 6
            for n, w in zip("一二三", ("春耕", "水利", "种子"))
        ]
        + ["同志们，让我们共同努力，夺取今年生产的新胜利！"]
    )
    study = analyze(parse_text(text, "a.txt"))
    assert len(study.sections) == 3
    assert study.opening.paragraphs == [0, 1]  # 同志们： and the first paragraph
    assert [r.part for r in study.structure][:2] == ["opening", "lead-in"]
