"""Every message ``drafter template …`` (``templates``, ``new``, ``template show|from``) prints
for a bad template or a bad value is Chinese and names the user's file by its full path (and
the line): one case per place in the core that raises, each made to fail for real — the front
matter, the file, the parameter values, Jinja's parser and runtime, the sandbox's limits, the
outline markup and the command's own checks. A test fails on an English reason left in."""

from __future__ import annotations

import re

import pytest

from drafter.cli import main
from drafter.templating.messages_zh import template_error_in_chinese

HEAD = '+++\nname = "{name}"\ntitle = "测试"\n{extra}+++\n'
GOOD_BODY = "# 标题\n- 一、提高认识\n"
# English words of a reason; the user's own names (参数 count, 标签 endfro …) are removed first
ENGLISH = re.compile(
    r"\b(?:the|is|are|must|expected|got|not|cannot|unknown|line|parameter|template|allowed|"
    r"found|invalid|of|to|no|more|than|too|use|available|known|file|rendered|end)\b",
    re.I,
)


@pytest.fixture
def library(tmp_path, monkeypatch):
    root = tmp_path / "library"
    (root / "templates").mkdir(parents=True)
    monkeypatch.setenv("DRAFTER_LIBRARY", str(root))
    monkeypatch.chdir(tmp_path)
    return root


def _write(library, name: str, text: str | bytes):
    path = library / "templates" / f"{name}.j2"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _error(capsys, argv: list[str], status: int = 2) -> str:
    assert main(argv) == status
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err  # one line
    assert err.startswith("drafter："), err
    return err.strip()


def _shown(library, capsys, name: str, text: str, expected: str, *user_words: str) -> str:
    """Write template ``name`` with ``text``, run ``template show`` on it and check the one line
    it prints: the file's full path first, ``expected`` in it, no English once the path and
    the user's own names are taken out. Returns the line."""
    path = _write(library, name, text)
    message = _error(capsys, ["template", "show", name])
    assert message.startswith(f"drafter：{path}"), message  # the full path
    assert expected in message, message
    _assert_chinese(message, str(path), *user_words)
    return message


def _assert_chinese(message: str, *user_words: str) -> None:
    rest = message
    for words in user_words:
        rest = rest.replace(words, "")
    assert not ENGLISH.search(rest), message


# -- the front matter and the file: ``template show NAME`` on a user file --------------------

FRONT = [
    ("no_fence", "# 标题\n", "第 1 行：模板应以 +++ 一行开头"),
    ("never_closed", '+++\nname = "x"\n# 标题\n', "没有结束的 +++ 行"),
    ("toml_value", "+++\nname = 坏\n+++\n", "第 2 行：文件头格式有误（值无效"),
    ("toml_string", '+++\nname = "坏\n+++\n', "第 2 行：文件头格式有误（引号没有闭合"),
    ("toml_unterminated", '+++\nname = """坏\n+++\n', "文件头格式有误（引号没有闭合"),
    ("toml_equals", "+++\nname\n+++\n", "文件头格式有误（键后面缺少 ="),
    ("toml_twice", '+++\nname = "a"\nname = "b"\n+++\n', "文件头格式有误（同一个键写了两次"),
    ("toml_table", '+++\n[params\nname = "a"\n+++\n', "文件头格式有误（表名后缺少 ]"),
    ("toml_deep", "+++\na = " + "[" * 3000 + "\n+++\n", "嵌套层次太深"),
    ("unknown_key", '+++\ncolour = "red"\n+++\n', "文件头中有不认识的键“colour”"),
    ("params_not_list", "+++\nparams = 3\n+++\n", "params 应是一组 [[params]] 表"),
    ("param_not_table", "+++\nparams = [1]\n+++\n", "每个参数应是一个 [[params]] 表"),
    (
        "param_twice",
        '+++\n[[params]]\nname = "n"\n[[params]]\nname = "n"\n+++\n',
        "参数“n”定义了两次",
    ),
    ("param_name", '+++\n[[params]]\nname = "1x"\n+++\n', "参数名 '1x' 只能由汉字"),
    ("param_key", '+++\n[[params]]\nname = "n"\ncolour = 1\n+++\n', "参数“n”中有不认识的键"),
    ("param_type", '+++\n[[params]]\nname = "n"\ntype = "date"\n+++\n', "参数“n”的 type 只能是"),
    (
        "param_choices",
        '+++\n[[params]]\nname = "n"\nchoices = []\n+++\n',
        "参数“n”的 choices 不能为空",
    ),
    (
        "param_choice",
        '+++\n[[params]]\nname = "n"\ntype = "choice"\n+++\n',
        "参数“n”是选项，需要列出 choices",
    ),
    ("param_min", '+++\n[[params]]\nname = "n"\nmin = "a"\n+++\n', "参数“n”的 min 应为整数"),
    (
        "param_range",
        '+++\n[[params]]\nname = "n"\ntype = "int"\nmin = 5\nmax = 1\n+++\n',
        "参数“n”的 min 大于 max",
    ),
    ("param_label", '+++\n[[params]]\nname = "n"\nlabel = 3\n+++\n', "label 和 help 应为文字"),
    ("order", '+++\norder = "a"\n+++\n', "order 应为整数"),
    ("numbering", "+++\nnumbering = []\n+++\n", "numbering 应为每一级列出一种编号样式"),
    ("numbering_style", '+++\nnumbering = ["甲、"]\n+++\n', "不认识的编号样式“甲、”"),
    ("title_text", "+++\ntitle = 3\n+++\n", "“title”应为文字"),
]


