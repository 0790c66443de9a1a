"""Quick answers agree with the tests they stand before, on every line of ../shared.

Why: reading at speed (issue 8, deliver 7) put cheap first-character and substring tests
before regex searches (pf1, pf2): "no 网/库/频道/范文/客户端 in the line, so no banner".
Each such test is a hand-kept summary of a pattern written elsewhere; when someone adds a
word to the pattern and forgets the summary, lines start slipping through silently and no
outline test need notice. Here each guarded function is compared with its unguarded form
(the code as it was before the guard) on every line of the real texts and on the
patterns' own examples, so a summary that falls behind its pattern fails a test.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections import Counter
from pathlib import Path

import pytest

from drafter.corpus import (
    apparatus_labels,
    articles,
    boilerplate,
    char_blocks,
    clean,
    closing_start,
    dates,
    genre_occasion,
    glued_splits,
    group_score,
    headings,
    line_normalise,
    markers,
    note_marks,
    outline,
    reflow,
    structure,
)

HOLDOUT = Path(os.environ.get("DRAFTER_HOLDOUT", "/work/notes/HOLDOUT.txt"))

# the patterns' own examples (docstrings and comments), so the test bites without ../shared
EXAMPLES = [
    "下面是小编为大家整理的讲话稿，供大家参考。",
    "以上意见仅供参考。",
    "希望对大家有所帮助",
    "欢迎大家阅读",
    "本文由某某整理发布",
    "更多精彩内容请关注本站",
    "云岭市人民政府门户网站",
    "新华网",
    "中文马克思主义文库 -> 毛泽东　相关链接：",
    "某某词库 | www.example.cn",
    "海川财政网 | 党建园地",
    "海川决策参考网——市委政策研究室主办",
    "某某客户端",
    "打印本页 | 关闭窗口",
    "网站地图 · 联系我们",
    "【打印】【关闭】",
    "[ 打印 ] [ 关闭 ]",
    "来源：四川日报 | 作者：某某",
    "首页 | 政务公开 | 政务服务 | 互动交流",
    "版权所有 某某政府",
    "Copyright 2020 某某",
    "ICP备12345678号",
    "2026年02月10日 07时41分",
    "2026-02-10 07:41",
    "２０２６年２月１０日　０７：４１",
    "第一，要提高认识。",
    "一是加强学习；",
    "首先，我讲三点。",
    "其次，",
    "再次：",
    "　第二点意见",
    "第三个问题",
    "注释",
    "【注释】",
    "注：",
    "尾注",
    "[脚注]",
    "总之，我们要…",
    "综上所述，",
    "今天我就讲这些。",
    "最后就讲到这里",
    "我就说这么多",
    "下面就讲到这里",
    "就讲这些",
    "以上意见，请大家讨论。",
    "以上讲评，主要是检查中看到的情况，仅供大家参考。",
    "如有不妥之处，请批评指正。",
    "不妥之处，敬请指正。",
    "谢谢大家！",
    "问：你怎么看？",
    "任总：我认为…",
    "张三：好的。",
]


def _shared_paths() -> list[Path]:
    """The texts of ../shared the quick answers are checked on, hold-out skipped."""
    root = Path(__file__).resolve().parents[2].parent / "shared"
    if not root.is_dir():
        return []
    # one path a line: mao's file names hold spaces (第二卷_018 和中央社…), which split() cut
    held = HOLDOUT.read_text(encoding="utf-8").splitlines() if HOLDOUT.is_file() else []
    skip = {line.strip() for line in held if line.strip()}
    paths = [
        p
        for folder in ("seeds", "corpus/structure", "corpus/speeches")
        for p in sorted((root / folder).rglob("*"))
        if p.suffix in (".md", ".txt") and str(p.relative_to(root)) not in skip
    ]
    scale = sorted((root / "corpus/scale").rglob("*.txt"))[:300]
    paths += [p for p in scale if str(p.relative_to(root)) not in skip]  # reports may be held
    return paths


def _shared_lines() -> list[str]:
    """Every distinct non-empty line (stripped of its line end) of the real texts."""
    lines: set[str] = set()
    for p in _shared_paths():
        for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
            if line:
                lines.add(line)
                lines.add(line.strip())
    lines.discard("")
    return sorted(lines)


@pytest.fixture(scope="module")
def documents() -> list[list[str]]:
    """Each text of ../shared read by the pipeline's cleaning (its body paragraphs' texts),
    for the quick answers that look at a whole document at once."""
    from drafter.corpus.model import ReadError
    from drafter.corpus.readers import read_file

    docs = []
    for p in _shared_paths():
        try:
            blocks = read_file(p).blocks
        except ReadError:
            continue  # (an empty file)
        texts = [b.text for b in clean.clean_blocks(blocks).blocks]
        if texts:
            docs.append(texts)
    return docs


@pytest.fixture(scope="module")
def lines() -> list[str]:
    """The examples, and the lines of ../shared when it is there."""
    return EXAMPLES + _shared_lines()


def _banner_unguarded(text: str) -> bool:
    return (
        len(text) <= 60
        and bool(boilerplate._BANNER.match(text))
        or bool(boilerplate._BANNER_CRUMB.match(text))
    )


def _chrome_unguarded(text: str) -> bool:
    b = boilerplate
    if b._menu_bar(text):
        return True
    if b._TOKEN_SPLIT.search(text) is None:
        return False
    first = b._TOKEN_SPLIT.split(text, 1)[0].strip(b._BRACKETS)
    if first and first not in b.CHROME_WORDS and not b._LABEL.match(first):
        return False
    tokens = [t.strip(b._BRACKETS) for t in b._TOKEN_SPLIT.split(text) if t.strip(b._BRACKETS)]
    return len(tokens) >= 2 and all(t in b.CHROME_WORDS or b._LABEL.match(t) for t in tokens)


def _disagreements(lines, guarded, unguarded) -> list[str]:
    return [t for t in lines if guarded(t) != unguarded(t)][:5]


def test_banner_guard_agrees(lines):
    """is_banner's site words stand for every ending of _BANNER and _BANNER_CRUMB."""
    assert not _disagreements(lines, boilerplate.is_banner, _banner_unguarded)


