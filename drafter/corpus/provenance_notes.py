"""A bracketed 题注 under the title: the editor saying where the text comes from.

Why: minutes and collected speeches open with a whole paragraph in brackets that is no word
of the speaker's — （本纪要摘录了…在…会上的讲话内容）, （根据录音整理）, （本文根据…讲话整理）,
（此文系…）, （摘自…） — and a reader who left it in the body showed it as the speech's first
paragraph (or glued it to the title). It is apparatus ``notes`` (tests/gold/README.md), kept
with the document. :func:`drafter.corpus.apparatus.split_apparatus` asks this module about
each paragraph of the top zone before the text's first paragraph.

Only a paragraph that is all in one pair of brackets and says what the text is: the text as
its subject (本纪要 / 本文 / 此文 / 这是 …), a verb of provenance opening it (摘自 / 根据 /
原载 …), or one closing it (…整理 / …摘录 / …未经本人审阅). A bracketed line that opens with
a date is the date line (（2026年1月27日在…会议上）, （一九五一年十月二十三日）; the date
convention reads it), not a 题注; a source line at the end of the text is the tail's.
"""

from __future__ import annotations

import re

from drafter.corpus.dates import find_dates

# the text itself as the subject: 本纪要… / 本文… / 此文系… / 这是…
_SUBJECT = r"本纪要|本文|本篇|本稿|本讲话|本讲稿|此文|此稿|此篇|此件|这是|这篇|该文|以下|下文|全文"
# where it comes from, as the note's first word: 摘自… / 根据… / 原载…
_SOURCE_VERB = r"摘自|摘录自|摘编自|节选自|选自|录自|原载|转载自|转自|载于|刊于|发表于|根据|根據|据|據|译自|譯自"
# what was done to it, as the note's last words: …整理 / …摘录 / …未经本人审阅
_DONE = (
    r"整理|摘录|摘编|節錄|节录|记录|記錄|审阅|審閱|审定|讲话内容|讲话要点|讲话摘要|发言摘要|录音稿"
)
_PROVENANCE = re.compile(rf"^(?:{_SUBJECT}|{_SOURCE_VERB})|(?:{_DONE})[。.]?$")

_MIN_INNER = 4  # characters: （节选） / （摘要） qualify a title; a 题注 says more
_MAX_INNER = 200


def _one_bracket_pair(text: str) -> str | None:
    """What ``text`` holds inside the one pair of brackets it is written in (brackets
    nested inside are fine), or None when it is not all bracketed: "（甲）乙（丙）" is not."""
    if len(text) < 2 or text[0] not in "（(" or text[-1] not in "）)":
        return None
    depth = 0
    for k, ch in enumerate(text):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
            if depth == 0 and k != len(text) - 1:
                return None  # the first bracket closes before the end
    return text[1:-1].strip() if depth == 0 else None


def provenance_note(text: str) -> str | None:
    """The note (without its brackets) when ``text`` is a bracketed 题注 saying where the
    text comes from (see the module docstring), else None. ``text`` is one paragraph,
    stripped."""
    inner = _one_bracket_pair(text)
    if inner is None or not _MIN_INNER <= len(inner) <= _MAX_INNER:
        return None
    if not _PROVENANCE.search(inner):
        return None
    dates = find_dates(inner[:24])
    if dates and dates[0].start == 0:
        return None  # （2026年1月27日在…会议上）: the date line, read by the date convention
    return inner


