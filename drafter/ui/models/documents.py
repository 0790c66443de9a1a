"""The library's documents as a table (标题/讲话人/日期/体裁/字数) with a filtering proxy."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from drafter.corpus.display import UNTITLED
from drafter.corpus.display import document_title as core_title
from drafter.corpus.header_speaker import speaker_text
from drafter.corpus.name_dates import date_in_name

DocumentRole = Qt.ItemDataRole.UserRole + 1  # the DocumentInfo of the row
SortRole = Qt.ItemDataRole.UserRole + 2  # a value that sorts naturally (numbers as numbers)
MarkRole = Qt.ItemDataRole.UserRole + 3  # the title cell's quiet mark alone (结构待核 …) or ""
TitleRole = Qt.ItemDataRole.UserRole + 4  # the title cell's title alone, without its mark

COLUMNS = ("标题", "讲话人", "日期", "体裁", "字数")
TITLE, SPEAKER, DATE, GENRE, CHARS = range(len(COLUMNS))

_Index = QModelIndex | QPersistentModelIndex
log = logging.getLogger(__name__)


def document_title(info: Any) -> str:
    """The title to show: the document's own, else its occasion or first words (a file
    name such as "003_e00d83….txt" tells a reader nothing)."""
    return core_title(info)


def review_mark(info: Any, stale: bool = False, checked: str = "") -> str:
    """The quiet mark after a title in the library table: 无标题 when the words shown are
    the occasion or first words (the reader's header and search hits say it too; the table
    only set them in italics, which nobody reads as "no title"), 结构待核 when the outline is a
    doubtful guess, 更正待复核 when the user's corrections predate the file's changes, and
    ``checked`` (已人工更正 / 已人工核对 / 信息已更正) when they were made on the file as it is: without it
    a text a colleague corrected looked like any the machine read with confidence."""
    marks = []
    if getattr(info, "untitled", False):
        marks.append(UNTITLED)
    if getattr(info, "needs_review", False):
        marks.append("结构待核")
    if stale:
        marks.append("更正待复核")
    elif checked:
        marks.append(checked)
    return "　· " + "，".join(marks) if marks else ""


def shown_date(info: Any) -> tuple[str, bool]:
    """The 日期 a row shows, and whether it comes from the file's name: the text's own date,
    else the date its file name gives (gwr_national_1988.txt), as 审稿 and 编辑信息 read it.
    The 1988 and 2019 work reports, which name no date, stood with an empty 日期 and no
    年份 beside a column of 无标题, while 审稿 judged them as of 1988 and 2019."""
    if info.date:
        return info.date, False
    named = date_in_name(str(getattr(info, "path", "") or ""))
    return (named, True) if named else ("", False)


def document_year(info: Any) -> str:
    """The year of a document's date as the table shows it ("" when undated): the table's
    年份 filter and sort, so a report the file name dates is found under its year."""
    date = shown_date(info)[0]
    return date[:4] if date[:4].isdigit() else ""


class DocumentTableModel(QAbstractTableModel):
    """One row per DocumentInfo, read-only: a correction goes through the library, where it
    is kept, and the panel hands over the new list; ``set_documents`` replaces the whole
    list at once, so the table never shows a row the library no longer holds."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._docs: list[Any] = []
        self._stale: set[str] = set()
        self._checked: dict[str, str] = {}
        # the outline's doubts of a document by id, for the 结构待核 tooltip (set by the
        # panel over its library; read on hover only, once per document and list)
        self.doubts_of: Callable[[str], list[str] | None] | None = None
        self._doubts: dict[str, list[str]] = {}

    def set_documents(
        self,
        docs: Sequence[Any],
        stale: set[str] | None = None,
        checked: dict[str, str] | None = None,
    ) -> None:
        """Replace the rows; ``stale`` are ids whose corrections await a re-check, ``checked``
        the marks of those corrected on their present content
        (:func:`drafter.library.correction_marks.correction_marks`)."""
        self.beginResetModel()
        self._docs = list(docs)
        self._stale = set(stale or ())
        self._checked = dict(checked or {})
        self._doubts = {}
        self.endResetModel()

    def review_reason(self, info: Any) -> str:
        """Why a row is 结构待核, for its tooltip: the document's own doubts (those the
        reader's header shows on hover), at most three, one a line; 提纲识别把握不大 when
        they cannot be read. The table said only the generic words, and the user had to
        open each text to learn what the machine doubted."""
        if info.id not in self._doubts:
            doubts: list[str] = []
            if self.doubts_of is not None:
                try:
                    found = self.doubts_of(str(info.id))
                    if found is None:  # being read on a worker (a team library)
                        return "提纲识别把握不大（正在读取原因，稍后再指一下可以看到）"
                    doubts = [str(d) for d in found]
                except Exception:  # noqa: BLE001 - a tooltip, never a failure
                    log.exception("reading a document's outline doubts failed")
            self._doubts[info.id] = doubts
        doubts = self._doubts[info.id]
        if not doubts:
            return "提纲识别把握不大"
        # one a line: joined, three ran past the edge of a 1280-pixel screen
        more = "\n　…" if len(doubts) > 3 else ""
        return "\n".join(f"　· {d}" for d in doubts[:3]) + more

    def known_marks(self, checked: dict[str, str]) -> None:
        """Show ``checked`` as the rows' 已人工更正 … marks (their replays finished on a worker
        after the rows were shown), the rows kept as they are."""
        self._checked = dict(checked)
        if self._docs:
            last = self.index(len(self._docs) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def known_doubts(self, doc_id: str, doubts: list[str]) -> None:
        """Keep the doubts of ``doc_id`` read on a worker (``doubts_of`` said None): the
        next tooltip names them."""
        self._doubts[doc_id] = [str(d) for d in doubts]

    def documents(self) -> list[Any]:
        """The DocumentInfo rows shown, in model order (the panel reads selections from it)."""
        return list(self._docs)

    def document_at(self, row: int) -> Any:
        """The DocumentInfo of a row, so views never reach into the list themselves."""
        return self._docs[row]

    def row_of(self, doc_id: str) -> int | None:
        """The row of the document ``doc_id`` (None: not listed), for a view that must show
        a document opened elsewhere (``gui --open FILE``)."""
        return next((n for n, d in enumerate(self._docs) if str(d.id) == doc_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per document; a flat table, so an index has no rows under it (Qt's
        views ask, and a table model must answer none)."""
        return 0 if parent.isValid() else len(self._docs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """The fixed columns (标题 讲话人 日期 体裁 字数)."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        """Chinese column titles, 字数 right-aligned like its numbers so the digits line
        up; rows have no header."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section == CHARS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, sort keys and tooltips (the full title and path) per cell."""
        if not index.isValid() or not 0 <= index.row() < len(self._docs):
            return None
        info = self._docs[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TITLE:
                stale, checked = info.id in self._stale, self._checked.get(info.id, "")
                return document_title(info) + review_mark(info, stale, checked)
            return self._display(info, col)
        if role == TitleRole:
            return document_title(info) if col == TITLE else None
        if role == MarkRole:
            if col != TITLE:
                return ""
            mark = review_mark(info, info.id in self._stale, self._checked.get(info.id, ""))
            return mark.removeprefix("　· ")
        if role == SortRole:
            if col == CHARS:
                return int(info.chars or 0)
            return self._display(info, col)
        if role == DocumentRole:
            return info
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == DATE and shown_date(info)[1]:
                return "文中未写日期，这是文件名中的日期（可在「编辑信息」中更正）"
            notes = []
            if getattr(info, "untitled", False):
                notes.append("无标题：显示的是场合、开头自述的文稿名称（推断）或开头文字")
            if getattr(info, "needs_review", False):
                why = self.review_reason(info)
                lead = "\n" if "\n" in why or why.startswith("　") else ""
                notes.append(f"结构待核（打开后可右键更正）：{lead}{why}")
            if info.id in self._stale:
                notes.append("更正待复核：原文件已改动，之前的更正请重新核对")
            elif info.id in self._checked:
                notes.append(f"{self._checked[info.id]}：提纲或信息经人工更正，打开后可撤销")
            # who speaks, each with a post: the narrow 讲话人 column shows 张三… of 张三、李四
            who = speaker_text(getattr(info, "post", None), info.speaker)
            said = [f"讲话人：{who}"] if who else []
            return "\n".join([document_title(info), *said, *notes, str(info.path)])
        if role == Qt.ItemDataRole.FontRole and col == TITLE and getattr(info, "untitled", False):
            font = QFont()
            font.setItalic(True)  # 无标题: the words shown are not a title
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (
            (col == TITLE and getattr(info, "untitled", False))
            or (col == DATE and shown_date(info)[1])
        ):
            return QColor("#555555")  # words shown in place of a title or date the text lacks
        if role == Qt.ItemDataRole.TextAlignmentRole and col == CHARS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(info: Any, col: int) -> str:
        """The text a column shows for one document: the title as every view names it (never a file
        name), the 字数 with thousands separators so long reports compare at a glance."""
        if col == TITLE:
            return document_title(info)
        if col == SPEAKER:
            return info.speaker or ""
        if col == DATE:
            return shown_date(info)[0]
        if col == GENRE:
            return info.genre or ""
        if col == CHARS:
            return f"{int(info.chars or 0):,}"
        return ""


class DocumentFilterProxy(QSortFilterProxyModel):
    """Filters rows by free text (title, speaker, occasion, path), genre and year, and sorts
    them: a proxy, so the model's list stays the library's order and a view's row is mapped
    back to its document through it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""
        self._genre = ""
        self._year = ""
        self._ids: set[str] | None = None
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        """Filter by the words typed in the box above the table: every word must stand in the
        title as shown (its 结构待核/无标题 marks too, so typing one lists those texts), the
        speaker, occasion, post or path."""
        self._refilter(lambda: setattr(self, "_text", text.strip().lower()))

    def set_genre(self, genre: str) -> None:
        """Keep the documents of one 体裁 exactly ("" = all), as the genre box above the table
        lists them; it narrows the text and year filters, never widens them."""
        self._refilter(lambda: setattr(self, "_genre", genre))

    def set_year(self, year: str) -> None:
        """Keep the documents of one year as the 日期 column shows it ("" = all): a date read
        from the file's name counts too, so the filter and the column never disagree."""
        self._refilter(lambda: setattr(self, "_year", year))

    def set_ids(self, ids: set[str] | None) -> None:
        """Show only these document ids (a node of the occasion tree); None shows all."""
        self._refilter(lambda: setattr(self, "_ids", None if ids is None else set(ids)))

    def _refilter(self, change) -> None:
        """Apply one filter change so that Qt re-filters once: the new begin/endFilterChange pair
        where Qt has it (invalidateFilter is deprecated from 6.9), else the old call."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateFilter()

    def filtering(self) -> bool:
        """Whether the text, genre or year filter is set (the occasion tree's node aside)."""
        return bool(self._text or self._genre or self._year)

    def matching_ids(self) -> set[str]:
        """The ids of the documents the text, genre and year filters let through, whatever
        node of the occasion tree is chosen: what the tree counts under each node while the
        table is filtered (it counted the whole library beside a table of three rows)."""
        model = self.sourceModel()
        if not isinstance(model, DocumentTableModel):
            return set()
        return {
            model.document_at(row).id
            for row in range(model.rowCount())
            if self._matches(model, row)
        }

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """A row passes when it matches the text, genre and year filters together."""
        model = self.sourceModel()
        if not isinstance(model, DocumentTableModel):
            return True
        info = model.document_at(source_row)
        if self._ids is not None and info.id not in self._ids:
            return False
        return self._matches(model, source_row)

    def _matches(self, model: DocumentTableModel, source_row: int) -> bool:
        """Whether a row passes the 体裁 and 年份 boxes and holds every word typed in the filter
        box (in title, speaker, occasion, post or path): each word narrows, since a writer
        types 讲话 座谈会 to mean both, not either."""
        info = model.document_at(source_row)
        if self._genre and (info.genre or "") != self._genre:
            return False
        if self._year and document_year(info) != self._year:
            return False
        if self._text:
            # the title as the table shows it, marks included, so typing 结构待核 (or 无标题)
            # lists the texts whose outline is to be checked (or that have no title)
            shown = model.data(model.index(source_row, TITLE))
            haystack = " ".join(
                str(v or "") for v in (shown, info.speaker, info.occasion, info.post, info.path)
            ).lower()
            return all(word in haystack for word in self._text.split())
        return True
