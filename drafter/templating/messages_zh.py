"""Template errors in Chinese, naming the file by its full path and the line.

The templating core speaks English (its messages go to logs and tests); the gallery and
the command line show a writer which of their templates is broken, where, and why, in
the language of the app. Every reason the core, the sandbox, Jinja's parser and the outline
markup give is in a table below; a reason none of them knows (a Jinja or Python message not met
yet) is said by its kind — the error underneath (``TemplateError.kind``: a syntax error, a value
not defined, a type that does not fit …) or the ``TypeError:`` before it — and the English is
kept apart as :attr:`TemplateMessage.detail`, for whoever has to look into it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from drafter.messages import TOML_REASONS, os_reason

_HEAD = re.compile(
    r"^(?P<file>[^:\n]+?)(?:, (?P<rendered>rendered )?line (?P<line>\d+))?: (?P<text>.*)$",
    re.S,
)
_P = r"'(?P<p>[^']+)'"


def _table(pairs: list[tuple[str, str]]) -> list[tuple[re.Pattern[str], str]]:
    """Compile a table of (English pattern, Chinese) pairs once, at import."""
    return [(re.compile(english), chinese) for english, chinese in pairs]


# Messages about no file in particular, tried on the whole message before its head is read
# ("no template named 'x' (available: a、b)" has a colon that is not a file's).
_HEADLESS = _table(
    [
        (
            r"^no template named '(?P<n>[^']*)' \(available: (?P<a>.*)\)$",
            "找不到模板“{n}”（可用：{a}）",
        ),
        (
            r"^'(?P<n>[^']*)' cannot be a template name",
            '“{n}”不能用作模板名称（不能含 / \\ : * ? " < > |，不能以“.”开头，最多 80 字）',
        ),
        (r"^the template renderer could not be started$", "模板渲染进程无法启动，请重试"),
    ]
)

# A parameter's value the user gave (``--set``, the gallery's form): "parameter 'n' (条数): why".
_PARAM_VALUE = re.compile(rf"^parameter {_P} \((?P<l>[^)]*)\): (?P<why>.*)$", re.S)
_VALUE_REASONS = _table(
    [
        (r"^expected a whole number, got (?P<v>.+)$", "应为整数，而不是 {v}"),
        (r"^(?P<v>-?\d+) is below the minimum (?P<m>-?\d+)$", "{v} 低于下限 {m}"),
        (r"^(?P<v>-?\d+) is above the maximum (?P<m>-?\d+)$", "{v} 超过上限 {m}"),
        (r"^expected yes or no .*, got (?P<v>.+)$", "应为“是”或“否”，而不是 {v}"),
        (r"^expected a list .*, got (?P<v>.+)$", "应为列表（各项用“、”或逗号分开），而不是 {v}"),
        (r"^needs at least (?P<n>\d+) items, got (?P<g>\d+)$", "至少要 {n} 项，现在是 {g} 项"),
        (r"^takes at most (?P<n>\d+) items, got (?P<g>\d+)$", "至多 {n} 项，现在是 {g} 项"),
        (r"^an item is longer than (?P<n>\d+) characters$", "有一项超过 {n} 个字"),
        (r"^longer than (?P<n>\d+) characters$", "超过 {n} 个字"),
        (r"^expected text, got (?P<v>.+)$", "应为文字，而不是 {v}"),
        (r"^(?P<v>.+) is not one of: (?P<c>.+)$", "{v} 不是可选的值（可选：{c}）"),
    ]
)

# The outline markup a template renders to: "rendered line N: why: the line as rendered".
_MARKUP_REASONS = _table(
    [
        (
            r"^unknown part \(use \[开头\] \[正文\] \[结尾\]\)",
            "不认识的部分（只能用 [开头] [正文] [结尾]）",
        ),
        (r"^a field line is ': 名称 = 内容'", "字段行应写成“: 名称 = 内容”"),
        (r"^'(?P<k>[^']+)' must follow a heading", "“{k}”应紧跟在一个小标题之后"),
        (r"^'(?P<k>[^']+)' is one mark of (?P<m>[^:\s]+)", "“{k}”只能是 {m} 中的一个标点"),
        (
            r"^unknown numbering style '(?P<k>[^']+)'(?: \(use e\.g\. [^)]*\))?",
            "不认识的编号样式“{k}”（可用如：一、 （一） 1. （1） 第一， 第一、 一是 一要 首先 无）",
        ),
        (r"^'numbering' must list one style per level", "编号应为每一级列出一种编号样式"),
        (
            r"^unknown field '(?P<k>[^']+)'",
            "不认识的字段“{k}”（可用：标题 副标题 讲话人 职务 日期 场合 文种 编号）",
        ),
        (r"^headings cannot go in \[结尾\]", "[结尾] 中不能有小标题"),
        (r"^more than (?P<n>\d+) headings", "小标题超过 {n} 个"),
        (r"^headings nested more than (?P<n>\d+) levels deep", "小标题嵌套超过 {n} 层"),
        (
            r"^a hint or example must follow \[开头\], \[结尾\] or a heading",
            "写作提示（@）或示例（>）应跟在 [开头]、[结尾] 或小标题之后",
        ),
        (
            r"^cannot read this line \(lines start with # : \[ - \+ @ >\)",
            "这一行无法识别（每行应以 # : [ - + @ > 之一开头）",
        ),
    ]
)

# Jinja's names for the tokens its parser expected or met, in the groups named below.
_TOKEN_KEYS = {"ta", "tb", "tt", "tags", "c"}
_TYPE_KEYS = {"t", "a", "b", "o"}  # groups that hold a type's name (str, 'dict object')
_TOKENS = {
    "end of statement block": "%}",
    "end of print statement": "}}",
    "begin of statement block": "{%",
    "begin of print statement": "{{",
    "end of template": "模板结尾",
    "name": "名称",
    "integer": "整数",
    "string": "文字",
    "float": "小数",
    "operator": "运算符",
    "end of comment": "#}",
}

# Python's and Jinja's names of a value's type, as the writer knows them
_TYPES = {
    "str": "文字",
    "int": "整数",
    "float": "小数",
    "bool": "是非值",
    "list": "列表",
    "tuple": "列表",
    "dict": "字典",
    "NoneType": "空值",
    "None": "空值",
    "Undefined": "未定义的值",
    "range": "range()",
    "Namespace": "namespace()",
    "Macro": "宏",
}

# (English reason, its Chinese), tried in order: a longer reason before its own prefix
_REASONS = _table(
    [
        # the front matter (+++ … +++) and the file
        (r"a template begins with an? (?P<f>\S+) line", "模板应以 {f} 一行开头（文件头）"),
        (r"the (?P<f>\S+) block is never closed", "文件头（{f} 开始的一段）没有结束的 {f} 行"),
        (r"the (?P<f>\S+) block is nested too deeply", "文件头（{f} 段）嵌套层次太深"),
        (r"unknown front-matter key '(?P<k>[^']+)'", "文件头中有不认识的键“{k}”"),
        (r"'params' must be a list of \[\[params\]\] tables", "params 应是一组 [[params]] 表"),
        (r"each parameter is a \[\[params\]\] table", "每个参数应是一个 [[params]] 表"),
        (rf"parameter {_P} is defined twice", "参数“{p}”定义了两次"),
        (rf"parameter {_P}: unknown key '(?P<k>[^']+)'", "参数“{p}”中有不认识的键“{k}”"),
        (rf"parameter {_P}: type must be one of (?P<t>.+)", "参数“{p}”的 type 只能是：{t}"),
        (rf"parameter {_P}: 'choices' must be a non-empty list", "参数“{p}”的 choices 不能为空"),
        (rf"parameter {_P}: a choice needs 'choices'", "参数“{p}”是选项，需要列出 choices"),
        (rf"parameter {_P}: '(?P<k>[^']+)' must be a whole number", "参数“{p}”的 {k} 应为整数"),
        (rf"parameter {_P}: min is greater than max", "参数“{p}”的 min 大于 max"),
        (rf"parameter {_P}: label and help must be text", "参数“{p}”的 label 和 help 应为文字"),
        (
            r"parameter name (?P<p>.+?) must be a plain identifier",
            "参数名 {p} 只能由汉字、字母、数字和下划线组成（如 count、标题）",
        ),
        (r"'order' must be a whole number", "order 应为整数"),
        (r"'numbering' must list one style per level", "numbering 应为每一级列出一种编号样式"),
        (
            r"unknown numbering style '(?P<k>[^']+)'",
            "不认识的编号样式“{k}”（可用如：一、 （一） 1. （1） 第一， 第一、 一是 一要 首先 无）",
        ),
        (r"'(?P<k>[^']+)' must be text", "“{k}”应为文字"),
        (r"cannot read the template \((?P<why>[^)]*)\)", "无法读取模板（{why}）"),
        (r"cannot read \((?P<why>[^)]*)\)", "无法读取（{why}）"),
        (r"the file is too large to be a template", "文件太大，不是模板"),
        (r"not UTF-8 text", "不是 UTF-8 编码的文本（请将模板另存为 UTF-8）"),
        (r"the template is longer than (?P<n>\d+) characters", "模板超过 {n} 个字符"),
        (
            r'the template says name = "(?P<a>[^"]*)", not "(?P<b>[^"]*)"',
            "模板文件头写的名称是“{a}”，不是“{b}”",
        ),
        (
            r"unknown parameter '(?P<p>[^']+)' \(known: none\)",
            "模板没有这个参数“{p}”（它没有参数）",
        ),
        (
            r"unknown parameter '(?P<p>[^']+)' \(known: (?P<k>[^)]*)\)",
            "模板没有这个参数“{p}”（已有：{k}）",
        ),
        (rf"unknown parameter {_P}", "模板没有这个参数“{p}”"),
        # the budget of a render
        (r"the template uses too much memory or time", "模板占用内存或时间过多，已停止"),
        (r"the template uses too much memory", "模板占用内存过多，已停止"),
        (r"recursion too deep", "递归过深（宏调用了自身？）"),
        (
            r"too much work: more than (?P<s>[\d.]+) s of computing",
            "模板运算超过 {s} 秒，已停止（循环太多？）",
        ),
        (
            r"the template did not finish within (?P<s>[\d.]+) s",
            "模板运行超过 {s} 秒，已停止（循环太多？）",
        ),
        (r"more than (?P<n>\d+) calls", "调用超过 {n} 次（宏无休止地调用自身？），已停止"),
        (r"more than (?P<n>\d+) loop iterations", "循环超过 {n} 次，已停止"),
        (r"range\(\) of more than (?P<n>\d+) items", "range() 超过 {n} 项"),
        (r"the outline is longer than (?P<n>\d+) characters", "生成的提纲超过 {n} 个字符，已停止"),
        (r"a value longer than (?P<n>\d+)", "生成的值超过 {n} 个字符，已停止"),
        (r"exponent too large", "乘方的指数太大"),
        (r"a number too large", "数字太大"),
        # the sandbox
        (r"'%' text formatting is not available", "不能用 % 格式化文字，请用 ~ 连接文字"),
        (
            r"access to attribute '(?P<a>[^']+)' of '(?P<o>[^']+)' object is unsafe",
            "不允许访问“{o}”对象的属性“{a}”",
        ),
        (r"'(?P<t>\{% \w+ %\})' is not allowed in a template", "模板中不能用 {t}"),
        (r"the name '(?P<n>[^']+)' is reserved", "名称“{n}”是保留的，不能使用"),
        (r"^not allowed: (?P<why>.+)", "不允许的操作（{why}）"),
        # Jinja's parser and runtime
        (
            r"Unexpected end of template\. Jinja was looking for the following tags: "
            r"(?P<tags>.+?)\. The innermost block that needs to be closed is '(?P<b>[^']+)'",
            "模板在 {b} 块结束之前就完了（缺少 {tags}）",
        ),
        (r"[Uu]nexpected end of template, expected '(?P<c>[^']+)'", "模板意外结束，缺少“{c}”"),
        (r"[Uu]nexpected end of template", "模板意外结束（有未闭合的 {{% %}} 块？）"),
        (
            r"Encountered unknown tag '(?P<t>[^']+)'\. Jinja was looking for the following tags: "
            r"(?P<tags>.+?)\. The innermost block that needs to be closed is '(?P<b>[^']+)'",
            "不认识的标签“{t}”（{b} 块还在等 {tags}）",
        ),
        (r"Encountered unknown tag '(?P<t>[^']+)'", "不认识的标签“{t}”"),
        (r"Expected an expression, got '(?P<tt>[^']+)'", "此处缺少表达式（遇到的是 {tt}）"),
        (r"expected token '(?P<ta>[^']+)', got '(?P<tb>[^']+)'", "此处应为 {ta}，而不是 {tb}"),
        (r"unexpected char '(?P<c>.+?)' at \d+", "有不能用的字符 {c}"),
        (r"unexpected '(?P<c>[^']+)'", "此处不应有 {c}"),
        (r"'(?P<n>[^']+)' is undefined", "“{n}”没有定义（参数名写错了，或缺少 {{% set %}}？）"),
        (r"'(?P<o>[^']+)' has no attribute '(?P<a>[^']+)'", "“{o}”没有属性“{a}”"),
        (r"No filter named '(?P<n>[^']+)'", "没有名为“{n}”的过滤器"),
        (r"No test named '(?P<n>[^']+)'", "没有名为“{n}”的测试"),
        (r"block '(?P<n>[^']+)' defined twice", "块“{n}”定义了两次"),
        # Python's own errors inside an expression
        (r"ZeroDivisionError", "除数为零"),
        (
            r"TypeError: can only concatenate str",
            "文字只能与文字相连，请用 ~ 连接（~ 会把数字转为文字）",
        ),
        (
            r"TypeError: unsupported operand type\(s\) for (?P<op>.+?): '(?P<a>[^']+)' and '(?P<b>[^']+)'",
            "不能对{a}和{b}做 {op} 运算",
        ),
        (r"TypeError: '(?P<t>[^']+)' object is not iterable", "{t}不能逐项循环"),
        (r"TypeError: '(?P<t>[^']+)' object is not callable", "{t}不能调用"),
        (
            r"ValueError: invalid literal for int\(\) with base \d+: (?P<v>.+)",
            "无法把 {v} 转为整数",
        ),
        (r"IndexError: .*out of range", "下标超出范围"),
        (r"KeyError: (?P<k>.+)", "没有键 {k}"),
        (r"OverflowError", "数值过大"),
        (
            r"TypeError: '(?P<op>[<>=!]+)' not supported between instances of '(?P<a>[^']+)' "
            r"and '(?P<b>[^']+)'",
            "不能比较{a}和{b}的大小（{op}）",
        ),
        (
            r"TypeError: (?P<f>[\w.]+)\(\) takes .* but (?P<n>\d+) (?:was|were) given",
            "{f}() 的参数太多（给了 {n} 个）",
        ),
        (r"TypeError: (?P<f>[\w.]+)\(\) missing \d+ required", "{f}() 的参数太少"),
        (
            r"TypeError: macro '(?P<m>[^']+)' takes not more than (?P<n>\d+) argument",
            "宏“{m}”最多接受 {n} 个参数",
        ),
        (
            r"TypeError: macro '(?P<m>[^']+)' takes no keyword argument '(?P<k>[^']+)'",
            "宏“{m}”没有参数“{k}”",
        ),
        (
            r"TypeError: '(?P<t>[^']+)' object cannot be interpreted as an integer",
            "{t}不能当作整数用",
        ),
        (r"TypeError: '(?P<t>[^']+)' object is not subscriptable", "{t}不能用 [ ] 取项"),
        (r"can't assign to '(?P<k>[^']+)'", "赋值号左边只能是名称（如 {{% set 名称 = … %}}）"),
        (r"[Mm]issing end of comment tag", "注释 {{# 没有用 #}} 结束"),
        (r"[Mm]issing end of raw directive", "{{% raw %}} 没有用 {{% endraw %}} 结束"),
        (
            r"cannot assign attribute on non-namespace object",
            "只能给 namespace() 的属性赋值（{{% set ns = namespace(…) %}}）",
        ),
        (r"(?P<o>\S+) object has no element (?P<i>\S+)", "{o}没有第 {i} 项"),
        (r"(?P<o>\S+) has no element (?P<i>\S+)", "{o}没有第 {i} 项"),
    ]
)

# What a reason no row knows is, by the error underneath (``TemplateError.kind``, or the
# ``TypeError:`` a Python error's reason starts with); the English goes to the detail.
_KINDS = {
    "TemplateSyntaxError": "模板语法有误（{% %}、{{ }} 或 {# #} 中的写法不对）",
    "TemplateAssertionError": "模板语法有误（用了不存在的过滤器、测试或不允许的写法）",
    "UndefinedError": "用到了没有定义的值（参数名写错了，或取了不存在的项？）",
    "SecurityError": "模板做了不允许的操作",
    "FilterArgumentError": "过滤器的参数不对",
    "TemplateRuntimeError": "模板运行出错",
    "TemplateNotFound": "模板中不能引用其他模板文件",
    "LimitExceeded": "模板运算太多，已停止",
    "TypeError": "值的类型不对（如文字与数字相加或比较，或参数个数不对）",
    "ValueError": "值不合适",
    "KeyError": "没有这个键",
    "IndexError": "下标超出范围",
    "LookupError": "取的项不存在",
    "AttributeError": "没有这个属性",
    "ZeroDivisionError": "除数为零",
    "OverflowError": "数值过大",
    "ArithmeticError": "算术运算出错",
    "RecursionError": "递归过深（宏调用了自身？）",
    "MemoryError": "模板占用内存过多，已停止",
    "UnicodeError": "文字编码出错",
    "UnicodeEncodeError": "文字编码出错",
    "UnicodeDecodeError": "文字编码出错",
    "TOMLDecodeError": "文件头格式有误",
}
_PYTHON_KIND = re.compile(r"^(?P<e>[A-Z]\w*(?:Error|Exception|Warning)): ")

# tomllib's reasons (drafter/messages.py), with the template's own example where it helps
_TOML_HERE = {
    "invalid value": '值无效（文字要加引号，如 name = "我的模板"）',
    "expected ']]' at the end of an array declaration": "[[params]] 后缺少 ]]",
}
_TOML = [(en, _TOML_HERE.get(en, zh)) for en, zh in TOML_REASONS]


@dataclass(frozen=True)
class TemplateMessage:
    """A template error as the writer reads it: ``text`` is one Chinese line (file, line, what is
    wrong); ``detail`` is the original English reason when no table knew its words and the text
    could only name its kind — shown apart (a second line, a tooltip) for whoever looks into it.
    """

    text: str
    detail: str | None = None


def template_error_in_chinese(
    message: str, folder: str | Path | None = None, kind: str | None = None
) -> str:
    """``报告.j2, line 2: Invalid value`` -> ``/全/路径/报告.j2，第 2 行：文件头格式有误（值无效…）``.

    ``folder`` is where a bare file name lives (the user's templates folder): the file is named
    by its full path there, or, when no user file has that name and a shipped one does, as
    ``内置模板“名称”`` (a shipped file is not the user's to open and fix). ``kind`` is the error
    underneath (:attr:`TemplateError.kind`). Only the Chinese line: see :func:`explain` for the
    English detail of a reason no table knows."""
    return explain(message, folder, kind).text


def explain_error(exc: BaseException, folder: str | Path | None = None) -> TemplateMessage:
    """:func:`explain` for a raised TemplateError, its kind taken from the exception."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return explain(text, folder, getattr(exc, "kind", None))


def explain(
    message: str, folder: str | Path | None = None, kind: str | None = None
) -> TemplateMessage:
    """A template error in Chinese (see :func:`template_error_in_chinese`), with the English
    reason as ``detail`` when it could be said only by its kind."""
    text = message.strip()
    for rx, chinese in _HEADLESS:
        found = rx.search(text)
        if found:
            return TemplateMessage(chinese.format(**found.groupdict()))
    m = _HEAD.match(text)
    if not m:
        known = _reason(text)
        return TemplateMessage(known) if known else _by_kind("", text, kind)
    where = _where(m.group("file"), folder)
    if m.group("line"):
        place = "生成后的第" if m.group("rendered") else "第"
        where += f"，{place} {m.group('line')} 行"
    reason = m.group("text").strip()
    if m.group("rendered"):
        chinese = _markup_reason(reason)
        if chinese is None:
            return _by_kind(f"{where}：", reason, kind, lead="生成的提纲有误")
        return TemplateMessage(f"{where}：{chinese}")
    chinese = _value_reason(reason) or _reason(reason)
    if chinese is not None:
        return TemplateMessage(f"{where}：{chinese}")
    at_end = reason.endswith("(at end of document)")  # tomllib, with no line to give
    front = kind == "TOMLDecodeError" or (kind is None and (m.group("line") or at_end))
    if front and not _PYTHON_KIND.match(reason):
        lowered = reason.lower()
        why = next((zh for en, zh in _TOML if lowered.startswith(en)), None)
        end = "，在文件头末尾" if at_end else ""
        if why is not None:
            return TemplateMessage(f"{where}：文件头格式有误（{why}{end}）")
        return TemplateMessage(f"{where}：文件头格式有误{end and f'（{end[1:]}）'}", reason)
    return _by_kind(f"{where}：", reason, kind)


def _by_kind(head: str, reason: str, kind: str | None, lead: str | None = None) -> TemplateMessage:
    """A reason no table knows, said by its kind (the error underneath, or the ``TypeError:`` it
    starts with); the English kept whole as the detail."""
    named = _PYTHON_KIND.match(reason)
    key = kind or (named.group("e") if named else None)
    said = _KINDS.get(key or "") or lead or ("模板运行出错" if key else "模板有误")
    detail = reason if not kind or reason.startswith(f"{kind}:") else f"{kind}: {reason}"
    return TemplateMessage(f"{head}{said}", detail)


def _where(name: str, folder: str | Path | None) -> str:
    """The full path of the template file a message names, or the shipped template's name."""
    path = Path(name)
    if path.is_absolute():
        return str(path)
    if folder is not None:
        mine = Path(folder) / path
        if mine.exists() or not _is_builtin(name):
            return os.path.abspath(mine)
    if _is_builtin(name):
        return f"内置模板“{path.stem}”"
    return os.path.abspath(path)


def _is_builtin(name: str) -> bool:
    """Whether a shipped template has this file name (read lazily: only an error needs it)."""
    from drafter.templating.registry import builtin_dir

    try:
        return builtin_dir().joinpath(name).is_file()
    except (OSError, ValueError):
        return False


def _reason(text: str) -> str | None:
    """The Chinese of a reason any table row knows (OS reasons and Jinja's token names translated
    inside it), or None."""
    for rx, chinese in _REASONS:
        found = rx.search(text)
        if found:
            values = {k: _value(k, v) for k, v in found.groupdict().items()}
            return chinese.format(**values)
    return None


def _value(key: str, value: str) -> str:
    """A value caught by a table row, in the words the writer knows: an OS reason in Chinese,
    Jinja's token names as typed (%}), Python's type names as 文字/整数/列表."""
    if key == "why":
        return os_reason(value)
    if key in _TOKEN_KEYS:
        return _token(value)
    if key == "op":  # "** or pow()" -> "**"
        return value.split(" or ")[0]
    if key == "f":  # a filter's function: sync_do_join -> join
        return value.removeprefix("sync_").removeprefix("do_")
    if key in _TYPE_KEYS:
        bare = value.removesuffix(" object")
        return _TYPES.get(bare, value)
    return value


def _token(value: str) -> str:
    """A token name of Jinja's parser in the form the user typed it ('end of statement
    block' -> %}); 'endfor' or 'else' -> {% endfor %} 或 {% else %}."""
    if value in _TOKENS:
        return _TOKENS[value]
    tags = re.findall(r"'(\w+)'", value)
    if tags and re.fullmatch(r"(?:'\w+'(?:,\s*| or\s+)?)+", value):
        return " 或 ".join(f"{{% {t} %}}" for t in tags)
    return value


def _value_reason(text: str) -> str | None:
    """A parameter value the user gave, in Chinese: 参数“count”（条数）：9 超过上限 5."""
    m = _PARAM_VALUE.match(text)
    if not m:
        return None
    why = m.group("why").strip()
    for rx, chinese in _VALUE_REASONS:
        found = rx.search(why)
        if found:
            why = chinese.format(**found.groupdict())
            break
    else:
        why = f"值不合适（{why}）"
    label = m.group("l")
    name = f"参数“{m.group('p')}”" + (f"（{label}）" if label and label != m.group("p") else "")
    return f"{name}：{why}"


def _markup_reason(text: str) -> str | None:
    """A line of the rendered outline the markup cannot read, in Chinese, with the line as
    rendered after it (what the markup says comes first, then ": " and the line); None for a
    reason no table knows."""
    for rx, chinese in _MARKUP_REASONS:
        found = rx.search(text)
        if found:
            line = chinese.format(**found.groupdict())
            shown = text[found.end() :].removeprefix(": ").strip()
            return f"{line}：{shown}" if shown else line
    return _reason(text)