@pytest.mark.parametrize(("name", "text", "expected"), FRONT, ids=[c[0] for c in FRONT])
def test_front_matter_errors(library, capsys, name, text, expected):
    keys = ("colour", "1x", "params", "type", "choices", "min", "max", "label", "help", "order")
    _shown(library, capsys, name, text + GOOD_BODY, expected, *keys, "numbering", "title")
    # the list goes on past the broken file, with the same words as a warning
    listing = _error(capsys, ["templates"], status=0)
    path = library / "templates" / f"{name}.j2"
    assert listing.startswith(f"drafter：警告：{path}") and expected in listing


def test_a_file_too_large_or_not_utf8(library, capsys):
    big = _write(library, "big", "+++\n+++\n" + "x" * 900_000)
    message = _error(capsys, ["template", "show", "big"])
    assert message == f"drafter：{big}：文件太大，不是模板"
    latin = _write(library, "latin", "+++\n+++\n# 标题\n".encode("gb18030"))
    message = _error(capsys, ["template", "show", "latin"])
    assert message.startswith(f"drafter：{latin}：不是 UTF-8 编码的文本")


def test_an_unknown_template_and_a_bad_name(library, capsys):
    message = _error(capsys, ["template", "show", "没有这个"])
    assert message.startswith("drafter：找不到模板“没有这个”（可用：") and "三句话" in message
    _assert_chinese(message)
    (library.parent / "稿.txt").write_text(
        "关于春耕的讲话\n一、提高认识\n要重视。\n二、抓好落实\n要落实。\n", encoding="utf-8"
    )
    message = _error(capsys, ["template", "from", "稿.txt", "-o", "甲/乙"])
    assert message.startswith("drafter：“甲/乙”不能用作模板名称")


# -- the values the user gives: ``--set`` on a template with parameters -----------------------

PARAMS = (
    '[[params]]\nname = "count"\nlabel = "条数"\ntype = "int"\ndefault = 3\nmin = 2\nmax = 5\n'
    '[[params]]\nname = "run_in"\nlabel = "融入段首"\ntype = "bool"\ndefault = false\n'
    '[[params]]\nname = "items"\nlabel = "条目"\ntype = "list"\ndefault = ["甲", "乙"]\n'
    "min = 2\nmax = 3\n"
    '[[params]]\nname = "style"\nlabel = "编号"\ntype = "choice"\nchoices = ["一是", "第一，"]\n'
    '[[params]]\nname = "word"\nlabel = "领起词"\ndefault = "坚持"\n'
)
VALUES = [
    ("count=多", "参数“count”（条数）：应为整数，而不是 '多'"),
    ("count=1", "参数“count”（条数）：1 低于下限 2"),
    ("count=9", "参数“count”（条数）：9 超过上限 5"),
    ("run_in=也许", "参数“run_in”（融入段首）：应为“是”或“否”，而不是 '也许'"),
    ("items=甲", "参数“items”（条目）：至少要 2 项，现在是 1 项"),
    ("items=甲、乙、丙、丁", "参数“items”（条目）：至多 3 项，现在是 4 项"),
    ("style=首先", "参数“style”（编号）：'首先' 不是可选的值（可选：一是、第一，）"),
    ("word=" + "长" * 2001, "参数“word”（领起词）：超过 2000 个字"),
    ("colour=red", "模板没有这个参数“colour”（已有：count, run_in, items, style, word）"),
]


