"""The noun of a counted frame: which words after 三个 / 四项 / 两种 make the frame's noun
(三条主线 -> 主线, 四项基本原则, 三大攻坚战, 四个主要的特点), told apart with jieba's cuts and
parts of speech. Kept apart from :mod:`drafter.study.frames`, which decides what a
mention is and where its items are."""

from __future__ import annotations

import re

from drafter.study.frames.counterless import opposites_saying
from drafter.study.frames.summary_nouns import SUMMARY_NOUN
from drafter.study.words import tagged, words

# Nouns after a counter that make a plain count, not a summary.
_PLAIN_WORDS = (
    "月 多月 小时 钟头 星期 礼拜 年头 人 多人 孩子 同志 干部 领导 单位 部门 地方 国家 "
    "省 市 县 乡 镇 村 公司 企业 工厂 学校 家庭 字 多 半 百分点 亿 万 千 百 样 回 次 遍 "
    "份 本 张 台 辆 只 头 口 桌 间 位 名 把 些 下 会 时 天 年 周 时候 钟 岁 倍 "
    "层 级 期 届 轮 批 队 团 营 连 排 师 军 部 局 处 科 室 组 班 家 代表 师傅 员工 客户 旅 "
    "我们 你们 他们 大家 地区 省份 城市 县市 党员 主力 整编 师部 军部 纵队 兵团 旅部 "
    "战士 士兵 工人 农民 学生 老师 小国 大国 国家 人员 同学 博士 硕士 项目 产品 站点 "
    "经理 主任 书记 部长 局长 厂长 校长 院长 主席 总裁 总监 秘书 专家 医生 记者 教授 律师 "
    "司机 老板 负责人 家族 战役 会战 战区 军区 财团 银行 石窟 古都 名著 名山 港口 机场 岛屿 "
    "将军 准将 少将 中将 上将 元帅 军官 士官 连长 排长 班长 团长 师长 军长 骨干 英雄 模范 "
    "标兵 讲座 视频 节目 电影 盟国 强国 列强"
)
# shared by the mention finder (frames) and the second look's model (frames.model)
PLAIN_NOUNS = frozenset(_PLAIN_WORDS.split())
_STOP_AFTER = re.compile(r"[，,。；;：:！？!?、（(）)“”\"‘’《》\s的和与及等是在上里都也就又还了着]")
_WORDS_WITH_DE = ("目的", "标的")


def first_word(after: str) -> str:
    """The first word after a counter (see :func:`words_after`)."""
    found = words_after(after)
    return found[0] if found else ""


def words_after(after: str) -> list[str]:
    """The words just after a counter (:func:`drafter.study.words.words`)."""
    return words(after[:8])


_MODIFIER_TAGS = frozenset(("a", "ad", "b", "d", "z"))


def compound(after: str) -> str:
    """The first two words after a counter when the second is a summary noun (干部标准,
    基本原则, 管理制度); empty otherwise."""
    cut = words_after(after)
    if (
        len(cut) > 1
        and SUMMARY_NOUN.fullmatch(cut[1])
        and is_noun(cut[1])
        and len(cut[0]) <= 3
        and after.startswith(cut[0] + cut[1])
    ):
        return cut[0] + cut[1]
    return ""


def is_function_word(word: str) -> bool:
    """Whether ``word`` only joins or places (虽然, 只要, 之外, 以内, 的): after a counter it
    leaves nothing counted."""
    tags = tagged(word)
    return len(tags) == 1 and tags[0][1] in ("c", "p", "f", "uj", "ul", "uz", "ug", "ud", "y")


def is_noun(word: str) -> bool:
    """Whether ``word`` is one noun (标准, 攻坚战), not a verb (必须) or a phrase (原则上)."""
    tags = tagged(word)
    return len(tags) == 1 and (tags[0][1].startswith("n") or tags[0][1] in ("an", "vn", "i", "l"))


def through_de(after: str, noun: str) -> str:
    """四个主要的特点, 三个不同的部分, 两个必要的组成部分: when the word after the counter
    only describes (an adjective) and 的 follows, the frame's noun runs on to the head word
    after 的 (and one more noun: 历史时期)."""
    if not noun or after[len(noun) : len(noun) + 1] != "的":
        return noun
    tags = tagged(noun)
    if len(tags) != 1 or tags[0][1] not in (*_MODIFIER_TAGS, "v"):
        return noun
    rest = after[len(noun) + 1 : len(noun) + 9]
    head = tagged(re.split(r"[^\u4e00-\u9fff]", rest)[0])
    if not head or head[0][1] in ("uj", "v", "d", "p", "c") or head[0][0] == "的":
        return noun
    word = head[0][0]
    if len(head) > 1 and head[1][1].startswith("n") and len(word + head[1][0]) <= 4:
        word += head[1][0]
    if tags[0][1] == "v" and not SUMMARY_NOUN.search(word):
        return noun  # 八项注意的教育: the verb is the formula (两个可能的前途 runs on)
    return noun + "的" + word