# A 题解 as a paragraph of its own, with no star, bracket or block quote to mark it: the
# editor saying whose text this is and what kind (这是毛泽东为中共中央起草的对党内的指示。 /
# 这是…在…会议上的讲话。). A Word file's Quote style or the source's "* " said so; a PDF
# keeps only the words. Its subject is the author, never the speaker's own 我/我们 or a
# thing (这是一个伟大的任务。 / 这是我们赴日访问的目的所在。 open speeches), and its first
# sentence ends in the kind of text (讲话, 报告, 指示, 社论, 开幕词, …).
_TEXT_KIND = (
    r"讲话|报告|指示|社论|评论|讲演|演讲|演说|文章|开幕词|闭幕词|节录|电报|决定|通知|声明|通电"
    r"|通报|谈话|要点|草案|结论|祝词|贺词|碑文|信|播稿|批评|批示|批语|按语|献词|会词|部分|提纲"
    r"|发言|序言|前言|题词|命令|决议|总结|答问|记录|摘要|文件|纪要|宣言|公告|文告|论文|著作|课本"
)
_COLLECTED_NOTE = re.compile(
    r"^这是(?!我|你|大家|一|这|那|它|他们|咱)[^。；！？]{2,120}?的[^。；，]{0,12}?"
    rf"(?:{_TEXT_KIND})[^。；]{{0,60}}?(?:。|$)"
)
# The same note worded with the text itself as the subject, described in the third person
# (毛泽东此文是为…而写的。 / 毛泽东的这部著作，是为着…而写的 / 这篇哲学论文，是毛泽东…写的 /
# 这个布告是毛泽东为…起草的 / 毛泽东起草的这两个文件，一个是…写的 / 《中国革命和中国共产党》，
# 是…合作写作的一个课本): a demonstrative naming this text by its kind (or its title in
# 《》), then what it is: written, drafted or delivered by someone, for some end. Never the
# speaker's own words about a text he holds: 这篇文章写得很好 judges, it does not say who
# wrote it (a 按语 opens so), and 这个文件是经过反复讨论形成的 says how it was agreed.
_THIS_TEXT = (
    r"(?:此文|本文|本篇|这篇[^，。；的]{0,4}?(?:文章|论文|著作|报告|讲话|讲演|演说|谈话|通电|社论|文件)"
    r"|这部著作|这(?:个|两个|几个|些|份|封)(?:文件|布告|决议|电报|指示|报告|谈话|按语|批示|决定"
    r"|通知|声明|信|命令|讲话|提纲|讲演)|这里的[（(][一二三四五六七八九十][）)])"
)
_SELF_DESCRIBED = re.compile(
    # (up to 12 characters before it: the author, 毛泽东的 / 毛泽东起草的)
    rf"^(?:[^，。；：！？“”]{{0,12}}?{_THIS_TEXT}|《》)(?:，(?:一个|其一)?)?(?:是|系|就是|乃是)"
    r"[^。；]{0,160}?(?:(?:而|所)?(?:写|起草|草拟|撰写|写作|作|拟|发表|讲)的"
    r"|(?:讲话|报告|谈话|讲演|演说|文章|决议)的(?:一|第[一二三四五六七八九十]{1,2})部分)"
)
# a title in 《》 counts as one word, whatever stops it holds (《争取持久和平，争取人民民主！》)
_TITLE_SPAN = re.compile(r"《[^《》]{0,60}》")
# a 题解 is one paragraph however long (a 1,000-character history of the text): its first
# sentence decides
_MAX_NOTE = 1600


def collected_note(text: str) -> bool:
    """Whether ``text`` (one paragraph, stripped) is a 题解 standing unmarked under the
    title: an editor's third-person description of the text itself, "这是<the author>…的
    <a kind of text>。" (see :data:`_COLLECTED_NOTE`) or "<this text>是…写的"
    (:data:`_SELF_DESCRIBED`). The caller asks only before the text's first sentence. Why:
    in a PDF, where the note has lost its Quote style, it read as the speech's first
    paragraph."""
    if len(text) > _MAX_NOTE:
        return False
    flat = _TITLE_SPAN.sub("《》", text)
    if flat.startswith("这是"):
        return bool(_COLLECTED_NOTE.match(flat))
    return bool(_SELF_DESCRIBED.match(flat))


__all__ = ["collected_note", "provenance_note"]
