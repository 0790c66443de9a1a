"""How a document is named and flagged to the user, in one place for every view.

The CLI's outline, the library table, the reader and search hits must agree on what an
untitled document is called and on when an outline is doubtful enough for a quiet
结构待核 mark; defining both here (in the core, without Qt) keeps them from drifting apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath

from drafter.corpus.genre_occasion import announced_name

# Below this outline confidence the document is marked 结构待核 (everywhere: CLI, library
# table, reader). Chosen on data (docs/outline.md, "Confidence"): on the gold sets 0.6
# and 0.7 flag the same correct documents; on 679 real texts 0.7 adds the long texts in
# which no heading was found while ordinals or short lines stand there (0.65), the class
# with the real misses (an interview, or one argument written through, is not marked).
LOW_CONFIDENCE = 0.7

# How many characters of the first words stand in for a missing title.
EXCERPT_CHARS = 24

# The quiet mark of a document named by its occasion or first words (table, reader, hits).
UNTITLED = "无标题"

# A name :func:`excerpt_of` read from an opening (政府工作报告, 关于一九五八年度国民经济计划
# （草案）的报告, 第十五届中央委员会向大会的报告): shown whole, never cut as first words are
# (the 1956 report showed as 关于１９５５年国家决算和１９５６年国家预…).
_ANNOUNCED = re.compile(
    r"^(?:[关關][于於][^，。；！？]+的[报報]告|[^，。；！？]*向大会的报告|政府工作报告)$"
)

# Sentence ends: the first words of an untitled text stop at the first of them.
_SENTENCE_END = "。！？!?；;"


def needs_review(confidence: float | None) -> bool:
    """Whether an outline of this confidence gets the 结构待核 mark (None: not known, no)."""
    return confidence is not None and confidence < LOW_CONFIDENCE


def display_title(
    title: str | None, occasion: str | None, excerpt: str | None, path: str | None = None
) -> str:
    """Title, else "在…上的讲话"-style occasion, else what the opening says the text is
    (政府工作报告, :func:`excerpt_of`), else the first words with an ellipsis.

    A file name such as "003_e00d83….txt" says nothing to a reader, so it is the very
    last resort (its stem, for a document with no text at all).
    """
    if title and title.strip():
        return title.strip()
    if occasion and occasion.strip():
        return occasion.strip()
    if excerpt and excerpt.strip():
        # (a record a library stored before :func:`excerpt_of` named reports holds their
        # first words: what they announce is read from them, so both name it alike)
        if _ANNOUNCED.match(excerpt.strip()):  # a name :func:`excerpt_of` gave: whole
            return excerpt.strip()
        return announced_name([excerpt]) or first_words(excerpt)
    if path:
        return PurePath(path).stem
    return "无标题"


# A part marker with no heading words: 一 alone on its line (the 1960 report's parts),
# （一）, 第一部分. The gold keeps such a part's heading empty (tests/gold/README.md).
_BARE_PART = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]?|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|第[一二三四五六七八九十]{1,3}(?:部分|章|编)?)$"
)


def part_label(heading: str, first: str | None) -> str:
    """How an outline row shows a part: its heading, or for a bare numeral with no heading
    words (一 alone on a line) the numeral and the first words of the part's first
    paragraph (一 · 下面我首先说一下农业发展纲要在过去四年中执行的情况。). The 1960 report's
    outline read 一（7 段） 二（15 段）: four rows that told a reader nothing of what each part
    is about. The heading itself stays empty (the first words are the text's, not a title)."""
    heading = heading.strip()
    if first and first.strip() and _BARE_PART.match(heading):
        return f"{heading} · {first_words(first)}"
    return heading


def first_words(text: str) -> str:
    """The first words of an untitled text, as its name: its first sentence when that is
    short, else its first phrase(s) within 20 characters, ending with "…" so that they
    never read as a title (a first paragraph shorter than that stands whole). The table,
    the reader and search hits showed 24 characters that ran past the first full stop (干部要敢于担当。这是我们多年来一直强调的一条原则…),
    a sentence and a half passing for a title; now 干部要敢于担当…."""
    text = text.strip()
    ends = [i for i in (text.find(ch) for ch in _SENTENCE_END) if i >= 0]
    end = min(ends) if ends else -1
    if len(text) < EXCERPT_CHARS and end in (-1, len(text) - 1):
        return text  # a short first paragraph, one sentence or a line: as it stands
    if 4 <= end <= EXCERPT_CHARS - 4:
        return text[:end] + "…"
    cut = quote_cut(text, EXCERPT_CHARS - 4)
    return cut if cut.endswith("…") else cut.rstrip("，。；：、！？,;:!? \u3000") + "…"


def excerpt_of(paragraphs: list[str]) -> str | None:
    """What stands for a missing title after the occasion: the name the opening gives the
    text (:func:`~drafter.corpus.genre_occasion.announced_name`: "我代表国务院，向大会作
    政府工作报告" names a 政府工作报告), else the first words of the body, from the first
    paragraph that is not a salutation. The untitled 2005 work report was listed, exported
    and studied as 现在，我代表国务院，向大会作政府工作报告…; it is 政府工作报告 (无标题)."""
    paragraphs = [text for text in paragraphs if text.strip()]
    named = announced_name(paragraphs[:4])
    if named:
        return named
    for text in paragraphs:
        text = text.strip()
        if len(text) >= 6 and not text.endswith(("：", ":")):
            return text[: EXCERPT_CHARS + 1]
    return None


def document_title(doc) -> str:
    """What to call a document, the one rule for every view (library table, reader header,
    search hits, 对照, 以此文为模板): title, else occasion, else first words, never a file
    name while the text gives words. ``doc`` is a parsed
    :class:`~drafter.corpus.model.Document` or a library record (title, occasion, excerpt,
    path); the views that mark 无标题 ask :func:`is_untitled`."""
    if not hasattr(doc, "metadata"):  # a library record
        return display_title(
            doc.title, getattr(doc, "occasion", None), getattr(doc, "excerpt", None), doc.path
        )
    m = doc.metadata
    excerpt = None if m.title else excerpt_of([p.text for p in doc.paragraphs()[:6]])
    return display_title(m.title, m.occasion, excerpt, None)


def is_untitled(doc) -> bool:
    """Whether :func:`document_title` names ``doc`` (a parsed document or a library record)
    by its occasion or first words: the views then add the quiet 无标题 mark."""
    title = doc.metadata.title if hasattr(doc, "metadata") else doc.title
    return not (title and title.strip())


_SPACE = re.compile(r"\s")


def count_chars(texts: str | Iterable[str]) -> int:
    """字数, one definition for the library table, the reader and 学习: the characters of the
    document's paragraphs (:meth:`Document.paragraphs`: opening, headings with their markers,
    body and closing; editorial apparatus is kept apart and not counted) without any white
    space (full-width spaces included), punctuation counted, as Word counts Chinese text.
    The three used to count 12,489 / 12,476 / 12476 for one text. Pass paragraphs through
    :func:`written` so a heading's closing punctuation counts as the file has it."""
    if isinstance(texts, str):
        texts = (texts,)
    return sum(len(_SPACE.sub("", t)) for t in texts)


def written(paragraphs: Iterable) -> Iterable[str]:
    """Each paragraph's text as the file has it, for :func:`count_chars`: a heading's text
    drops its closing 。 or ：, which the paragraph keeps in ``ending``. Without it, making
    a paragraph a heading took one from the document's 字数 each time."""
    return (p.text + getattr(p, "ending", "") for p in paragraphs)


def count_paragraphs(paragraphs: Iterable) -> tuple[int, int]:
    """段落, one definition for the reader's header and ``library list``/``info``: every
    paragraph of :meth:`Document.paragraphs` (opening, headings, body, closing; apparatus
    kept apart), and how many of them are headings. The reader said 段落 83 个 (body only)
    where ``library list`` said 103 段 (all) for one report; now both count all, and the
    reader adds how many of them are headings."""
    total = headings = 0
    for p in paragraphs:
        total += 1
        headings += bool(getattr(p, "is_heading", False))
    return total, headings


# punctuation a quoted excerpt may end at: the reader sees a whole phrase, not a cut word
_PHRASE_END = "，。；：、！？,;:!?）)”’"


def quote_cut(text: str, limit: int) -> str:
    """``text`` to quote in a message (结构待核's reasons, a correction's line), at most
    ``limit`` characters and never cut mid-word without saying so: a longer text ends at
    its last phrase break within the limit when that keeps at least half of it, else at
    the limit, and either way with "…". The doubts quoted “经济增速是综合性指标，今年预”,
    a word (预期) cut in two with nothing to show the line went on."""
    text = text.strip()
    if len(text) <= limit:
        return text
    head = text[:limit]
    cut = max(head.rfind(ch) for ch in _PHRASE_END)
    if cut >= limit // 2:
        head = head[:cut]
    return head.rstrip(_PHRASE_END + " \u3000") + "…"


def book_title(title: str) -> str:
    """A title between book-title marks, as every view quotes a document: 《title》.

    A title that names a book itself (《中国农村的社会主义高潮》的序言) keeps its own marks
    one level down, as GB/T 15834 nests them (《〈中国农村的社会主义高潮〉的序言》); wrapping
    it as it stands printed 《《…》的序言》. A title already wrapped whole (《讲话》) is left.
    """
    title = title.strip()
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        return title
    inner = title.replace("《", "〈").replace("》", "〉")
    return f"《{inner}》"


def quoted_name(doc) -> str:
    """What a line of plain text (a window title, a status or command-line message) calls
    ``doc``: its :func:`document_title` in book-title marks, and for a text named by its
    occasion or first words the 无标题 mark after them, outside the marks, as the library
    table and search hits put it: 《现在，我代表国务院…》（无标题）. Inside them
    (《…（无标题）》) the mark read as a part of the name, and a text with no words at all
    came out as 《无标题（无标题）》; it is 无标题文稿 here."""
    name = document_title(doc)
    if not is_untitled(doc):
        return book_title(name)
    if name == UNTITLED:
        return f"{UNTITLED}文稿"
    return f"{book_title(name)}（{UNTITLED}）"
