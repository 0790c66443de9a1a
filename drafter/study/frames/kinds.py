"""What a count counts, read from jieba's parts of speech: names (a story's people, places,
bodies), numbered units and figures, bodies, times — or the abstract and common things a
summary counts.

Rules fitted surface shape by surface shape did not carry to unseen speeches (notes f11-cand,
f11-decide): 德国、意大利和日本三个帝国主义 and 中央和地方两个积极性 have the same shape, a list
right before a count, and differ only in what the list holds. A word list of names only
approximates "a story's people, places, bodies"; the tagger's nr/ns/nt tags read it for any
word. Only a candidate's few words are tagged, so mining keeps its speed.
"""

from __future__ import annotations

import re

from drafter.study.words import tagged

# person, place, organisation, other proper noun (jieba's tag set)
_NAME_TAGS = frozenset(("nr", "nrt", "nrfg", "ns", "nt", "nz"))
_TIME_TAGS = frozenset(("t", "m", "q", "mq"))


def named_items(items: list[str]) -> bool:
    """Whether most items name people, places or bodies (韩信、阿庆嫂; 德国、日本; 锦、榆、唐):
    a word of the item carries a proper-noun tag."""
    if not items:
        return False
    hits = sum(1 for i in items if {t for _, t in tagged(i.strip(' “”"‘’「」'))} & _NAME_TAGS)
    return hits * 2 > len(items)


_NUMBERED = re.compile(r"第[一二三四五六七八九十百零〇0-9０-９]+|[0-9０-９]")


def numbered_items(items: list[str]) -> bool:
    """Whether most items are numbered units or figures (第一、第十六、第九十等三个军; 7万亿、8万亿、
    9万亿三个大台阶): named by number, not a summary's parts."""
    return bool(items) and sum(1 for i in items if _NUMBERED.search(i)) * 2 > len(items)


# bodies and units: what a list of names before a count is usually the names of (财经、文教、
# 政法三个委员会; LTC项目组和流程IT两个组织; 共和、民主两个反动政党)
_BODY = re.compile(
    "委员会|组织|机构|政党|党派|部门|单位|公司|企业|集团|小组|团队|项目组|兵团|纵队|国家|"
    "省份|城市|学校|医院|银行|研究所|实验室|军"
)
# counties, townships, villages (宁冈、永新、莲花三个全县 / 五个县委): places named by their list
_PLACE_HEAD = re.compile("全?[县乡镇村]")


def body_noun(head: str) -> bool:
    """Whether a count's head words (its noun and the few characters after it, as the rules
    may cut the noun short: 两个反动|政党) name bodies or units, or open with a county,
    township or village (三个全县, 五个县委)."""
    return bool(_BODY.search(head[:6]) or _PLACE_HEAD.match(head))


def is_time_noun(noun: str) -> bool:
    """Whether a count's noun is a time or a number word by its tag (两个周年, 两个小时): a count
    of time is no summary, whatever stands before it."""
    words = tagged(noun[:6])
    return bool(words) and words[0][1] in _TIME_TAGS


# the heads of words for the parties of a relation: people, groups, armies, regions (敌人,
# 革命者, 工人, 军队, 团队, 敌伪, 右派, 反革命分子, 资本家, 国家, 边界, 白区)
_PARTY_HEAD = re.compile(
    r"(?:人|者|民|军|队|兵|派|伪|党|家|员|分子|群众|政府|老板|领导|干部|上级|下级|[我敌对]方"
    r"|边界|[边苏白红]区)$"
)
_PARTY_TAGS = frozenset(("r", "nr", "nrt", "nrfg", "ns", "nt"))
# the clause a party item may carry after its subject (反革命分子将注意它)
_PREDICATE_TAGS = ("v", "d", "p")