def test_chrome_guard_agrees(lines):
    """_all_chrome's first-character test answers as the token test does."""
    assert not _disagreements(lines, boilerplate._all_chrome, _chrome_unguarded)


def test_footer_guard_agrees(lines):
    """_footer's substring searches stand for every word of _FOOTER."""
    assert not _disagreements(
        lines, boilerplate._footer, lambda t: boilerplate._FOOTER.search(t) is not None
    )


def test_wechat_words_agree(lines):
    """_wechat_words' substrings are _WECHAT_GATE's words."""
    assert not _disagreements(
        lines, boilerplate._wechat_words, lambda t: bool(boilerplate._WECHAT_GATE.search(t))
    )


def test_date_scan_guards(lines):
    """_find_dates scans for its Arabic and Chinese forms only where 月 stands and for the
    dashed form only where one of its separators does: every match of theirs holds them."""
    missed = []
    # (the lines that hold 年, where the scans run: the others are answered before them)
    for line in (t for t in lines if "年" in t):
        t = dates._halfwidth(line)
        months = dates._ARABIC_DATE.search(t) or dates._CHINESE_DATE.search(t)
        if months and "月" not in t:
            missed.append(t)
        if dates._DASHED_DATE.search(t) and not ("-" in t or "/" in t or "." in t):
            missed.append(t)
    assert not missed[:5]


def test_iso_writes_as_formatted():
    """_iso's looked-up digits write every date as the format spec did."""
    for year in (1900, 1949, 2025, 2100):
        for month in range(1, 13):
            assert dates._iso(year, month, None) == f"{year:04d}-{month:02d}"
            for day in range(1, 32):
                assert dates._iso(year, month, day) == f"{year:04d}-{month:02d}-{day:02d}"


def test_time_of_day_guard_agrees(lines):
    """has_time_of_day's separators are every one _TIME_OF_DAY reads after _halfwidth."""
    assert not _disagreements(
        lines,
        dates.has_time_of_day,
        lambda t: bool(dates._TIME_OF_DAY.search(dates._halfwidth(t))),
    )


def test_point_opening_first_characters(lines):
    """closing_start._POINT_FIRST holds every character a _POINT_OPENING line starts with."""
    missed = [
        t
        for t in lines
        if closing_start._POINT_OPENING.match(t.strip())
        and not (t[:1] in closing_start._POINT_FIRST or t[:1].isspace())
    ]
    assert not missed[:5]


def test_endnote_labels_hold_zhu(lines):
    """Every endnote label holds 注, the character _split_tail looks for before the match."""
    assert not [t for t in lines if apparatus_labels.ENDNOTE_LABEL.match(t) and "注" not in t][:5]


def test_genre_guard_agrees(lines):
    """genre_of's one endswith over all genre words answers as the longest match does."""
    for t in lines[:20000]:
        stem = t.rstrip("》")
        ends = stem.endswith(genre_occasion._GENRE_KEYS)
        assert ends == any(stem.endswith(k) for k, _ in genre_occasion._GENRES), t


