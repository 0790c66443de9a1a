"""A sentence pointing ahead: ending in a colon or on 以下 / 如下 / 下列 before its parts.

:func:`ahead_count` (主要做了以下工作。 / 先表明三个原则： / 因此：) and :func:`colon_count` (有三个
因素：), with what keeps a sentence out though it ends on a colon (a salutation, a speaker's
name in a transcript, a document quoted whole, a condition met by any one item, a wrap-up
looking back). Asked only where the parts do follow: the readers of where a roadmap stands
check that.
"""

from __future__ import annotations

import re

from drafter.study.roadmap.inline import in_quotes
from drafter.study.roadmap.talk_words import NOT_AHEAD, count_named, count_value

# a heading or clause closing on what it points at (…公司可以予以以下支持 / …要求如下), not one
# opening with 以下 for "next" (以下再说农业战线上的情况)
# 以下 after a figure's unit is "below" (3岁以下婴幼儿, 10万元以下罚金, 县级以下), no pointer
_BELOW_FIGURE = r"(?<![岁元人亩吨米户度倍%级])(?<![0-9０-９一二三四五六七八九十]年)"
ENDS_AHEAD = re.compile(
    rf"(?:{_BELOW_FIGURE}以下|下列|下述)(?![再还我就谈讲说来是将要])[^，。；;、]{{0,6}}$|如下$"
)


_COLON_COUNT = re.compile(
    r"(?<![第一二三四五六七八九十百千两0-9０-９.．])(几|[二三四五六七八九十两]{1,2}|[0-9０-９]{1,2}(?![0-9０-９.．]))(?:个方面|个层面|个问题|个因素|个原因|个阶段|方面|阶段|部分|句话|点|个|条|项|种|类|件事|件|则)"
)


def colon_count(sentence: str) -> int | None | bool:
    """``False`` unless ``sentence`` ends in a colon and names a count of parts that are
    not looked back on (有三个因素： / 在以下两个方面需要改进： / 有两点是可以肯定的：); else
    the count (``None`` for 几)."""
    body = sentence.strip()
    if not body.endswith(("：", ":")) or len(body) > 60:
        return False
    for m in _COLON_COUNT.finditer(body):
        if in_quotes(body, m.start()) or body[max(0, m.start() - 2) : m.start()].endswith(
            NOT_AHEAD
        ):
            continue
        return count_named(m.group(1))
    bare = re.search(r"有([二三四五六七八九十两])[：:]$", body)  # 其原因有三： (no counter)
    if bare and not in_quotes(body, bare.start()):
        return count_value(bare.group(1))
    return False


# 以下 / 如下 / 下列 / 下述 / 如次, and the classical 分述于下 / 列举于下
AHEAD = re.compile(rf"{_BELOW_FIGURE}以下(?!简称)|如下|下列|下述|如次|(?<=[述列举录])于下")
# 下面二则空难可以看出。 / 主要的有下面几种： — 下面 with a count points at parts (下面，我讲… is the
# speaker now, which roadmap_count reads)
BELOW = re.compile(
    r"下面(?:的)?(?:这)?(几|[两二三四五六七八九十]{1,2}|[0-9０-９]{1,2})(?:则|个|件|种|点|条|项|段|句|类|次|起|方面)"
)
# a salutation (同志们： / 中国人民志愿军各级领导同志们: / 同志们、乡亲们：) also ends in a colon
_RUN_IN_SALUTE = re.compile(r"^(?:各位[\u4e00-\u9fff]{1,6}|同志们|朋友们)[，,！!](?=.{6})")
_SALUTE = re.compile(
    r"^(各位|尊敬的|亲爱的)"
    r"|(同志|朋友|代表|同学|委员|来宾|嘉宾|战友|女士|先生|员工|乡亲|老乡|父老)们?[：:]$"
    # the addressees of a notice (主送机关: 各乡镇党委、政府，县直各单位：), alone or the right half
    # of a two-up line read as one (…冯秋实\t各乡镇…各单位：)
    r"|(?:^|\t)各[^。！？!?：:\t]{0,40}(?:单位|部门|机关|机构|党组|党委|政府)[：:]$"
)
LOOK_BACK = ("以上", "上面", "上述", "总之", "综上")
# a sentence that opens looking back and turns ahead in a later clause, ending on a pointer and
# a few words of what it points at (上述问题的产生，…，归结起来，主要有以下几点。 / 综上，提出以下
# 建议：): the last clause announces parts to come; not 以上说的是…，以下要说到… (a turn of topic,
# many words after the pointer)
_TURNS_AHEAD = re.compile(
    r"[，,；;][^，,；;]*(?:(?:以下|下列|下述)[^，,；;。：:]{0,8}|如下)[。：:]?$"
)
# a speaker's name standing alone in a transcript (徐直军： / 任总：) ends in a colon too: a common
# surname and one or two characters (中央决定： / 这就是说： / 因此： are not names)
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛"
)
_SPEAKER = re.compile(f"^[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}[：:]$")


