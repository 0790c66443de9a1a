"""Library documents become drafts; drafts become outline text."""

from __future__ import annotations

from drafter.corpus.model import Document, Metadata, Outline, Section
from drafter.drafts.convert import (
    draft_from_document,
    draft_to_outline_text,
    format_date,
    infer_numbering,
)
from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.drafts.numbering import markers


def _doc() -> Document:
    sections = [
        Section(
            1,
            "第一，",
            "提高认识",
            ["认识是前提。"],
            children=[
                Section(2, "一是", "讲政治", ["政治是根本。"], run_in=True),
                Section(2, "二是", "顾大局", ["大局是方向。"], run_in=True),
            ],
        ),
        Section(1, "第二，", "狠抓落实", ["落实是关键。", "第二段。"]),
        Section(1, "第三，", "加强领导", []),
    ]
    return Document(
        path="/lib/old.docx",
        format="docx",
        metadata=Metadata(title="在会上的讲话", speaker="李四", post="县长", date="2024-03-05"),
        outline=Outline(preamble=["同志们："], sections=sections, closing=["谢谢大家！"]),
        raw_text="",
    )


def test_document_becomes_draft_with_inferred_styles():
    draft = draft_from_document(_doc())
    assert draft.meta.title == "在会上的讲话"
    assert draft.meta.speaker == "李四" and draft.meta.post == "县长"
    assert draft.numbering == ["ordinal", "shi"]
    assert [n.heading for n in draft.sections] == ["提高认识", "狠抓落实", "加强领导"]
    marks = markers(draft)
    first = draft.sections[0]
    assert marks[first.id] == "第一，"
    assert [marks[c.id] for c in first.children] == ["一是", "二是"]
    assert first.children[0].run_in
    assert first.children[0].paragraphs[0].text == "政治是根本。"
    assert [p.text for p in draft.opening] == ["同志们："]
    assert [p.text for p in draft.closing] == ["谢谢大家！"]
    assert all(p.provenance is None for n in draft.walk() for p in n.paragraphs)


def test_document_id_adds_provenance_with_paragraph_indexes():
    doc = _doc()
    draft = draft_from_document(doc, document_id="d42")
    by_index = {p.index: p for p in doc.paragraphs()}
    for node in draft.walk():
        for para in node.paragraphs:
            prov = para.provenance
            assert prov.document_id == "d42"
            assert by_index[prov.paragraph_index].text == para.text
            assert prov.original_text == para.text
    assert draft.opening[0].provenance.paragraph_index == 0


def test_infer_numbering_takes_majority_and_none():
    secs = [Section(1, "一、", "a"), Section(1, "二、", "b"), Section(1, "3.", "c")]
    assert infer_numbering(secs) == ["cn_dun"]
    assert infer_numbering([Section(1, "", "a", children=[Section(2, "（1）", "b")])]) == [
        "none",
        "arabic_paren",
    ]
    assert infer_numbering([]) == ["cn_dun", "cn_paren", "arabic_dot", "arabic_paren"]


def test_format_date_styles():
    assert format_date("2025-11-24") == "（2025年11月24日）"
    assert format_date("2025-11-24", "cn") == "2025年11月24日"
    assert format_date("2025-01-05", "paren_cn_upper") == "（二〇二五年一月五日）"
    assert format_date("2025-11") == "（2025年11月）"
    assert format_date("2025-11-24", "iso") == "2025-11-24"
    assert format_date("") == ""
    assert format_date("去年冬天", "cn") == "去年冬天"


def _draft() -> Draft:
    return Draft(
        meta=DraftMeta(title="标题", speaker="张三", post="书记", date="2025-11-24"),
        opening=[DraftParagraph("同志们："), DraftParagraph("  ")],
        sections=[
            DraftNode("认识", paragraphs=[DraftParagraph("正文一。")], hint="不要导出的提示"),
            DraftNode(
                "任务",
                run_in=True,
                paragraphs=[DraftParagraph("正文二。"), DraftParagraph("正文三。")],
            ),
        ],
        closing=[DraftParagraph("谢谢！")],
        opening_hint="开头提示",
    )


def test_outline_text_has_markers_and_blank_lines_and_no_hints():
    text = draft_to_outline_text(_draft())
    assert text == (
        "标题\n\n书记\u3000张三\n\n（2025年11月24日）\n\n同志们：\n\n一、认识\n\n正文一。\n\n"
        "二、任务。正文二。\n\n正文三。\n\n谢谢！\n"
    )
    assert "提示" not in text


def test_outline_text_indent():
    text = draft_to_outline_text(_draft(), indent=True)
    assert "\n\n\u3000\u3000正文一。\n" in text
    assert text.startswith("标题\n")  # the title block is never indented


def _mixed_doc() -> Document:
    """一要… under one part, 一是… under another: a speech's own markers per group."""
    sections = [
        Section(
            1,
            "一、",
            "两个畅通",
            [],
            children=[
                Section(2, "一要", "协调畅通", ["甲。"]),
                Section(2, "二要", "信息畅通", ["乙。"]),
            ],
        ),
        Section(
            1,
            "二、",
            "四勤",
            [],
            children=[
                Section(2, "一是", "腿勤", ["丙。"]),
                Section(2, "二是", "口勤", ["丁。"]),
                Section(2, "三是", "手勤", ["戊。"]),
            ],
        ),
        Section(
            1,
            "三、",
            "五坚持",
            [],
            children=[Section(2, "一要", "忠诚", ["己。"]), Section(2, "二要", "奉献", ["庚。"])],
        ),
    ]
    return Document(
        path="mixed.txt",
        format="txt",
        metadata=Metadata(title="讲话"),
        outline=Outline(sections=sections),
        raw_text="",
    )