def test_winding_up_first_characters(lines):
    """closing_start._WINDING_FIRST holds every character a _WINDING_UP line starts with."""
    missed = [
        t
        for t in lines
        if closing_start._WINDING_UP.match(t) and t[:1] not in closing_start._WINDING_FIRST
    ]
    assert not missed[:5]


def test_turn_count_agrees(documents):
    """structure._turns counts speaker turns in C where a guarded test ran a paragraph (a
    colon in the first five characters, then _TURN): the same count on every document."""

    def one_by_one(texts):
        return sum(
            1 for t in texts if ("：" in t[:5] or ":" in t[:5]) and group_score.TURN.match(t)
        )

    assert not [d[0] for d in documents if structure._turns(d) != one_by_one(d)][:5]


def test_article_start_agrees(documents):
    """articles.article_start finds a text's articles with compress/map in C; the same
    paragraphs as its per-paragraph reading (first character 第, then _ARTICLE)."""

    def one_by_one(texts):
        at = {i for i, t in enumerate(texts) if t[:1] == "第" and articles._ARTICLE.match(t)}
        if len(at) < 5 or len(at) * 6 < len(texts) - min(at):
            return None, set()
        return min(at), at

    assert not [d[0] for d in documents if articles.article_start(d) != one_by_one(d)][:5]


def test_appendix_start_guard_agrees(documents):
    """outline._appendix_start looks for a line starting as an appendix label can (附名注)
    over the joined text before trying each paragraph: the same answer on every document."""
    from drafter.corpus.closing import appendix_label
    from drafter.corpus.model import Block

    def unguarded(blocks):
        start = int(len(blocks) * 0.25)
        return next(
            (i for i in range(start, len(blocks)) if appendix_label(blocks[i].text)), len(blocks)
        )

    docs = [[Block(t) for t in d] for d in [*documents, ["甲", "附件1", "乙"], ["附", "注释"]]]
    assert not [d[0].text for d in docs if outline._appendix_start(d) != unguarded(d)][:5]


def test_first_word_search_agrees(documents):
    """confidence._unread finds the first 首先/先说 after the first paragraph in C."""
    from drafter.corpus import confidence

    def one_by_one(texts):
        return next((k for k, t in enumerate(texts) if k and confidence._FIRST_WORD.match(t)), None)

    for texts in [*documents, ["首先，", "首先，我讲", "先说"], ["甲"], []]:
        out: dict[str, float] = {}
        what: dict[str, str] = {}
        if texts:
            confidence._unread(texts, 0, out, what)
        first = one_by_one(texts)
        words = (
            []
            if first is None
            else [t for t in texts[first + 1 :] if confidence._NEXT_WORD.match(t)]
        )
        assert not texts or out["loose_words"] == (len(words) + 1 if words else 0), texts[0]


BLOCK_EXAMPLES = ["华为怎么办﹖", "︵引言︶", "两个$", "þ﹐", "①加强", "⑳", "𠀀两个\ufeff", "仾"]


def test_holds_block_finds_what_a_scan_finds(lines):
    """char_blocks.holds_block answers as a look at every character does, for the two
    blocks cleaning asks about, on lines and on whole texts (lines run together)."""
    texts = (
        BLOCK_EXAMPLES + lines + ["".join(lines[k : k + 200]) for k in range(0, len(lines), 200)]
    )
    for high in (0xFE, 0x24):
        scan = [t for t in texts if any(ord(c) >> 8 == high for c in t)]
        assert [t for t in texts if char_blocks.holds_block(t, high)] == scan


def test_variant_and_circled_guards_agree(lines):
    """line_normalise._has_variant and note_marks.holds_circled answer as their unguarded tests;
    every character those look for stands in the block the guard asks about."""
    texts = BLOCK_EXAMPLES + lines
    assert not _disagreements(
        texts, line_normalise._has_variant, lambda t: bool(line_normalise._HAS_VARIANT.search(t))
    )
    circled = note_marks._CIRCLED
    assert not _disagreements(
        texts, note_marks.holds_circled, lambda t: any(c in t for c in circled)
    )
    assert all(ord(c) >> 8 == 0x24 for c in circled)
    assert all(c >> 8 == 0xFE for c in line_normalise._VARIANT_FORMS)