def noun_after(after: str) -> str:
    """The noun of an unquoted frame: at most two characters after the counter (三条主线抓落实
    -> 主线, 五个细节安排 -> 细节), so the frame reads as its formula, never as the clause."""
    for word in _WORDS_WITH_DE:
        if after.startswith(word):
            return word
    if after[:1] in "和与及是在上都也就又还着":
        first = first_word(after)
        if len(first) >= 2:
            return first[:2]  # 八项和平条件: a word that opens with a stop character
    stop = _STOP_AFTER.search(after)
    return after[: stop.start() if stop else len(after)][:2]


_CLAUSE_OPENERS = frozenset(("v", "p", "d"))  # 违反…的, 对…的, 不完全的 / 比较重要的


def relative_clause(after: str) -> str:
    """``after`` up to the head noun when a clause opens it and describes that noun
    (压在中国人民头上的大山, 违反上述协定和决议的片面要求): a verb or a preposition first, 的
    within 16 characters and a noun after it, before any punctuation; else empty."""
    clause = re.split(r"[^\u4e00-\u9fff]", after[:24], maxsplit=1)[0]
    de = clause.find("的", 2, 17)
    if de < 2 or de == len(clause) - 1:
        return ""
    first = tagged(clause[:4])
    if not first or first[0][1] not in _CLAUSE_OPENERS or first[0][0] in ("是", "有", "要"):
        return ""
    head = tagged(clause[de + 1 :])
    if len(head) > 1 and head[0][1] == "a" and len(head[0][0]) == 1 and head[1][1] == "n":
        # 发生在白鹭湖边的小故事: a one-character adjective before the head noun
        head = [(head[0][0] + head[1][0], "n"), *head[2:]]
    if not head or not head[0][1].startswith(("n", "v")):
        return ""
    word = head[0][0]
    if len(head) > 1 and head[1][1].startswith("n") and len(word + head[1][0]) <= 4:
        word += head[1][0]
    if de < len(first[0][0]) + 2:
        return ""  # 八项注意的教育: the verb is the formula's noun (see through_de)
    return clause[: de + 1] + word


# 十二大以后, 九大开幕, 十二大精神: a party congress, not a count
_CONGRESS_AFTER = re.compile(
    "以来|以后|以前|期间|精神|报告|文件|代表|的|上|前|后|所|提出|确定|制定|召开|通过|开幕|闭幕|"
    "决定|确立|规定|指出|强调|根据|路线|政治|党章|主席团|选出|选举|修改|批准|作出|做出|推迟|筹备|召集"
)


def is_congress(number: int, after: str) -> bool:
    """Whether N大 (N ≥ 7) followed by ``after`` names a party congress (十二大以后, 九大制定
    的, 十大的政治路线) — not a programme (八大提升行动, 十大为民办实事工程)."""
    if number < 7:
        return False
    return not re.match(r"[\u4e00-\u9fff]", after) or bool(_CONGRESS_AFTER.match(after))


_SEGMENT = re.compile(
    r"([一二三四五六七八九十两多]{1,2})([个项条种大]?)([^一二三四五六七八九十两多、，,·\s]{1,3})"
)
# what a count of years, a serial number, a session or a rank ends in (“十年磨一剑”, “嫦娥六号”)
# (代表 is a deputy: “两代表一委员” counts people's deputies, no generations)
_NOT_A_PART = re.compile(r"(?!代表)[年月天日时分秒岁次号届连级倍代期]")


def quoted_compound(inner: str) -> int | None:
    """The number of a quoted compound formula — “一圈一带两区”, “三基地一屏障一高地”,
    “四个中心、六个基地”, “一核两翼多点”: parts of a number and a short noun, two or more,
    one whole; its number is the largest count (as 一个中心、两个基本点 counts 2). None for
    anything else (“十年磨一剑”, “五五购物节”)."""
    pos, counts = 0, []
    text = inner.strip()
    while pos < len(text):
        m = _SEGMENT.match(text, pos)
        if not m or _NOT_A_PART.match(m.group(3)) or m.group(1) == "二":
            return None  # 一穷二白, 一要吃饭、二要建设: a saying, an enumeration (a count says 两)
        if not m.group(2) and m.group(3) in ("个", "项", "条", "种", "大"):
            return None  # “五个十大”: five of a named kind, counted by the first number
        if m.group(1) != "多":
            from drafter.numerals import parse_cn_number

            n = parse_cn_number(m.group(1))
            if not n or n > 30:
                return None
            counts.append(n)
        pos = m.end()
        while pos < len(text) and text[pos] in "、，,· ":
            pos += 1
    if len(counts) < 2 or max(counts) < 2:
        return None
    return max(counts)


def number_saying(inner: str) -> bool:
    """“七远八按”, 七上八下, 五颜六色, 四分五裂: four characters, two numbers in a row (four
    or more) each with one character — a saying, not a formula (“一核两翼”, “三高四新” are);
    and 三下三上, “三盈三虚”: one number twice with two opposites (上 and 下), a saying of going
    back and forth (:func:`~drafter.study.frames.counterless.opposites_saying`)."""
    text = inner.strip()
    m = re.fullmatch(r"([四五六七八九])[\u4e00-\u9fff]([五六七八九十])[\u4e00-\u9fff]", text)
    if m and "五六七八九十".index(m.group(2)) == "四五六七八九".index(m.group(1)):
        return True
    return opposites_saying(text)


