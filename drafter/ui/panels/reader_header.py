"""The reader's header over the text: title, speaker, date and occasion, then 字数, speaking
time and the heading levels, with a review finding's words tinted where it names them.

A mixin of :class:`~drafter.ui.panels.reader_panel.ReaderPanel`, which owns the widgets and
the document shown: the header is said from its ``_doc``, ``_paragraphs``, ``_info``,
``corrections``, ``rate`` and ``header_compact``, into its ``header`` label.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from drafter.corpus.display import count_chars as display_count_chars
from drafter.corpus.display import count_paragraphs, written
from drafter.drafts.convert import speaker_line
from drafter.study.stats import clamp_rate, spoken_for
from drafter.ui.panels.reader_correction_menu import heading_levels

# A review finding's words in the header, tinted as the 审稿 dock tints a span in the text.
_MARK_STYLE = "background-color:#ffe08a"
CN_LEVELS = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六"}


def count_chars(texts: Iterable[str]) -> int:
    """字数 as the library table and 学习 count it (:func:`drafter.corpus.display.count_chars`)."""
    return display_count_chars(texts)


class ReaderHeader:
    """The header of the :class:`ReaderPanel` this is mixed into (see the module docstring):
    what the header says changes with Preferences (the rate), 学习模式 (compact) and the
    审稿 dock (a marked word), each of which asks it to be said again."""

    def set_header_compact(self, compact: bool) -> None:
        """Leave the 字数/段落 and 标题 lines out of the header (学习模式 says 字数 and time again
        in its own line just below, and the structure map counts the headings): at 1280x720
        the two lines came out of the few the annotated text had."""
        self.header_compact = compact
        if self._doc is not None:
            self._show_header()

    def set_rate(self, rate: int) -> None:
        """Take the speaking rate of Preferences: the header's speaking time is said at it, as
        学习 says its own, and an open document's header is said again."""
        self.rate = clamp_rate(rate)
        if self._doc is not None:
            self._show_header()

    def show_pending(self, what: str) -> None:
        """Say in the header what is being opened while nothing is shown yet (正在打开…), or
        ``""`` to say 未打开文稿 again. ``gui --open FILE`` on a slow start showed 未打开文稿
        for the 45 s the library and its samples took before the file: the reader looked
        empty while work ran for it."""
        self._pending = what
        if self._doc is None:
            self._show_header()

    def _show_header(self) -> None:
        if self._doc is None:
            waiting = html.escape(getattr(self, "_pending", ""))
            self.header.setText(f"<span style='color:#666'>{waiting or '未打开文稿'}</span>")
            return
        self._pending = ""  # shown: a later close says 未打开文稿 again
        meta = self._doc.metadata
        title = self._display_title()
        who = speaker_line(meta)  # 区委常委、办公室主任　张三, as under a speech's title
        facts = [v for v in (who, meta.date, meta.occasion, meta.genre, meta.level) if v]
        chars = count_chars(written(self._paragraphs))
        total, headings = count_paragraphs(self._paragraphs)
        # the level each heading was given (改为三级标题 shows as 三级), not its depth
        stored = heading_levels(self._doc)
        by_level: dict[int, int] = {}
        for p in self._paragraphs:
            if p.is_heading:
                level = stored.get(p.index, len(p.section))
                by_level[level] = by_level.get(level, 0) + 1
        levels = "，".join(f"{CN_LEVELS.get(k, k)}级 {n} 个" for k, n in sorted(by_level.items()))
        # 段落 counts as `library list` does (all paragraphs, headings among them)
        within = f"（含标题 {headings} 个）" if headings else ""
        stats = (
            f"字数 {chars:,}　·　{spoken_for(chars, self.rate)}"
            f"（按每分钟 {self.rate} 字）"
            f"　·　段落 {total} 个{within}"
        )
        structure = f"标题：{levels}" if levels else "未识别出标题层级"
        subtitle = getattr(meta, "subtitle", None)
        marks = self.corrections.header_marks()
        self.header.setToolTip(self.corrections.header_tip())
        marks = f"　<span style='font-size:12px;font-weight:normal'>{marks}</span>" if marks else ""
        self.header.setText(
            f"<div style='font-size:16px;font-weight:bold'>{self._marked(title)}{marks}</div>"
            + (f"<div>{self._marked(subtitle)}</div>" if subtitle else "")
            + f"<div style='color:#444'>{self._marked('　·　'.join(facts))}</div>"
            + (
                ""
                if self.header_compact
                else f"<div style='color:#666'>{stats}<br>{structure}</div>"
            )
        )

    def mark_header(self, words: str) -> bool:
        """Tint ``words`` where the header shows them (a review finding on the title block:
        讲话人「xxx」 is not in the text below, so a click on it did nothing); "" clears.
        Returns whether the header shows them."""
        self._header_mark = words
        if self._doc is None:
            return False
        self._show_header()
        return bool(words) and _MARK_STYLE in self.header.text()

    def _marked(self, text: str) -> str:
        """``text`` escaped for the header, the marked words in it tinted (first place)."""
        escaped = html.escape(text)
        mark = html.escape(getattr(self, "_header_mark", "") or "")
        if not mark or mark not in escaped:
            return escaped
        return escaped.replace(mark, f"<span style='{_MARK_STYLE}'>{mark}</span>", 1)

    def _display_title(self) -> str:
        """The title, else the occasion or first words (never a file name like 003_e0….txt)."""
        meta = self._doc.metadata
        if meta.title:
            return meta.title
        if self._info is not None and hasattr(self._info, "display_title"):
            return self._info.display_title
        from drafter.corpus.display import display_title, excerpt_of

        texts = [p.text for p in self._paragraphs[:6]]
        return display_title(None, meta.occasion, excerpt_of(texts), None)
