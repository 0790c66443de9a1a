"""What the library panel says of its imports: the texts of its empty, loading and
importing states, the one-line summary of an import or sync, the time left, and what the
status line calls a job retried while another process holds the library's write lock.
Apart from the panel's widgets so that the words can be read and tested without Qt."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from drafter.messages import unsupported_files

PHASES = {
    "scan": "正在扫描文件",
    "read": "正在读取",
    "index": "正在整理索引",
    "commit": "正在写入索引…",
    "done": "完成",
}

EMPTY_TEXT = (
    "<p style='font-size:15px'><b>资料库还是空的</b></p>"
    "<p>点击上方「导入文件」或「导入文件夹」，<br>或把讲话稿、报告直接拖到这里。</p>"
    "<p style='color:#666'>支持 .txt（任意常见编码）、.docx、.md、.pdf，<br>"
    ".doc / .wps 需要安装 LibreOffice。</p>"
)

LOADING_TEXT = "<p style='font-size:15px'>正在打开资料库…</p>"

# an index built by an older Drafter is rebuilt when the library opens (from the cached
# parses: nothing is read again or lost); searches use the old index meanwhile
UPGRADE_TEXT = "正在升级检索索引（只需一次，可照常检索）…"

IMPORTING_TEXT = (
    "<p style='font-size:15px'>正在导入…</p>"
    "<p style='color:#666'>这一批读完并写入索引后，文稿会出现在这里。<br>"
    "可以随时取消，已读完的文稿会保留。</p>"
)

CANCELLING_TEXT = "正在取消：保存已读完的文稿…"


def went_in(p: Any) -> int:
    """How many files of an import or sync are in the library after it (new, updated,
    unchanged or duplicates): 0 when every file it found failed."""
    added = getattr(p, "added", None)
    if added is None:  # a core without the counters: count what was read
        added = p.done_files - len(p.errors)
    keys = ("updated", "unchanged", "duplicates")
    return added + sum(getattr(p, key, 0) or 0 for key in keys)


BUSY_RETRIED = {
    "stale": "按新规则重新解析",
    "upgrade": "升级检索索引",
    "add": "导入",
    "sync": "同步",
}
"""Jobs tried again when another process holds the library's write lock, and what the
status line calls them: the ones the panel runs by itself (the re-read and the index
upgrade at open) and imports and syncs, which a first start's sample import or a window
opened beside a command-line import met. 重建索引 and 重新解析 are refused aloud at once."""

BUSY_LATER = {
    "stale": "按新规则重新解析留待下次同步（F5）或点「重新解析」。",
    "upgrade": "检索索引留待下次打开资料库时升级（检索照常可用）。",
}
"""What the status line says of a job nobody asked for when the lock stayed held through
every retry: it is left for later, never put up as a 导入失败 box."""


def summary(p: Any) -> str:
    """What an import or sync did, in one line: 新增 3 篇，更新 1 篇，2 个出错."""
    parts = []
    added = getattr(p, "added", None)
    if added is None:  # a core without the counters: count what was read
        added = p.done_files - len(p.errors)
    for label, value in (
        ("新增", added),
        ("更新", getattr(p, "updated", 0)),
        ("移除", getattr(p, "removed", 0)),
        ("未变", getattr(p, "unchanged", 0)),
        ("重复", getattr(p, "duplicates", 0)),
        # a sync also reads documents of an older reader version again (library_import_jobs.reread_runs)
        ("按新规则重新解析", getattr(p, "reindexed", 0)),
    ):
        if value:
            copies = getattr(p, "duplicate_of", None) if label == "重复" else None
            parts.append(f"{label} {value} 篇" + (copies_named(copies) if copies else ""))
    skipped = getattr(p, "skipped", None) or []
    if skipped:
        parts.append(f"跳过 {len(skipped)} 个说明文件")
    unsupported = getattr(p, "unsupported", None) or []
    if unsupported:
        parts.append(unsupported_files(unsupported))
    if p.errors:
        parts.append(f"{len(p.errors)} 个文件出错")
    return "，".join(parts) or "没有需要导入的新文件"


def copies_named(pairs: list[tuple[str, str]]) -> str:
    """（副本.txt 与 甲.txt 内容相同） for the first two copies an import left out, by file
    name: 重复 1 篇 left the writer to find which of a folder's files it was."""
    named = "；".join(
        f"{Path(copy).name} 与 {Path(original).name} 内容相同" for copy, original in pairs[:2]
    )
    return f"（{named}{'……' if len(pairs) > 2 else ''}）"


def counts_text(started: float, p: Any, now: float | None = None) -> str:
    """The line under the import bar: 24/54 个文件，剩余约 15 秒. Nothing while the scan finds
    the files (nothing is counted yet): it said 0/0 个文件 until the scan ended. The files
    settled without reading (unchanged, copies) are said apart, not counted as done: a
    watched folder's re-sync with one file changed began at 500/501 个文件."""
    if not p.total_files:
        return ""
    settled = min(getattr(p, "settled", 0), p.total_files)
    done, total = max(0, p.done_files - settled), p.total_files - settled
    counts = f"{done}/{total} 个文件" if total else "没有要读的文件"
    if settled:
        unchanged = getattr(p, "unchanged", 0)
        counts += f"（另 {settled} 个{'未变' if unchanged == settled else '不必读'}）"
    eta = eta_text(started, p, now).strip()
    return f"{counts}，{eta}" if eta else counts


def eta_text(started: float, p: Any, now: float | None = None) -> str:
    """ "  剩余约 1 分 20 秒" from the bytes done so far; "" until there is enough to go on."""
    elapsed = (time.monotonic() if now is None else now) - started
    if elapsed < 2 or not p.total_bytes or not p.done_bytes or p.done_bytes >= p.total_bytes:
        return ""
    left = int(elapsed * (p.total_bytes - p.done_bytes) / p.done_bytes)
    return f"  剩余约 {left // 60} 分 {left % 60} 秒" if left >= 60 else f"  剩余约 {left} 秒"
