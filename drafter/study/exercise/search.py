"""What 检索 shows of the text a 提纲练习 is about while the exercise runs.

The reader and 并排对照 blank the headings of the exercised text, but a search gave them away:
each hit's source line spelled its heading path out (一、… › （二）…) and a 「仅标题」 search
listed the headings themselves. While the exercise runs, hits from that one text keep their
paragraph (its words that spell a heading out blanked as the reader blanks them), lose their
heading path, and its heading hits are left out; the count says how many, so the panel can say
why. Every other document's hits are untouched. Hits are the library's ``SearchHit`` (any
object with its fields: this module leaves the library alone).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from drafter.corpus.model import Document
from drafter.study.exercise.mask import exercise_masks, mask_text
from drafter.study.model import Roadmap


@dataclass
class ExerciseHits:
    """Hits as the search shows them during a 提纲练习: ``hits`` in their order, ``hidden`` the
    exercised text's heading hits left out, ``masked`` its other hits shown without their
    heading path (the panel's quiet note counts both)."""

    hits: list[Any] = field(default_factory=list)
    hidden: int = 0
    masked: int = 0


class ExerciseSearchMask:
    """The masking for one exercised text: which hits are its (by library id, else by file),
    and the spans of its paragraphs to blank, worked out once on first need (a search that
    finds nothing of it costs nothing)."""

    def __init__(
        self, doc: Document, doc_id: str = "", roadmap: list[Roadmap] | None = None
    ) -> None:
        self.doc, self.doc_id, self.roadmap = doc, doc_id or "", roadmap
        self._masks: dict[int, list[tuple[int, int]]] | None = None

    def is_of(self, hit: Any) -> bool:
        """Whether ``hit`` comes from the exercised text: the same library id, or (a text
        loaded from its file, not by id) the same file."""
        info = getattr(hit, "document", None)
        if info is None:
            return False
        if self.doc_id and getattr(info, "id", None) == self.doc_id:
            return True
        path = getattr(self.doc, "path", None)
        return bool(path) and str(path) == str(getattr(info, "path", "") or "")

    def masks(self) -> dict[int, list[tuple[int, int]]]:
        """The exercise's blanks by paragraph index (:func:`exercise_masks`), computed once."""
        if self._masks is None:
            try:
                self._masks = exercise_masks(self.doc, self.roadmap)
            except Exception:  # noqa: BLE001 - the heading path still goes; the words stay
                self._masks = {}
        return self._masks

    def apply(self, hits: list[Any]) -> ExerciseHits:
        """``hits`` as shown while the exercise runs: the exercised text's heading hits left
        out, its other hits without heading path, the words that spell a heading blanked (a
        highlight inside a blank is dropped: a yellow ＿＿ would confirm a guessed heading)."""
        out = ExerciseHits()
        for hit in hits:
            if not self.is_of(hit):
                out.hits.append(hit)
                continue
            if getattr(hit, "is_heading", False):
                out.hidden += 1
                continue
            spans = self.masks().get(getattr(hit, "paragraph_index", -1), [])
            text = mask_text(hit.text, spans) if spans else hit.text
            lights = [
                (s, e) for s, e in hit.highlights if not any(s < b and a < e for a, b in spans)
            ]
            out.hits.append(dataclasses.replace(hit, section=[], text=text, highlights=lights))
            out.masked += 1
        return out

    def blanked(self, hit: Any) -> bool:
        """Whether ``hit`` is a paragraph of the exercised text with words blanked (＿): one that
        spells a heading out. Into a draft it would carry the blanks, and its words would give
        the heading away: it waits for the exercise to end (:meth:`for_draft`)."""
        if not self.is_of(hit):
            return False
        return bool(self.masks().get(getattr(hit, "paragraph_index", -1)))

    def for_draft(self, hits: list[Any]) -> tuple[list[Any], int]:
        """``hits`` a writer drags or inserts into the draft during the exercise: those that may
        go (every other text's, and the exercised text's paragraphs as they read, without their
        heading path), and how many were held back (:meth:`blanked`). Dragging a blanked hit
        put ＿＿ into the draft; its real words would have named the heading being practised."""
        kept = [hit for hit in hits if not self.blanked(hit)]
        return kept, len(hits) - len(kept)


def held_back_note(n: int) -> str:
    """The quiet status line when ``n`` hits were held back from the draft during a 提纲练习."""
    if not n:
        return ""
    return (
        f"提纲练习进行中：{n} 条结果含所练文稿被遮住的标题文字，未放入草稿；"
        "练习结束后可拖入或插入。"
    )


def exercise_search_note(result: ExerciseHits, title: str) -> str:
    """The quiet line under the results saying why some of them look different: empty when the
    exercised text had no hits."""
    if not result.hidden and not result.masked:
        return ""
    parts = []
    if result.hidden:
        parts.append(f"{result.hidden} 条标题结果未显示")
    if result.masked:
        parts.append(f"{result.masked} 条结果不显示所在标题")
    name = f"《{title}》" if title else "所练文稿"
    return f"提纲练习进行中：{name}的标题暂不显示（{'，'.join(parts)}），练习结束后自动显示。"
