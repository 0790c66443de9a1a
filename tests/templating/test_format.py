"""The template file format: front matter, parameters, markup, errors naming file and line."""

from __future__ import annotations

import pytest

from drafter.templating import (
    TemplateError,
    get_template,
    list_templates,
    render_source,
    render_template,
    save_user_template,
)

HEAD = """+++
name = "测试"
title = "测试模板"
category = "讲话"
occasion = "测试"
description = "用于测试"
numbering = ["第一，", "一是"]

[[params]]
name = "count"
label = "条数"
type = "int"
default = 3
min = 1
max = 5

[[params]]
name = "words"
label = "词"
type = "list"
default = ["甲", "乙"]

[[params]]
name = "style"
label = "编号"
type = "choice"
choices = ["一是", "一要"]
default = "一是"

[[params]]
name = "flag"
label = "开关"
type = "bool"
default = false
+++
"""

BODY = """# 标题{{ count }}
: 场合 = 某某会议
[开头]
@ 开头提示
> 开头示例
{% for i in range(count) %}
- 第{{ i }}部分
@ 提示{{ i }}
> 示例{{ i }}
{% for w in words %}
  + {{ w }}……
  @ 子提示
{% endfor %}
{% endfor %}
[结尾]
@ 结尾提示
> 结尾示例
"""


def test_markup_becomes_a_draft():
    draft = render_source(HEAD + BODY, "测试.j2")
    assert draft.meta.title == "标题3"
    assert draft.meta.occasion == "某某会议"
    assert draft.meta.genre == "讲话"
    assert draft.numbering == ["ordinal", "shi"]
    assert draft.template == "测试"
    assert [n.heading for n in draft.sections] == ["第0部分", "第1部分", "第2部分"]
    first = draft.sections[0]
    assert (first.hint, first.example, first.run_in) == ("提示0", "示例0", False)
    assert [c.heading for c in first.children] == ["甲……", "乙……"]
    assert all(c.run_in and c.hint == "子提示" for c in first.children)
    assert draft.opening_hint == "开头提示\n示例：开头示例"
    assert draft.closing_hint == "结尾提示\n示例：结尾示例"
    assert not draft.opening and not draft.closing  # hints never become text


def test_values_are_coerced_from_text():
    draft = render_source(
        HEAD + BODY, "测试.j2", {"count": "2", "words": "甲、乙，丙", "flag": "是"}
    )
    assert len(draft.sections) == 2
    assert len(draft.sections[0].children) == 3


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"count": 0}, "'count' (条数): 0 is below the minimum 1"),
        ({"count": 6}, "above the maximum 5"),
        ({"count": "三"}, "expected a whole number"),
        ({"count": True}, "expected a whole number"),
        ({"style": "第一"}, "is not one of: 一是、一要"),
        ({"flag": "maybe"}, "expected yes or no"),
        ({"words": 5}, "expected a list"),
        ({"nope": 1}, "unknown parameter 'nope' (known: count, words, style, flag)"),
    ],
)
def test_bad_values_are_refused_clearly(values, message):
    with pytest.raises(TemplateError) as err:
        render_source(HEAD + BODY, "测试.j2", values)
    assert str(err.value).startswith("测试.j2: ")
    assert message in str(err.value)


def test_numbering_directive_in_the_body_wins():
    draft = render_source(HEAD + ": 编号 = 一、 （一） 1.\n- 甲\n", "测试.j2")
    assert draft.numbering == ["cn_dun", "cn_paren", "arabic_dot"]


def test_full_width_markup_from_a_chinese_input_method():
    draft = render_source(HEAD + "＃ 标题\n【开头】\n＠ 提示\n－ 甲\n　＋ 乙\n＞ 例\n", "测试.j2")
    assert draft.meta.title == "标题"
    assert draft.opening_hint == "提示"
    assert draft.sections[0].children[0].heading == "乙"
    assert draft.sections[0].children[0].example == "例"


def test_indentation_nests_headings_whatever_the_width():
    draft = render_source(HEAD + "- a\n    - b\n        - c\n    - d\n- e\n", "测试.j2")
    assert [n.heading for n in draft.sections] == ["a", "e"]
    assert [n.heading for n in draft.sections[0].children] == ["b", "d"]
    assert draft.sections[0].children[0].children[0].heading == "c"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("这是一行正文\n", "cannot read this line (lines start with # : [ - + @ >): 这是一行正文"),
        ("@ 提示\n", "must follow [开头], [结尾] or a heading"),
        ("[结尾]\n- 甲\n", "headings cannot go in [结尾]"),
        ("[中间]\n", "unknown part"),
        (": 颜色 = 红\n", "unknown field '颜色'"),
        (": 编号 = 甲乙\n", "unknown numbering style '甲乙'"),
    ],
)
def test_markup_errors_name_the_file(body, message):
    with pytest.raises(TemplateError) as err:
        render_source(HEAD + body, "测试.j2")
    assert str(err.value).startswith("测试.j2, rendered line")
    assert message in str(err.value)


def test_syntax_error_names_file_and_line():
    lines = (HEAD + BODY).splitlines()
    broken = lines.index("- 第{{ i }}部分")
    lines[broken] = "- {{ i + }}"
    with pytest.raises(TemplateError) as err:
        render_source("\n".join(lines), "五个坚持.j2")
    assert str(err.value).startswith(f"五个坚持.j2, line {broken + 1}: ")


