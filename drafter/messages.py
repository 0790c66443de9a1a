"""Messages in Chinese for people: the core's one-line errors, translated.

The core raises one-line English messages ("报告.pdf: not a PDF file (no PDF header)"):
they are stable, greppable and what the log keeps. Whatever a person reads — the window
or the command line — goes through :func:`describe` / :func:`in_chinese` here and is
Chinese, naming the file. No Qt: the command line uses it too.
"""

from __future__ import annotations

import os
import re

# The file types the readers take, as every message about an unread type lists them: one
# string, so a reader added later is named in all of them at once
_READ_TYPES = ".txt .md .docx .pdf .doc .wps .rtf .odt .ofd .html .mhtml"

# Known phrases of its one-line messages, in the order they are tried (the first contained
# wins, so a phrase holding an earlier one is never reached: tests/test_messages_table.py);
# the flag says whether the detail in brackets (an OS reason, a line number ...) is worth showing.
_PHRASES = (
    ("nor a document in the library", "既不是文件，也不是资料库中的文稿", False),
    ("no versions kept yet", "还没有保存过的版本（先保存稿件）", False),
    ("is a word file; name it .docx", "修订稿是 Word 文件，文件名应以 .docx 结尾", False),
    ("cannot keep a version", "无法保存版本", True),
    ("cannot write labels", "无法写入版本标签", True),
    ("use --force", "已存在（加 --force 覆盖）", False),
    ("nothing to make a template from", "没有找到小标题，无法生成模板", False),
    (
        "cannot be a template name",
        '不能用作模板名称（不能含 / \\ : * ? " < > |，不能以“.”开头，最多 80 字）',
        False,
    ),
    ("the template is longer than", "模板太长，无法保存", False),
    ("expected key=value", "应写成 名称=值", False),
    ("is above the maximum", "参数值超过上限", "text"),
    ("is below the minimum", "参数值低于下限", "text"),
    ("unknown parameter", "模板没有这个参数", "text"),
    ("written by a newer drafter", "这份稿件由更新版本的 Drafter 保存，请升级后再打开", False),
    ("refusing to overwrite", "目标位置已有一个不是稿件的文件，未覆盖", False),
    ("cannot write", "无法写入", True),
    ("cannot save", "无法保存", True),
    ("cannot create the library", "无法创建资料库", True),
    ("cannot read", "无法读取", True),
    ("no such draft file", "找不到稿件文件", False),
    ("is a folder, not a draft file", "这是文件夹，不是稿件文件", False),
    ("not a drafter draft", "不是 Drafter 稿件文件", False),
    ("corrupt draft", "稿件文件已损坏", True),
    (
        "a symbolic link that loops or points to nothing",
        "这是一个符号链接，它指向的文件已不存在，或链接绕回自身；请修正或删除这个链接",
        False,
    ),
    (
        "unsupported file type",
        f"不支持这种文件（支持 {_READ_TYPES}）",
        False,
    ),
    ("file not found", "找不到文件", False),
    ("is a folder, not a file", "这是文件夹，不是文件", False),
    ("not a regular file", "不是普通文件", False),
    ("permission denied", "没有权限访问（请检查这个文件的权限）", False),
    ("the file is empty", "文件是空的", False),
    ("a temporary lock file", "这是 Word/WPS 打开文件时留下的临时锁文件，已跳过", False),
    ("could not be read", "无法读取", True),
    (
        "holds only blank lines and spaces",
        "文件中只有空行、空格或看不见的编码标记，没有文字",
        False,
    ),
    (
        "a blank document, or pictures only",
        "文档中没有文字：是空白文档，或只有图片（图片上的字需先做文字识别）",
        False,
    ),
    (
        "the page shows no text",
        "网页中没有文字：可能只有图片，或正文要靠网页脚本加载（可在浏览器中复制正文，存为 .txt 再导入）",
        False,
    ),
    ("no text found", "文件中没有文字（扫描件需先做文字识别）", False),
    ("no body text found", "没有找到正文", False),
    (
        "the .mhtml archive is cut short before",
        "网页存档（.mhtml）不完整，在正文之前就中断了（下载或复制未完成），没有可读入的正文",
        False,
    ),
    (
        "not a valid word .docx file",
        "不是有效的 Word 文档（文件已损坏，或是别的格式改成了 .docx）",
        False,
    ),
    ("not a text file", "不是文本文件（可能是二进制文件或改了扩展名）", False),
    ("not a pdf file", "不是 PDF 文件", False),
    ("not a valid pdf file", "PDF 文件已损坏或无法读取", False),
    ("the pdf has no pages", "PDF 没有页面", False),
    (
        "not a valid opendocument .odt file",
        "不是有效的 ODT 文档（文件已损坏，或是别的格式改成了 .odt）",
        False,
    ),
    ("not a text document", "不是文字文档（.odt 中没有正文）", False),
    (
        "not a valid ofd file",
        "不是有效的 OFD 文件（文件已损坏，或是别的格式改成了 .ofd）",
        False,
    ),
    (
        "the ofd file is encrypted",
        "OFD 文件已加密，无法读取；请在原来的阅读器中另存为未加密的文件后再导入",
        False,
    ),
    ("the ofd file has no pages", "OFD 文件没有页面", False),
    ("the ofd file has no text", "OFD 文件没有文字（扫描件？需先做文字识别）", False),
    ("not a folder", "不是文件夹", False),
    ("no such folder", "找不到文件夹", False),
    ("no drafter library here", "这里没有资料库", False),
    ("in the library", "资料库中没有这篇文稿（可能已被移除）", False),
    ("an indexing process stopped unexpectedly", "建立索引的进程意外退出，请重试", False),
    ("indexing failed", "建立索引失败", True),
    ("not a drafter library catalogue", "不是资料库的目录文件", False),
    ("is not supported", "资料库格式版本不受支持（由更新版本的程序创建？）", False),
    ("a dictionary word cannot contain spaces", "词典中的词不能包含空格", False),
    ("not utf-8 text", "不是 UTF-8 编码的文本，请另存为 UTF-8", False),
    ("unknown format", "不支持的导出格式", True),
    ("no template named", "找不到这个模板", True),
    (
        "files without an extension are not supported",
        f"没有扩展名，无法判断文件类型（支持 {_READ_TYPES}；"
        "资料库中的文稿请用 library list 显示的编号或标题）",
        False,
    ),
    (
        "files are not supported",
        f"不支持这种文件（支持 {_READ_TYPES}）",
        False,
    ),
    (
        "cannot tell the format from the suffix",
        "无法从扩展名判断导出格式（用 .docx、.md 或 .txt，或加 --format）",
        False,
    ),
    ("unknown style", "没有这个版式（内置 gbt9704、house-example，或给出 .toml 样式文件）", False),
    ("no such style file", "找不到样式文件", False),
    ("invalid toml", "样式文件格式有误", True),
    ("is out of range", "数值超出范围", True),
    ("the file is too large to be a template", "文件太大，不像是模板", False),
    ("recursion too deep", "模板中的宏递归调用过深", False),
    ("the template uses too much memory", "模板占用内存过多", False),
    ("cannot move a heading into itself", "不能把标题移到它自己或它的下级里", False),
    ("top-level heading cannot be promoted", "一级标题不能再升级", False),
    (
        "first heading of a list cannot be demoted",
        "同级的第一个标题不能降级（前面没有可作上级的标题）",
        False,
    ),
    ("no heading with id", "找不到这个标题（可能已被删除）", False),
    ("has no text layer", "PDF 没有文字层（扫描件？需先做文字识别）", False),
    (
        "text cannot be decoded",
        "PDF 中的文字无法解码（字体缺少 Unicode 映射），需文字识别或改用原文档",
        False,
    ),
    (
        "the file is password-protected",
        "文件设了打开密码（已加密），无法读取；请在 Word/WPS 中打开，取消密码并保存后再试",
        False,
    ),
    ("the pdf is encrypted", "PDF 已加密（有密码保护），请去掉密码或导入原文档", False),
    ("libreoffice did not finish", "LibreOffice 转换超时", False),
    ("libreoffice could not convert", "LibreOffice 无法转换这个文件", True),
    (
        "files need libreoffice",
        "读取这种文件需要安装 LibreOffice，或在 Word/WPS 中另存为 .docx",
        False,
    ),
    ("not a valid web page", "网页已损坏，无法读取", False),
    ("not a web page", "不是网页（没有 HTML 标记）", False),
    (
        "holds no web page",
        ".mhtml 存档中没有网页（文件不完整或已损坏；请在浏览器中重新另存）",
        False,
    ),
    ("too much work", "模板运算量过大，已停止", False),
    ("did not finish within", "模板运行超时，已停止", False),
    ("block is nested too deeply", "模板开头 +++ 中的设置嵌套过深", False),
    ("headings nested more than", "小标题嵌套层级过多", False),
    ("the template renderer could not be started", "模板渲染进程无法启动", False),
    ("no such file", "找不到文件", False),
)