@pytest.mark.parametrize(("pair", "expected"), VALUES, ids=[v[1][:12] for v in VALUES])
def test_parameter_values(library, capsys, tmp_path, pair, expected):
    path = _write(library, "参数", HEAD.format(name="参数", extra=PARAMS) + GOOD_BODY)
    message = _error(capsys, ["new", "-t", "参数", "--set", pair, "-o", str(tmp_path / "x.json")])
    assert message == f"drafter：{path}：{expected}", message
    _assert_chinese(message, str(path), "count", "run_in", "items", "style", "word", "colour")
    assert not (tmp_path / "x.json").exists()


def test_a_shipped_template_is_named_as_such(library, capsys, tmp_path):
    message = _error(capsys, ["new", "-t", "三句话", "--set", "count=9", "-o", "y.json"])
    assert message.startswith("drafter：内置模板“三句话”：参数“count”"), message
    assert "超过上限" in message


# -- Jinja and the sandbox: the body, rendered ---------------------------------------------------

BODY = [
    ("expression", "{% if %}\n", "第 6 行：此处缺少表达式（遇到的是 %}）"),
    ("token", "{% if a b %}x{% endif %}\n", "第 6 行：此处应为 %}，而不是 b"),
    (
        "unclosed",
        "{% for i in range(2) %}\n- 一\n",
        "模板在 for 块结束之前就完了（缺少 {% endfor %} 或 {% else %}）",
    ),
    ("unknown_tag", "{% endfro %}\n", "不认识的标签“endfro”"),
    ("char", "{{ 1 ! 2 }}\n", "有不能用的字符 !"),
    ("unexpected", "{{ 1 ) }}\n", "此处不应有 )"),
    ("undefined", "- {{ nosuch.x }}\n", "“nosuch”没有定义"),
    ("filter", "- {{ 1|nosuch }}\n", "没有名为“nosuch”的过滤器"),
    ("test", "{% if 1 is nosuch %}{% endif %}\n", "没有名为“nosuch”的测试"),
    ("include", '{% include "x.j2" %}\n', "模板中不能用 {% include %}"),
    ("reserved", "{% set _drafter_x = 1 %}\n", "名称“_drafter_x”是保留的，不能使用"),
    ("percent", '- {{ "%s" % 1 }}\n', "不能用 % 格式化文字，请用 ~ 连接文字"),
    ("attribute", '- {{ "".__class__ }}\n', "不允许访问“文字”对象的属性“__class__”"),
    ("recursion", "{% macro f() %}{{ f() }}{% endmacro %}- {{ f() }}\n", "递归过深"),
    (
        "calls",
        "{% for i in range(999) %}{% for j in range(999) %}{% endfor %}{% endfor %}\n",
        "循环超过 50000 次",
    ),
    ("range", "{% for i in range(5000) %}{% endfor %}\n", "range() 超过 1000 项"),
    ("value", '- {{ "长" * 200000 }}\n', "生成的值超过 100000 个字符"),
    ("exponent", "- {{ 2 ** 100 }}\n", "乘方的指数太大"),
    ("zero", "- {{ 1 // 0 }}\n", "除数为零"),
    ("concat", '- {{ "第" + 1 }}\n', "文字只能与文字相连，请用 ~ 连接"),
    ("operand", "- {{ 1 - [] }}\n", "不能对整数和列表做 - 运算"),
    ("iterable", "{% for i in 3 %}{% endfor %}\n", "整数不能逐项循环"),
    ("callable", "- {{ (3)() }}\n", "整数不能调用"),
]


@pytest.mark.parametrize(("name", "body", "expected"), BODY, ids=[c[0] for c in BODY])
def test_body_errors(library, capsys, name, body, expected):
    text = HEAD.format(name=name, extra="") + "# 标题\n" + body
    names = ("endfro", "endfor", "else", "nosuch", "_drafter_x", "include", "__class__")
    _shown(library, capsys, name, text, expected, *names, "str", "int", "list", "range")


# -- the outline markup the body renders to ----------------------------------------------------