def test_plainly_apart_never_joins(lines):
    """reflow.plainly_apart (written out in line_joins.reflow_lines) keeps apart only lines that
    should_join keeps apart, with or without a blank line and a width: every line against
    its neighbour in sorted order, and every line ending a sentence against one line for
    each first character of ../shared."""
    from drafter.corpus import reflow

    lines = [t.strip() for t in lines if t.strip()]
    firsts = list({t[0]: t for t in lines}.values())
    ends = list({t[-1]: t for t in lines if t[-1] in reflow.FINAL}.values())
    pairs = [*zip(lines, lines[1:]), *((a, b) for a in ends for b in firsts)]
    wrong = [
        (a, b)
        for a, b in pairs
        if reflow.plainly_apart(a, b)
        and any(reflow.should_join(a, b, gap, w) for gap in (False, True) for w in (None, 30))
    ]
    assert not wrong[:5]
    # and it does answer for most pairs (the point of writing it out)
    assert sum(reflow.plainly_apart(a, b) for a, b in pairs) > len(pairs) // 3


def test_after_final_is_should_join(lines):
    """reflow.after_final (written out in line_joins.reflow_lines) gives should_join's answer,
    with or without a blank line and a width, for every pair that ends and opens as
    paragraphs do: every line against its neighbour in sorted order, and every line ending
    in ；/。 against one line for each first character of ../shared, list items among them."""
    from drafter.corpus import reflow

    lines = [t.strip() for t in lines if t.strip()]
    firsts = list({t[0]: t for t in lines}.values())
    items = list({t[:4]: t for t in lines if t[0] in reflow.LIST_NEXT}.values())[:300]
    ends = [t for t in lines if t[-1] in "；;。"][:60]
    going_on = [("主要有：（1）加强管理；", "（2）提高效率。"), ("①打造平台；", "②建设队伍；")]
    pairs = [
        (a, b)
        for a, b in [
            *zip(lines, lines[1:]),
            *((a, b) for a in ends for b in firsts + items),
            *going_on,
        ]
        if b[0] not in reflow.CONTINUATION_START and a[-1] in reflow.FINAL
    ]
    wrong = [
        (a, b)
        for a, b in pairs
        if any(
            reflow.after_final(a, b) != reflow.should_join(a, b, gap, w)
            for gap in (False, True)
            for w in (None, 30)
        )
    ]
    assert not wrong[:5]
    # the list that goes on after a ； (the case it answers apart from FINAL) is joined
    assert all(reflow.after_final(a, b) for a, b in going_on)


def test_genre_end_guard_agrees(lines):
    """reflow.genre_end's last characters stand for every genre word of GENRE_END."""
    from drafter.corpus import reflow

    texts = lines + [t + "\n" for t in lines[:2000]] + ["在大会上的讲话\n", "工作报告"]
    assert not _disagreements(
        texts,
        reflow.genre_end,
        lambda t: reflow.GENRE_END.search(t) is not None,
    )


def test_date_start_first_characters(lines):
    """reflow.DATE_FIRST holds every character a DATE_START line starts with (or a space),
    as clutter_lines._is_title_like assumes."""
    from drafter.corpus import reflow

    missed = [
        t
        for t in lines
        if reflow.DATE_START.match(t) and not (t[:1] in reflow.DATE_FIRST or t[:1].isspace())
    ]
    assert not missed[:5]
    assert reflow.DATE_START.match("2026年2月10日") and reflow.DATE_START.match("（一九四九年十月")


def test_article_lines_are_no_loose_marks(lines):
    """confidence._unread passes over a law's articles before reading markers: for every
    line opening as an article does, the reading it skips counts nothing."""
    from drafter.corpus import markers as mk
    from drafter.corpus.articles import ARTICLE_START

    counted = [
        t
        for t in [*lines, "第一条意见是", "第一百二十三条　本法", "第两条"]
        if ARTICLE_START.match(t)
        and (
            (m := mk.match_marker(t)) is not None
            and m.family != mk.ARTICLE
            and not m.word
            or mk.match_runin_part(t) is not None
        )
    ]
    assert not counted[:5]


def test_normalise_builds_blocks_whole():
    """line_normalise.normalise_lines builds a changed line's Block from its fields directly
    instead of dataclasses.replace: every field of Block is one of them, so nothing is lost."""
    from dataclasses import fields

    from drafter.corpus.model import Block

    assert [f.name for f in fields(Block)] == [
        "text",
        "heading_level",
        "numbering",
        "kind",
        "bold",
        "list_num",
        "bold_font",
        "indent",
    ]
    b = Block("　　## 甲", None, "1.", "table", "甲", ("3", 0), "楷体")
    (line,) = line_normalise.normalise_lines([b])
    assert line.block == Block("甲", 2, "1.", "table", "甲")
    # list_num, bold_font and indent do not take part in ==: the 修订稿 needs the first two
    # kept all the same, and the outline reads the indent (indented_titles)
    assert (line.block.list_num, line.block.bold_font) == (("3", 0), "楷体")
    assert line.block.indent == 2
    # a Word paragraph's indent (no spaces in its text) is kept when its text is cleaned
    (word,) = line_normalise.normalise_lines([Block("甲\u200b", indent=2)])
    assert (word.block.text, word.block.indent) == ("甲", 2)