def test_undefined_variable_names_file_and_line():
    source = HEAD + "# 标题\n\n- {{ cuont }}\n"
    line = source.splitlines().index("- {{ cuont }}") + 1
    with pytest.raises(TemplateError) as err:
        render_source(source, "五个坚持.j2")
    assert str(err.value) == f"五个坚持.j2, line {line}: 'cuont' is undefined"


def test_undefined_inside_a_loop_and_macro_reports_the_inner_line():
    source = HEAD + "{% macro m() %}\n- {{ nothing.here }}\n{% endmacro %}\n{{ m() }}\n"
    line = source.splitlines().index("- {{ nothing.here }}") + 1
    with pytest.raises(TemplateError, match=rf"^测试.j2, line {line}: 'nothing' is undefined"):
        render_source(source, "测试.j2")


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("# 无前言\n", "line 1: a template begins with a +++ line"),
        ("+++\nname = 'x'\n", "never closed"),
        ("+++\nname = \n+++\n", "line 2:"),
        ("+++\ncolour = 'red'\n+++\n", "unknown front-matter key 'colour'"),
        ("+++\n[[params]]\nname = 'n'\ntype = 'float'\n+++\n", "type must be one of"),
        ("+++\n[[params]]\nname = 'n'\ntype = 'choice'\n+++\n", "a choice needs 'choices'"),
        ("+++\n[[params]]\nname = '__class__'\n+++\n", "plain identifier"),
        (
            "+++\n[[params]]\nname = 'n'\ntype = 'int'\ndefault = 9\nmax = 5\n+++\n",
            "above the maximum",
        ),
        ("+++\nnumbering = ['罗马']\n+++\n", "unknown numbering style"),
    ],
)
def test_bad_front_matter(source, message):
    with pytest.raises(TemplateError) as err:
        render_source(source, "坏模板.j2")
    assert str(err.value).startswith("坏模板.j2")
    assert message in str(err.value)


def test_user_template_overrides_builtin_and_lists_after(tmp_path):
    source = HEAD.replace('name = "测试"', 'name = "三句话"') + "# 我的三句话\n- 甲\n@ 提示\n"
    save_user_template(source, "三句话", tmp_path)
    names = [t.name for t in list_templates(tmp_path)]
    assert names.count("三句话") == 1
    info = get_template("三句话", tmp_path)
    assert not info.builtin and info.path == str(tmp_path / "三句话.j2")
    assert render_template("三句话", user_dir=tmp_path).meta.title == "我的三句话"
    # Without the user folder the built-in is back.
    assert get_template("三句话").builtin


def test_user_templates_are_listed_and_broken_ones_reported(tmp_path):
    save_user_template(HEAD + BODY, "测试", tmp_path)
    (tmp_path / "坏的.j2").write_text("没有前言\n", encoding="utf-8")
    (tmp_path / "乱码.j2").write_bytes("+++\nname='乱码'\n+++\n".encode("gbk"))
    errors: list[str] = []
    templates = list_templates(tmp_path, errors=errors)
    mine = [t.name for t in templates if not t.builtin]
    assert mine == ["测试"]
    assert templates[-1].name == "测试", "user templates come after the built-ins"
    assert len(errors) == 2
    assert any(e.startswith("坏的.j2, line 1") for e in errors)
    assert any(e.startswith("乱码.j2: not UTF-8") for e in errors)


def test_unknown_template_is_an_error():
    with pytest.raises(TemplateError, match="no template named '五个坚持吗'"):
        get_template("五个坚持吗")


def test_save_refuses_a_broken_template_and_leaves_nothing(tmp_path):
    with pytest.raises(TemplateError, match=r"^测试.j2, line \d+: 'oops' is undefined"):
        save_user_template(HEAD + "- {{ oops }}\n", "测试", tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_save_checks_the_name(tmp_path):
    with pytest.raises(TemplateError, match="cannot be a template name"):
        save_user_template(HEAD + BODY, "../测试", tmp_path)
    with pytest.raises(TemplateError, match='says name = "测试", not "别名"'):
        save_user_template(HEAD + BODY, "别名", tmp_path)


def test_save_replaces_atomically(tmp_path):
    path = save_user_template(HEAD + BODY, "测试", tmp_path)
    path2 = save_user_template(HEAD + BODY.replace("标题", "新标题"), "测试", tmp_path)
    assert path == path2
    assert "新标题" in path.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["测试.j2"]  # no temp files left


def test_the_example_in_the_docs_renders():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "templates.md").read_text("utf-8")
    start = doc.index("```\n+++") + 4
    source = doc[start : doc.index("```", start)]
    draft = render_source(source, "五个坚持.j2", {"count": 3, "style": "一是"})
    assert draft.meta.title == "在全市经济工作会议上的讲话"
    assert draft.numbering == ["shi", "cn_paren"]
    assert [n.heading for n in draft.sections] == ["坚持……"] * 3
    assert "三个坚持" in draft.opening_hint


def test_a_broken_user_template_is_reported_not_replaced_by_the_builtin(tmp_path):
    (tmp_path / "三句话.j2").write_text("+++\nname = \n+++\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"^三句话.j2, line 2: "):
        get_template("三句话", tmp_path)
    with pytest.raises(TemplateError, match=r"^三句话.j2, line 2: "):
        render_template("三句话", user_dir=tmp_path)


def test_chinese_parameter_names():
    source = (
        '+++\n[[params]]\nname = "标题"\nlabel = "标题"\ndefault = "甲"\n+++\n# {{ 标题 }}\n- 乙\n'
    )
    assert render_source(source, "中文.j2").meta.title == "甲"
    assert render_source(source, "中文.j2", {"标题": "丙"}).meta.title == "丙"
