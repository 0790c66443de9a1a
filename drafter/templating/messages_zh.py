"""Template errors in Chinese, naming the file by its full path and the line.

The templating core speaks English (its messages go to logs and tests); the gallery and
the command line show a writer which of their templates is broken, where, and why, in
the language of the app. A message this table does not know keeps its English reason
after a Chinese lead, so nothing is lost.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from drafter.messages import os_reason

_HEAD = re.compile(
    r"^(?P<file>[^:\n]+?)(?:, (?P<rendered>rendered )?line (?P<line>\d+))?: (?P<text>.*)$",
    re.S,
)
_P = r"'(?P<p>[^']+)'"
# (English reason, its Chinese), tried in order: a longer reason before its own prefix
_REASONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(english), chinese)
    for english, chinese in [
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
        (
            r"parameter name (?P<p>.+?) must be a plain identifier",
            "参数名 {p} 只能由汉字、字母、数字和下划线组成（如 count、标题）",
        ),
        (r"'order' must be a whole number", "order 应为整数"),
        (r"'numbering' must list one style per level", "numbering 应为每一级列出一种编号样式"),
        (r"unknown numbering style '(?P<k>[^']+)'", "不认识的编号样式“{k}”"),
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
        (r"the template uses too much memory or time", "模板占用内存或时间过多"),
        (r"the template uses too much memory", "模板占用内存过多"),
        (r"recursion too deep", "递归过深（宏调用了自身？）"),
        (rf"unknown parameter {_P}", "没有名为“{p}”的参数"),
    ]
]


# tomllib's reasons for a front matter it cannot parse, most common first
_TOML: list[tuple[str, str]] = [
    ("invalid value", '值无效（文字要加引号，如 name = "我的模板"）'),
    ("expected '=' after a key", "键后面缺少 ="),
    ("invalid statement", "这一行不是“键 = 值”"),
    ("invalid initial character for a key", "键名以不能用的字符开头"),
    ("unclosed array", "方括号 [ ] 没有闭合"),
    ("unterminated string", "引号没有闭合"),
    ("illegal character", "含有不能用的字符"),
    ("cannot overwrite a value", "同一个键写了两次"),
    ("cannot declare", "同一个表写了两次"),
    ("expected newline or end of document", "一行只能写一个“键 = 值”"),
]


def template_error_in_chinese(message: str, folder: str | Path | None = None) -> str:
    """``报告.j2, line 2: Invalid value`` -> ``/全/路径/报告.j2，第 2 行：文件头格式有误（Invalid
    value）``. ``folder`` is where a bare file name lives (the user's templates folder)."""
    m = _HEAD.match(message.strip())
    if not m:
        return message
    name, text = m.group("file"), m.group("text").strip()
    path = Path(name)
    if folder is not None and not path.is_absolute():
        path = Path(folder) / path
    where = os.path.abspath(path)
    if m.group("line"):
        kind = "生成后的第" if m.group("rendered") else "第"
        where += f"，{kind} {m.group('line')} 行"
    for rx, chinese in _REASONS:
        found = rx.search(text)
        if found:
            values = {k: os_reason(v) if k == "why" else v for k, v in found.groupdict().items()}
            return f"{where}：{chinese.format(**values)}"
    if m.group("line") and not m.group("rendered"):  # tomllib's own reason
        lowered = text.lower()
        why = next((zh for en, zh in _TOML if lowered.startswith(en)), text)
        return f"{where}：文件头格式有误（{why}）"
    return f"{where}：模板有误（{text}）"
