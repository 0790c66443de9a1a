"""A template made from a document reproduces its outline, with the original headings
as examples."""

from __future__ import annotations

import pytest

from drafter.corpus import Document, Metadata, Outline, Section, load_document, parse_text
from drafter.templating import render_source, render_template, save_user_template
from drafter.templating.from_document import marker_style, template_from_document

SPEECH = """在全市办公室工作会议上的讲话
（2024年3月1日）
张三

同志们：
今天召开全市办公室工作会议，主要任务是总结工作、部署任务。下面，我讲三点意见。
一、提高站位，深刻认识办公室工作的重要性
办公室是党委的参谋部，是服务领导、服务基层的重要窗口。
（一）办公室是运转的中枢
中枢作用体现在统筹协调、上传下达。
（二）办公室是服务的窗口
窗口作用体现在服务群众、联系基层。
二、突出重点，扎实做好各项服务保障工作
一是坚持以文辅政。要提高文稿质量，做到观点鲜明。
二是坚持以会谋事。要精简会议，提高会议效率。
三是坚持以督促干。要加强督查，确保落地见效。
三、加强自身建设，打造过硬办公室队伍
队伍建设是根本，要加强学习、改进作风。
同志们，办公室工作责任重大。让我们共同努力，开创新局面！
"""


def _shape(nodes):
    return [(n.example, n.run_in, _shape(n.children)) for n in nodes]


def _doc_shape(sections):
    return [(s.heading, s.run_in, _doc_shape(s.children)) for s in sections]


def test_round_trip_through_parse_text(tmp_path):
    doc = parse_text(SPEECH, "办公室讲话.txt")
    if not doc.outline.sections:
        pytest.fail("the outline parser found no headings in a plainly numbered speech")
    source = template_from_document(doc, "办公室讲话")
    path = save_user_template(source, "办公室讲话", tmp_path)
    assert path.name == "办公室讲话.j2"
    draft = render_template("办公室讲话", user_dir=tmp_path)
    # Same tree, original headings as the examples, run-in kept.
    assert _shape(draft.sections) == _doc_shape(doc.outline.sections)
    assert draft.numbering[0] == "cn_dun"
    assert draft.numbering[1] in ("cn_paren", "shi")
    # Title and occasion are parameters defaulting to the document's.
    assert draft.meta.title == doc.metadata.title == "在全市办公室工作会议上的讲话"
    assert draft.meta.occasion == doc.metadata.occasion
    other = render_template("办公室讲话", {"title": "新标题", "occasion": "新会议"}, tmp_path)
    assert (other.meta.title, other.meta.occasion) == ("新标题", "新会议")
    # Slots: siblings sharing a lead word keep it; hints say what the part did.
    second = draft.sections[1]
    assert [c.heading for c in second.children] == ["坚持以……"] * 3
    assert "标记“一是”" in second.children[0].hint and "融入段首" in second.children[0].hint
    assert "标记“一、”" in draft.sections[0].hint and "下设 2 个要点" in draft.sections[0].hint
    assert "今天召开全市办公室工作会议" in draft.opening_hint
    assert "同志们，办公室工作责任重大" in draft.closing_hint
    # No text of the original reaches the draft as text.
    assert not draft.opening and not any(n.paragraphs for n in draft.walk())


def test_jinja_syntax_in_the_document_stays_inert():
    doc = Document(
        path="x.txt",
        format="txt",
        metadata=Metadata(title="{{ 7 * 7 }} 标题", occasion="{% include '/etc/passwd' %}"),
        outline=Outline(
            preamble=["开头 {# 注释 #} 段落"],
            sections=[
                Section(1, "一、", "坚持{{ x }}", ["正文 {% for %}"]),
                Section(1, "二、", "坚持'引号'\\反斜杠", []),
            ],
            closing=[],
        ),
        raw_text="",
    )
    source = template_from_document(doc, "引号")
    draft = render_source(source, "引号.j2")
    assert draft.meta.title == "{{ 7 * 7 }} 标题"
    assert draft.meta.occasion == "{% include '/etc/passwd' %}"
    assert [n.example for n in draft.sections] == ["坚持{{ x }}", "坚持'引号'\\反斜杠"]
    assert [n.heading for n in draft.sections] == ["坚持……", "坚持……"]
    assert "{# 注释 #}" in draft.opening_hint


