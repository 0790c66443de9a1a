"""Reading an export back through the library gives the same outline.

This exercises the corpus readers, metadata and outline parser as well as the
exporters: a failure here names the first heading that came back different.
"""

from __future__ import annotations

import pytest

from drafter.corpus import load_document
from drafter.drafts.convert import draft_from_document
from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.drafts.numbering import levels, markers
from drafter.export import export_draft


def _p(*texts: str) -> list[DraftParagraph]:
    return [DraftParagraph(t) for t in texts]


def office_speech() -> Draft:
    """Four levels of official markers and a set of run-in level-2 headings."""
    research = DraftNode(
        "深入调查研究",
        paragraphs=_p("调研要到一线。"),
        children=[
            DraftNode("摸清实情", paragraphs=_p("数据要准。")),
            DraftNode("找准问题", paragraphs=_p("问题要实。")),
        ],
    )
    return Draft(
        meta=DraftMeta(
            title="在全市办公室系统工作会议上的讲话",
            speaker="李明",
            post="市委秘书长",
            date="2025-11-24",
        ),
        opening=_p("同志们：", "这次会议的主要任务是总结工作、部署任务。"),
        sections=[
            DraftNode(
                "提高政治站位，增强做好办公室工作的责任感",
                paragraphs=_p("办公室是党委的综合部门。"),
                children=[
                    DraftNode("坚持政治统领", paragraphs=_p("把讲政治贯穿始终。")),
                    DraftNode("坚持服务大局", paragraphs=_p("围绕中心服务大局。")),
                ],
            ),
            DraftNode(
                "聚焦主责主业，全面提升服务保障水平",
                paragraphs=_p("要在三个方面下功夫。"),
                children=[
                    DraftNode(
                        "提升以文辅政水平",
                        run_in=True,
                        paragraphs=_p("文稿起草要精益求精。", "要多调研。"),
                        children=[
                            research,
                            DraftNode("精心打磨文稿", paragraphs=_p("文稿要反复修改。")),
                        ],
                    ),
                    DraftNode("提升办事效率", run_in=True, paragraphs=_p("办文办会要高效。")),
                    DraftNode("提升督查实效", run_in=True, paragraphs=_p("督查要盯住落实。")),
                ],
            ),
            DraftNode("加强自身建设，打造过硬队伍", paragraphs=_p("队伍建设是根本。")),
        ],
        closing=_p("同志们，让我们以更加昂扬的精神状态，奋力开创工作新局面！"),
    )


def county_speech(numbering: list[str]) -> Draft:
    """Speech-style markers: 第一，/一是 and friends, level 2 running in."""

    def run_in(*pairs: tuple[str, str]) -> list[DraftNode]:
        return [DraftNode(h, run_in=True, paragraphs=_p(t)) for h, t in pairs]

    return Draft(
        meta=DraftMeta(
            title="在年度工作会议上的讲话", speaker="王强", post="县长", date="2025-01-15"
        ),
        opening=_p("同志们："),
        sections=[
            DraftNode(
                "要认清形势",
                paragraphs=_p("当前形势复杂。"),
                children=run_in(("认清有利条件", "机遇很多。"), ("认清风险挑战", "挑战不少。")),
            ),
            DraftNode(
                "要明确任务",
                paragraphs=_p("任务很重。"),
                children=run_in(
                    ("抓好项目建设", "项目是抓手。"),
                    ("抓好民生保障", "民生是根本。"),
                    ("抓好安全稳定", "安全是底线。"),
                ),
            ),
            DraftNode("要强化保障", paragraphs=_p("保障要有力。")),
        ],
        closing=_p("同志们，让我们真抓实干！"),
        numbering=numbering,
    )


def _outline(d: Draft) -> list[tuple]:
    marks, lv = markers(d), levels(d)
    return [
        (lv[n.id], marks[n.id], n.heading, n.run_in, [p.text for p in n.paragraphs])
        for n in d.walk()
    ]


