"""Template errors whose words no table knew came out as English inside a Chinese lead
(``模板运行出错（TypeError：'<' not supported …）``), and a Jinja message with a line but no known
words was called a front-matter error (``文件头格式有误（can't assign to 'const'）``). Now each is
said by what went wrong — known words by the table, the rest by the error underneath
(``TemplateError.kind``: syntax, undefined, filter argument, TypeError …) — naming the file by
its full path and line; the original English is kept at the end of the same line,
``（原文：…）`` (one line per failure, as scripts expect).
Every case is provoked for real through ``drafter template show`` (the sandboxed worker)."""

from __future__ import annotations

import pytest

from drafter.cli import main

HEAD = '+++\nname = "{name}"\ntitle = "测试"\n+++\n# 标题\n'
# English words left in a Chinese line (the user's own names and Jinja's {% set %} removed first)
ENGLISH = __import__("re").compile(r"[A-Za-z]{3,}")
ALLOWED = {"set", "namespace", "join", "raw", "endraw"}


@pytest.fixture
def library(tmp_path, monkeypatch):
    root = tmp_path / "library"
    (root / "templates").mkdir(parents=True)
    monkeypatch.setenv("DRAFTER_LIBRARY", str(root))
    return root


# (name, body line, the Chinese expected, the original words kept as detail or None)
CASES = [
    ("compare", "{% set x = 'a' < 3 %}", "第 6 行：不能比较文字和整数的大小（<）", None),
    ("assign", "{% set 1 = 2 %}", "第 6 行：赋值号左边只能是名称", None),
    ("comment", "{# 没有结束", "第 6 行：注释 {# 没有用 #} 结束", None),
    ("print_end", "{{ 1 + }}", "第 6 行：此处不应有 }}", None),
    ("none_attr", "{{ none.x }}", "第 6 行：“空值”没有属性“x”", None),
    ("int_attr", "{{ [1,2]|sum(attribute='x') }}", "第 6 行：“整数”没有属性“x”", None),
    ("element", "{{ [1][0][0] }}", "第 6 行：整数没有第 0 项", None),
    ("too_many", "{{ range(3)|join(1,2,3) }}", "第 6 行：join() 的参数太多（给了 5 个）", None),
    ("macro_args", "{% macro m() %}{% endmacro %}{{ m(1) }}", "宏“m”最多接受 0 个参数", None),
    ("as_int", "{{ 'a'.zfill('b') }}", "第 6 行：文字不能当作整数用", None),
    ("namespace", "{% for a in [1] %}{% set loop.x = 1 %}{% endfor %}", "只能给 namespace()", None),
    ("power", "{{ 10 ** 'a' }}", "第 6 行：不能对整数和文字做 ** 运算", None),
    # said by their kind only: the English is kept at the end, marked 原文
    ("dictsort", "{{ {}|dictsort(by='x') }}", "第 6 行：过滤器的参数不对", "You can only sort"),
    ("round", "{{ 1|round(method='x') }}", "第 6 行：过滤器的参数不对", "method must be"),
    ("slice", "{{ 'abc'[1:2:0] }}", "第 6 行：值不合适", "ValueError: slice step cannot"),
]


@pytest.mark.parametrize(("name", "body", "chinese", "detail"), CASES, ids=[c[0] for c in CASES])
def test_reasons_are_said_by_what_went_wrong(library, capsys, name, body, chinese, detail):
    path = library / "templates" / f"{name}.j2"
    path.write_text(HEAD.format(name=name) + body + "\n", encoding="utf-8")
    assert main(["template", "show", name]) == 2
    lines = capsys.readouterr().err.rstrip("\n").split("\n")
    assert len(lines) == 1, lines  # one line per failure
    first, _, kept = lines[0].partition("（原文：")
    assert first.startswith(f"drafter：{path}，"), first  # the full path, then the line
    assert chinese in first, first
    left = first.removeprefix("drafter：").replace(str(path), "")
    assert not [w for w in ENGLISH.findall(left) if w not in ALLOWED], first
    assert "文件头" not in first  # a body error is no front-matter error
    if detail is None:
        assert not kept, lines
    else:
        assert detail in kept, lines