def test_numbering_styles_of_each_level_are_kept():
    doc = Document(
        path="x.txt",
        format="txt",
        metadata=Metadata(title="讲话"),
        outline=Outline(
            sections=[
                Section(1, "第一，", "甲", children=[Section(2, "一要", "子", run_in=True)]),
                Section(1, "第二，", "乙"),
            ]
        ),
        raw_text="",
    )
    draft = render_source(template_from_document(doc, "n"), "n.j2")
    assert draft.numbering == ["ordinal", "yao"]
    assert draft.sections[0].children[0].run_in


@pytest.mark.parametrize(
    ("marker", "style"),
    [
        ("一、", "cn_dun"),
        ("（二）", "cn_paren"),
        ("3.", "arabic_dot"),
        ("（4）", "arabic_paren"),
        ("第五，", "ordinal"),
        ("第六、", "ordinal_dun"),
        ("第一句话：", "ordinal_sentence"),
        ("二是", "shi"),
        ("三要", "yao"),
        ("首先，", "sequence"),
        ("", "none"),
    ],
)
def test_marker_styles(marker, style):
    assert marker_style(marker) == style


@pytest.mark.shared
def test_seed_speeches_make_working_templates(shared_dir, tmp_path):
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("no seed speeches in ../shared/seeds")
    for path in seeds:
        doc = load_document(path)
        if not doc.outline.sections:
            continue
        name = f"仿{path.stem}"
        save_user_template(template_from_document(doc, name), name, tmp_path)
        draft = render_template(name, user_dir=tmp_path)
        assert [n.example for n in draft.walk()] == [s.heading for s in doc.outline.walk()]


def test_a_part_numbered_otherwise_keeps_its_numbering_and_marks():
    """一是 must not become 一要 because most points of the level are 一要…, and 第一，
    among 第二、 第三、 keeps its comma: a template made from a document, and the draft
    made from the template, print the markers as the author wrote them."""
    doc = Document(
        path="x.txt",
        format="txt",
        metadata=Metadata(title="讲话"),
        outline=Outline(
            sections=[
                Section(
                    1,
                    "一、",
                    "甲",
                    children=[
                        Section(2, "一要", "子一", run_in=True),
                        Section(2, "二要", "子二", run_in=True),
                        Section(2, "三要", "子三", run_in=True),
                    ],
                ),
                Section(
                    1,
                    "二、",
                    "乙",
                    children=[
                        Section(2, "一是", "丑一", run_in=True),
                        Section(2, "二是", "丑二", run_in=True),
                    ],
                ),
                Section(
                    1,
                    "三、",
                    "丙",
                    children=[
                        Section(2, "第一，", "寅一"),
                        Section(2, "第二、", "寅二"),
                        Section(2, "第三、", "寅三"),
                    ],
                ),
            ]
        ),
        raw_text="",
    )
    source = template_from_document(doc, "n")
    assert ": 下级编号 = shi" in source and ": 编号标点 = ，" in source
    draft = render_source(source, "n.j2")
    from drafter.drafts.numbering import markers

    marks = markers(draft)
    first, second, third = draft.sections
    assert [marks[c.id] for c in first.children] == ["一要", "二要", "三要"]
    assert [marks[c.id] for c in second.children] == ["一是", "二是"]
    assert [marks[c.id] for c in third.children] == ["第一，", "第二、", "第三、"]


def test_markup_fields_under_a_heading_are_checked():
    from drafter.templating import TemplateError

    with pytest.raises(TemplateError, match="must follow a heading"):
        render_source("+++\nname = 'n'\n+++\n: 下级编号 = 一是\n- 甲\n", "n.j2")
    with pytest.raises(TemplateError, match="unknown numbering style"):
        render_source("+++\nname = 'n'\n+++\n- 甲\n: 下级编号 = 一会\n", "n.j2")
    with pytest.raises(TemplateError, match="one mark"):
        render_source("+++\nname = 'n'\n+++\n- 甲\n: 编号标点 = ，，\n", "n.j2")
