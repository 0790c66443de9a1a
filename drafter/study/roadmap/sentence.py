"""What one sentence says about the structure: whether it announces parts to come, and how many.

The sentence-level half of the roadmap reading (drafter.study.roadmap links what it finds to
the sections or paragraphs that follow): a speaker's verb of saying or showing with a count
(下面，我讲三点意见 / 解释我的几点看法 / 抽出几条来说一说), a sentence ending in a colon or pointing
ahead (主要做了以下工作。), and what keeps a sentence out — counts said before (讲过 / 我讲的三个
问题 / 上次…), a wrap-up looking back (以上…), a salutation or a speaker's name before a colon,
a document quoted or reported (全文如下 / 该谈话举出…). Kept apart so that the opening's part
labeller (bookends) can ask the same question of a sentence without the linking machinery.
"""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.text import sentences


def _number(word: str) -> int | None:
    """A count as the text writes it: in characters (三, 十四) or in figures (3, １０ — 重点做好以下
    10个方面工作：), which company talks and reports use as often."""
    digits = word.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return int(digits) if digits.isdigit() else parse_cn_number(word)


# Verbs of saying, and of showing and choosing what to say when the speaker uses them of the
# talk itself (解释我的几点看法 / 抽出几条来说一说 / 下面再举出几个具体的例子): 举 only before 出 or
# a count (not 举行, 举办, 选举); 报告 and 提醒 likewise, before a count or 一下 (下面简要报告三个
# 方面的工作 — not the noun of 这个报告分为…, nor 提醒大家); 谨陈救国大计十端's classical 陈, "to set out", only after a humble
# or formal word (陈 alone is a surname); 简述/概述 sum the talk up (下面简述几项重点).
_VERB = (
    "(?:(?:报告|提醒)(?=一下|以下|如下|几|[两二三四五六七八九十])"
    "|讲|谈|提|说|聊(?!天)|交流|分享|补充|强调|汇报|阐述|简述|概述|略述|综述|指出|指明|宣布|解释|介绍|列举|抽出|挑出"
    "|归纳|概括|交代|交待|发表|分析(?=一下)"
    "|举(?=出|几|[两二三四五六七八九十])|(?<=[谨敬略特兹])陈)"
)
_COUNT = r"(几|[一二三四五六七八九十两]{1,2}|(?<![0-9０-９.．])[0-9０-９]{1,2}(?![0-9０-９.．]))(?:个方面|个层面|个维度|个角度|个问题|个字|句话|层意思|件事|个|点|条|项|方面|种|章|端|篇)"
_RE_COUNT = re.compile(_COUNT)
_NOW = re.compile(
    r"我|下面|接下来|下边|借此机会|借这个机会|借这次机会|在这里|这里|今天|现在|以下|如下|为此|兹|谨"
    # 主要讲三点 — the adverb before a verb of talk, not the adjective of 22项主要指标
    r"|主要(?=[^，。]{0,3}(?:讲|谈|说|汇报|报告|介绍|强调|交流|阐述|提|从))"
)
_NOUN = re.compile(
    r"意见|体会|想法|希望|要求|看法|观点|认识|建议|感受|感悟|心得|问题|方面|关系|意思|句话|层意思|件事|思考|章|端"
    r"|例子|故事|案例|文章|重点|要点|关键词|维度|角度|层面"
)
RE_VERB = re.compile(_VERB)
# what a roadmap in running text must hold besides its verb: a count, or an order (先…再…)
MAY_COUNT = re.compile("[两二三四五六七八九十几]|先")
_QUOTED_LIST = re.compile(r"(?:[“\"][^”\"]{1,16}[”\"][、，,和及与]*){2,}")

# a heading or clause closing on what it points at (…公司可以予以以下支持 / …要求如下), not one
# opening with 以下 for "next" (以下再说农业战线上的情况)
ENDS_AHEAD = re.compile(r"(?:以下|下列|下述)(?![再还我就谈讲说来是将要])[^，。；;、]{0,6}$|如下$")


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
            _NOT_AHEAD
        ):
            continue
        if m.group(1) == "几":
            return None
        return _number(m.group(1))
    bare = re.search(r"有([二三四五六七八九十两])[：:]$", body)  # 其原因有三： (no counter)
    if bare and not in_quotes(body, bare.start()):
        return _number(bare.group(1))
    return False