def test_sibling_groups_keep_their_own_numbering_style():
    draft = draft_from_document(_mixed_doc())
    assert draft.numbering[:2] == ["cn_dun", "yao"]

    def printed(d: Draft) -> list[str]:
        marks = markers(d)
        return [marks[c.id] + c.heading for s in d.sections for c in s.children]

    expected = [
        "一要协调畅通",
        "二要信息畅通",
        "一是腿勤",
        "二是口勤",
        "三是手勤",
        "一要忠诚",
        "二要奉献",
    ]
    assert printed(draft) == expected
    assert printed(Draft.from_json(draft.to_json())) == expected  # kept across a save


def test_subtitle_gets_its_dash_and_a_date_in_it_is_not_repeated():
    from drafter.drafts.convert import title_block

    meta = DraftMeta(
        title="政府工作报告",
        subtitle="2025年1月15日在青川区第三届人民代表大会第五次会议上",
        post="区长",
        speaker="×××",
        date="2025-01-15",
    )
    assert title_block(meta) == [
        ("title", "政府工作报告"),
        ("subtitle", "——2025年1月15日在青川区第三届人民代表大会第五次会议上"),
        ("speaker", "区长\u3000×××"),
    ]
    meta = DraftMeta(
        title="坚守安全底线", subtitle="——在全市安全生产工作会议上的讲话", date="2025-11-24"
    )
    assert title_block(meta)[1:] == [
        ("subtitle", "——在全市安全生产工作会议上的讲话"),
        ("date", "（2025年11月24日）"),
    ]


def test_a_speaker_the_subtitle_names_is_not_repeated():
    """An exported 提纲 of a real speech read "——任正非在人力资源部培训工作汇报会上的讲话", then 任正非
    alone on the next line: the name, like the date, is printed once."""
    from drafter.drafts.convert import title_block

    meta = DraftMeta(
        title="培训工作的几点意见",
        subtitle="任正非在人力资源部培训工作汇报会上的讲话",
        speaker="任正非",
        date="1996-11-21",
    )
    assert [kind for kind, _text in title_block(meta)] == ["title", "subtitle", "date"]
    # a post the subtitle does not name keeps the line: 主席　毛泽东 says more than the subtitle
    meta = DraftMeta(
        title="整顿党的作风", subtitle="在党校开学典礼上的演说", post="主席", speaker="毛泽东"
    )
    assert ("speaker", "主席\u3000毛泽东") in title_block(meta)
    meta = DraftMeta(
        title="讲话", subtitle="毛泽东在党校开学典礼上的演说", post="主席", speaker="毛泽东"
    )
    assert ("speaker", "主席\u3000毛泽东") in title_block(meta)


def test_headings_without_a_marker_among_numbered_siblings_stay_unnumbered():
    """A report part opening with unnumbered lead-in headings ("五年来，…") before 一、二、
    keeps them unnumbered, and 一、 stays 一、 instead of becoming 三、."""
    part = Section(
        1,
        "",
        "过去五年的基本总结",
        [],
        children=[
            Section(2, "", "五年来，国民经济持续发展", ["甲。"]),
            Section(2, "", "五年来，改革全面展开", ["乙。"]),
            Section(2, "一、", "坚持改革", ["丙。"]),
            Section(2, "二、", "从实际出发", ["丁。"]),
        ],
    )
    doc = Document(
        path="report.txt",
        format="txt",
        metadata=Metadata(title="政府工作报告"),
        outline=Outline(sections=[part, Section(1, "", "今后的任务", ["戊。"])]),
        raw_text="",
    )
    draft = draft_from_document(doc)
    assert draft.numbering[:2] == ["none", "cn_dun"]
    marks = markers(draft)
    printed = [marks[c.id] + c.heading for c in draft.sections[0].children]
    assert printed == [
        "五年来，国民经济持续发展",
        "五年来，改革全面展开",
        "一、坚持改革",
        "二、从实际出发",
    ]
    again = Draft.from_json(draft.to_json())
    assert [markers(again)[c.id] for c in again.sections[0].children] == ["", "", "一、", "二、"]


def test_unmarked_headings_do_not_outvote_the_numbered_ones():
    sections = [Section(1, "", "甲", []), Section(1, "", "乙", []), Section(1, "一、", "丙", [])]
    assert infer_numbering(sections) == ["cn_dun"]
    assert infer_numbering([Section(1, "", "甲", [])]) == ["none"]


def test_a_number_keeps_the_punctuation_the_author_wrote():
    """第一， among 第二、 第三、 stays 第一，(seed 000 writes it so); the number still
    follows the position when sections move."""
    from drafter.corpus import parse_text
    from drafter.drafts.convert import draft_from_document, draft_to_outline_text

    text = (
        "在全区会议上的讲话\n\n同志们：\n\n今天开会。\n\n"
        "第一，希望大家提高政治站位。要加强学习。\n\n第二、希望大家提高工作标准\n\n正文二。\n\n"
        "第三、希望大家提高人格品德\n\n正文三。\n\n谢谢大家！\n"
    )
    draft = draft_from_document(parse_text(text, "x.txt"))
    out = draft_to_outline_text(draft)
    assert "第一，希望大家提高政治站位" in out
    assert "第二、希望大家提高工作标准" in out
    children = draft.sections
    assert children[0].marker_punct == "，" and not children[1].marker_punct
    # moved to the end, the heading is numbered 第三 and keeps its comma
    children.append(children.pop(0))
    assert "第三，希望大家提高政治站位" in draft_to_outline_text(draft)
    # and the mark survives a save
    from drafter.drafts.model import Draft

    again = Draft.from_json(draft.to_json())
    assert again.sections[-1].marker_punct == "，"