def _assert_same(original: Draft, back: Draft) -> None:
    m, b = original.meta, back.meta
    assert (b.title, b.post, b.speaker, b.date) == (m.title, m.post, m.speaker, m.date)
    assert [p.text for p in back.opening] == [p.text for p in original.opening]
    assert [p.text for p in back.closing] == [p.text for p in original.closing]
    want, got = _outline(original), _outline(back)
    for i, (w, g) in enumerate(zip(want, got)):
        assert g == w, f"heading {i} came back as {g}, expected {w}"
    assert len(got) == len(want)


@pytest.mark.parametrize("suffix", ["docx", "md", "txt"])
def test_round_trip_official_markers(tmp_path, suffix):
    draft = office_speech()
    path = export_draft(draft, tmp_path / f"speech.{suffix}")
    _assert_same(draft, draft_from_document(load_document(path)))


@pytest.mark.parametrize("suffix", ["docx", "md", "txt"])
def test_round_trip_of_an_untitled_draft_that_opens_on_its_first_heading(tmp_path, suffix):
    # a draft made from a template before its title is typed: the file starts at 一、
    draft = office_speech()
    draft.meta, draft.opening = DraftMeta(), []
    path = export_draft(draft, tmp_path / f"speech.{suffix}")
    # before: the .docx's first Heading 1 was read as the title and the other level-1
    # headings were lost, their children run together under nothing
    _assert_same(draft, draft_from_document(load_document(path)))


@pytest.mark.parametrize(
    "numbering",
    [
        ["ordinal", "shi"],
        ["ordinal_dun", "yao"],
        ["ordinal_sentence", "shi"],
        ["sequence", "shi"],
        ["cn_dun", "ordinal"],
    ],
)
@pytest.mark.parametrize("suffix", ["docx", "md", "txt"])
def test_round_trip_speech_markers(tmp_path, numbering, suffix):
    draft = county_speech(numbering)
    path = export_draft(draft, tmp_path / f"speech.{suffix}")
    back = draft_from_document(load_document(path))
    _assert_same(draft, back)
    assert back.numbering == numbering


def _tree(sections) -> list:
    """(level, ordinal, heading, run-in, paragraphs) of every heading, in reading order.
    The ordinal, not the marker as typed: numbering is derived, so a stray 第一， among
    第二、第三、 comes back in its group's style."""
    from drafter.drafts.numbering import parse_marker

    out = []
    for s in sections:
        parsed = parse_marker(s.marker)
        out.append((s.level, parsed[1] if parsed else None, s.heading, s.run_in, s.paragraphs))
        out.extend(_tree(s.children))
    return out


def _real_speeches(sample_corpus) -> list:
    files = [p for p in sorted(sample_corpus.iterdir()) if p.suffix in (".txt", ".docx", ".md")]
    return [p for p in files if p.name != "README.md"]


@pytest.mark.parametrize("where", ["corpus", "seeds"])
def test_real_speeches_come_back_with_the_same_outline(where, sample_corpus, request, tmp_path):
    """Every speech of the project's corpus and the shared seeds, re-laid out in the
    official layout, reads back with the same title block, headings and paragraphs."""
    if where == "corpus":
        files = _real_speeches(sample_corpus)
    else:
        shared = request.getfixturevalue("shared_dir")
        files = sorted((shared / "seeds").glob("*.txt"))
    assert files
    for path in files:
        doc = load_document(path)
        out = export_draft(draft_from_document(doc), tmp_path / (path.stem + ".docx"))
        back = load_document(out)
        for field in ("title", "subtitle", "speaker", "post", "date"):
            assert getattr(back.metadata, field) == getattr(doc.metadata, field), (path, field)
        assert back.outline.preamble == doc.outline.preamble, path
        assert back.outline.closing == doc.outline.closing, path
        assert _tree(back.outline.sections) == _tree(doc.outline.sections), path