# 下列行为之一 / 以下情形之一: "any one of the following", the items are conditions
_ONE_OF = re.compile(r"(?:以下|下列|下述|如下)[^，。；;：:]{0,10}之一")
_WHOLE_TEXT = re.compile(r"(?:全文|原文)(?:如下|是)[：:。]?$")
_OTHER_TEXT = re.compile(
    r"^(?:该|那篇|那次)[^，。：:]{0,6}(?:谈话|讲话|声明|文章|报告|决议|电报|来信|信|文件|通知|社论)"
)


def ahead_count(sentence: str) -> int | None | bool:
    """``False`` unless the sentence ends its paragraph pointing at parts that follow: it ends
    in a colon (中央决定： / 先表明三个原则： / 因此：), or its last clause points ahead
    (主要做了以下工作。); else the count it names (``None`` when it names none). Only to be
    asked where the parts do follow (a heading or a paragraph numbered 1 comes next)."""
    body = sentence.strip()
    if _SALUTE.search(body) and _RUN_IN_SALUTE.match(body):
        # 各位代表，今年要重点抓好以下几项工作。: a salutation run into the sentence
        body = body[_RUN_IN_SALUTE.match(body).end() :].strip()
    if (body.startswith(LOOK_BACK) and not _TURNS_AHEAD.search(body)) or (
        _SALUTE.search(body) or _SPEAKER.match(body)
    ):
        return False
    if _ONE_OF.search(body):
        return False  # 有下列情形之一的，…: a condition met by any one item, not parts announced
    if _WHOLE_TEXT.search(body) or _OTHER_TEXT.match(body):
        # 这个说明全文如下： / 该谈话举出解决…的四个条件： — a document quoted or reported, its
        # parts its own, not the speaker's plan
        return False
    if body.endswith(("：", ":")):
        named = colon_count(body)
        return None if named is False else named
    clauses = re.split(r"[，,；;]", body.rstrip("。；; "))
    last = clauses[-1]
    if re.search(r"[\u4e00-\u9fff]$", body):
        # …认真吸取的有以下几点 then 一、…: the stop was lost (a line before a heading), read as 。
        body += "。"
    below = BELOW.search(body)
    if body.endswith("。") and below and not in_quotes(body, below.start()):
        return count_named(below.group(1))
    ahead = AHEAD.search(last)
    if body.endswith("。") and ahead and not in_quotes(last, ahead.start()):
        named = colon_count(last + "：")
        if named is False and len(clauses) > 1 and len(last) <= 6:
            # 农民…总共作了十四件大事，如下所记。: a bare pointer clause, the count in the clause
            # right before it
            named = colon_count(clauses[-2] + "：")
        return None if named is False else named
    # 今年要重点抓好以下五个方面的工作，确保实现全年目标。: a counted pointer in an earlier
    # clause, the rest only says what for
    for clause in clauses[:-1]:
        m = re.search(
            r"(?:以下|下列)(几|[两二三四五六七八九十]{1,2}|[0-9０-９]{1,2})(?:个|项|条|点|方面)",
            clause,
        )
        if body.endswith("。") and m and not in_quotes(clause, m.start()):
            return count_named(m.group(1))
        named = ENDS_AHEAD.search(clause)
        if body.endswith("。") and named and not in_quotes(clause, named.start()):
            # 必须牢牢把握以下基本要求，并使之成为…共同信念。 / 就当前的经济形势，…，向大会作
            # 以下报告，请予审议。: a clause closing on what it points at, the rest says what for
            return None
    return False
