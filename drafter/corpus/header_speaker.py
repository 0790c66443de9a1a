"""Who speaks or signs, as a header writes it: a name alone (李明, 艾尔肯·吐尼亚孜, ×××), a post
and a name (县委书记　张宏伟), an office and a name (综合科　李明), a role label (报告人：…), a
subtitle that names the speaker before 在 (任正非在…上的讲话), and the author offices that sign
a report. The short lines under a title that are headings, not people, are here too.

Which header line is read as which is :mod:`drafter.corpus.header_lines`' decision.
"""

from __future__ import annotations

import re

from drafter.corpus.genre_occasion import GENRE_END
from drafter.corpus.header_text import squeeze
from drafter.corpus.headings import SURNAMES

AUTHOR_ORG = re.compile(
    r"(?:调研组|课题组|考察组|工作组|督查组|研究室|研究中心|办公室|委员会|党组|政府|人民政府"
    r"|[^副]局|厅|委|办)$"
)
# a local office signing a title that names no genre: "县统计局", "中共青川县委办公室"
LOCAL_OFFICE = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{0,6}?[县市区省州镇乡][^的在]{1,10}$")
# short lines under a title that are headings, not people
_NOT_NAMES = frozenset(
    [
        "前言",
        "引言",
        "导言",
        "序言",
        "概述",
        "总则",
        "附则",
        "摘要",
        "提要",
        "目录",
        "说明",
        "正文",
        "结语",
        "结论",
        "绪论",
        "开幕词",
        "闭幕词",
        "后记",
        "附件",
        "背景",
        "案情",
        "基本案情",
        "裁判结果",
        "典型意义",
        "全文",
        "按语",
        "编者按",
        "内容提要",
        "决议",
        "公告",
        "通告",
    ]
)

# the numeral counting a heading of that list: 序言一 / 序言二
_COUNTED = re.compile(r"(?<=.)[一二三四五六七八九十]{1,2}$")

_PLACEHOLDER = r"(?:[xXＸｘ×＊*]{2,3}|某某|[xXＸ×]\s[xXＸ×](?:\s[xXＸ×])?)"
_NAME = (
    rf"(?:{_PLACEHOLDER}|[\u4e00-\u9fff](?:[\s\u3000]{{0,2}}[\u4e00-\u9fff]){{1,3}}"
    # a name of the ethnic minorities or a translated one: 艾尔肯·吐尼亚孜
    r"|[\u4e00-\u9fff]{2,6}(?:[·•・][\u4e00-\u9fff]{2,6}){1,2})"
)
_NAME_ONLY = re.compile(rf"^[（(]?\s*({_NAME})\s*[）)]?$")
# a numeral and a space before the characters: the first part's heading standing right under
# the header (一　地　　主, its title spaced out as names are), never a name
_PART_NUMBER = re.compile(r"^[一二三四五六七八九十]+[\s\u3000]")
POST_WORDS = (
    "书记|副书记|常委|委员|主任|副主任|秘书长|总理|副总理|主席|副主席|部长|厅长|局长|处长"
    "|科长|省长|市长|区长|县长|州长|镇长|乡长|旗长|盟长|院长|校长|所长|站长|队长|组长"
    "|行长|董事长|总经理|经理|会长|理事长|主任委员|巡视员|调研员|专员|督察|检察长|庭长"
    # the army's: 总司令, 副司令员, 政委 (政治委员 is a 委员), 参谋长 (军委主席 is a 主席); 司令
    # not before 员 (a post read short left 员张三 for the name)
    "|司令员|司令(?!员)|政委|参谋长|委员长"
    # a company's or a paper's: 总裁, 副总裁, 社长 (a signer's line under a text says them too)
    "|总裁|社长"
)
POST_END = re.compile(rf"(?:{POST_WORDS})$")
POST_NAME = re.compile(rf"^(.{{0,40}}?(?:{POST_WORDS}))[\s\u3000]*({_NAME})$")
# an office and a person, spaced apart: "综合科　李明", "县委办公室 王芳"
UNIT_NAME = re.compile(
    r"^([\u4e00-\u9fff]{1,14}(?:科|处|室|办|局|部|中心|股|站|所|队|组|委|院|厅|司))"
    r"[ \u3000]+([\u4e00-\u9fff]{2,3})$"
)
TITLE_SPEAKER = re.compile(
    rf"^(.{{0,24}}?(?:{POST_WORDS}))([\u4e00-\u9fff]{{2,3}}?)(?:同志)?在.{{2,60}}上的"
)
ROLE_NAME = re.compile(
    rf"^(?:报告人|述职人|讲话人|发言人|主讲人|汇报人|主持人|调研组)\s*[：:]\s*({_NAME})$"
)
COMRADE_SPEECH = re.compile(
    rf"^({_NAME})同志在(.+)上的(讲话|重要讲话|讲话提纲|致辞|发言|报告|工作报告|总结讲话)"
)