_PREFIXED = re.compile(r"([\u4e00-\u9fff])([二三四五六七八九十两])([\u4e00-\u9fff]{1,2})")


_UNITS = frozenset("军师团旅营连排班队人个名位")


def prefixed_formula(inner: str) -> int | None:
    """The number of a quoted formula with a one-character verb or adjective before its
    count — “新三样”, “小三通”, “清四乱”, “除四害”, “抓两头” — else None (“金三角”,
    “后十位”, “第三极” are names and places)."""
    m = _PREFIXED.fullmatch(inner.strip())
    if not m or m.group(1) in "第前后老全省" or _NOT_A_PART.match(m.group(3)):
        return None
    if m.group(2) == "二" or re.search(r"[一二三四五六七八九十两个项条种点]", m.group(3)):
        return None  # 合二而一, 以十当一, 派两个人: a saying, a count of people
    if m.group(3)[0] in "角线把手大" or m.group(3)[:1] in _UNITS:
        return None  # “金三角”; “新四军”, “红三军”: a unit, counted people
    tag = tagged(m.group(1))
    # 清 is tagged t (the dynasty) by jieba, where “清四乱” clears: a one-character time word
    # before a count is no year or hour (the part rules those out), so it is read as the verb
    if not tag or tag[0][1] not in ("a", "v", "d", "b", "vn", "ad", "p", "t"):
        return None
    from drafter.numerals import parse_cn_number

    return parse_cn_number(m.group(2))


# the parts of speech a compound noun is built of (文旅主轴, 产业集群, 职能定位); a verb or an
# adjective inside it only as a modifier (提升行动, 算力圈: jieba cuts 算/力/圈, 金融创新职能定位)
_RUN_NOUNS = ("n", "vn", "b", "l", "i", "j", "ng")
_RUN_ENDS = re.compile(r"[，,。；;：:！？!?、”\"’）)]")
_RUN_LONGEST = 10


def noun_run(after: str) -> str:
    """The whole compound a 大- or 项-count names (三大算力圈, 两大文旅主轴, 三项金融创新职能
    定位): a count of that kind sums its items up under a noun built of several words, and the
    frame's phrase runs to the noun the items are instances of, not to the first two characters.
    The run is the nouns right after the counter up to the clause's end or its predicate
    (产业集群加快发展 -> 产业集群), at most ten characters. A verb or adjective inside it is
    a modifier only first (提升行动, 算力圈) or before two nouns (金融创新职能定位), and then the
    run must close the clause (核心关切总体向好, 主题履行职能 are predicates). Empty when no
    such run is longer than two characters."""
    tags = tagged(after[: _RUN_LONGEST + 4])
    run, nouns, modified = "", 0, False
    for i, (word, tag) in enumerate(tags):
        if (
            len(run) + len(word) > _RUN_LONGEST
            or not _HAN_WORD.fullmatch(word)
            or _NUMERAL_IN.search(word)  # 三大纪律八项注意: another count begins
        ):
            break
        if (
            len(word) == 1
            and any(len(w) > 1 for w in _words_of(run, tags))
            and not _RUN_ENDS.match(after, len(run) + 1)
        ):
            break  # 主导产业延链补链: one character after a whole word opens another phrase
        after_it = [t for _, t in tags[i + 1 : i + 3]]
        nouns_next = sum(1 for t in after_it if t.startswith(_RUN_NOUNS) and t != "vn")
        if tag.startswith(_RUN_NOUNS):
            if tag == "vn" and nouns:
                break  # 片区协同发展, 四项基本原则统一: the nouns' predicate
            run, nouns = run + word, nouns + 1
        elif tag == "t" and i == 0 and nouns_next:
            run += word  # 现代服务业, 未来产业: a time word opens it (十大纲领如下 ends it)
        elif (
            tag in ("v", "a", "q")
            and len(word) <= 2
            and ((i == 0 and nouns_next >= 1) or nouns_next >= 2 or (tag == "q" and len(word) == 1))
        ):
            run, modified = run + word, True  # 算力圈, 提升行动, 金融创新职能定位
        else:
            break
    if not nouns or len(run) < 3:
        return ""
    rest = after[len(run) :]
    if rest and not _RUN_ENDS.match(rest):
        following = tagged(rest[:6])[:1]
        if modified or not following or following[0][1][:1] not in ("v", "d", "p", "c"):
            return ""  # 核心关切总体向好: the run stops inside a phrase, not at its end
    return run


def _words_of(run: str, tags: list[tuple[str, str]]) -> list[str]:
    """The words of ``tags`` that make up ``run`` (its first characters)."""
    out, size = [], 0
    for word, _tag in tags:
        if size >= len(run):
            break
        out.append(word)
        size += len(word)
    return out


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
_NUMERAL_IN = re.compile(r"[一二三四五六七八九十两百千万几]")
