"""What a document says it is, where it was said and for whom: its genre (the last word of its
title: …上的讲话 is a 讲话, 关于…的通知 a 通知), its occasion (the meeting of 在…上的讲话, of a
纪要, of an editor's note, of an untitled speech's first sentence) and the level the occasion
speaks for (全省, 全国).

The header lines these are read from are found by :mod:`drafter.corpus.metadata`.
"""

from __future__ import annotations

import re

from drafter.corpus.header_text import norm_line, squeeze
from drafter.corpus.model import Block

_PLACE_OCCASION = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,5}?)(省|市|县|区|旗|州|镇|乡)(?!人民代表|委员会)"
)
_NOT_PLACE = ("社区", "小区", "园区", "景区", "校区", "片区", "城区", "辖区")
_OCCASION = re.compile(
    r"在(.{2,60})上(?:的(?:重要|总结|主旨|动员|开幕|闭幕|即席)?"
    r"(?:讲话|致辞|报告|发言|主持词|讲话提纲|工作报告|述职报告))?"
)
_OCCASION_NO_ZAI = re.compile(
    r"^(.{2,60})上的(?:重要|总结|主旨|动员)?(?:讲话|致辞|报告|发言|主持词|讲话提纲)"
)

# (keyword, genre): the longest keyword the title ends with wins, so "…政府工作报告" is a
# 工作报告, not a bare 报告.
_GENRES = (
    ("政府工作报告", "工作报告"),
    ("工作报告", "工作报告"),
    ("述职述廉报告", "述职报告"),
    ("述职报告", "述职报告"),
    ("调研报告", "调研报告"),
    ("调查报告", "调研报告"),
    ("考察报告", "调研报告"),
    ("报告", "报告"),
    ("汇报", "报告"),
    ("讲话提纲", "讲话"),
    ("讲话稿", "讲话"),
    ("发言稿", "讲话"),
    ("发言材料", "讲话"),
    ("讲稿", "讲话"),
    ("主持辞", "主持词"),
    ("工作要点", "要点"),
    ("规划纲要", "规划"),
    ("规划", "规划"),
    ("倡议书", "倡议书"),
    ("心得体会", "心得体会"),
    ("讲话", "讲话"),
    ("致辞", "讲话"),
    ("致词", "讲话"),
    ("发言", "讲话"),
    ("主持词", "主持词"),
    ("工作总结", "总结"),
    ("总结", "总结"),
    ("实施意见", "意见"),
    ("指导意见", "意见"),
    ("意见", "意见"),
    ("通知", "通知"),
    ("方案", "方案"),
    ("决定", "决定"),
    ("决议", "决议"),
    ("条例", "法规"),
    ("办法", "法规"),
    ("规定", "法规"),
    ("细则", "法规"),
    ("解释", "法规"),
)
_GENRE_OF = dict(_GENRES)
_GENRE_KEYS = tuple(_GENRE_OF)
_GENRE_LENGTHS = sorted({len(k) for k in _GENRE_OF}, reverse=True)
_TRAILING_NOTE = re.compile(r"(?:\s*[（(][^（()）]{0,20}[）)])+\s*$")  # （摘要） （试行）
# "中华人民共和国印花税法", "…保护法": a law; but not 方法, 做法, 看法, 工作法
_LAW = re.compile(r"(?<![方做看想说写用干工作])法$")
GENRE_END = re.compile("(?:" + "|".join(k for k, _ in _GENRES) + r")(?:[（(][^）)]*[）)])?$")
_LEVEL = re.compile(r"全(国|省|市|区|县|州|盟|旗|镇|乡)")
_CONGRESS_LEVEL = re.compile(
    r"(省|自治区|市|州|县|区|旗|镇|乡)(?:第?[一二三四五六七八九十]+届)?"
    r"(?:人民代表大会|代表大会|党代会|政协)"
)
_CONGRESS_UNIT = {"自治区": "区"}
# a meeting the party's or the state's centre holds speaks for the whole country
# ("中国共产党第七届中央委员会第二次全体会议", "中共中央政治局会议", "最高国务会议")
_CENTRAL = re.compile(r"(?:中国共产党|中共)?(?:第[一二三四五六七八九十]+届)?中央|最高国务|国务院")