def is_name(text: str) -> bool:
    """Whether a header line is a person's name alone (spaced or in brackets; not a genre word, a
    counted part such as 序言一 or a part's spaced title): metadata asks it of a subtitle's
    bracketed tail as the speaker readers here ask it of a line."""
    squeezed = squeeze(text).strip("（()）")
    if not squeezed or squeezed in _NOT_NAMES or GENRE_END.search(squeezed):
        return False
    if _COUNTED.sub("", squeezed) in _NOT_NAMES:
        return False  # 序言一: the first of two prefaces, counted, not a person
    if _PART_NUMBER.match(text.strip()):
        return False  # 一　地　　主: a part's number and its spaced title, not a spaced name
    return bool(_NAME_ONLY.match(text.strip()))


def clean_name(text: str) -> str:
    """A name as the speaker field keeps it: spaces squeezed out (李　文　华 -> 李文华), brackets
    dropped; metadata keeps the names it reads the same way."""
    return squeeze(text).strip("（()）")


# what sets the names of several speakers apart on one line: 、，/ or spaces between names
_NAME_MARKS = re.compile(r"[、，,；;/／]")
_NAME_GAPS = re.compile(r"[\s\u3000]+")
_PLACEHOLDER_NAME = re.compile(rf"^{_PLACEHOLDER}$")
SPEAKERS_JOIN = "、"  # several speakers in one field, as a Chinese header lists them


def several_names(text: str | None) -> str | None:
    """The speakers of a line that names two or more, joined with 、 ("张三 李四",
    "（张三、李四）", "张三，李四，王五" -> "张三、李四、王五"); None for one name or anything
    else. Every name is 2 to 4 characters and starts with a common surname (or is a
    placeholder, ×××), so "（学习、思考）" is no list of people; names set apart by spaces
    alone are names of two characters or more each, so one name spaced out to fill the
    width (张　　三) stays one. Speaker fields hold several names joined so: the library's
    table shows them, and its filter and ``speaker:`` search match any one of them (they
    match what the field contains). A subtitle naming two speakers gave "张三李四", one name
    glued of two, and "（张三、李四）" under a title became part of the title."""
    if not text:
        return None
    core = text.strip().strip("（()）").strip()
    if not core or len(core) > 40 or "（" in core or "(" in core:
        return None
    split = _NAME_MARKS if _NAME_MARKS.search(core) else _NAME_GAPS
    pieces = [piece.strip() for piece in split.split(core)]
    if len(pieces) < 2 or not all(pieces):
        return None
    names = []
    for piece in pieces:
        name = squeeze(piece)
        if _PLACEHOLDER_NAME.match(name):
            names.append(name)
            continue
        if not (2 <= len(name) <= 4) or name[0] not in SURNAMES or not is_name(name):
            return None
        if POST_END.search(name) or name in _NOT_NAMES:
            return None
        names.append(name)
    return SPEAKERS_JOIN.join(names)