# Reasons the OS gives (strerror), as they appear in the core's brackets.
_OS_REASONS = (
    ("permission denied", "没有权限"),
    ("read-only file system", "只读的文件系统"),
    ("no space left on device", "磁盘空间不足"),
    ("no such file or directory", "文件或文件夹不存在"),
    ("is a directory", "这是一个文件夹"),
    ("not a directory", "路径中有一项不是文件夹"),
    ("file name too long", "文件名太长"),
    ("disk quota exceeded", "超出磁盘配额"),
    ("device or resource busy", "文件正被占用"),
    ("invalid argument", "文件名中有不允许的字符"),
)


# Details in a core message's brackets that carry numbers (where a draft's JSON broke): said
# in Chinese with the numbers kept, so "稿件文件已损坏" is not followed by English
_DETAIL_PATTERNS = (
    (re.compile(r"invalid JSON at line (\d+), column (\d+)"), r"JSON 格式有误：第 \1 行第 \2 列"),
    (re.compile(r"bad version (.+)"), r"版本号 \1 无效"),
    # LibreOffice's own stderr (javaldx warnings and all) when it cannot load the file
    (re.compile(r".*source file could not be loaded.*"), "文件已损坏，或不是扩展名所说的格式"),
)


def _detail_in_chinese(detail: str) -> str:
    """A bracketed detail in Chinese: an OS reason, or one of :data:`_DETAIL_PATTERNS`."""
    for rx, chinese in _DETAIL_PATTERNS:
        if rx.fullmatch(detail.strip()):
            return rx.sub(chinese, detail.strip())
    return os_reason(detail)


