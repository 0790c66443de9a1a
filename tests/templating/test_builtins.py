"""Every built-in template renders, with defaults and with boundary parameters."""

from __future__ import annotations

import pytest

from drafter.drafts.model import Draft
from drafter.templating import TemplateInfo, list_templates, render_template

BUILTINS = [t for t in list_templates() if t.builtin]
REQUIRED = [
    "三个方面",
    "三句话",
    "N个坚持",
    "数字递进",
    "开班式讲话",
    "总结表彰大会讲话",
    "动员部署会讲话",
    "座谈会讲话",
    "工作报告",
    "述职报告",
    "调研报告",
    "会议主持词",
]


def _nodes(draft: Draft):
    return list(draft.walk())


def _assert_sound(draft: Draft, info: TemplateInfo) -> None:
    assert draft.template == info.name
    assert draft.sections, f"{info.name}: no headings"
    assert draft.opening_hint, f"{info.name}: no opening hint"
    for node in _nodes(draft):
        assert node.hint, f"{info.name}: heading {node.heading!r} has no hint"
        assert not node.paragraphs, "hints and examples never become text"
    assert not draft.opening and not draft.closing
    assert all(isinstance(s, str) and s for s in draft.numbering)


def test_at_least_twelve_builtins_with_the_required_names():
    names = [t.name for t in BUILTINS]
    assert len(names) >= 12
    for name in REQUIRED:
        assert name in names
    assert len(set(names)) == len(names)


def test_builtins_have_metadata():
    for info in BUILTINS:
        assert info.title and info.category and info.description and info.occasion, info.name
        for p in info.params:
            assert p.label and p.type in ("str", "int", "choice", "list", "bool")


@pytest.mark.parametrize("info", BUILTINS, ids=lambda i: i.name)
def test_renders_with_defaults(info):
    draft = render_template(info.name)
    _assert_sound(draft, info)
    assert draft.meta.title, f"{info.name}: no title"
    # The JSON form survives a round trip (what the store writes).
    again = Draft.from_json(draft.to_json())
    assert [n.heading for n in again.walk()] == [n.heading for n in draft.walk()]


def _boundary_values(info: TemplateInfo) -> list[dict]:
    """For each int and list parameter, its minimum and its maximum; each bool flipped."""
    out = []
    for p in info.params:
        if p.type == "int":
            for bound in (p.min, p.max):
                if bound is not None:
                    out.append({p.name: bound})
        elif p.type == "list":
            low = max(p.min or 1, 1)
            high = p.max or 12
            out.append({p.name: [f"第{i}项" for i in range(low)]})
            out.append({p.name: [f"第{i}项" for i in range(high)]})
        elif p.type == "bool":
            out.append({p.name: not p.default})
        elif p.type == "choice":
            out.extend({p.name: c} for c in p.choices)
        elif p.type == "str":
            out.append({p.name: ""})
    return out


@pytest.mark.parametrize("info", BUILTINS, ids=lambda i: i.name)
def test_renders_with_boundary_parameters(info):
    cases = _boundary_values(info)
    assert cases, f"{info.name} has no parameters to vary"
    for values in cases:
        draft = render_template(info.name, values)
        _assert_sound(draft, info)


def test_int_parameter_drives_the_number_of_parts():
    three = render_template("三个方面", {"points": 0})
    assert [len(n.children) for n in three.sections] == [0, 0, 0]
    six = render_template("三个方面", {"points": 6, "topic": "信访工作"})
    assert [len(n.children) for n in six.sections] == [6, 6, 6]
    assert "信访工作" in six.sections[0].heading


def test_title_and_occasion_come_from_values():
    draft = render_template(
        "三个方面", {"title": "在全县春耕生产会议上的讲话", "occasion": "全县春耕生产会议"}
    )
    assert draft.meta.title == "在全县春耕生产会议上的讲话"
    assert draft.meta.occasion == "全县春耕生产会议"
    assert "全县春耕生产会议" in draft.opening_hint


@pytest.mark.parametrize("count", [2, 10])
@pytest.mark.parametrize(
    ("style", "numbering", "run_in"),
    [
        ("第一，", "ordinal", False),
        ("一是", "shi", True),
        ("一要", "yao", True),
        ("一、", "cn_dun", False),
        ("第一、", "ordinal_dun", False),
    ],
)
def test_n_jianchi_every_count_and_numbering(count, style, numbering, run_in):
    draft = render_template("N个坚持", {"count": count, "style": style})
    assert len(draft.sections) == count
    assert draft.numbering[0] == numbering
    assert all(n.run_in == run_in for n in draft.sections)
    assert all(n.heading == "坚持……" for n in draft.sections)
    examples = [n.example for n in draft.sections]
    assert all(e.startswith("坚持") for e in examples)
    assert len(set(examples)) == count, "each part gets its own example"
    assert f"{'两' if count == 2 else '十'}个坚持" in draft.opening_hint


def test_n_yao_drops_the_repeated_lead_word():
    draft = render_template("N个坚持", {"count": 4, "style": "一要", "keyword": "要"})
    assert draft.numbering[0] == "yao"
    assert [n.heading for n in draft.sections] == ["……"] * 4
    assert draft.sections[0].example == "提高政治站位"  # read as 一要提高政治站位


def test_n_jianchi_rejects_counts_outside_2_to_10():
    from drafter.templating import TemplateError

    for bad in (1, 11):
        with pytest.raises(TemplateError, match="count"):
            render_template("N个坚持", {"count": bad})


def test_rising_numbers_expand_each_count_word():
    draft = render_template("数字递进")
    assert [n.heading for n in draft.sections] == [
        "一个原则：……",
        "两个畅通：……",
        "三多：……",
        "四勤：……",
        "五坚持：……",
    ]
    assert [len(n.children) for n in draft.sections] == [0, 2, 3, 4, 5]
    assert [c.heading for c in draft.sections[3].children] == ["勤……"] * 4
    assert [c.example for c in draft.sections[3].children] == [
        "勤学习",
        "勤调研",
        "勤动笔",
        "勤总结",
    ]
    assert draft.sections[1].children[0].heading == "……畅通"


def test_rising_numbers_with_the_users_own_words():
    draft = render_template("数字递进", {"words": "一条主线、两个确保、三个服务、十大工程"})
    assert [n.heading for n in draft.sections][0] == "一条主线：……"
    assert [len(n.children) for n in draft.sections] == [0, 2, 3, 10]
    assert draft.sections[1].children[0].heading == "确保……"
    assert draft.sections[3].children[0].heading == "……工程"
    assert "一条主线、两个确保、三个服务、十大工程" in draft.opening_hint


def test_host_script_follows_the_agenda():
    draft = render_template("会议主持词", {"agenda": ["传达文件精神", "表彰先进", "王书记讲话"]})
    headings = [n.heading for n in draft.sections]
    assert headings[:3] == [
        "进行会议第一项议程：传达文件精神",
        "进行会议第二项议程：表彰先进",
        "进行会议第三项议程：王书记讲话",
    ]
    assert "欢迎" in draft.sections[2].example
    assert draft.numbering == ["none"]
    assert "三项议程" in draft.opening_hint


def test_work_report_numbers_four_levels_and_is_a_report():
    draft = render_template("工作报告", {"review_points": 2, "task_points": 12})
    assert draft.numbering == ["cn_dun", "cn_paren", "arabic_dot", "arabic_paren"]
    assert draft.meta.genre == "工作报告"
    assert len(draft.sections[3].children) == 12
    assert draft.closing_hint
