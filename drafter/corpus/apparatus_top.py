"""Apparatus under the title: an editor's note (【导读】, 编者按, a 题解 in a block quote, the
starred note on the title), a remark on what the text is (（根据录音整理）), a 范文 site's
preface (下面是小编为大家整理的…).

Only the top zone (``TOP_ZONE`` blocks) is read: an editor's note stands under the title,
never further down, and a speaker's own 供大家参考 further on is the speech.
"""

from __future__ import annotations

import re

from drafter.corpus.apparatus_labels import (
    NOTE_LABEL,
    TITLED_APPENDIX,
    TITLED_MAX,
    is_apparatus_label,
)
from drafter.corpus.model import Apparatus, Block
from drafter.corpus.provenance_notes import collected_note, provenance_note

TOP_ZONE = 14  # blocks: an editor's note stands under the title, never further down


# "（《…》一文按语）", "（根据…记录稿整理）" under the title: what the text is
_HEADER_REMARK = re.compile(
    r"^[（(]《[^》]{1,80}》(一文)?(的)?(按语|批语|批示|序言|前言|说明)[）)]$"
    # where the text was translated or transcribed from: "（译自…档案俄文稿）",
    # "（根据讲话录音整理）"
    r"|^[（(](译自|譯自|根据|根據|据|據)[^（）()]{2,60}(稿|整理|记录|記錄|译出|譯出|本)[）)]$"
)


_NOTE_STARTS = ("这是", "本文", "此文", "这篇")


# 〔未删节本〕 / 〔《毛选》删节本〕 / 〔说明〕: an editor's bracketed label over the text
_EDITION_LABEL = re.compile(r"^〔[^〕]{0,10}(本|说明|按|注)〕")


# 范文 sites: "下面是小编为大家整理的…，供大家参考", "以上就是…希望对大家有所帮助"
_SITE_PREFACE = re.compile(
    r"小编|供大家参考|仅供参考|希望对(大家|您|你)有(所)?帮助|欢迎(大家)?(阅读|借鉴|参考)"
    r"|本文(由|为).{0,10}(整理|收集|发布)|更多.{0,12}(请|敬请)(关注|访问|点击)"
    # the credit of the site the text was uploaded to, however long its name and address
    # ("本文由第一范文网（www.…）用户上传整理，转载请注明出处"), and a page's disclaimer
    # ("声明：本文内容来源于网络，如有侵权请联系删除"): the site on the text, never a speaker
    r"|本文(由|为|来自|转自).{0,40}?(整理|收集|发布|上传|提供)|转载请注明(出处|来源)"
    r"|如有侵权|版权归原作者|不代表本(站|网|平台|号)(的)?观点"
)


# the nouns a speaker calls his own talk by when he winds it up (以上讲评，… / 以上汇报。): a
# 讲评 (an official's review of the units after an inspection) ends 以上讲评，…仅供大家参考。
# closing_start's winding-up openers read them too; a 民主生活会 member's 对照检查材料 (or 检视
# 剖析材料, 党性分析材料) ends 以上对照检查，如有不当之处，恳请同志们批评指正。
OWN_TALK = "总结|汇报|报告|发言|讲话|讲评|点评|述职|表态|交流|对照检查|检视剖析|党性分析"

# the speaker's own words (我讲几点意见，供大家参考。 / 以上是我的一点体会，仅供参考。 / 以上讲评，
# …仅供大家参考。, his talk named without 我) are the speech, unless the site speaks of itself
# (小编 / 本站 / 本文); a site says 以上内容 / 以上就是, never 以上意见 / 以上讲评
_SPEAKER_OWN = re.compile(rf"我|^以上(?:意见|{OWN_TALK})[，,。]")


_SITE_SELF = re.compile(r"小编|本站|本文|网站|网友")


def is_site_preface(text: str) -> bool:
    """A site's line about the text it serves (下面是小编为大家整理的…，供大家参考): clutter. Not
    a speaker offering his own words for reference, which the same phrases end."""
    # (the search alone: it skips to the characters its phrases start with in C; a
    # frozenset.isdisjoint look first hashed every character and made the answer 3.6x
    # slower on the scale corpus's top lines, 1.49 against 0.41 us a line)
    if len(text) > 120 or not _SITE_PREFACE.search(text):
        return False
    return not _SPEAKER_OWN.search(text) or bool(_SITE_SELF.search(text))