# tomllib's reasons for a TOML text it cannot parse (a template's front matter, an office's
# review lists), in Chinese, most common first; "expected" last catches the rest of its kind
TOML_REASONS: tuple[tuple[str, str], ...] = (
    ("invalid value", "值无效（文字要加引号）"),
    ("expected '=' after a key", "键后面缺少 ="),
    ("invalid statement", "这一行不是“键 = 值”"),
    ("invalid initial character for a key", "键名以不能用的字符开头"),
    ("unclosed array", "方括号 [ ] 没有闭合"),
    ("unclosed inline table", "花括号 { } 没有闭合"),
    ("unterminated string", "引号没有闭合"),
    ("illegal character '\\n'", "引号没有闭合（引号里的文字不能换行）"),
    ("illegal character", "含有不能用的字符"),
    ("found invalid character", "含有不能用的字符"),
    ("cannot overwrite a value", "同一个键写了两次"),
    ("cannot declare", "同一个表写了两次"),
    ("cannot redefine namespace", "同一个表写了两次"),
    ("cannot mutate immutable namespace", "不能再往已写完的表里加键"),
    ("duplicate inline table key", "花括号表中同一个键写了两次"),
    ("expected newline or end of document", "一行只能写一个“键 = 值”"),
    ("expected ']' at the end of a table declaration", "表名后缺少 ]"),
    ("expected ']]' at the end of an array declaration", "[[表名]] 后缺少 ]]"),
    ("invalid date or datetime", "日期或时间写法不对"),
    ("invalid hex value", "十六进制写法不对"),
    ("unescaped '\\'", "文字中的 \\ 要写成 \\\\"),
    ("escaped character is not a unicode scalar value", "转义字符无效"),
    ("expected", "缺少应有的符号"),
)