_TALK = (
    r"(?:重要|总结|主旨|动员|开幕|闭幕|即席)?"
    r"(?:讲话|致辞|报告|发言|主持词|讲话提纲|发言提纲|工作报告|述职报告|讲话稿|答谢词|谈话|座谈|汇报)"
)
# what the minutes of a talk are called after it: 讲话纪要, 发言摘要, 谈话要点
_RECORD = r"(?:纪要|摘要|摘选|要点|记录|实录)?"
_NAME_ZAI = re.compile(
    r"^([\u4e00-\u9fff]{2,3}?)(?:同志)?在(.{2,60})上(?:的(?:重要|总结|主旨|动员|开幕|闭幕|即席)?"
    r"(?:讲话|致辞|报告|发言|主持词|讲话提纲|工作报告|述职报告|讲话稿)"
    # "任正非在科以上干部大会上讲解《…要点》": a talk on a document
    r"|(?:讲解|解读|讲授|传达|阐述)《[^《》]{1,40}》)$"
)
# the looser shapes a subtitle or title names its speaker in, first and with no post (read
# only for a name of a common surname: "任正非在几内亚办事处的讲话", "…大会上的讲话纪要",
# "…会后的答谢词", "…大会讲话"; "任正非与客户工程部座谈纪要", "…的谈话摘选"; "任正非接受
# 新华社专访", "任正非致新员工书", "任正非答新员工问", "任正非关于…的讲话", "任正非谈…")
_NAME_ZAI_LOOSE = re.compile(
    rf"^([\u4e00-\u9fff]{{2,3}}?)(?:同志)?在(.{{2,60}}?)(?:上|时|后|期间)?(?:的|发表)?{_TALK}{_RECORD}$"
)
_NAME_WITH = re.compile(
    r"^([\u4e00-\u9fff]{2,3}?)(?:同志)?[与和同][^，。；]{1,60}?"
    r"(?:座谈|交流|沟通|对话|谈话|会谈|午餐会)"
    r"(?:会|上|时|的|讲话|发言|纪要|摘要|摘选|要点|记录|实录)*$"
)
_NAME_VERB = re.compile(
    r"^([\u4e00-\u9fff]{2,3}?)(?:同志)?"
    r"(?:接受.{1,30}(?:采访|专访)|致.{1,20}(?:书|信|辞|词)|答.{1,20}问"
    rf"|关于.{{2,60}}的(?:讲话|发言|谈话){_RECORD})$"
)
# "任正非谈秘书体系建设问题": only a three-character name (文化谈…, 工作谈… are no person)
_NAME_TALKS = re.compile(r"^([\u4e00-\u9fff]{3})谈[^，。；]{2,30}$")
# the dashes a subtitle opens with, however many and whichever (——, ――, ─, ---)
_LEAD_DASHES = re.compile(r"^[—―─\-－~～\s\u3000]+")
# words that stand before 在 in a subtitle and are not a person
_NOT_NAME_ZAI = re.compile(
    r"^(今天|我们|大家|会议|大会|全体|领导|主任|书记|同志|本人|笔者)|[委会府部局厅院处办组司]$"
)


def name_before_zai(text: str | None) -> str | None:
    """The speaker a subtitle or title names first, with no post: "任正非在…上的讲话" ->
    "任正非". Besides 在…上的讲话 (any name), the looser shapes of a talk's minutes name
    their speaker too when the name starts with a common surname: 在…的讲话纪要, 与…座谈
    纪要, 接受…专访, 致…书, 答…问, 关于…的讲话, and a three-character name before 谈 (a
    draft opened from 76 of Ren Zhengfei's talks had an empty 讲话人 though the subtitle
    named him)."""
    if not text:
        return None
    squeezed = _LEAD_DASHES.sub("", squeeze(text))
    m = _NAME_ZAI.match(squeezed)
    if m and not _NOT_NAME_ZAI.search(m.group(1)) and not POST_END.search(m.group(1)):
        return m.group(1)
    for shape in (_NAME_ZAI_LOOSE, _NAME_WITH, _NAME_VERB, _NAME_TALKS):
        if shape is _NAME_TALKS and squeezed[3:4] != "谈":
            continue  # (three characters, then 谈: tried only where 谈 stands fourth)
        m = shape.match(squeezed)
        if m is None:
            continue
        name = m.group(1)
        if name[0] in SURNAMES and not _NOT_NAME_ZAI.search(name) and not POST_END.search(name):
            return name
    return None


# Several speakers with their posts in one field: the names joined with 、 (SPEAKERS_JOIN),
# their posts in the same order joined with ； (one post may hold a 、 of its own:
# 区委常委、办公室主任), so "县委书记 张三 县长 李四" is speaker 张三、李四, post 县委书记；县长.
POSTS_JOIN = "；"
_PAIR_MARKS = re.compile(r"[\s\u3000、，,；;]+")
_COMRADE = re.compile(r"同志$")


def pair_name(token: str) -> str | None:
    """A token that is one person's name (同志 after it dropped), else None."""
    name = _COMRADE.sub("", squeeze(token))
    if _PLACEHOLDER_NAME.match(name):
        return name
    if not (2 <= len(name) <= 4) or name[0] not in SURNAMES or not is_name(name):
        return None
    if POST_END.search(name) or name in _NOT_NAMES:
        return None
    return name