def test_plain_constructors_set_every_field():
    """model.text_block and line_normalise._line build a Block and a Line without the
    dataclass __init__ (for speed): every field must come out as the constructor sets it,
    so a field added to either class fails here until the plain constructor sets it too."""
    from dataclasses import fields

    from drafter.corpus.line_normalise import Line, _line
    from drafter.corpus.model import Block, text_block

    def every(x) -> tuple:
        return tuple(getattr(x, f.name) for f in fields(x))

    assert every(text_block("第一条 甲")) == every(Block("第一条 甲"))
    b = Block("甲")
    for flags in [(True, False, True, False, True), (False, True, False, True, False)]:
        gap, indent, bold, inline_break, centred = flags
        made = _line(b, gap, indent, bold, inline_break, centred)
        assert every(made) == every(Line(b, gap, False, indent, bold, inline_break, centred))


def _glued_ends_unguarded(blocks, paragraphs):
    """glued_splits._glued_ends as it was before its stop test: the search on every paragraph
    (and the colon ends _split_glued_speakers asked for in a pass of its own)."""
    heads, titles, numerals, colons = [], [], [], []
    for i, b in enumerate(blocks):
        t, n = b.text, len(b.text)
        if t[-1:] in glued_splits.PART_ENDS:
            numerals.append(i)
        if t[-1:] in "：:" and n > 8:
            colons.append(i)
        if n < 20:
            continue
        if (
            glued_splits._GLUED_HINT.search(t, n - 46) is not None
            or paragraphs
            and glued_splits._GLUED_HINT_WORD.search(t, n - glued_splits._WORD_TAIL) is not None
        ):
            heads.append(i)
        if n > 20 and (t[-1:] not in glued_splits._ENDINGS or t[-1:] == "”"):
            titles.append(i)
    return heads, titles, numerals, colons


def test_glued_ends_stop_test_agrees(documents, lines):
    """glued_splits._glued_ends asks _GLUED_HINT only of a paragraph with a stop before its last
    character in the last 46: the same paragraphs come out, on every document and line."""
    from drafter.corpus.model import Block

    texts = [
        *lines,
        "要提高认识。一、2025年工作回顾",
        "。一" + "好" * 50,
        "好" * 40 + "！（三）做好",
        "会议的主要任务是：",
        "徐直军：",
    ]
    cases = [[Block(t) for t in doc] for doc in documents] + [[Block(t) for t in texts]]
    for blocks in cases:
        for paragraphs in (False, True):
            assert glued_splits._glued_ends(blocks, paragraphs) == _glued_ends_unguarded(
                blocks, paragraphs
            )


def _ordinal_marker_in_unguarded(text, family, ordinal):
    """markers.ordinal_marker_in as it was before its quick answers."""
    first = markers._marker_positions(text, family, 1)
    if family == markers.DI:  # 首先 opens a list of its own under 第一 (2d69cdf2)
        first += markers._opener_positions(text)
    later = markers._marker_positions(text, family, ordinal)
    return any(not any(k < j for k in first) for j in later)


def test_ordinal_marker_in_guards_agree(lines):
    """ordinal_marker_in answers a family _marker_positions has no needles for, and a text
    without the later marker, before looking for the first: the same answer, on every line
    for every family and the next three ordinals."""
    families = sorted(markers._ENUMERATED) + [markers.ARTICLE, markers.PART, markers.CHAPTER]
    texts = [*lines, "二要突出重点。…要做到：一是学；二是做；三是改", "一是学；二是做；三是改"]
    for text in texts:
        for family in families:
            for ordinal in (2, 3, 4):
                assert markers.ordinal_marker_in(
                    text, family, ordinal
                ) == _ordinal_marker_in_unguarded(text, family, ordinal), (text, family)


def _speaker_label_unguarded(text):
    """headings.speaker_label without its colon test."""
    h = headings
    m = h._ROLE_LABEL.match(text)
    if m is not None and len(text) - m.end() >= 8:
        return m.end()
    m = h._LABEL.match(text)
    if m is None or len(text) - m.end() < 8:
        return 0
    word = m.group(1)
    if word in h._SPEAKERS or (2 <= len(word) <= 3 and word[0] in h.SURNAMES and word[-1] != "总"):
        return m.end()
    if 2 <= len(word) <= 3 and text.startswith(h._FIRST_PERSON, m.end()):
        return m.end()
    return 0