def toml_reason(message: str) -> str | None:
    """tomllib's reason (``Invalid value (at line 3, column 8)``) in Chinese, without its place
    (the caller names the file and line), or None for a reason not in the table."""
    lowered = message.strip().lower()
    return next((zh for en, zh in TOML_REASONS if lowered.startswith(en)), None)


def os_reason(text: str) -> str:
    """An OS error reason in Chinese ("Permission denied" -> "没有权限"); else unchanged."""
    lowered = text.lower()
    for phrase, chinese in _OS_REASONS:
        if phrase in lowered:
            return chinese
    return text


# Messages whose words carry what the user typed (a version's number or label): said with it
_PATTERNS = (
    (
        re.compile(r"^no version (?P<n>\d+) \(it has (?P<m>\d+)\)$"),
        "没有第 {n} 个版本（共 {m} 个，1 为最新）",
    ),
    (re.compile(r"^no version '(?P<r>.*)'$"), "没有编号或标签为“{r}”的版本"),
    (re.compile(r"^no version (?P<r>\S+)$"), "没有编号为 {r} 的版本"),
    # a byte-identical copy, under another extension, of a file that failed in the batch
    (
        re.compile(r"^the same bytes as (?P<other>.+), which could not be read$"),
        "与 {other} 的内容完全相同，那个文件无法读取（原因见它那一行），这份也未导入",
    ),
    # the reading warnings a document carries (drafter outline / study print them)
    (
        re.compile(r"^(?P<n>\d+) invalid UTF-8 byte sequence\(s\) replaced by \ufffd$"),
        "有 {n} 处无效的 UTF-8 字节，已替换为 \ufffd",
    ),
    (
        re.compile(r"^invalid (?P<name>\S+) bytes replaced by \ufffd$"),
        "按 {name} 读取时有无效字节，已替换为 \ufffd",
    ),
    (re.compile(r"^removed (?P<n>\d+) control character\(s\)$"), "已删除 {n} 个控制字符"),
    (
        re.compile(r"^removed (?P<n>\d+) NUL byte\(s\)$"),
        "已删除 {n} 个空字节（NUL，常见于保存时中断的文件；请核对文末是否完整）",
    ),
    (
        re.compile(r"^the page declares (?P<label>\S+) but is (?P<codec>\S+); read as \S+$"),
        "网页声明的编码 {label} 与内容不符，已按 {codec} 读取",
    ),
    (
        re.compile(r"^the \.mhtml archive is cut short inside its page; what it holds was read$"),
        "网页存档（.mhtml）不完整，在网页正文中间中断；已读入现有部分，请核对文末",
    ),
    (
        re.compile(r"^the \.mhtml archive is cut short after its page; the page was read whole$"),
        "网页存档（.mhtml）不完整（结尾缺失），网页本身完整，已读入；其后的图片等未保存",
    ),
    (
        re.compile(r"^no article found in the page; all of its text was read$"),
        "网页中找不到正文区域，已读入页面上的全部文字",
    ),
    (
        re.compile(r"^no text on page\(s\) (?P<pages>.+?) \(scanned pages need OCR\)$"),
        "第 {pages} 页没有文字（扫描页需先做文字识别）",
    ),
)

# Warnings that name no file: the whole message is read (the first ": " is no subject's)
_WARNINGS = (
    (
        re.compile(
            r"^date conflict: the document's date line says (?P<date>\S+), "
            r"the scraped summary says (?P<other>\S+); kept \S+$"
        ),
        "日期不一致：文中日期行为 {date}，网页摘要为 {other}，采用文中的 {date}",
    ),
    (
        re.compile(r"^numbering: (?P<a>.+?) then (?P<b>.+?): (?P<missing>.+) missing$"),
        "编号不连续：{a} 之后是 {b}，缺少 {missing}",
    ),
    (re.compile(r"^numbering: (?P<m>.+) twice$"), "编号重复：{m} 出现两次"),
    (
        re.compile(r"^numbering: (?P<m>.+?) where (?P<want>.+) stands$"),
        "编号有误：应为 {want} 处写成了 {m}",
    ),
)