MARKUP = [
    ("part", "[序言]\n", "生成后的第 6 行：不认识的部分（只能用 [开头] [正文] [结尾]）：[序言]"),
    ("field_line", ": 场合\n", "字段行应写成“: 名称 = 内容”：: 场合"),
    ("child_numbering", ": 下级编号 = 一是\n", "“下级编号”应紧跟在一个小标题之后"),
    ("marker_punct", "- 一\n: 编号标点 = ；\n", "“编号标点”只能是"),
    ("child_style", "- 一\n: 下级编号 = 甲\n", "不认识的编号样式“甲”"),
    ("field", ": 颜色 = 红\n", "不认识的字段“颜色”"),
    ("closing_heading", "[结尾]\n- 一\n", "[结尾] 中不能有小标题"),
    ("many", "{% for i in range(1000) %}- 一\n- 二\n{% endfor %}", "小标题超过 1000 个"),
    ("deep", "".join("  " * i + "- 一\n" for i in range(11)), "小标题嵌套超过 9 层"),
    ("hint", "@ 提示\n", "写作提示（@）或示例（>）应跟在 [开头]、[结尾] 或小标题之后"),
    ("line", "一、提高认识\n", "这一行无法识别（每行应以 # : [ - + @ > 之一开头）：一、提高认识"),
]


@pytest.mark.parametrize(("name", "body", "expected"), MARKUP, ids=[c[0] for c in MARKUP])
def test_markup_errors(library, capsys, name, body, expected):
    text = HEAD.format(name=name, extra="") + "# 标题\n" + body
    assert "，生成后的第 " in _shown(library, capsys, name, text, expected)


# -- the command's own checks -------------------------------------------------------------------


def test_command_errors_name_the_full_path(library, capsys, tmp_path):
    out = tmp_path / "稿.json"
    out.write_text("旧", encoding="utf-8")
    message = _error(capsys, ["new", "-t", "三句话", "-o", "稿.json"])
    assert message == f"drafter：{out}：已存在（加 --force 覆盖）"
    message = _error(capsys, ["new", "-t", "三句话", "--set", "count", "-o", "x.json"])
    assert message == "drafter：--set count：应写成 名称=值"
    (tmp_path / "无标题.txt").write_text("今天开会。\n大家要努力。\n", encoding="utf-8")
    message = _error(capsys, ["template", "from", "无标题.txt", "-o", "甲"])
    assert message == f"drafter：{tmp_path / '无标题.txt'}：没有找到小标题，无法生成模板"
    (tmp_path / "稿.txt").write_text(
        "关于春耕的讲话\n一、提高认识\n要重视。\n二、抓好落实\n要落实。\n", encoding="utf-8"
    )
    assert main(["template", "from", "稿.txt", "-o", "春耕"]) == 0
    capsys.readouterr()
    message = _error(capsys, ["template", "from", "稿.txt", "-o", "春耕"])
    assert message == f"drafter：{library / 'templates' / '春耕.j2'}：已存在（加 --force 覆盖）"
    message = _error(capsys, ["template", "from", "没有.txt", "-o", "乙"])
    assert message.startswith(f"drafter：{tmp_path / '没有.txt'}：既不是文件，也不是资料库中的文稿")


# -- reasons that cannot be provoked cheaply in a test run (a slow or failing worker) -------------


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("坏.j2: too much work: the template did not finish within 15 s", "模板运行超过 15 秒"),
        ("坏.j2: the template uses too much memory or time", "模板占用内存或时间过多"),
        ("坏.j2: the template uses too much memory", "模板占用内存过多"),
        ("the template renderer could not be started", "模板渲染进程无法启动"),
        ("坏.j2: too much work: more than 50000 calls (runaway macro?)", "调用超过 50000 次"),
        ("坏.j2: too much work: a number too large", "数字太大"),
        ("坏.j2: too much work: the outline is longer than 500000 characters", "提纲超过"),
        ("坏.j2: cannot read (Permission denied)", "无法读取（没有权限）"),
        ("坏.j2: cannot read the template (TypeError)", "无法读取模板（TypeError）"),
        ('坏.j2: the template says name = "甲", not "坏"', "文件头写的名称是“甲”，不是“坏”"),
        ("坏.j2: the template is longer than 200000 characters", "模板超过 200000 个字符"),
        ("坏.j2, line 3: Invalid date or datetime (at line 2, column 5)", "日期或时间写法不对"),
        ("坏.j2, line 6: SomeNewError: what happened", "第 6 行：模板运行出错"),
    ],
)
def test_reasons_of_rare_failures(tmp_path, english, chinese):
    message = template_error_in_chinese(english, tmp_path)
    assert chinese in message, message
    if english.startswith("坏.j2"):
        assert message.startswith(str(tmp_path / "坏.j2")), message