def test_speaker_label_colon_test_agrees(lines):
    """speaker_label answers 0 for a text without a colon before its two patterns, both
    of which end in one: the same length on every line."""
    texts = [*lines, "杨强（实验室主任）：我们今年的目标是做成", "王小明：我来自研发部门的团队"]
    assert not _disagreements(texts, headings.speaker_label, _speaker_label_unguarded)


def _cut_width_unguarded(texts, lens):
    """reflow._cut_width without its test for a run of equal lengths."""
    width, count = Counter(lens).most_common(1)[0]
    if width < 16 or width > 120 or count < max(8, 0.15 * len(lens)):
        return None
    cut = sum(1 for t in texts if len(t) == width and not reflow.ends_sentence(t))
    return width if cut >= 0.6 * count else None


def test_wrap_width_run_test_agrees(documents):
    """wrap_width's lengths sorted whole and cut at 8, and _cut_width's look for ``need``
    equal lengths in a row before it counts them, give the width they gave before, on every
    document (and on texts hard-wrapped in part, whose width it finds)."""
    wrapped = ["好" * 26] * 12 + ["好" * 20 + "。"] * 3 + ["好" * 54] * 20
    for texts in [*documents, wrapped, wrapped[::2], ["好" * 9] * 7]:
        lens = sorted(n for n in map(len, texts) if n >= 8)
        assert reflow._cut_width(texts, lens) == _cut_width_unguarded(texts, lens)
        assert reflow.wrap_width(texts) == _wrap_width_unguarded(texts)


def _wrap_width_unguarded(texts):
    """reflow.wrap_width as it was: the lengths of 8 and more picked a line at a time."""
    lens = sorted([n for n in map(len, texts) if n >= 8])
    if len(lens) < 8:
        return None
    width = lens[int(len(lens) * 0.9) - 1]
    if width > 120 or width < 16:
        return None
    near = len(lens) - bisect_left(lens, 0.85 * width)
    if near >= 0.5 * len(lens):
        return width
    return _cut_width_unguarded(texts, lens)


def test_chrome_gate_agrees(lines):
    """classify_line asks _all_chrome's own first look (a home page named, or a first
    character a widget, a label or a separator starts) before calling it: every line it
    takes for a bar of widgets passes that look."""
    b = boilerplate
    for text in lines:
        if text and b._all_chrome(text):
            first = text[0]
            assert "首页" in text or "主页" in text or first in b._CHROME_FIRST or first.isspace()


def test_judge_terms_made_once():
    """judge reads p_wrong's terms once (_terms) for the confidence and the doubts: the
    same confidence as p_wrong gives, on signals that name every weight."""
    from drafter.corpus import confidence as cf

    sig = {k: 0.5 for k in (cf.WEIGHTS | cf.PRIOR)} | {"n_heads": 3.0}
    conf, _ = cf.judge(sig)
    assert conf == round(1.0 - 0.6 * cf.p_wrong(sig), 3)
    assert cf._p_wrong(cf._terms(sig)) == cf.p_wrong(sig)


def test_header_text_forms_agree(lines):
    """header_text.norm_line and squeeze answer as their substitutions did (the invisible
    characters found by five scans, the spaces by str.split), on every line and on lines
    with each invisible character and each kind of space put in."""
    from drafter.corpus import header_text

    extra = [f"甲{c}乙 " for c in "\u200b\u200c\u200d\u2060\ufeff\u3000\t\x0b\x1c\x85\u2028\xa0"]
    texts = [*lines, *extra, "", " ", "\u200b"]
    assert not _disagreements(
        texts,
        header_text.norm_line,
        lambda t: header_text._INVISIBLE.sub("", t).strip().strip("\u3000").strip(),
    )
    assert not _disagreements(texts, header_text.squeeze, lambda t: header_text.SPACES.sub("", t))


def test_header_guards_agree(lines):
    """extract_metadata tries SALUTATION only on a line ending in one of its marks and
    _INFO_TAIL only on one holding a space and a colon: on every normalised line the guard
    lets through every line the pattern matches."""
    from drafter.corpus import metadata
    from drafter.corpus.header_text import norm_line

    texts = [t for t in (norm_line(x) for x in [*lines, "同志们：", "各位代表！"]) if t]
    assert not [
        t for t in texts if metadata.SALUTATION.match(t) and t[-1] not in metadata.SALUTATION_LAST
    ][:5]
    assert not [
        t
        for t in [*texts, "在大会上的讲话　来源：县政府办"]
        if metadata.INFO_TAIL.search(t)
        and not ((" " in t or "\u3000" in t) and ("：" in t or ":" in t))
    ][:5]


