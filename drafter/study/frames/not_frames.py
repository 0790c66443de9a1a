"""Counts the finished frames still hold that a teacher would not show as a 数字概括.

Read after the rules and the second look (:func:`drafter.study.frames.finish`), so that a frame
kept by either is judged alike. Each test is a convention of the study gold
(tests/study/gold/README.md) that the spurious frames of many gold groups broke (session 37, helper fp1):

* :func:`lone_one` — a formula whose only count is 一 (“一个战略牵引”, “一个桥头堡”, “一个败仗”)
  is no frame (batches 7 and 14), unless it opens a progression (“坚持一个原则”、“保持两个畅通”…);
* :func:`differ_in_kind` — 这是性质不同的两个革命过程: the count says two things differ in kind,
  as A和B是两件事 does, and sums up nothing (dev sample 10, "Settled, session 26");
* :func:`names_bodies` — 俄、德、奥三大帝国主义国家, 平汉、粤汉两条铁路, 煤炭工业部…八个工业部:
  a list of named countries, railways, mines or ministries before a count of them (names of
  places, programmes and institutions are not frames, batch 6 on);
* :func:`pronoun_over_bodies` — 重装旅、项目管理资源池、重大项目部…三者: a pronoun over named
  bodies or units (a pronoun is a frame only over abstract items, stop 18);
* :func:`points_at_named` — 这两个宣言, 这两个会议, 这两个党: a pointer to documents, meetings
  or bodies the text has named (a pointer to named things is no frame, stop 18);
* :func:`rough_count` — 数十个能力中心: a rough number, no count;
* :func:`ranking_title` — 入选“中国科学十大进展”, “十大应用成果”, “五张榜单”: list and award
  names (batch 7 on; session 38, helper fp2);
* :func:`named_by_count` — “两委”, “三甲”, “五经普”, 三合会: bodies, grades and censuses named by
  a number (batches 12–14, 40; an organisation jieba's dictionary knows, session 46);
* :func:`quoted_wording` — “十分动摇”、“恐慌万状”两句话: wording quoted before its count
  ("Settled, session 26", item 3);
* :func:`counts_a_place` — “两个中国”, 这两个大国, 北三县一体, “四大板块”: a count of a named
  country, of counties or of regions (named places with a count are no frames, batch 6 on);
* :func:`numeral_label` — “十百千万”工程: a programme's label of numerals alone;
* :func:`session_name` — 八大决议, 九大以后: a party congress by its number (sessions, b12–b14);
* :func:`two_faces` — 正、反两方面, 两手政策: the 两面 words of "Settled, session 26", item 1;
* :func:`family_saying` — “一门三进士”, “一家两制”: a saying about one family's people;
* :func:`common_idiom` — 三心二意, 四面八方, 五花八门: a common four-character idiom of two
  numbers (numbers inside sayings are no frames, stop 18), known from jieba's dictionary;
* :func:`figure_saying` — “两张皮”, “九龙治水”: office sayings of one number, figures for a
  want of unity (numbers inside sayings are no frames, stop 18).
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

from drafter.study.frames.kinds import body_noun
from drafter.study.layout import Layout
from drafter.study.model import Frame
from drafter.study.words import tagged

# the next step of a progression right after a formula of 一 (“坚持一个原则”、“保持两个畅通”)
_NEXT_STEP = re.compile(r"[”\"」’]?[、，,和与及]\s*[“\"「‘]?[\u4e00-\u9fff]{0,3}[两二]")


def lone_one(lay: Layout, frame: Frame) -> bool:
    """Whether ``frame`` counts one thing and is not the first step of a 数字递进 whose second
    step (两…) follows at once: 一个原则 before 两个畅通 opens a progression the reader learns
    as a whole; “一个战略牵引”、“四个善作善成” or “两个屏障”、“一个桥头堡” name one task or
    role, which the gold never marks (formulas whose only count is 一, batches 7 and 14)."""
    if frame.number != 1:
        return False
    text = lay.paragraphs[frame.span.paragraph].text
    return not _NEXT_STEP.match(text, frame.span.end)


# 性质不同的两个革命过程 / 两个性质不同的革命过程 (not 两类不同性质的矛盾, a formula of its own)
_KIND_BEFORE = re.compile(r"是[^，,。；;：:！？!?]{0,8}性质不同的$")
_KIND_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}性质不同")


def differ_in_kind(lay: Layout, frame: Frame) -> bool:
    """Whether the count is the predicate of a sentence saying the things differ in kind (这是性
    质不同的两个革命过程, 这是两个性质不同的革命过程): like A和B是两件事 (gold README, dev sample
    10) it sets two things apart and sums up nothing."""
    text = lay.paragraphs[frame.span.paragraph].text
    start, end = frame.span.start, frame.span.end
    if _KIND_BEFORE.search(text[max(0, start - 16) : start]):
        return True
    count = re.match(r"[二三四五六七八九十两]{1,2}[个种类]", frame.phrase)
    if count is None:
        return False
    after = text[start + count.end() : end + 6]
    clause = re.split(r"[，,。；;：:！？!?]", text[:start])[-1]
    return bool(_KIND_AFTER.match(after)) and "是" in clause[-6:]


# heads of named works and places besides the bodies of frames.kinds (两条铁路, 三大共生矿)
_WORKS = re.compile("铁路|公路|干线|水库|矿|工业部|司令部|港口|机场|油田|煤田")
# the head's words after the noun stop at the first word that is no part of a name (已经, 的, 都是)
_HEAD_TAIL = re.compile(r"[^\W\d的都是在已将也就和与及为被把对从了着要能各等]*")


def names_bodies(lay: Layout, frame: Frame) -> bool:
    """Whether a listed count names bodies, places or works rather than summing up points: its
    head (the noun and the words after it) is a country, group, railway, mine or ministry (三大
    帝国主义国家, 两大铁路干线, 三大共生矿) and its items stand before it (俄、德、奥; 京汉和粤汉;
    攀枝花、包头和金川) — or, counted by 个, each short item ends in the count's own noun
    (煤炭工业部、电力工业部…八个工业部; 支付团队和资金团队). A count of 个 whose items are points
    about such bodies (财务和审计两个部门, three clauses each building a 实验室), or whose head
    is no body (道路自信、理论自信…), stays."""
    if not frame.listed or not frame.items:
        return False
    m = re.match(r"[二三四五六七八九十两]{1,2}(大|条|个)", frame.phrase)
    if m is None:
        return False
    noun = frame.phrase[m.end() :]
    text = lay.paragraphs[frame.span.paragraph].text
    tail = _HEAD_TAIL.match(text[frame.span.end : frame.span.end + 8]).group()
    head = noun + tail
    if not (body_noun(head) or _WORKS.search(head[:6])):
        return False
    if m.group(1) == "个":
        return bool(noun) and all(
            len(i) <= 6 and i.endswith(noun) and i != noun for i in frame.items
        )
    spans = frame.item_spans
    return bool(spans) and all(
        s.paragraph == frame.span.paragraph and s.end <= frame.span.start for s in spans
    )


# a pointer right before the count (这两个宣言, 上述两个文件)
_POINTER = re.compile(r"(?:这|那|此|上述|以上)$")
# documents and meetings, and the bodies frames.kinds does not name (党, 合作社)
_DOCUMENTS = re.compile(
    "决定|决议|文件|宣言|协定|协议|条约|声明|通知|会议|纲要|指示|电报|建议|党|合作社"
)


def points_at_named(lay: Layout, frame: Frame) -> bool:
    """Whether a pointer counts documents, meetings or bodies the text has just named (以上是
    …的两个…政治宣言。这两个宣言的共同点是; 对决议、章程这两个文件; 这两个会议; 还有农工民主党…这
    两个党): a pointer to named things is no frame (gold README, stop 18: 这两个部门 for 市场部、
    研发系统). Counted by 个, 份, 项 or 座 only: a pointer to kinds (这四种合作社) or to units
    (这两支军队, batch 9) sums up what the text set out."""
    text = lay.paragraphs[frame.span.paragraph].text
    if not _POINTER.search(text[max(0, frame.span.start - 2) : frame.span.start]):
        return False
    m = re.match(r"[二三四五六七八九十两]{1,2}[个份项座]", frame.phrase)
    if m is None:
        return False
    tail = _HEAD_TAIL.match(text[frame.span.end : frame.span.end + 8]).group()
    head = frame.phrase[m.end() :] + tail
    return bool(_DOCUMENTS.match(head) or body_noun(head[:4]) or _WORKS.match(head))


def rough_count(lay: Layout, frame: Frame) -> bool:
    """Whether the count is a rough one, 数十个能力中心 / 几十个: the number is no count of points."""
    text = lay.paragraphs[frame.span.paragraph].text
    start = frame.span.start
    return frame.phrase[:1] in "十百" and 0 < start <= len(text) and text[start - 1] in "数几"


# a ranking's title is entered or chosen (入选“中国科学十大进展”, 入选2025国内十大考古新闻)
_RANKING_CUE = re.compile(r"(?:入选|评选|评为|获评|荣获|跻身|上榜)[^，,。；;：:！？]{0,10}$")
# what a top ten ranks: results, news, finds, cases, people, events, brands (十大应用成果)
_RANKED = re.compile(r"(?:成果|进展|新闻|发现|案例|人物|事件|品牌)$")
_COUNT = re.compile(r"[二三四五六七八九十两]{1,2}")


def ranking_title(lay: Layout, frame: Frame) -> bool:
    """Whether the count names a ranking or a list of names: a top ten entered or chosen
    (入选“中国科学十大进展”, 入选2025国内十大考古新闻) or a top ten of results, news or cases
    (“十大应用成果”), or lists counted as such (“五张榜单”) — list and award names are no
    frames (batch 7 on). A programme published (发布了十大纲领) stays."""
    text = lay.paragraphs[frame.span.paragraph].text
    m = _COUNT.match(frame.phrase)
    if m is None:
        return False
    noun = frame.phrase[m.end() :].lstrip("张个大")
    if noun.startswith("榜单") or noun.endswith("榜"):
        return True  # 五张榜单, 三个排行榜 (not 两个榜样: two models)
    if not frame.phrase.startswith("十大"):
        return False
    return bool(_RANKED.search(noun)) or bool(
        _RANKING_CUE.search(text[max(0, frame.span.start - 14) : frame.span.start])
    )


# “两委”, “三甲”: a village's two committees, a hospital's grade — a body or a grade named by
# its count; “五经普”: the fifth economic census, a session's number; 八股(文章): the
# eight-legged essay, a genre named by its count (反对党八股, whose counts are 八大罪状)
_NAMED_BY_COUNT = re.compile(r"[两二三四五六七八九十]{1,2}(?:委|甲|[经人农]普)|八股(?:文章|文|调)?")


def named_by_count(lay: Layout, frame: Frame) -> bool:
    """Whether the phrase is a body, a grade, a census or a genre named by a number (两委, 三甲,
    五经普, 八股), or a body jieba's dictionary knows by a name that opens with one (三合会,
    八国联军, 七国集团: one word tagged ``nt``, an organisation — the dictionary knows more of
    them than a list here would): institutions, levels and sessions are no frames (batches
    12–14, 40)."""
    phrase = frame.phrase.strip('“”"')
    if _NAMED_BY_COUNT.fullmatch(phrase):
        return True
    cut = tagged(phrase)
    return len(cut) == 1 and cut[0][1] == "nt"


# the wording a count of 句话 or 个字 names, quoted right before it (“A”“B”两句话, “…”这两句话)
_QUOTED_BEFORE = re.compile(r"[”」』’\"](?:[，,]?(?:这|那)(?:样的)?|等)?$")


def _characters_listed(frame: Frame) -> bool:
    """Whether a count of characters lists its items, as many characters in all as it counts
    (“减、快、优”三个字 / “勤”“朴”“诚”“毅”四个字 / “团结、紧张、严肃、活泼”八个字): a formula the
    speaker names by its characters, unlike one word quoted and counted (“简化”两个字)."""
    if not re.match(r"[二三四五六七八九十两]{1,2}个?字", frame.phrase) or len(frame.items) < 2:
        return False
    return sum(len(re.findall(r"[\u4e00-\u9fff]", i)) for i in frame.items) == frame.number


def quoted_wording(lay: Layout, frame: Frame) -> bool:
    """Whether a count of 句话 or 个字 names wording quoted right before it — someone else's
    words under discussion (“十分动摇”“恐慌万状”两句话; 说：“…。”这两句话): a list of named
    things before a count ("Settled, session 26", item 3). Words the speaker gives after the
    count (我写了两句话：“…”) stay a frame, and so do characters listed as items, each standing
    for a task (“减、快、优”三个字, then 一要在“减”字上…: b19's 大云移智 convention)."""
    if not re.match(r"[二三四五六七八九十两]{1,2}(?:句话|个字)", frame.phrase):
        return False
    if _characters_listed(frame):
        return False  # “减、快、优”三个字: the quoted characters are the items, a formula
    text = lay.paragraphs[frame.span.paragraph].text
    return bool(_QUOTED_BEFORE.search(text[max(0, frame.span.start - 6) : frame.span.start]))


# townships, villages, communities as the count's noun (4个村, 五个乡镇, 三个社区), not a word
# opening so (村级, 村委, 乡村振兴, 镇域, 村民, 社区治理)
_TOWNS = re.compile(r"(?:乡镇|村|乡|镇|社区|街道)(?![级委民域村风镇治])")
# sites a visit or a campaign goes to (鹭滩古村、…和县博物馆4个点位; 三个景点): places by their names
_SITES = re.compile(r"(?:点位|景点|站点)")


def counts_a_place(lay: Layout, frame: Frame) -> bool:
    """Whether the count counts a named country, counties, townships or villages (制造“两个中国”,
    这两个大国; 北三县一体; 白鹭洲、上林、竹坞、石门4个村): a count of places, no summary (named
    places with a count are no frames, batch 6 on; b14's 中亚五国; no gold frame counts 村 or 乡镇),
    or sites (…4个点位, 三个景点: the places a visit went to, named)."""
    m = re.match(r"(?:[二三四五六七八九十两]{1,2}|[2-9]|[1-9][0-9])个?", frame.phrase)
    if m is None:
        return False
    noun = frame.phrase[m.end() :].strip('“”"')
    if noun.startswith("县") and not noun.startswith(("县级", "县委", "县域")):
        return True
    if _TOWNS.match(noun):
        return True  # 白鹭洲、上林、竹坞、石门4个村; 五个乡镇: a count of named villages or towns
    if _SITES.match(noun):
        return True  # 东村、西河漂流和县博物馆4个点位: the sites visited, named places
    if noun.startswith("大板块"):
        return True  # 东、中、西、东北“四大板块”; 美国、欧洲、中国三大板块: regions
    # a country by its name (“两个中国”, 美国和苏联这两个大国), not a province's slogan
    # (“六个龙江”: six aims for Heilongjiang, a formula)
    words = tagged(noun) if noun.endswith("国") else []
    return len(words) == 1 and words[0][1] == "ns"


def numeral_label(lay: Layout, frame: Frame) -> bool:
    """Whether the phrase is a run of three or more numerals with no counter (“十百千万”工程,
    “百千万”): a programme's label (b40's 十百千万, 百千万全), not a count of points."""
    return bool(re.fullmatch(r"[一二三四五六七八九十两百千万亿]{3,}", frame.phrase.strip('“”" ')))


# a congress by its number and what it passed or when (八大决议, 九大以后, 十二大报告)
_SESSION = re.compile(
    r"[一二三四五六七八九十]{1,3}大(?:决议|报告|政治报告|党章|以后|以来|以前|前后|期间|召开)"
)


def session_name(lay: Layout, frame: Frame) -> bool:
    """Whether the phrase is a party congress named by its number, with what it passed or a
    time (塞进八大决议中; 九大以后): sessions are no frames (batches 12–14: 十二大, 二十大)."""
    return bool(_SESSION.match(frame.phrase))


# 正、反两方面经验; 反革命的两手政策，一手是…一手是…: one thing's two faces, double-dealing
_TWO_FACES_BEFORE = re.compile(r"正[、，]?反$")


# 是有两方面的性质: the count names a nature, as 两重性 does
_NATURE_AFTER = re.compile(r"的?(?:性质|属性)")
# the good face and the bad one (实在有好处 / 是不好; 有利 / 有害)
_BAD = re.compile(r"不好|坏|害处|弊|不利|有害")
_GOOD = re.compile(r"(?<!不)好|益处|利(?!益)")


def _good_and_bad(items: list[str]) -> bool:
    """Whether two items are one thing's good face and its bad one (实在有好处 / 是不好)."""
    if len(items) != 2:
        return False
    bad = [bool(_BAD.search(i)) for i in items]
    good = [bool(_GOOD.search(_BAD.sub("", i))) for i in items]
    return (bad[0] and good[1] and not bad[1]) or (bad[1] and good[0] and not bad[0])


# the 两面 words of "Settled, session 26" item 1 a writer quotes as a term (“两面人”, “两面派”):
# a double-dealer or a quality, never a count of flags (两面红旗 stays)
_DOUBLE_DEALER = re.compile(r"两面(?:人|派|性|分子|手法|政策|三刀)")


def two_faces(lay: Layout, frame: Frame) -> bool:
    """Whether the count is one of the 两面 words of "Settled, session 26" item 1 in another
    spelling: 正、反两方面 (正反两面), 两方面的性质 or two aspects that are a good face and a bad
    one (批评斯大林是有两方面的性质，一方面实在有好处，一方面是不好: the gold's settled 两重性,
    b21 call 3), or a 两手政策/两手策略 (两面政策, double-dealing) — one thing's two sides, no
    frame even when the faces are spelled; so is the quoted term “两面人”/“两面派” itself. 两手抓
    stays, as do aspects of work or matter (政治、经济两方面; 联合和斗争两方面)."""
    text = lay.paragraphs[frame.span.paragraph].text
    if _DOUBLE_DEALER.fullmatch(frame.phrase.strip('“”"‘’「」 ')):
        return True  # 搞“两面派”、做“两面人”: the settled 两面 words, quoted as a term
    if frame.phrase.startswith(("两方面", "两个方面")):
        if _NATURE_AFTER.match(text, frame.span.start + frame.phrase.index("面") + 1):
            return True
        if _good_and_bad(frame.items):
            return True
        return bool(_TWO_FACES_BEFORE.search(text[max(0, frame.span.start - 3) : frame.span.start]))
    return frame.phrase.startswith("两手") and text[frame.span.start + 2 :].startswith(
        ("政策", "策略", "手法")
    )


# 三心二意, 十拿九稳: a number, a character, a number, a character
_TWO_NUMBER_SAYING = re.compile(
    r"[一二三四五六七八九十两百千万][\u4e00-\u9fff][一二三四五六七八九十两百千万][\u4e00-\u9fff]"
)
# jieba's dictionary gives its domain entries (三老四严, 三自一包: formulas) the frequency 3; a
# saying in everyday use is counted far more often (三心二意 56, 四面八方 653)
_COMMON = 10


@functools.lru_cache(maxsize=1)
def _common_idioms() -> frozenset[str]:
    """The four-character idioms of two numbers that jieba's dictionary tags ``i`` (成语) with
    a frequency of at least :data:`_COMMON`, read once from the dictionary jieba ships: a
    general resource, so no list of sayings is kept here. Empty when jieba is not installed."""
    spec = importlib.util.find_spec("jieba")  # its dictionary, without importing it
    if spec is None or spec.origin is None:
        return frozenset()
    out = set()
    try:
        with Path(spec.origin).with_name("dict.txt").open(encoding="utf-8") as lines:
            for line in lines:
                if not line.endswith(" i\n"):
                    continue
                word, freq, _ = line.split()
                if _TWO_NUMBER_SAYING.fullmatch(word) and int(freq) >= _COMMON:
                    out.add(word)
    except (OSError, ValueError):
        return frozenset()
    return frozenset(out)


def common_idiom(lay: Layout, frame: Frame) -> bool:
    """Whether the frame is a common idiom of two numbers (“三心二意”, 四面八方, 十拿九稳): a
    saying, whose numbers count nothing the speech goes on to name (numbers inside sayings are
    no frames, gold README stop 18) — where a formula of two numbers (三老四严, 三自一包, 五讲四美)
    is no everyday idiom. Why jieba's dictionary and not a list: the sayings a speech quotes are
    many and open-ended, and the dictionary already knows which are idioms and how common."""
    phrase = frame.phrase.strip('“”"‘’「」 ')
    return bool(_TWO_NUMBER_SAYING.fullmatch(phrase)) and phrase in _common_idioms()


# a body or unit by the end of its name (重装旅, 重大项目部, 代表处, 资源池, 党支部, 服务中心) or
# a Latin acronym standing for one (BG, EMT); three characters at least, so 干部, 内部, 团队 and
# the other common words of two that end so stay points
_UNIT_END = re.compile(r"(?:[部处局厅委办旅团队组科室院所站池司]|中心|公司|集团)$")
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def pronoun_over_bodies(lay: Layout, frame: Frame) -> bool:
    """Whether a pronoun 两者/二者/三者 gathers named bodies (重装旅、项目管理资源池、重大项目部都是…，
    三者相互衔接; 片联、BG和区域三者的关系): the gold's convention takes a pronoun as a frame only
    when it closes a list of abstract items, and names of institutions are no frames (a pointer
    to named bodies is none either, stop 18; “两委”)."""
    if not frame.items or not re.match(r"(?:这|此)?[两二三四五六七八九十]者", frame.phrase):
        return False
    return any(_ACRONYM.fullmatch(i) or (len(i) >= 3 and _UNIT_END.search(i)) for i in frame.items)


# a compound saying that opens on one family (一门 / 一家) and counts what it holds: 一门三进士,
# 一家两制 — not 一户一表 (a rule per household) nor 一国两制 (a state's formula)
_FAMILY_SAYING = re.compile(r"一[门家][两二三四五六七八九十][\u4e00-\u9fff]{1,3}")


def family_saying(lay: Layout, frame: Frame) -> bool:
    """Whether the frame is a saying about one family (“一门三进士”, “一家两制”): its count tells
    how many degrees, or which double life, a single household holds — a description of people,
    not points the speaker gathers, so no 数字概括 (numbers inside sayings are no frames, gold
    README stop 18). Real speeches of ../shared quote neither shape; the formula of a state
    (一国两制, named-only in the gold) is another opening and stays."""
    return bool(_FAMILY_SAYING.fullmatch(frame.phrase.strip('“”"‘’「」 ')))


# two skins that do not grow together (党建和业务“两张皮”), nine dragons each ruling the water
# (“九龙治水”, 九龙戏水): sayings for work that does not hang together
_FIGURE_SAYING = re.compile(r"两张皮|[二三四五六七八九十]龙[\u4e00-\u9fff]{0,2}")


def figure_saying(lay: Layout, frame: Frame) -> bool:
    """Whether the frame is an office saying built on one number (党建和业务“两张皮”, 防止“九龙
    治水”): a figure for parts that do not work as one, whose number counts nothing the speech
    goes on to name. Real speeches of ../shared use both (two skins in three ren texts, nine
    dragons in several) and no study gold marks either; 五张“皮” (mao, the five skins of
    ownership, spelled one by one) is another count and stays."""
    return bool(_FIGURE_SAYING.fullmatch(frame.phrase.strip('“”"‘’「」 ')))


def not_a_frame(lay: Layout, frame: Frame) -> bool:
    """Whether a finished frame is one of the counts above, which the reader is not shown."""
    return (
        ranking_title(lay, frame)
        or named_by_count(lay, frame)
        or quoted_wording(lay, frame)
        or counts_a_place(lay, frame)
        or numeral_label(lay, frame)
        or session_name(lay, frame)
        or two_faces(lay, frame)
        or lone_one(lay, frame)
        or differ_in_kind(lay, frame)
        or names_bodies(lay, frame)
        or pronoun_over_bodies(lay, frame)
        or points_at_named(lay, frame)
        or rough_count(lay, frame)
        or common_idiom(lay, frame)
        or family_saying(lay, frame)
        or figure_saying(lay, frame)
    )