def genre_of(text: str | None) -> str | None:
    """The genre a title (or subtitle) names with its last word: "…上的讲话" is a 讲话,
    "关于印发…方案的通知" a 通知. A genre word inside the title ("学习…讲话精神的体会")
    says nothing about the document, so it does not count."""
    if not text:
        return None
    stem = _TRAILING_NOTE.sub("", text).rstrip(' \u3000”"')
    if stem.endswith("》"):
        opened = stem.rfind("《")
        if stem[:opened].strip(' \u3000“"—-－―'):
            # "…在干部大会上讲解《十大管理工作要点》": the work a talk is about, not its genre
            return None
        stem = stem.rstrip("》")
    # the longest genre word the stem ends in: its last characters looked up, longest
    # first (one word of each length can end it; one test in C first: most lines end in none)
    best = (
        next(
            (stem[-n:] for n in _GENRE_LENGTHS if len(stem) >= n and stem[-n:] in _GENRE_OF),
            None,
        )
        if stem.endswith(_GENRE_KEYS)
        else None
    )
    if best:
        return _GENRE_OF[best]
    return "法规" if _LAW.search(stem) else None


def occasion_of(text: str | None) -> str | None:
    """The meeting in "在…上的讲话" (or "…开班仪式上的讲话" without 在)."""
    if not text:
        return None
    m = _OCCASION.search(text)
    if m:
        occasion = m.group(1)
    else:
        m = _OCCASION_NO_ZAI.match(text)
        if not m:
            return None
        occasion = m.group(1)
    occasion = re.sub(r"^\d{4}年\d{1,2}月\d{1,2}日", "", occasion).strip()
    return occasion or None


def level_of(*texts: str | None) -> str | None:
    """The administrative level (全国, 全省 …) the occasion or title speaks for."""
    for text in texts:
        if not text:
            continue
        m = _LEVEL.search(text)
        if m:
            return "全" + m.group(1)
        m = _CONGRESS_LEVEL.search(text)
        if m:
            unit = _CONGRESS_UNIT.get(m.group(1), m.group(1))
            return "全" + unit
    occasion = texts[0] if texts else None
    if occasion and _CENTRAL.match(occasion):
        return "全国"
    if occasion:
        # "青川区2024年度…表彰大会": a meeting a 区 holds for the whole 区
        m = _PLACE_OCCASION.match(occasion)
        # (西欧地区部工作汇报会: a company's 地区部 is a business unit, no 区 of a city; it
        # filed six ren/ talks under 全区)
        division = occasion[m.end() - 2 : m.end() + 1] == "地区部" if m else False
        if m and occasion[m.end() - 2 : m.end()] not in _NOT_PLACE and not division:
            return "全" + m.group(1)
    return None


_OPENING_MEETING = re.compile(
    r"(?:召开|举行|举办)(?:了)?(?:这次|这个|今天的|本次|此次)?(?!的)"
    r"([^，。；：！？、“”的]{2,30}?(?:会议|大会|座谈会|培训班|推进会|动员会|现场会|表彰会|研讨会|报告会))"
)