def test_named_part_guard_agrees(lines):
    """title_lines.named_part's length bound and space scan answer as its substitutions do."""
    from drafter.corpus import title_lines as tl

    def unguarded(text):
        bare = tl._SPACES.sub("", text)
        return (
            bare in tl.NAMED_PARTS
            or tl._COUNTED_PART.sub("", bare) in tl.NAMED_PARTS
            or (bare.startswith(("附：", "附:")) and len(bare) <= 30)
        )

    texts = [*lines, "引　言", "序言二", "附：" + "甲" * 28, "附：" + "甲" * 29, "结 论" + " " * 40]
    assert not _disagreements(texts, tl.named_part, unguarded)


def test_genre_of_longest_word_agrees(lines):
    """genre_of looks its stem's last characters up, longest first: the genre of the
    longest genre word the stem ends in, as the search over every word found it."""
    go = genre_occasion

    def by_max(text):
        stem = text.rstrip("》")
        best = max((k for k, _ in go._GENRES if stem.endswith(k)), key=len, default=None)
        return go._GENRE_OF[best] if best else None

    texts = [t for t in lines if "《" not in t and not go._TRAILING_NOTE.search(t)]
    texts = [t.rstrip(' \u3000”"') for t in texts][:30000] + ["政府工作报告", "报告", "告"]
    stems = [t for t in texts if t.endswith(go._GENRE_KEYS)]
    assert stems
    assert not _disagreements(stems, go.genre_of, by_max)


def _first_characters(items) -> tuple[set[str] | None, bool]:
    """Every character a match of the parsed ``items`` can start with (None: any), and
    whether they can match the empty string: read off the pattern's own parse, so a word
    added to a pattern and not to its hand-kept first characters fails the test below."""
    from re import _constants as sre
    from re import _parser  # noqa: F401 - the parse the compiler itself reads

    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            first, empty = {chr(av)}, False
        elif op is sre.IN:
            first, empty = set(), False
            for kind, value in av:
                if kind is sre.LITERAL:
                    first.add(chr(value))
                elif kind is sre.RANGE and value[1] - value[0] < 5000:
                    first |= {chr(c) for c in range(value[0], value[1] + 1)}
                else:
                    return None, False
        elif op is sre.BRANCH:
            first, empty = set(), False
            for alternative in av[1]:
                chars, can_be_empty = _first_characters(alternative)
                if chars is None:
                    return None, False
                first |= chars
                empty = empty or can_be_empty
        elif op is sre.SUBPATTERN:
            first, empty = _first_characters(av[3])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            first, empty = _first_characters(av[2])
            empty = empty or av[0] == 0
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            first, empty = set(), True
        else:
            return None, False
        if first is None:
            return None, False
        out |= first
        if not empty:
            return out, False
    return out, True


def _parse(pattern):
    from re import _parser

    return _parser.parse(pattern.pattern, pattern.flags)


def test_closing_cue_first_characters():
    """closing.cues tries _ENDS only from its first characters within its width of the
    paragraph's end, _OPENS only on a paragraph starting with one of its first characters,
    and _SAID past the sentence's start only at the first characters of its forms not tied
    to the start: each hand-kept set holds every character the pattern's parse allows."""
    from re import _constants as sre

    from drafter.corpus.closing import cues

    ends, empty = _first_characters(_parse(cues._ENDS))
    assert ends is not None and not empty
    assert ends <= set(cues._ENDS_FIRST.pattern[1:-1])
    assert _parse(cues._ENDS).getwidth()[1] <= cues._ENDS_WIDTH
    opens, empty = _first_characters(_parse(cues._OPENS))
    assert opens is not None and not empty and opens <= cues._OPENS_FIRST
    (op, av), *rest = _parse(cues.SAID).data
    assert op is sre.BRANCH and not rest
    later: set[str] = set()
    for alternative in av[1]:
        if alternative.data[0] == (sre.AT, sre.AT_BEGINNING):
            continue  # a form tied to the start: tried there only, as the search did
        chars, empty = _first_characters(alternative)
        assert chars is not None and not empty
        later |= chars
    assert later <= set(cues._SAID_LATER.pattern[1:-1])


def test_closing_cue_guards_agree(lines):
    """said_all and cues._ends answer as the unguarded searches on every line of ../shared
    (and with a newline after it, which $ passes over)."""
    from drafter.corpus.closing import cues

    def said_unguarded(text):
        first = cues.SENTENCE.match(text.strip())
        return bool(first and cues.SAID.search(first.group(0)))

    texts = [*lines, *(t + "\n" for t in lines[:3000]), "今天我就讲这些。", "谢谢大家！\n"]
    assert not _disagreements(texts, cues.said_all, said_unguarded)
    assert not _disagreements(texts, cues._ends, lambda t: cues._ENDS.search(t) is not None)
    assert not [t for t in texts if cues._OPENS.match(t) and t[:1] not in cues._OPENS_FIRST][:5]