# a news report's dateline: 本报讯（记者 …）, 本报北京6月9日电, 新华社北京6月9日电, 某某讯
_DATELINE = re.compile(
    r"^(?:本报讯|本报[\u4e00-\u9fff]{0,8}\d{0,2}月?\d{0,2}日?[电讯]|[\u4e00-\u9fff]{2,10}讯"
    r"|(?:新华社|中新社|[\u4e00-\u9fff]{2,6}社)?[\u4e00-\u9fff]{2,8}\d{1,2}月\d{1,2}日电)"
)
# the lead announcing that the text follows whole or in part
_FULL_TEXT = re.compile(r"全文|如下|刊发|刊登|摘登|摘编|现将|以下为|予以发表")


def _paper_lead(text: str) -> bool:
    """A paper's lead over the speech it prints (本报讯（记者 …）…会议召开。现将讲话全文刊发
    如下。): the report's dateline and its words that the text follows. Its own report,
    without those words, is the text of a news piece and stays."""
    return bool(_DATELINE.match(text)) and bool(_FULL_TEXT.search(text)) and len(text) <= 300


def split_top(blocks: list[Block], app: Apparatus, preface: list[str]) -> list[Block]:
    """``blocks`` without the notes of the top zone, which go to ``app.notes``, and the site's
    prefaces, which go to ``preface`` (clutter, dropped): read after the tail, so a contents
    line naming the appended document the tail took is known for what it is."""
    out: list[Block] = []
    n = len(blocks)
    label_open = False  # "编者按：" alone on its line: the note follows
    body_seen = False
    # a sentence of the text already read: the unmarked 题解 stands before the speech's first
    # sentence, so "这是不同的三部分人，…" after one is the speaker's, however short the
    # paragraphs before it (body_seen waits for a long one)
    sentence_seen = False
    link = _appendix_link(app)
    for i, b in enumerate(blocks):
        text = b.text.strip()
        if i >= TOP_ZONE or not text:
            out.extend(blocks[i:])
            break
        if not out and not app.source and _doc_name(blocks, i):
            # 【定稿】…讲话-县委办综合科 over the text's own title: the name the drafting
            # office gave the file (an online document's name, exported as its first line)
            app.source = text
            continue
        if link and text.lstrip(_CONTENTS_BULLETS) == link:
            # "・ 附录：关于若干历史问题的决议" under the title: the page's contents line
            # pointing at the appended document the tail gave up, no word of the speech
            preface.append(text)
            continue
        if label_open:
            label_open = b.kind == "quote" and i + 1 < n and blocks[i + 1].kind == "quote"
            app.notes.append(text)
            continue
        if NOTE_LABEL.fullmatch(text) and i + 1 < n:
            label_open = True
            continue
        if is_site_preface(text):
            preface.append(text)
            continue
        if text[0] == "【" and text[-1] == "】" and NOTE_LABEL.match(text[1:]):
            text = text[1:-1]  # 【编者按：…】
        m = NOTE_LABEL.match(text)
        if m and len(text) > m.end():
            app.notes.append(text[m.end() :].strip())
            continue
        if b.kind == "quote" and _ends_prose(text) and len(text) >= 20:
            app.notes.append(text)  # a 题解 set as a block quote under the title
            continue
        if (
            b.kind == "bullet"
            # (a bullet the reader took for a sub-heading, one of several over text of
            # their own, is not the note, though it ends in 。: 为客户服务是…；…原动力。)
            and (
                _ends_prose(text)
                and b.heading_level is None
                or text.startswith(("这是", "本文", "此文", "这篇"))
            )
            and _lone(blocks, i, "bullet")
            and not body_seen
        ):
            app.notes.append(text)  # "* 这是…的讲话": the starred note on the title
            continue
        if _HEADER_REMARK.match(text):
            app.notes.append(text.strip("（()）"))
            continue
        if not body_seen and text[0] in "（(" and (note := provenance_note(text)) is not None:
            app.notes.append(note)  # （本纪要摘录了…的讲话内容）: the 题注 under the title
            continue
        if not body_seen and not sentence_seen and b.kind == "text" and collected_note(text):
            # "这是毛泽东为中共中央起草的对党内的指示。" standing unmarked under the title (a
            # PDF keeps no Quote style): the 题解
            app.notes.append(text)
            continue
        if text[0] in "*＊" and text.lstrip("*＊ \u3000").startswith(_NOTE_STARTS):
            # "*这是…的讲话。": the starred note on the title, typed without a space (so
            # no bullet to the reader)
            app.notes.append(text.lstrip("*＊ \u3000"))
            continue
        if text[0] == "〔" and _EDITION_LABEL.match(text):
            # "〔未删节本〕…", "〔《毛选》删节本〕…", "〔说明〕此文为…": the editor on the version
            app.notes.append(text)
            continue
        if (
            text[0] in "【[［"
            and text[-1] in "】]］"
            and len(text) >= 30
            and not _speaker_turn(text[1:])
            and i + 1 < n
        ):
            app.notes.append(text[1:-1].strip())  # 【…】: an editor's bracketed paragraph
            continue
        if not body_seen and ("讯" in text[:24] or "电" in text[:24]) and _paper_lead(text):
            app.notes.append(text)  # 本报讯（记者…）…现将讲话全文刊发如下: the paper's lead
            continue
        out.append(b)
        # a paragraph of the text itself: a bullet after it is the text's (a Word bullet
        # over a part's first point), not the starred note under the title
        body_seen = body_seen or b.kind == "text" and len(text) >= _BODY_PARAGRAPH
        sentence_seen = sentence_seen or b.kind == "text" and text[-1] in "。！？"
    # site prefaces and closing lines at the very end: "以上就是…希望对大家有所帮助"
    while out and is_site_preface(out[-1].text.strip()) and len(out) > 1:
        preface.append(out.pop().text.strip())
    return out