def warning_in_chinese(message: str) -> str:
    """A document's reading warning (a date conflict, a gap in the numbering, bytes
    replaced) in Chinese, for the command line and the window. Why a function of its own:
    the outline's and the metadata's warnings name no file, so the ": " in them is no
    subject's as :func:`in_chinese` reads it; the readers' warnings do name theirs."""
    for rx, chinese in _WARNINGS:
        found = rx.match(message.strip())
        if found:
            return chinese.format(**found.groupdict())
    return in_chinese(message)  # (by its name alone: the full path is printed above)


def _detail(text: str) -> str:
    """The outermost bracketed part of a core message ("cannot write (Permission denied)")."""
    start, end = text.find("("), text.rfind(")")
    return text[start + 1 : end].strip() if 0 <= start < end else ""


_CJK = re.compile(r"[\u4e00-\u9fff]")


def in_chinese(message: str, full_path: bool = False) -> str:
    """A core message ("报告.pdf: not a PDF file (no PDF header)") in Chinese, keeping the
    file name; unknown messages pass unchanged (the English is still in the log).

    ``full_path`` names a relative file by its full path (the command line: a message
    read later, or in a log, must say which file without knowing the folder it ran in).
    """
    head, sep, tail = message.partition(": ")
    # a bracket before the first ": " is the detail of a message without a subject
    # ("cannot write (Permission denied: …)"), unless the head is a file's name: 报告(2022).txt
    named = os.path.splitext(head)[1].lower() in _FILE_SUFFIXES
    is_subject = sep and len(head) < 260 and ("(" not in head or named)
    subject, text = (head, tail) if is_subject else ("", message)
    if full_path and subject and _looks_like_path(subject):
        subject = os.path.abspath(os.path.expanduser(subject))
    for rx, chinese in _PATTERNS:
        found = rx.match(text.strip())
        if found:
            line = chinese.format(**found.groupdict())
            return f"{subject}：{line}" if subject else line
    lowered = text.lower()
    for phrase, chinese, keep_detail in _PHRASES:
        if phrase in lowered:
            if keep_detail == "text":  # the message itself is the detail (names, numbers)
                detail = text
            else:
                detail = _detail_in_chinese(_detail(text)) if keep_detail else ""
            detail = detail.replace("available: ", "可用：").replace("known: ", "已有：")
            line = f"{chinese}（{detail}）" if detail else chinese
            return f"{subject}：{line}" if subject else line
    if subject and _CJK.search(text):  # already Chinese (the limits' messages)
        return f"{subject}：{text}"
    return message


# Suffixes of the files a user hands the command line (documents, drafts, styles).
_FILE_SUFFIXES = {
    ".txt", ".md", ".markdown", ".docx", ".doc", ".wps", ".rtf", ".pdf", ".json", ".toml",
    ".html", ".htm", ".mhtml", ".mht", ".odt", ".ofd",
}  # fmt: skip


def _looks_like_path(text: str) -> bool:
    """A message's subject that names a file (报告.pdf, docs/x.txt), not an option or id."""
    if text.startswith("-") or "://" in text or " " in text:
        return False
    suffix = os.path.splitext(text)[1].lower()
    return "/" in text or "\\" in text or suffix in _FILE_SUFFIXES or os.path.exists(text)


_CORE_ERRORS = frozenset(
    {
        "LibraryError",
        "ReadError",
        "DraftError",
        "TemplateError",
        "ExportError",
        "StyleError",
        "HistoryError",
        "CompareError",
    }  # fmt: skip
)


def _is_core_error(exc: BaseException) -> bool:
    """One of the core's one-line errors, or a subclass of one (LimitExceeded, LibraryBusy)."""
    return any(cls.__name__ in _CORE_ERRORS for cls in type(exc).__mro__)


def with_path(text: str, paths) -> str:
    """A reader's message names a file by its name alone ("报告.pdf: …"); the command
    knows the path the user gave: put it back, so the message names the right file (made
    absolute from the current folder, a bare name would name another one)."""
    for path in paths:
        name = os.path.basename(str(path))
        if name and text.startswith(f"{name}:"):
            return os.path.abspath(os.path.expanduser(str(path))) + text[len(name) :]
    return text