def posts_and_names(text: str | None) -> list[tuple[str, str]] | None:
    """``[(post, name), …]`` for a header line naming two or more people each with a post,
    in order: "县委书记 张三 县长 李四", "县委书记张三、县长李四同志", "（市委书记　张三　市长
    李四）"; None for one person or anything else (a name without a post, a post without
    a name after it, a token that is neither). Only one speaker and post were read from
    such a line: the first post glued to the rest, or the last person alone."""
    if not text:
        return None
    core = text.strip().strip("（()）").strip()
    if not core or len(core) > 60 or "（" in core or "(" in core:
        return None
    pieces = _PAIR_MARKS.split(core)
    marks = [""] + _PAIR_MARKS.findall(core)  # what stood before each piece
    tokens, before = [], []
    for piece, mark in zip(pieces, marks):
        if piece:
            tokens.append(piece)
            before.append("、" if "、" in mark else " ")
    pairs: list[tuple[str, str]] = []
    post = ""
    k = 0
    while k < len(tokens):
        token = tokens[k]
        glued = POST_NAME.match(token)
        if glued and pair_name(glued.group(2)) and not post:  # 县委书记张三
            pairs.append((glued.group(1), pair_name(glued.group(2)) or ""))
            k += 1
            continue
        if POST_END.search(token):  # a post; two in a row are one person's (常委 办公室主任)
            post = f"{post}{before[k]}{token}" if post else token
            k += 1
            continue
        # a name spaced out to fill the width (张　三): its single characters joined
        run = token
        while len(run) < 2 and k + 1 < len(tokens) and len(tokens[k + 1]) == 1:
            k += 1
            run += tokens[k]
        name = pair_name(run)
        if name is None or not post:
            return None
        pairs.append((post, name))
        post = ""
        k += 1
    if post or len(pairs) < 2:
        return None
    return pairs


def join_speakers(pairs: list[tuple[str, str]]) -> tuple[str, str]:
    """``(post, speaker)`` fields for ``pairs``: 县委书记；县长 and 张三、李四."""
    return POSTS_JOIN.join(p for p, _ in pairs), SPEAKERS_JOIN.join(n for _, n in pairs)


def speaker_pairs(post: str | None, speaker: str | None) -> list[tuple[str, str]]:
    """The people of a post and speaker field, in order: each name with its post where the
    post field lists as many posts (；) as the speaker field names (、); else one pair, the
    fields as they are (one post for a list of names, or none)."""
    post, speaker = (post or "").strip(), (speaker or "").strip()
    posts = [p.strip() for p in post.split(POSTS_JOIN)] if POSTS_JOIN in post else [post]
    names = [n.strip() for n in speaker.split(SPEAKERS_JOIN)] if speaker else [""]
    if len(posts) >= 2 and len(posts) == len(names):
        return list(zip(posts, names))
    return [(post, speaker)]


def speaker_text(post: str | None, speaker: str | None, gap: str = "\u3000") -> str:
    """Post and speaker as a header prints them, each post before its name, ``gap`` between:
    县委书记　张三、县长　李四 (post 县委书记；县长, speaker 张三、李四); 区委常委、办公室主任　张三
    for one. "" when both are empty."""
    return "、".join(
        gap.join(x.strip() for x in pair if x and x.strip())
        for pair in speaker_pairs(post, speaker)
        if any(x and x.strip() for x in pair)
    )


def add_speakers(
    post: str | None, speaker: str | None, pairs: list[tuple[str, str]]
) -> tuple[str | None, str | None]:
    """``(post, speaker)`` fields naming the people of the fields given (when they name one
    with a post) and then ``pairs``, each once, in order: every person a header names with
    a post (县委书记　张三 on one line, 县长　李四 on the next). One speaker and post were read
    where a header named two: the last line overwrote the first, or "县委书记 张三 县长" was
    taken for the post of 李四."""
    have = speaker_pairs(post, speaker) if speaker and post else []
    names = {n for _, n in have}
    for p, name in pairs:
        if name not in names:
            have.append((re.sub(r"[\s\u3000]+", " ", p).strip(), name))
            names.add(name)
    if len(have) == 1:
        return have[0]
    return join_speakers(have)


_BEFORE_ZAI = re.compile(r"^(.{4,60}?)在.{2,60}上的")


def speakers_before_zai(text: str | None) -> list[tuple[str, str]] | None:
    """The people a title or subtitle names with their posts before 在…上的: "——县委书记张三、
    县长李四同志在全县…会议上的讲话" (one post and name is :data:`TITLE_SPEAKER`'s)."""
    m = _BEFORE_ZAI.match(_LEAD_DASHES.sub("", squeeze(text or "")))
    return posts_and_names(m.group(1)) if m else None