def party_items(items: list[str]) -> bool:
    """Whether every item names a party of a relation — people, a group, an army, a body or a
    place (敌人、我们; 你的军队; 边界、湘南; 反革命分子…、广大人民…): sides that take part,
    not aspects of a matter, so their count (两方面, 两家) is a plain count of parties."""
    if not items:
        return False
    heads = []
    for item in items:
        tags = tagged(item.strip(' “”"‘’「」'))
        for k, (_, tag) in enumerate(tags):
            if k and tag.startswith(_PREDICATE_TAGS) and tags[k - 1][1][:1] in "nr":
                tags = tags[:k]  # the subject of a clause: 反革命分子|将注意它
                break
        if not tags or any(t.startswith("v") for _, t in tags):
            return False  # 能锻炼基层干部, 让专家…: an action, not a party
        word, tag = tags[-1]
        if not (tag in _PARTY_TAGS or _PARTY_HEAD.search(word)):
            return False
        heads.append("".join(w for w, _ in tags))
    # 一方面，晋绥的党组织反对了…；一方面，晋绥的党组织又纠正了…: one party doing two things
    # is two aspects of what it did, not two sides
    return len(set(heads)) == len(heads)


# what a count of named places counts: rivers, lakes, seas, hills, water systems, lines, mines,
# stations, grounds, ports, parks, schools (三大江河, 六大水系, 两大铁路干线, 五大露天矿, 一湖两海,
# 三站一场, 两园一河, 三校一院, 一河三山, 四水)
_PLACE_NOUN = re.compile(
    "[\u4e00-\u9fff]*(?:水系|江河|河流|运河|湖泊|干线|公路|机场|港口|露天矿|盆地|流域|水库)"
    "|[河湖海江山水站场港园校院矿岛]"  # one character alone: 一湖两海, 三站一场 (not 市场)
)
_COUNTED = re.compile(
    r"[一二三四五六七八九十两百千万]+(?:个|大|座|条|所)?([^一二三四五六七八九十两百千万、，,]+)"
)


def counts_places(phrase: str, items: list[str]) -> bool:
    """Whether a count's every noun is a kind of place (三大江河, 六大水系, 一湖两海, 三站一场,
    两园一河, 四水) and no listed item says otherwise: a report names its rivers, lines, mines
    and parks so, a count of places, never a summary (the gold README: named places are not
    frames; 15 such counts over the report gold, none a frame). Its items, when it has some,
    must be names (京汉、粤汉两大铁路干线): 有线、无线两条河 counts abstract things by a
    metaphor, a frame."""
    nouns = _COUNTED.findall(phrase.strip(' “”"‘’'))
    if not nouns or not all(_PLACE_NOUN.fullmatch(n) for n in nouns):
        return False
    return not items or named_items(items)


# 无产阶级和资产阶级两个阶级, 工人阶级同民族资产阶级这两个阶级, 这两个矛盾着的力量: the two classes of
# a struggle, each the other's enemy
_WORKERS = re.compile(r"(?:中国的|各国的)?(?:无产阶级|工人阶级)")
_BOURGEOIS = re.compile(r"(?:中国的|各国的)?(?:民族|大|官僚)?资产阶级")
_CLASS_NOUN = re.compile(r"阶级|矛盾|力量|司令部")
_SIDES_OF_THREE = frozenset(("国家", "集体", "个人"))


def counts_classes(phrase: str, items: list[str], clause: str = "") -> bool:
    """Whether a count stands for the sides of a relation that the gold README's settlements
    leave out as plain counts of parties: the two classes of a struggle (无产阶级和资产阶级两个
    阶级, 两个根本矛盾着的阶级 — b31 call 4 and b37: "classes are sides"), named in its items or,
    for a count with none, in ``clause``, the words before it in its sentence (工人阶级跟资产阶级…
    是一个对抗性的两个阶级); or 国家、集体、个人三者 / 三个方面, whose interests are balanced
    (the stop-25 settlement; b18, b34 and b35 leave it out). A count of classes that make up the
    people (四个阶级, 工人和农民两个阶级) or of what the classes hold (两种世界观, 两条路线) stays."""
    numbers = re.match(r"[两二三]", phrase)
    if not numbers:
        return False
    if phrase[0] == "三":
        return {i.strip(' “”"的') for i in items} == _SIDES_OF_THREE
    if not _CLASS_NOUN.search(phrase[1:]):
        return False
    if items:
        if len(items) != 2:
            return False
        kinds = {
            "w" if _WORKERS.fullmatch(i.strip()) else "b" if _BOURGEOIS.fullmatch(i.strip()) else ""
            for i in items
        }
        return kinds == {"w", "b"}
    return bool(_WORKERS.search(clause) and _BOURGEOIS.search(clause.replace("小资产阶级", "")))