def cli_error(exc: BaseException, paths=()) -> str:
    """The one line the command line prints for ``exc``: Chinese, full paths. ``paths``
    are the files the command was given, to name a file a reader called by its name."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    text = with_path(text, paths)
    if _is_core_error(exc):
        return in_chinese(text, full_path=True) if text else "操作失败"
    return describe(exc)


def describe_file(exc: BaseException, path) -> str:
    """``exc`` met opening ``path`` the user chose (打开稿件, ``gui --open``), said as the
    command line says it: Chinese, the file by its full path. A reader's message names a
    file by its name alone, which left the window saying 坏.docx：… for a file in any folder."""
    return cli_error(exc, [path])


def _is_index_file(filename: object) -> bool:
    """A file inside the library's search index (``<library>/index-…/x.trm``)."""
    if not isinstance(filename, str) or not filename:
        return False
    parent = filename.replace("\\", "/").rstrip("/").rsplit("/", 2)
    return len(parent) == 3 and parent[1].startswith("index")


def describe(exc: BaseException) -> str:
    """One line in Chinese for an exception, naming the file when there is one."""
    name = type(exc).__name__
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if name == "LibraryBusy":
        return "资料库正被其他程序使用，请稍后再试。" + (f"（{text}）" if text else "")
    if name == "QueryError":
        return f"检索式有误：{text}" if text else "检索式有误。"
    if _is_core_error(exc):
        return in_chinese(text) if text else "操作失败。"
    if isinstance(exc, FileNotFoundError):
        if _is_index_file(exc.filename):
            return "资料库的索引已损坏（缺少索引文件），请用「资料库 › 重建索引」修复。"
        return f"找不到文件：{exc.filename or text}"
    if isinstance(exc, PermissionError):
        return f"没有权限访问：{exc.filename or text}"
    if isinstance(exc, IsADirectoryError):
        return f"这是一个文件夹，不是文件：{exc.filename or text}"
    if isinstance(exc, OSError):
        where = f"：{exc.filename}" if exc.filename else ""
        return f"文件操作失败{where}（{os_reason(exc.strerror or text)}）"
    if isinstance(exc, MemoryError):
        return "内存不足，操作未完成。"
    return f"发生意外错误（{name}）：{text}" if text else f"发生意外错误（{name}）。"


def failure_text(message: str, exc: object) -> str:
    """What a worker's ``failed(message, exc)`` says to the user: the exception described in
    Chinese when there is one, else the worker's own message. A worker hands over the core's
    English ``str(exc)`` as ``message``; every panel that reports a failure says it this one
    way, so none shows that English by mistake."""
    return describe(exc) if isinstance(exc, BaseException) else message


def out_of_reach(exc: object) -> bool:
    """Whether ``exc`` says a team library's server could not be reached for now (refused,
    silent, starting, full: :class:`drafter.library.pg.connect.ServerUnreachable`), which
    trying again later mends, unlike a wrong password or a missing database, which the user
    or the administrator must correct. Named by the class's name, so a caller needs no
    PostgreSQL driver to read a local library."""
    return any(kind.__name__ == "ServerUnreachable" for kind in type(exc).__mro__)


def server_gone(exc: object) -> bool:
    """Whether ``exc`` says a team library's server went away: the connection lost in the
    middle (``ConnectionLost``), refused at once while the window holds the library offline
    (``ServerAway``), out of reach (``ServerUnreachable``). Waiting mends these, so a search
    says to press Enter again and an import or sync runs again by itself, instead of
    blaming the query or the files. By the classes' names, so a local library needs no
    PostgreSQL driver. One home: the search panel and the imports each kept a copy."""
    gone = {"ServerAway", "ServerUnreachable", "ConnectionLost"}
    return any(kind.__name__ in gone for kind in type(exc).__mro__)


def unsupported_files(paths: list[str], shown: int = 3) -> str:
    """What an import says of the files of a folder it left out for their type: how many
    and the first ``shown`` names (未导入 5 个类型不支持的文件：甲.pptx、乙.pptx、丙.xlsx 等).
    Left out without a word, a folder of slides and spreadsheets would import nothing and
    nobody would say why; the command line and the library panel both say it this way.
    "" for none."""
    if not paths:
        return ""
    names = "、".join(os.path.basename(p) for p in paths[:shown])
    more = " 等" if len(paths) > shown else ""
    return f"未导入 {len(paths)} 个类型不支持的文件：{names}{more}"