# an editor's note under a collected speech's title: "* 这是毛泽东在…召开的第二次全国工农兵
# 代表大会上所作的结论的一部分", "这是…在最高国务会议第十一次（扩大）会议上的讲话"
_NOTE_OCCASION = re.compile(
    r"^[*＊\s]*这是[^。；]{0,20}?在([^。；]{2,70}?)上(?:所作|作)?的(?:[^。；，]{0,6}?)"
    r"(?:讲话|报告|结论|开幕词|闭幕词|演说|讲演|发言|总结|致辞|祝词)"
)
# what calls the meeting, before its name: "…在江西瑞金召开的", "中共中央召集的"
_CONVENED = re.compile(r"^.*(?:召开|举行|召集|主持)的")
# a company's minutes named after the meeting: "巴塞罗那通信展小型恳谈会纪要", "与华为大学
# 教育学院座谈会纪要", "——IFS推行向任总专题汇报纪要"; "关于…讲话的纪要" names no meeting
_MINUTES_OCCASION = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,4}(?=[与在和]))?(?:与|在|和)?(.{2,50}?(?:会|座谈|汇报|交流))的?纪要$"
)
# a subtitle that names the meeting and stops ("——任正非在消费者BG服务策略汇报会")
_SUBTITLE_MEETING = re.compile(r"在(.{2,50}?(?:会|会议|大会|座谈|汇报))$")
# a congress's report names its congress as the subject of its first sentence
# ("中国共产党第十六次全国代表大会，是我们党在新世纪召开的第一次代表大会")
_OPENING_CONGRESS = re.compile(r"^(?![这本今此]|我们)([^，。；]{4,40}?(?:代表大会|全体会议))，是")


def note_occasion(notes: list[str]) -> str | None:
    """The meeting an editor's note on the title names (a collected works' "* 这是…在…
    会议上的讲话", set aside as apparatus): the text's own heading says only its theme."""
    for note in notes[:2]:
        m = _NOTE_OCCASION.match(norm_line(note))
        if m:
            occasion = _CONVENED.sub("", m.group(1))
            occasion = re.sub(r"^[\d〇○零一二三四五六七八九十年月日至]{4,}", "", occasion).strip()
            # "…召集的会议": the note says a meeting was held, not which
            return occasion if len(occasion) >= 4 else None
    return None


def minutes_occasion(text: str | None) -> str | None:
    """The meeting a title or subtitle of minutes (…纪要) or a cut-off subtitle names."""
    if not text:
        return None
    text = squeeze(text)
    # (a squeezed text holds no newline: _MINUTES_OCCASION's $ is its end, after 纪要)
    m = (_MINUTES_OCCASION.match(text) if text.endswith("纪要") else None) or (
        _SUBTITLE_MEETING.search(text)
    )
    return m.group(1) if m else None


def opening_occasion(body: list[Block]) -> str | None:
    """The meeting an untitled speech names in its first sentences ("今天，召开这次全县
    办公室主任会议，…"): what the text says about itself, so the library can name it."""
    for block in body[:3]:
        text = norm_line(block.text)
        first = re.split(r"[。！？]", text, maxsplit=1)[0]
        m = _OPENING_MEETING.search(first) or _OPENING_CONGRESS.match(first)
        if m:
            return m.group(1)
    return None


# a report's own words: "我代表国务院，向大会报告政府工作" (a 工作报告), "我代表第十五届
# 中央委员会向大会作报告" / "我受…委托，向大会作报告" (a congress's 报告); group "body" is who
# the speaker reports for (国务院, 第十五届中央委员会, with 的委托 still on it)
# The 1950s reports name themselves: "我代表国务院向第一届全国人民代表大会第五次会议，提出
# 关于一九五八年度国民经济计划（草案）的报告" (group "named"), and speak "根据国务院的决定"
# as well as "代表国务院"; the 1954 one is printed in traditional characters (作工作報告).
_FOR = r"(?:代表|受|根据)(?P<body>[^，。；！？]{1,30}?)[，,]?\s*"
_NAMED = r"(?:作|提出)(?P<named>[关關][于於][^，。；！？]{2,60}?的[报報]告)"
_OPENING_REPORT = re.compile(
    _FOR + r"向[^，。；！？]{0,24}?(?:大会|全会|会议)[，,]?\s*"
    r"(?:(?P<work>[报報]告[^，。；！？]{0,12}?工作|作[^，。；！？]{0,6}?工作[报報]告)|作[报報]告|"
    + _NAMED
    + ")"
)
# "各位代表，现在，我代表国务院，作政府工作报告" (2006): the report named, no 向大会; "现在，
# 我代表中央人民政府作工作报告" (1954)
_OPENING_GOVERNMENT_REPORT = re.compile(_FOR + r"作(?P<work>(?:政府)?工作[报報]告)")
# who may report to a congress: a government, a party committee, the party's centre
_REPORTING_BODY = re.compile(r"(?:国务院|人民政府|政府|委员会|常委会|[省市县区州旗]委|中央)$")
_GOVERNMENT = re.compile(r"国务院|政府")
# a local body's level: "省人民政府" speaks for 全省, "自治区人民政府" for 全区, "市委常委会"
# for 全市
_LOCAL_BODY = re.compile(
    r"(省|自治区|市|州|县|区|旗)(?:人民政府|政府|委员会|常委会|委(?:常委会)?)$"
)