# 以下 / 如下 / 下列 / 下述 / 如次, and the classical 分述于下 / 列举于下
AHEAD = re.compile(r"以下(?!简称)|如下|下列|下述|如次|(?<=[述列举录])于下")
# 下面二则空难可以看出。 / 主要的有下面几种： — 下面 with a count points at parts (下面，我讲… is the
# speaker now, which roadmap_count reads)
BELOW = re.compile(
    r"下面(?:的)?(?:这)?(几|[两二三四五六七八九十]{1,2}|[0-9０-９]{1,2})(?:则|个|件|种|点|条|项|段|句|类|次|起|方面)"
)
# a salutation (同志们： / 中国人民志愿军各级领导同志们:) also ends in a colon
_RUN_IN_SALUTE = re.compile(r"^(?:各位[\u4e00-\u9fff]{1,6}|同志们|朋友们)[，,！!](?=.{6})")
_SALUTE = re.compile(
    r"^(各位|尊敬的|亲爱的)|(同志|朋友|代表|同学|委员|来宾|战友|女士|先生|员工)们?[：:]$"
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
        return None if below.group(1) == "几" else _number(below.group(1))
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
            return None if m.group(1) == "几" else _number(m.group(1))
        named = ENDS_AHEAD.search(clause)
        if body.endswith("。") and named and not in_quotes(clause, named.start()):
            # 必须牢牢把握以下基本要求，并使之成为…共同信念。 / 就当前的经济形势，…，向大会作
            # 以下报告，请予审议。: a clause closing on what it points at, the rest says what for
            return None
    return False


def announces_nothing(paragraph: str) -> bool:
    """Whether a paragraph standing between a pointer and its parts announces nothing itself:
    no sentence of it speaks of parts to come (roadmap_count, talk_ahead) and it does not end
    on a colon or a pointer. Such a paragraph (an opening summary, the year's task in one
    sentence) leaves the pointer before it pointing at the parts after it; one that points
    ahead itself (…今年要着重抓好以下工作：) is the one the parts belong to."""
    sents = sentences(paragraph)
    if not sents or sents[-1].text.strip().endswith(("：", ":")):
        return False
    return ahead_count(sents[-1].text) is False and all(
        roadmap_count(s.text) is False and talk_ahead(s.text) is False for s in sents
    )


def roadmap_count(sentence: str) -> int | None | bool:
    """``False`` when the sentence is no roadmap; else the count it names (``None`` for 几).

    The one question the roadmap linker (:mod:`drafter.study.roadmap`) and the opening's part
    labeller (:mod:`drafter.study.bookends`) both ask of a sentence, so the study page and the
    opening's labels agree on which sentence announces the parts."""
    body = sentence.strip()
    if body.startswith(("以上", "上面", "总之")):
        return False  # a wrap-up looks back; a roadmap looks ahead
    if _SEQUENCE.search(body) and _NOW.search(body):
        # 我先讲讲形势，再讲讲今年的任务: the parts in the order they will come; no count to
        # hold the sections to (one half may take several sections)
        return None
    opens = _OPENS_COUNT.match(body)
    modal = opens and opens.group(0)[-1] not in "，,"  # 有这么几个问题需要讲一讲: the speaker's
    if opens and (_NOW.search(body) or modal) and RE_VERB.search(body, opens.end()):
        # 有两个问题，同志们在讨论中没有着重注意，我觉得应该提出来说一说。
        return None if opens.group(1) == "几" else _number(opens.group(1))
    views = _HAS_VIEWS.search(body) or _VIEWS_NUMBER.search(body)
    if views and not _said_before(body, views):
        return None if views.group(1) == "几" else _number(views.group(1))
    given = _given(body)
    if given is not False:
        return given
    summed = _SUMMED.search(body)
    if summed and not inline_items(body):
        # 归纳起来，主要有三条。: the speaker sums the points up before giving them
        return None if summed.group(1) == "几" else _number(summed.group(1))
    verbs = _speaking_verbs(sentence)
    if not verbs:
        return False
    quoted = _QUOTED_LIST.search(sentence)
    count_m = None
    named_first = False
    divided = False  # 这个问题，分两方面来说: the talk divides its matter — the speaker's act
    for m in _RE_COUNT.finditer(sentence):
        before = sentence[: m.start()]
        # 对于这三个法宝，…分别地说一下: the parts taken up by 对/就 and spoken of after them,
        # though 这 points back to where they were named
        about = (
            re.search(r"(?:就|对于?|关于)这?$", before)
            and any(
                0 <= v.start() - m.end() <= 24
                and (
                    _NOUN.search(sentence[m.end() : v.start()])
                    # 着重对两个目标加以说明 / 对三个问题作些说明: a formal verb (加以/作/进行)
                    # takes what was counted as the matter spoken of, whatever its noun
                    or _FORMAL.search(sentence[m.end() : v.start()])
                )
                for v in verbs
            )
        )  # (not 我对这两个美国人说: what is counted is no matter of talk)
        # 交流一下年轻干部要当好的“四种角色”。: the speaker's own counted name for the parts,
        # quoted and ending the sentence as the matter the verb takes (not 学习“三个代表”
        # 重要思想, a name inside the clause, nor one without a verb of talk before it)
        plan_name = (
            before.endswith("“")
            and re.fullmatch(r"[^“”]{0,8}”[。！；]?", sentence[m.end() :].strip())
            and any(0 <= m.start() - v.end() <= 16 for v in verbs)
        )
        if (in_quotes(sentence, m.start()) and not plan_name) or (
            before[-2:].endswith(_NOT_AHEAD) and not about
        ):
            continue  # 第一个问题, 这两个问题, 上边讲过的那三个问题
        if re.search(r"所(?:讲|谈|说|提)[^，。]{0,6}的$", before):
            continue  # 我在那次会议上所讲的十条: what was said then
        number = m.group(1)
        if number in ("一", "1", "１") or (number == "几" and m.group(0).endswith("句话")):
            continue  # 讲一点, 讲几句话: no parts announced
        # the count follows its verb (讲三点意见, 提三点希望) or is the 方面 it speaks from
        # (从三个方面交流)
        after_verb = any(0 <= m.start() - v.end() <= 16 for v in verbs)
        # 就下面几个问题讲一些意见 / 围绕三个方面谈谈: the parts named first, then the verb
        before_verb = about or (
            any(0 <= v.start() - m.end() <= 6 for v in verbs)
            and (re.search(r"(?:就|对|围绕|结合)[^。，]{0,6}$", before) or _named_parts(before))
        )
        # 我想将两种态度对照地讲一下 / 我分三个部分来讲: the parts, named first, are what is
        # spoken of
        # (我想用三个词来概括: 用 takes them up as 将/把 do)
        # (分为国内战争和民族战争两个过程来说: the division names its parts before the count)
        # (我挑几个有代表性的单位讲一讲: the speaker picks that many of something to speak of,
        # whatever it is — the picked ones are the parts)
        taken_up = any(0 <= v.start() - m.end() <= 12 for v in verbs) and re.search(
            r"(?:将|把|用)[^。，]{0,4}$|分[成为]?$|(?:挑|选|挑出|选出|抽出)$|" + _DIVIDED_NAMED,
            before,
        )
        # (从历史、现实、未来三个维度，和大家一起谈一谈: a dimension or angle as a 方面)
        from_aspects = re.search("方面|维度|角度|层面", m.group(0)) and re.search(
            r"从[^。，]{0,60}$", sentence[: m.start()]
        )
        if after_verb or from_aspects or before_verb or taken_up:
            count_m = m
            named_first = bool(taken_up or about or plan_name)
            divided = bool(taken_up and re.search(r"分[成为]?$|" + _DIVIDED_NAMED, before))
            break
    below = _BELOW_VERB.search(sentence)
    if below and not in_quotes(sentence, below.start()) and not body.startswith(LOOK_BACK):
        # 包含着许多…重大问题，需要在下面加以说明。: the talk points below itself for what it
        # will explain — the sections that follow, however many
        return None
    pointed = _POINTED.search(sentence)
    if (
        count_m is None
        and pointed
        and not in_quotes(sentence, pointed.start())
        and _NOW.search(sentence[: pointed.start()])
        and any(
            0 <= v.start() - pointed.end() <= 10 or 0 <= pointed.start() - v.end() <= 2
            for v in verbs
        )
    ):
        # 现在我想就…的以下问题作一些说明。 / 下面讲以下几个问题: a pointer where the count would
        # be, the speaker now — the parts follow, how many the sections say
        return None
    if count_m is None and not (
        quoted
        and any(quoted.end() <= v.end() + 4 for v in verbs)
        and re.search(r"(讲|谈|提|说)[^。]{0,8}几(点|个)", sentence)
    ):
        return False  # 围绕“A”、“B”……讲几点意见: the quoted parts are the plan
    # the speaker now: 我/下面/今天 …, or a verb opening a clause with no one else before it
    # (讲两个问题。 / 这次会议，讲两个问题。 — not 他讲两个问题)
    opening_verb = count_m is not None and any(
        _OPENS_CLAUSE.search(sentence[: v.start()])
        and 0 <= count_m.start() - v.end() <= 2  # 讲两个问题 / 谈谈三点体会 / …，只讲三条
        for v in verbs
    )
    if not (_NOW.search(sentence) or opening_verb or divided):
        return False
    if count_m is not None:
        # what is counted: a noun of talk up to the clause's end (几个和…有关系的问题), or 点
        # itself (这里只指出几点); the parts named before the verb need none (将两种态度对照地讲)
        tail = re.split(r"[，,。；;：:！？]", sentence[count_m.end() :])[0][:16]
        tail = RE_VERB.split(tail)[0]  # 对几个单位提出批评意见: 单位 is what is counted
        whole = count_m.group(0)
        counted = (
            _NOUN.search(tail)
            or _NOUN.search(whole)
            or whole.endswith("点")
            # 提出四条看对不对 / 讲两条。: 条 counts points when no noun follows it
            or (
                whole.endswith("条")
                and (not tail or tail[0] in "看来，,。：:；;")  # 抽出几条来说一说
                and any(0 <= count_m.start() - v.end() <= 2 for v in verbs)
            )  # (not 讲一讲农业发展纲要四十条: the count is part of a document's name)
        )
        if not (counted or named_first):
            return False
        if count_m.group(1) == "几":
            return _quoted_count(sentence)
        return _number(count_m.group(1))
    return _quoted_count(sentence)


_NOT_AHEAD = ("第", "这", "那", "上述", "以上", "前", "后")


def _speaking_verbs(sentence: str) -> list[re.Match]:
    """The verbs of talk in ``sentence`` that speak of what is to come: not quoted, not a noun
    (地区部的汇报), not part of another word (提高, 说服), not negated (不去说它们: what the
    speaker leaves out), not done (胡风提出了三个问题) or said before (上次我讲过), and not
    someone else's (现在很多人说)."""
    return [
        v
        for v in RE_VERB.finditer(sentence)
        if not in_quotes(sentence, v.start())
        and sentence[v.start() - 1 : v.start()] != "的"
        and (
            v.group(0) == "提醒"  # (提醒三点: matched before a count only)
            or not any(
                sentence.startswith(w, max(0, v.start() - k)) for w in _NOT_SPEAKING for k in (0, 1)
            )
        )
        and not re.search(r"[不没别]去?$", sentence[max(0, v.start() - 2) : v.start()])
        and "了" not in sentence[v.end() : v.end() + 2]
        and not _said_before(sentence, v)
        and not _OTHERS.search(re.split(r"[，,；;：:。！？]", sentence[: v.start()])[-1])
    ]


# someone else speaking in the verb's clause (现在很多人说 / 今天报纸上说 / 这里面有人提出 / 社会上
# 讲): their words, not the speaker's plan — 大家 and 同志们 are whom he speaks to (跟大家讲三点)
_OTHERS = re.compile(
    r"[他她]们?|有人|人们|很多人|不少人|许多人|别人|人家|报纸|报上|网上|社会上|外面|外界|媒体"
)


# the speaker turning to what comes next, before the verb of talk: 下面 / 接下来 point ahead by
# themselves; 现在 / 今天 / 这里 / 我要… only say when, so they need a count after the verb
# — at the head of their clause (下面，… / 好，下面我…), not 下面的同志说 / 下面有人讲 (those below)
_POINT_NOW = re.compile(r"(?:^|[，,。！!；;：:]|好|那么)\s*(?:下面|下边|接下来)(?![的有各])")
_TURN_NOW = re.compile(r"现在|今天|这里|我[^，。；]{0,6}?(?:要|想|来|准备|打算)")
# a count after the verb (说说，我们…的三个要素 / 谈几点): what the parts number — a counter
# word, not 三年 (a time); 一些 only close to the verb (讲讲如何避免一些…)
_ANY_COUNT = re.compile(
    r"(?<![第这那0-9０-９.．])(几|[两二三四五六七八九十]{1,2}|[0-9０-９]{1,2}(?![0-9０-９.．]))(?:个|点|条|项|方面|种|件|层|大)"
)
# (这几个问题: the ones just named, taken up now; 分析一下中国社会的各阶级: each of them, in turn —
# not 各位 or 各级, whom the speaker addresses)
_SOME = re.compile(r"一些|这几|这些|各(?![位级自地])")
# the speaker hands the talk over or delivers a whole report, not its parts: 请…提出意见 /
# 向大会报告政府工作 / 大家…说 / 提问
_NOT_PLAN = re.compile(
    r"请[^，。]{0,12}$|向[^，。]{1,14}$|由[^，。]{1,10}$|大家[^，。]{0,6}$|你们[^，。]{0,6}$"
)  # (下面由张总介绍情况: another speaker's talk)
# topics named one by one (形势、任务和作风问题 / 愿景、使命和战略): the object of the verb, or
# what 围绕/就/关于/对 takes up before it
_TOPICS = re.compile(
    r"[\u4e00-\u9fff“”]{2,12}(?:、[\u4e00-\u9fff“”]{2,12})+(?:[和与及][\u4e00-\u9fff“”]{2,12})?"
)


def _topics(text: str) -> int:
    """How many topics ``text`` names one by one (A、B和C → 3): a count the speaker gives by
    naming; 0 for fewer than two (a single topic names no parts)."""
    m = _TOPICS.search(text)
    if m is None:
        return 0
    items = m.group(0).split("、")
    last = re.split(r"[和与及]", items[-1])
    if len(last) == 2 and all(len(w) >= 2 for w in last):
        items = items[:-1] + last
    return len(items) if len(items) >= 2 else 0


def talk_ahead(sentence: str) -> int | None | bool:
    """The weaker announcement a roadmap reader may take only when a run of numbered parts
    follows the sentence directly (headings or paragraphs numbered 1, 2 …): the speaker turns
    to talk to come — pointing ahead (下面谈谈我对这次变革的粗浅体会。) or naming how much
    (下面说说，我们持续成功的三个要素。 / 我今天要讲讲如何避免一些不必要的痛苦。) — whatever
    noun the talk is about. What follows decides, not a list of nouns: the parts are there,
    numbered, right after the speaker said he would speak. With neither a pointer nor a count
    (讲一讲目前的时局问题。 / 今天来座谈一下…问题) the sentence names a topic, not parts (the
    gold's convention since batch 9). ``False`` for a look back, an aside (今天我也会讲到一些
    不足: 也 adds a topic), a question, a report delivered whole (我代表国务院，向大会报告
    政府工作), the floor handed over (提问 / 听听大家的), items run on in the sentence, or an
    ordinal (这是我要讲的第一点: a part's close); else the count named (``None`` for none, 几
    or 一些)."""
    body = sentence.strip()
    if body.startswith(LOOK_BACK) or body.endswith(("？", "?")) or inline_items(body):
        return False
    for verb in _speaking_verbs(body):
        before = body[: verb.start()]
        clause = re.split(r"[。；;！!]", before)[-1]
        if body[verb.start() : verb.end() + 1] == "提问" or _NOT_PLAN.search(before):
            continue
        if re.search(r"也[^，。]{0,3}$", before) or re.search(r"第[一二三四五六七八九十]", body):
            continue
        count = _ANY_COUNT.search(body, verb.end())
        if count and (in_quotes(body, count.start()) or count.start() - verb.end() > 24):
            count = None
        some = _SOME.search(body, verb.end())
        some = some is not None and some.start() - verb.end() <= 8
        number = None if count is None or count.group(1) == "几" else _number(count.group(1))
        if _POINT_NOW.search(clause) or (_TURN_NOW.search(clause) and (count or some)):
            return number
        # 今天我讲讲形势、任务和作风问题。: the topics named one by one are the count
        object_ = re.split(r"[，,。；;：:]", body[verb.end() :])[0]
        taken = re.search(r"(?:围绕|就|关于|对于?)([^，,。]{4,40})$", clause)
        named = _topics(object_) or (_topics(taken.group(1)) if taken else 0)
        if _TURN_NOW.search(clause) and named:
            return named
    return False


# several things after the verb (若干确定的结论 / 一些意见 / 这几个问题 / 各项政策): with no marker to
# number the sections, the words must say there are parts (下面谈谈我的体会 names one matter)
_SEVERAL = re.compile(r"若干|一些|几|这些|各(?![位级自地])|诸")
# one thing only after the verb (下面讲一个故事 / 下面谈一点体会): a single matter, not parts
_SINGLE = re.compile(r"^[^，,。；;]{0,6}?一(?:个|点|件|段|则|句|条|种)")


def turns_below(sentence: str) -> bool:
    """Whether ``sentence`` is the speaker turning, by 下面 / 接下来 at the head of the verb's
    clause, to explain what comes next (下面，我就来说明我们党…的若干确定的结论。): the pointer
    and the several things it names (若干 / 一些 / 几 / 这些) say the talk is laid out ahead, so
    the sections right after a lead ending on it are its parts even when no marker numbers
    them. ``False`` for what :func:`talk_ahead` refuses (a look back, a question, the floor
    handed over …), for a single matter after the verb (下面讲一个故事) and for a matter not
    said to be several (下面谈谈我对这一年工作的粗浅体会。: one topic, which unnumbered
    sections may or may not divide)."""
    body = sentence.strip()
    if talk_ahead(body) is False:
        return False
    for verb in _speaking_verbs(body):
        clause = re.split(r"[。；;！!]", body[: verb.start()])[-1]
        object_ = re.split(r"[。；;！!？?]", body[verb.end() :])[0]
        if _POINT_NOW.search(clause) and _SEVERAL.search(object_) and not _SINGLE.search(object_):
            return True
    return False


# a verb opening its clause with no one else before it, but perhaps an adverb and who the
# speaker talks with (…，只讲三条 / 和大家交流三点体会)
_OPENS_CLAUSE = re.compile(
    r"(?:^|[，,])\s*(?:只|再|就|先|主要|重点|着重|简单|简要)?(?:(?:和|跟|同|与|向)(?:大家|同志们|各位))?$"
)
# 需要在下面加以说明 / 下面分别加以论述: what the talk will explain, pointed to below
# (这些问题，就是我们在下面要来说明的。 / 这些就是我们下面要来说明的。: 要/将 before it)
_BELOW_VERB = re.compile(
    r"(?:在|于|我们)下面(?:要|将)?(?:加以|再|来|逐一|分别)?(?:说明|讨论|分析|论述)"
    r"|下面分别加以(?:说明|论述)"
)
# 以下问题 / 下列几点 / 以下几个方面: a pointer in place of a count, before the matter spoken of
_POINTED = re.compile(
    r"(?:以下|下列|下述)(?:的)?(?:这些|各|几)?(?:个)?(?:问题|方面|意见|几点|要点|看法|情况)"
)
# the formal verbs that take a matter up before a verb of explaining: 加以说明 / 作(一些)说明 /
# 进行阐述 — right before the verb
_FORMAL = re.compile(
    r"(?:加以|进行|作|做)(?:一些|一下|一个|些|一点)?(?:简要|简单|扼要|重点|具体)?的?$"
)
# 对于教育改革和向科学进军两个问题讲… / 就劳动就业、工资制度、学徒制度等几个问题讲…: the parts
# named one by one (、/和/与/及) after 就/对于/围绕/关于, right before their count
_NAMED_PARTS = re.compile(r"(?:就|对于?|围绕|结合|关于)([^。，；：:]{2,40})$")


# 分为A和B (the words up to a count): a division that names its two parts first
_DIVIDED_NAMED = r"(?:^|[，,])分[成为]?[^。，；;：:和与及]{2,12}[和与及][^。，；;：:和与及]{2,12}$"


def _named_parts(before: str) -> bool:
    """Whether ``before`` (the words up to a count) ends on parts named one by one after
    就/对于/围绕/关于 (the speaker takes them up, then speaks: …两个问题讲一些意见) — not a
    single thing (我对这两个美国人说)."""
    m = _NAMED_PARTS.search(before)
    return bool(m and re.search(r"[、和与及]", m.group(1)))


# what was said before now: a past time in the verb's clause (上次会议我讲… / 我曾经提出… /
# 在去年的讲话中谈到…), unless the speaker says he will (我上次没讲完，今天要讲…)
_PAST_TIME = re.compile(r"上次|上回|那次|曾经|曾|已经|过去|去年|前年|昨天|刚才|前面|此前|当时|那时")
_WILL = re.compile(r"要|想|将|准备|再|来")


def _said_before(sentence: str, verb: re.Match) -> bool:
    """Whether the speaking verb reports what was said before, not what is to come: 讲过 /
    提过 (past), a past time in its clause, or 我讲的三个问题 (a relative clause pointing back:
    not 我要讲的三个问题, which points ahead)."""
    clause = re.split(r"[，,；;：:。]", sentence[: verb.start()])[-1]
    after = sentence[verb.end() : verb.end() + 1]
    if _WILL.search(clause) or _WHAT_I_SAY.match(sentence, verb.end()):
        return False
    return after in ("过", "的") or bool(_PAST_TIME.search(clause))


# 我讲的主要是三个问题 / 我今天讲的题目是三个关键词: what the talk is, named by its count — the
# talk now, not 我讲的三个问题 (a relative clause pointing back at what was said)
_WHAT_I_SAY = re.compile(
    r"的[^，。；]{0,4}?(?:主要|就|无非)?(?:是|有)(?:这么|这样)?(?:几|[两二三四五六七八九十])"
)


# the speaker takes some items of a longer list: their numbers may skip (第一条 第二条 第四条)
PICKS = re.compile(r"(?:抽出|挑出|选出|摘出|挑|选)(?:其中)?(?:几|[两二三四五六七八九十])")
_SAY = "(?:讲|谈|说|介绍|汇报|报告)"
_OPENS_COUNT = re.compile(
    r"^(?:[^，。]{0,6}[，,])?(?:这里|还|另外)?有(?:这么|这样)?(几|[两二三四五六七八九十])(?:个问题|个方面|个要点|点|件事)"
    r"(?:[，,]|[^，。]{0,6}(?=需要|要|想|应该|必须))"
)
# the speaker's own views counted (我有几点考虑 / 我的意见有三条 / 对此，我有三点建议): what he
# has to say, announced by how much of it there is
_HAS_VIEWS = re.compile(
    r"^(?:[^，。]{0,16}[，,])?我(?:们)?(?:还|再|主要|这里)?(?:对(?:大家|你们|同志们|各位))?"
    r"(?:的(?:意见|看法|想法|建议|体会)(?:主要)?)?有"
    r"(?:这么|这样)?(几|[两二三四五六七八九十])(?:点|条|个方面|个(?=[^，。]{0,4}(?:意见|看法|想法|观点)))"
    r"(?:[^，。]{0,4}(?:意见|看法|想法|观点|考虑|建议|体会|感受|认识|要求|希望|启示|感悟|收获))?"
    # (我有三点启示和大家分享: the views offered to those he speaks to)
    r"(?:(?:和|跟|与|同|向)(?:大家|各位|同志们|你们)(?:一起)?(?:分享|交流|汇报|探讨|共勉))?[。：:]?$"
)
# the speaker's views named, then counted (我的观点有三个 / 我的看法主要是三条): the noun stands
# before the count, so a bare 个 is enough
_VIEWS_NUMBER = re.compile(
    r"^(?:[^，。]{0,16}[，,])?我(?:们)?(?:对[^，。]{1,12})?的"
    r"(?:意见|看法|想法|观点|建议|体会|认识|感受|考虑|要求|希望)(?:主要|大概|大致)?(?:有|是)"
    r"(?:这么|这样)?(几|[两二三四五六七八九十])(?:点|条|个方面|个)[。：:]?$"
)
# words given to the listeners, counted (我送大家三句话 / 最后，送给大家几句话 / 借此机会，我给大家
# 三点建议 / 今天给大家留三个问题): the speaker's gift is his talk to come
# (up to two short clauses before it: 临别之际，作为校长，我想送给大家三句话。)
_GIVES = re.compile(
    r"^(?:[^，。]{0,8}[，,]){0,2}(?:今天|这里|最后|下面|现在)?(?:我们?)?(?:再|还|想|要|就)?"
    r"(?:送给?|赠送?|给|留给?)"
    r"(?:大家|你们|同志们|各位|在座的各位)(?:留)?(?:这么|这样)?(几|[两二三四五六七八九十])"
    r"(句话|个字|个词|点|条|个)([^，。]{0,4})[。：:]?$"
)


def _given(body: str) -> int | None | bool:
    """The count of words the speaker gives the listeners (我送大家三句话), when what is counted
    is talk (句话, 个字, or a noun of talk: 三点建议 / 三个问题); ``False`` otherwise (给大家三个
    名额 is no talk)."""
    m = _GIVES.search(body)
    if m is None or in_quotes(body, m.start(1)):
        return False
    if m.group(2) not in ("句话", "个字", "个词") and not _NOUN.search(m.group(3)):
        return False
    return None if m.group(1) == "几" else _number(m.group(1))


_SUMMED = re.compile(
    r"^(?:[^。，]{0,8}[，,])?(?:归纳|概括|总结)起来(?:讲|说)?[，,]?(?:主要)?(?:有|是|就是)?"
    r"(几|[两二三四五六七八九十])(?:条|点|个方面|句话)"
)
# 先讲…，再讲… (not 先讲了…，再讲了…, which looks back)
# (and 今天我想讲的，…，然后讲到…: the speaker's own first topic, then the next; 首先…，然后再
# 说到…)
# (我们就先来分析A的问题，然后再着重地分析B的问题 — an essay's verbs of analysis order its
# matter as a talk's verbs of saying do, an adverb (着重地) before the second)
_ANALYSE = "(?:分析|研究|论述|说明|讨论)"
_SEQUENCE = re.compile(
    f"(?:首先|先|我[^，。]{{0,4}}?(?:想|要|准备){_SAY}的?){_SAY}?(?![了过])[^。？！]{{1,40}}?[，,；;]"
    f"\\s*(?:再|然后|接着|之后)再?[，,]?(?:{_SAY}|说到|讲到|谈到)(?![了过])"
    # a verb of analysis both times (not 先调查一下，然后再研究决定: a plan of work)
    f"|(?:首先|先)(?:来|就来)?{_ANALYSE}(?![了过])[^。？！]{{1,40}}?[，,；;]"
    f"\\s*(?:再|然后|接着)再?[，,]?(?:[\u4e00-\u9fff]{{1,3}}地)?{_ANALYSE}(?![了过])"
)
# the first step of an order in one sentence (下面，我先报告一下“六五”计划的执行情况，因为…。) and
# the next in the sentence after it (然后，再就…，作若干必要的说明。)
_FIRST_STEP = re.compile(f"(?:首先|先)(?:来|就来)?(?:{_SAY}|{_ANALYSE})(?![了过])")
_NEXT_STEP = re.compile(
    f"^(?:然后|接着|其次)[，,]?再?[^。？！]{{0,60}}?(?:{_SAY}|{_ANALYSE}|说到|讲到|谈到)(?![了过])"
)


def order_runs_on(sentence: str, following: str) -> bool:
    """Whether ``sentence`` takes the first step of an order of parts (我先报告一下A) and the
    sentence after it the next (然后，再就B…作若干必要的说明。): the speaker now (我 / 下面 …), a
    verb of saying or of analysis after 先, and one after 然后/接着/再 opening the next sentence —
    the order :data:`_SEQUENCE` reads in one sentence, run over two."""
    body = sentence.strip()
    step = _FIRST_STEP.search(body)
    if step is None or in_quotes(body, step.start()) or not _NOW.search(body[: step.start()]):
        return False
    return bool(_NEXT_STEP.match(following.strip()))


_NOT_SPEAKING = (
    "提高",
    "提升",
    "提供",
    "提前",
    "提拔",
    "提醒",
    "提交",
    "说服",
    "谈判",
    "笑谈",
    "讲求",
    "讲究",
)


# the first item of a list run on in a paragraph: 第一、 / 一是 / 首先， / （一） / 1） after a stop,
# a colon or the start
_FIRST_ITEM = re.compile(
    r"(?:^|[。；;：:！？!?\s])\s*(?:第一[，,、：:是]|一[是要][^，。]|首先[，,]|其一[，,]|[（(][一1][）)]|1[）)、．.])"
)


def items_follow(text: str) -> bool:
    """Whether ``text`` (a sentence and the rest of its paragraph) goes on with a first
    numbered item after the sentence's own words begin."""
    return bool(_FIRST_ITEM.search(text, 1))


def inline_items(sentence: str) -> bool:
    """Whether the sentence goes on after a colon (the items follow in the same sentence, so
    the count is a listed frame there, not a plan of parts to come)."""
    colon = re.search(r"[：:]", sentence)
    return bool(colon and sentence[colon.end() :].strip(" 。"))


def in_quotes(sentence: str, at: int) -> bool:
    """Whether position ``at`` lies inside “…”: a count or pointer in someone else's quoted
    words is not the speaker's plan, so the roadmap readers pass over it."""
    return sentence.count("“", 0, at) > sentence.count("”", 0, at)


def _quoted_count(sentence: str) -> int | None:
    m = _QUOTED_LIST.search(sentence)
    if not m:
        return None
    n = len(re.findall(r"[“\"][^”\"]{1,16}[”\"]", m.group(0)))
    return n if n >= 2 else None