_CONTENTS_BULLETS = "・•·*＊-－ \u3000"


# a draft's state in brackets before a file's name: 【定稿】 / 【初稿】 / （送审稿） / 【第三稿】
_DRAFT_STATE = re.compile(
    r"^[【\[［（(](?:定稿|初稿|终稿|送审稿|修改稿|征求意见稿|讨论稿|审定稿|第[一二三四五六七八九十\d]{1,2}稿"
    r"|[^】\]］）)]{0,3}稿)[】\]］）)]\s*\S"
)
# the text's own title further down: a title block, or a line naming the meeting's speech
_OWN_TITLE = re.compile(r"^在.{2,60}(?:上|时)的(?:讲话|致辞|发言|报告|主持词|讲稿)")
_DOC_NAME_WITHIN = 4  # lines with text: the text's own title stands right under the name


def _doc_name(blocks: list[Block], i: int) -> bool:
    """Whether block ``i``, the first of the text, is a file's name with the draft's state
    (【定稿】基层减负推进会讲话-县委办综合科) over the text's own title: the name is the
    office's, never the title (an online document's export opens with it)."""
    if not _DRAFT_STATE.match(blocks[i].text.strip()):
        return False
    seen = 0
    for b in blocks[i + 1 : i + 1 + TOP_ZONE]:
        text = b.text.strip()
        if not text:
            continue
        seen += 1
        if seen > _DOC_NAME_WITHIN:
            return False
        if b.kind == "title" or _OWN_TITLE.match(text):
            return True
    return False


def _appendix_link(app: Apparatus) -> str:
    """The label the appended material opens with (附录：关于若干历史问题的决议, 【参考资料】),
    which a page's contents line under the title may repeat; "" when there is none."""
    first = app.appendix[0] if app.appendix else ""
    if len(first) > TITLED_MAX:
        return ""
    return first if is_apparatus_label(first) or TITLED_APPENDIX.match(first) else ""


def _ends_prose(text: str) -> bool:
    return text[-1] in "。！？”）)…"


_BODY_PARAGRAPH = 60  # characters of a paragraph that is the text's, not a title or date


def _lone(blocks: list[Block], i: int, kind: str) -> bool:
    before = blocks[i - 1].kind if i > 0 else None
    after = blocks[i + 1].kind if i + 1 < len(blocks) else None
    return before != kind and after != kind


def _speaker_turn(text: str) -> bool:
    """ "黄俊武：流程变革…": a question put in a meeting, bracketed by the minutes."""
    head = text.split("：", 1)[0] if "：" in text[:12] else ""
    return 0 < len(head) <= 8