def _announcement(texts: list[str]) -> re.Match | None:
    """Where an untitled text's opening says what it is: "我代表国务院，向大会作政府工作
    报告", in the first two sentences of its first three paragraphs (a report's first
    paragraph may first say "本届政府…任期即将结束。")."""
    for text in texts[:3]:
        line = norm_line(text)
        if "代表" not in line and "受" not in line and "根据" not in line:
            continue  # both patterns open on _FOR's words (most openings hold none)
        head = "。".join(re.split(r"[。！？]", line, maxsplit=2)[:2])
        m = _OPENING_REPORT.search(head)
        if m:
            return m
        m = _OPENING_GOVERNMENT_REPORT.search(head)
        # (only for a body that reports: "…全国人民代表大会第一次会议作政府工作报告" has
        # 代表 in the congress's name)
        if m and _reporting_body(m):
            return m
    return None


def _reporting_body(m: re.Match) -> str | None:
    """Who an announcement reports for ("国务院", "第十二届中央委员会"), without the
    "的委托" of "我受…的委托" nor a "现在"; None when it names no body that reports to a
    congress (a person, "全体代表")."""
    body = re.sub(r"的?(?:委托|决定)$", "", m.group("body").strip())
    body = re.sub(r"^(?:现在|今天)[，,]?", "", body)
    return body if _REPORTING_BODY.search(body) else None


def opening_genre(body: list[Block]) -> str | None:
    """The genre an untitled text names in its first sentences: a report to a congress
    with no header ("现在，我代表国务院，向大会报告政府工作，请予审议") is a 工作报告,
    one "向大会作报告" a 报告, said by the text itself, so the library can file it with
    the titled ones."""
    m = _announcement([block.text for block in body[:3]])
    if m:
        return "工作报告" if m.group("work") else "报告"
    return None


def announced_name(texts: list[str]) -> str | None:
    """What an untitled text's opening says it is, as a name to show for it: "我代表国务院，
    向大会作政府工作报告" names a 政府工作报告, "我受十二届中央委员会委托，向大会作报告" the
    十二届中央委员会向大会的报告. Its first words (现在，我代表国务院，向大会作政府工作报告…)
    told an office head less than the text says of itself. Inferred, never a title: the
    views still mark it 无标题, and a title or an occasion comes first."""
    m = _announcement(texts)
    body = _reporting_body(m) if m else None
    if body is None:
        return None
    if m.groupdict().get("named"):  # the report's own name: 关于第一个五年计划的报告
        return m.group("named")
    if m.group("work") and _GOVERNMENT.search(body):
        return "政府工作报告"
    return f"{body}向大会的报告"


def opening_level(body: list[Block]) -> str | None:
    """The level an untitled report speaks for, from whom its opening reports for: "我代表
    国务院" or a 中央委员会 reports for 全国, "我代表省人民政府" for 全省. The untitled
    national work reports were filed under 代表大会 › 未注明层级."""
    m = _announcement([block.text for block in body[:3]])
    who = _reporting_body(m) if m else None
    if who is None:
        return None
    if _CENTRAL.search(who):
        return "全国"
    local = _LOCAL_BODY.search(who)
    return "全" + _CONGRESS_UNIT.get(local.group(1), local.group(1)) if local else None
