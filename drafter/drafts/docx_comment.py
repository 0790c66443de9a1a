"""One comment as a .docx stores it (:class:`WordComment`), read before it is placed.

Apart from its reader (:mod:`drafter.drafts.word_comments`) so that the helpers the
reader calls on what it read, such as the threading of LibreOffice's replies
(:mod:`drafter.drafts.lo_replies`), can name the type without importing the reader
back: the two imported each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class WordComment:
    """One comment as Word stores it, before it is placed in a draft."""

    id: str
    author: str
    date: str
    text: str
    para_id: str = ""  # w14:paraId of its last paragraph (for replies and done)
    parent_para_id: str = ""
    done: bool = False
    paragraph: str = ""  # the text of the Word paragraph it is anchored in
    title_line: bool = False  # that paragraph has a title-block style (Title, Subtitle…)
    start: int | None = None  # span in ``paragraph``
    end: int | None = None
    replies: list[WordComment] = field(default_factory=list)

    @property
    def quote(self) -> str:
        """The anchored words of the Word paragraph (empty for a point anchor)."""
        if self.start is None or self.end is None:
            return ""
        return self.paragraph[self.start : self.end]