def test_header_speaker_guards_agree(lines):
    """The header's speaker and occasion readers try their patterns only on lines holding
    the words each pattern needs: the same answers as the unguarded matches."""
    from drafter.corpus import header_speaker as hs
    from drafter.corpus import metadata
    from drafter.corpus.header_text import squeeze

    texts = [*lines, "关于某某座谈会的纪要", "张三在会议上的讲话", "王小二谈工作方法"]
    squeezed = [squeeze(t) for t in texts]
    assert not [t for t in squeezed if hs.COMRADE_SPEECH.match(t) and "同志在" not in t][:5]
    assert not [t for t in squeezed if metadata.TITLE_SPEAKER.match(t) and "上的" not in t][:5]
    assert not [t for t in squeezed if hs._NAME_TALKS.match(t) and t[3:4] != "谈"][:5]
    assert not [
        t for t in squeezed if genre_occasion._MINUTES_OCCASION.match(t) and not t.endswith("纪要")
    ][:5]


def test_speaker_turns_colon_test_agrees(documents):
    """exchange.speaker_turns picks the paragraphs with a label's colon near their start
    in C (_LABEL_COLON) where it tested each paragraph's head: the same turns, from any
    paragraph on, on every document."""
    from drafter.corpus.closing import exchange as ex

    def one_by_one(texts, lo):
        out = []
        for i in range(lo, len(texts)):
            text = texts[i]
            head = (text.lstrip() if text[:1].isspace() else text)[: ex._TURN_COLON + 1]
            if "：" not in head and ":" not in head:
                continue
            if (m := ex._TURN.match(text.strip())) and not ex._NOT_SPEAKER.match(m.group(1)):
                out.append((i, m.group(1)))
        return out

    docs = [
        *documents,
        [
            "问：怎么办？",
            "  任总：这样办。",
            "\u3000" * 3 + "员工：好。",
            "一二三四五六七八九十一二三：长",
        ],
    ]
    for lo in (0, 2):
        assert not [d[0] for d in docs if ex.speaker_turns(d, lo) != one_by_one(d, lo)][:5]


def test_announcement_gate_agrees(documents, lines):
    """genre_occasion._announcement searches a paragraph only when it holds one of the
    words _FOR opens with: the same match as the unguarded searches."""
    go = genre_occasion

    def unguarded(texts):
        for text in texts[:3]:
            head = "。".join(re.split(r"[。！？]", go.norm_line(text), maxsplit=2)[:2])
            if m := go._OPENING_REPORT.search(head):
                return m.span()
            m = go._OPENING_GOVERNMENT_REPORT.search(head)
            if m and go._reporting_body(m):
                return m.span()
        return None

    def guarded(texts):
        m = go._announcement(texts)
        return m.span() if m else None

    assert go._FOR.startswith("(?:代表|受|根据)")  # the gate's words
    examples = [
        ["现在，我代表国务院，向大会报告政府工作，请予审议。"],
        ["我受中央委员会委托，向大会作报告。"],
    ]
    texts = [*documents, *examples, *([t] for t in lines)]
    assert not [t[0] for t in texts if guarded(t) != unguarded(t)][:5]
    assert guarded(examples[0]) is not None


def test_stage_note_bracket_test_agrees(documents):
    """apparatus._take_stage_notes asks _STAGE_NOTE only of the paragraphs _BRACKET_FIRST
    finds in C (a bracket first after any space): the same notes and kept paragraphs as
    the test of every paragraph's first character."""
    from drafter.corpus import apparatus
    from drafter.corpus.model import Apparatus, Block

    def one_by_one(blocks):
        notes, keep = [], []
        for b in blocks:
            t = b.text.strip()
            if (
                (b.text[:1] in "（(" or b.text[:1].isspace())
                and t[:1] in "（("
                and (m := apparatus._STAGE_NOTE.match(t))
                and (
                    apparatus._STAGE_WORD.search(m.group(1))
                    or apparatus._DIRECTION.match(m.group(1))
                )
            ):
                notes.append(t)
                continue
            keep.append(b)
        return notes, keep

    docs = [*documents, ["（鼓掌）", "  （笑声）", "（开场：讲目的）", "（一）正文"]]
    for texts in docs:
        blocks = [Block(t) for t in texts]
        app = Apparatus()
        kept = apparatus._take_stage_notes(blocks, app)
        assert (app.stage_notes, kept) == one_by_one(blocks), texts[0]
